#!/usr/bin/env bash
# Installs what building the app needs, skipping what is already there:
#   - the Rust target wasm32-unknown-unknown (rustup)
#   - trunk 0.21.14 and wasm-bindgen-cli (same version as Cargo.lock), into ~/.cargo/bin
#   - wasm-opt from npm binaryen 132 and the test packages (playwright-core,
#     axe-core, selenium-webdriver), into ./node_modules (package-lock.json)
#   - Debian's fonts-dejavu-core: the share card's font (`explorer share`
#     draws the card with DejaVu Sans, regular and bold, and loads exactly
#     those two files; docs/share-cards.md)
source "$(dirname "$0")/common.sh"

TRUNK_VERSION=0.21.14
BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/[^0-9.]/, ""); print; exit}' Cargo.lock)

DEJAVU=/usr/share/fonts/truetype/dejavu
if [ -f "$DEJAVU/DejaVuSans.ttf" ] && [ -f "$DEJAVU/DejaVuSans-Bold.ttf" ]; then
  say "fonts-dejavu-core (the share card's font): installed"
else
  say "installing Debian's fonts-dejavu-core (the share card's font, apt)"
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends fonts-dejavu-core
fi

if rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "rust target wasm32-unknown-unknown: installed"
else
  say "installing rust target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

if trunk --version 2>/dev/null | grep -qF "trunk $TRUNK_VERSION"; then
  say "trunk $TRUNK_VERSION: installed"
else
  say "installing trunk $TRUNK_VERSION (takes about 8 minutes on 2 cores)"
  cargo install --locked "trunk@$TRUNK_VERSION"
fi

if wasm-bindgen --version 2>/dev/null | grep -qF "wasm-bindgen $BINDGEN_VERSION"; then
  say "wasm-bindgen-cli $BINDGEN_VERSION: installed"
else
  say "installing wasm-bindgen-cli $BINDGEN_VERSION (equal to Cargo.lock)"
  cargo install --force "wasm-bindgen-cli@$BINDGEN_VERSION"
fi

if [ -x node_modules/.bin/wasm-opt ] && node_modules/.bin/wasm-opt --version | grep -q "version 132" \
   && [ -d node_modules/playwright-core ] && [ -d node_modules/@axe-core/playwright ] \
   && [ -d node_modules/selenium-webdriver ] \
   && [ node_modules/.package-lock.json -nt package-lock.json ]; then
  say "npm packages (binaryen 132, playwright-core, axe-core, selenium-webdriver): installed"
else
  say "installing npm packages from package-lock.json into ./node_modules"
  npm ci --no-audit --no-fund
fi
