#!/usr/bin/env bash
# Installs Debian's chromium and chromium-driver (apt) unless both are there.
# Debian stable's security updates move their version, so it is not pinned;
# the version is printed.
source "$(dirname "$0")/common.sh"
if command -v chromium >/dev/null && command -v chromedriver >/dev/null; then
  say "chromium and chromedriver: installed"
else
  say "installing Debian's chromium and chromium-driver (apt)"
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium chromium-driver
fi
say "$(chromium --version 2>/dev/null | head -1); $(chromedriver --version | head -1)"
