#!/usr/bin/env bash
# The benchmark (docs/benchmark.md): builds the release app, a second build
# on a synthetic dataset of 10,000 statements, runs the native query
# benchmark, prints the size report with twiggy's breakdown of the wasm, then
# measures both builds against their baselines (a vanilla page recorded from
# each build, a static page) in Debian's chromium (bench/run.mjs). Prints one
# results table with budgets and goals, writes the run's dated results into
# bench-results/<date>.md and .json and its table into docs/benchmark.md, and
# exits non-zero when a budget is missed.
#   BENCH_STATEMENTS / BENCH_PEOPLE / BENCH_PARTIES size the synthetic data
#   (default 10000 / 1000 / 200); bench/run.mjs documents its own variables.
source "$(dirname "$0")/common.sh"
start=$(date +%s)
LIGHTHOUSE_VERSION=12.2.3 # equal to bench/package.json

bash scripts/setup-build.sh
bash scripts/setup-browser.sh
# twiggy, for the size report's breakdown of the wasm (from crates.io).
command -v twiggy >/dev/null || { say "installing twiggy (cargo install --locked)"; cargo install --locked twiggy; }
# Lighthouse: the benchmark's own npm install (bench/package-lock.json, into
# bench/node_modules); building, serving and testing never install it.
if [ "${BENCH_SKIP_LIGHTHOUSE:-}" = 1 ]; then
  say "lighthouse: skipped (BENCH_SKIP_LIGHTHOUSE=1)"
elif [ -x bench/node_modules/.bin/lighthouse ] \
   && [ "$(bench/node_modules/.bin/lighthouse --version)" = "$LIGHTHOUSE_VERSION" ] \
   && [ bench/node_modules/.package-lock.json -nt bench/package-lock.json ]; then
  say "lighthouse $LIGHTHOUSE_VERSION (bench/node_modules): installed"
else
  say "installing the benchmark's npm packages (lighthouse $LIGHTHOUSE_VERSION) from bench/package-lock.json into bench/node_modules"
  npm ci --prefix bench --no-audit --no-fund
fi

bash scripts/build.sh
mkdir -p target/bench-work
# Before the synthetic build, which replaces Trunk's intermediate wasm.
say "size of dist/ and what the wasm's bytes are spent on"
# It exits 3 when the reader's wasm holds export/selector code; bench/run.mjs
# checks the same and fails on it, after measuring everything else.
size_status=0
node scripts/size-report.mjs dist --json target/bench-work/sizes.json --wasm-out target/bench-work/wasm-breakdown.txt \
  || size_status=$?
[ "$size_status" = 0 ] || [ "$size_status" = 3 ] || exit "$size_status"
[ "$size_status" = 0 ] || say "the size report's check failed (above); the results table reports it"

STATEMENTS=${BENCH_STATEMENTS:-10000}
PEOPLE=${BENCH_PEOPLE:-1000}
PARTIES=${BENCH_PARTIES:-200}
say "generating the synthetic dataset ($STATEMENTS statements, $PEOPLE people, $PARTIES parties) into target/bench-data/"
cargo run -q -p explorer-core --features synthetic --example synthetic --release -- target/bench-data "$STATEMENTS" "$PEOPLE" "$PARTIES"

say "building the app on the synthetic dataset into target/bench-dist/"
ARTICLE_DATA_DIR=target/bench-data bash scripts/build.sh --dist target/bench-dist

say "native query engine (criterion, --quick) at 10,000 and 100,000 statements"
cargo bench -p explorer-core --features synthetic --bench query -- --quick

say "measuring in chromium (bench/run.mjs)"

status=0
node bench/run.mjs || status=$?
say "benchmark finished in $(( $(date +%s) - start )) s; results in bench-results/ and docs/benchmark.md"
exit "$status"
