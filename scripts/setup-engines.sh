#!/usr/bin/env bash
# Installs the two other browser engines of the cross-engine tests, skipping
# what is there:
#   - Debian's firefox-esr, webkit2gtk-driver (WebKitWebDriver; MiniBrowser
#     comes with its libwebkit2gtk-4.1-0) and xvfb, the X display WebKit needs (apt)
#   - geckodriver from crates.io (pinned, --locked; about 3 minutes on 2 cores), into ~/.cargo/bin
# npm selenium-webdriver, which drives both, is pinned in package-lock.json
# and installed with the other npm packages by setup-build.sh.
# Debian stable's security updates move the browsers' versions, so they are
# not pinned; the versions are printed.
source "$(dirname "$0")/common.sh"

GECKODRIVER_VERSION=0.37.1
FIREFOX=/usr/lib/firefox-esr/firefox-esr
MINIBROWSER=/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser

if [ -x "$FIREFOX" ] && [ -x /usr/bin/WebKitWebDriver ] && [ -x "$MINIBROWSER" ] && command -v Xvfb >/dev/null; then
  say "firefox-esr, webkit2gtk-driver and xvfb: installed"
else
  say "installing Debian's firefox-esr, webkit2gtk-driver and xvfb (apt)"
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends firefox-esr webkit2gtk-driver xvfb
fi

if geckodriver --version 2>/dev/null | grep -qF "geckodriver $GECKODRIVER_VERSION"; then
  say "geckodriver $GECKODRIVER_VERSION: installed"
else
  say "installing geckodriver $GECKODRIVER_VERSION from crates.io (takes about 3 minutes on 2 cores)"
  cargo install --locked "geckodriver@$GECKODRIVER_VERSION"
fi

say "$("$FIREFOX" --version); WebKitGTK $(dpkg-query -W -f '${Version}' webkit2gtk-driver); $(geckodriver --version | head -1)"
