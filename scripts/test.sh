#!/usr/bin/env bash
# README command 2: install what the tests need (skipping what is there) and
# run every layer. Fails when any layer fails.
#   1. native: fmt, clippy, cargo test of the pure core (explorer-core) and the CLI
#   2. wasm-bindgen-test: components and browser glue in headless chromium and Firefox ESR
#   3. end-to-end: Playwright (playwright-core) + Debian chromium against dist/,
#      and against a build of the second, fictional dataset (data/fictional)
#   4. cross-engine: the main journeys and key computed styles in Firefox ESR
#      and WebKitGTK, through WebDriver (selenium-webdriver)
source "$(dirname "$0")/common.sh"
start=$(date +%s)

bash scripts/setup-build.sh
bash scripts/setup-browser.sh
bash scripts/setup-engines.sh
for component in clippy rustfmt; do
  rustup component list --installed | grep -q "^$component" || rustup component add "$component"
done

say "layer 1: native (fmt, clippy, cargo test of the core)"
# The reader's wasm links the core without its authoring tools.
wasm_tree=$(cargo tree -p article-explorer --target wasm32-unknown-unknown -e normal --prefix none)
authoring_deps=$(grep -E '^(jsonc-parser|strsim|serde_path_to_error|sha2|schemars) ' <<<"$wasm_tree" || true)
[ -z "$authoring_deps" ] || { say "the reader's wasm links authoring dependencies: $authoring_deps"; exit 1; }
cargo clippy -p explorer-core --no-default-features -- -D warnings
cargo fmt --all -- --check
cargo clippy -p explorer-core --all-targets --features synthetic -- -D warnings
cargo clippy -p explorer-cli --all-targets -- -D warnings
cargo clippy -p article-explorer --target wasm32-unknown-unknown --all-targets -- -D warnings
cargo clippy -p explorer-studio --target wasm32-unknown-unknown --all-targets -- -D warnings
# The native server-render binary that writes the prerendered markup.
cargo clippy -p article-explorer --features ssr --bin prerender -- -D warnings
[ -f ../shared/article.txt ] || say "no ../shared/article.txt: data/article.txt is not compared with it (CI requires it)"
cargo test -p explorer-core --features synthetic
# The share card rendered to a PNG (explorer share, with resvg and the font).
cargo test -p explorer-cli
# Both datasets pass the authoring check (the same code build.rs runs).
cargo run -q -p explorer-cli -- check data
cargo run -q -p explorer-cli -- check data/fictional
# The README stays a front door, and every link in the docs resolves.
node --test --test-reporter=spec tests/docs/
# The JSON Schema of dataset.json, read by a real validator (ajv).
node --test --test-reporter=spec tests/schema/

say "layer 2: wasm-bindgen-test in headless chromium, then in headless Firefox ESR (same build)"
CHROMEDRIVER=/usr/bin/chromedriver cargo test -p article-explorer -p explorer-studio --target wasm32-unknown-unknown
GECKODRIVER="$(command -v geckodriver)" cargo test -p article-explorer -p explorer-studio --target wasm32-unknown-unknown

bash scripts/build.sh
node scripts/size-report.mjs dist
say "building a debug dist (target/dist-debug) for the test-only fault trigger"
bash scripts/build.sh --debug --dist target/dist-debug

say "building the app on the fictional dataset into target/dist-fictional"
ARTICLE_DATA_DIR=data/fictional bash scripts/build.sh --dist target/dist-fictional

say "layer 3: end-to-end in chromium against dist/ served under a sub-path"
node --test --test-concurrency=1 --test-timeout=180000 --test-reporter=spec tests/e2e/
say "layer 3b: end-to-end against the fictional build (target/dist-fictional)"
DIST_DIR=target/dist-fictional ARTICLE_DATA_DIR=data/fictional \
  node --test --test-concurrency=1 --test-timeout=180000 --test-reporter=spec \
  tests/e2e/prerender.test.mjs tests/e2e/phone-graphic.test.mjs tests/e2e/reader-reach.test.mjs tests/e2e/headlines.test.mjs tests/e2e-fictional/

say "layer 4: the journeys in Firefox ESR and WebKitGTK (WebDriver) against dist/"
failed=()
for engine in firefox webkit; do
  engine_start=$(date +%s)
  node --test --test-timeout=180000 --test-reporter=spec "tests/engines/$engine.test.mjs" || failed+=("$engine")
  say "$engine: $(( $(date +%s) - engine_start )) s"
done
[ ${#failed[@]} -eq 0 ] || { say "layer 4 failed in: ${failed[*]}"; exit 1; }

say "all layers passed in $(( $(date +%s) - start )) s"
