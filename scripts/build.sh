#!/usr/bin/env bash
# Builds the release app into dist/ (validating the dataset on the way).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
printf '\n==> building the release app into dist/\n'
trunk build --release --offline
