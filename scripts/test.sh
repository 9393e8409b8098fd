#!/usr/bin/env bash
# README command 2: install what the tests need (skipping what is there) and
# run every layer. Fails when any layer fails.
#   1. native: fmt, clippy, cargo test of the pure core (explorer-core)
#   2. wasm-bindgen-test: components and browser glue in headless chromium
#   3. end-to-end: Playwright (playwright-core) + Debian chromium against dist/,
#      and against a build of the second, fictional dataset (data/fictional)
source "$(dirname "$0")/common.sh"
start=$(date +%s)

bash scripts/setup-build.sh
bash scripts/setup-browser.sh
for component in clippy rustfmt; do
  rustup component list --installed | grep -q "^$component" || rustup component add "$component"
done

say "layer 1: native (fmt, clippy, cargo test of the core)"
cargo fmt --all -- --check
cargo clippy -p explorer-core --all-targets --features synthetic -- -D warnings
cargo clippy -p explorer-cli --all-targets -- -D warnings
cargo clippy -p article-explorer --target wasm32-unknown-unknown --all-targets -- -D warnings
# The native server-render binary that writes the prerendered markup.
cargo clippy -p article-explorer --features ssr --bin prerender -- -D warnings
cargo test -p explorer-core --features synthetic
# Both datasets pass the authoring check (the same code build.rs runs).
cargo run -q -p explorer-cli -- check data
cargo run -q -p explorer-cli -- check data/fictional

say "layer 2: wasm-bindgen-test in headless chromium"
CHROMEDRIVER=/usr/bin/chromedriver cargo test -p article-explorer --target wasm32-unknown-unknown

bash scripts/build.sh
node scripts/size-report.mjs dist
say "building a debug dist (target/dist-debug) for the test-only fault trigger"
trunk build --offline --dist target/dist-debug

say "building the app on the fictional dataset into target/dist-fictional"
ARTICLE_DATA_DIR=data/fictional trunk build --release --offline --dist target/dist-fictional

say "layer 3: end-to-end in chromium against dist/ served under a sub-path"
node --test --test-concurrency=1 --test-timeout=180000 --test-reporter=spec tests/e2e/
say "layer 3b: end-to-end against the fictional build (target/dist-fictional)"
DIST_DIR=target/dist-fictional ARTICLE_DATA_DIR=data/fictional \
  node --test --test-concurrency=1 --test-timeout=180000 --test-reporter=spec \
  tests/e2e/prerender.test.mjs tests/e2e-fictional/

say "all layers passed in $(( $(date +%s) - start )) s"
