#!/usr/bin/env bash
# Builds the reader (dist/) and the studio (dist/studio/), validating the
# dataset on the way:
#   bash scripts/build.sh [--debug] [--dist DIR]
# ARTICLE_DATA_DIR picks another article's folder (default data/).
# ARTICLE_SITE_URL (optional, e.g. https://example.org/explorer/) makes the
# share card's tags absolute (docs/share-cards.md).
# First the native `prerender` binary writes the prerendered markup, the page
# meta and the JSON-LD once, and `explorer share` the share card and its
# tags; then Trunk builds the wasm, and its post-build hook
# (scripts/post-build.mjs) puts them into the page.
source "$(dirname "$0")/common.sh"
dist=dist
release=(--release)
while [ $# -gt 0 ]; do
  case "$1" in
    --debug) release=() ;;
    --dist) dist="$2"; shift ;;
    *) echo "usage: bash scripts/build.sh [--debug] [--dist DIR]" >&2; exit 2 ;;
  esac
  shift
done
export PRERENDER_DIR="$PWD/target/prerender/${dist//\//_}"
say "prerendering ${ARTICLE_DATA_DIR:-data} into $PRERENDER_DIR"
cargo run -q --features ssr --bin prerender -- "$PRERENDER_DIR"
say "drawing the share card into $PRERENDER_DIR/share"
rm -rf "$PRERENDER_DIR/share"
cargo run -q -p explorer-cli -- share "${ARTICLE_DATA_DIR:-data}" "$PRERENDER_DIR/share" \
  ${ARTICLE_SITE_URL:+--site-url "$ARTICLE_SITE_URL"} > "$PRERENDER_DIR/share-tags.html"
mv "$PRERENDER_DIR/share-tags.html" "$PRERENDER_DIR/share/tags.html"
say "building the ${release[*]:-debug} reader into $dist/"
trunk build "${release[@]}" --offline --dist "$dist"
# Trunk builds one page per run: the studio is a second run, into a
# subfolder the reader's run has just emptied (docs/architecture.md).
say "building the ${release[*]:-debug} studio into $dist/studio/"
trunk build "${release[@]}" --offline --dist "$dist/studio" studio/index.html
