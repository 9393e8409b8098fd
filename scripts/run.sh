#!/usr/bin/env bash
# README command 1: install what is missing, build the release app, serve it.
source "$(dirname "$0")/common.sh"
bash scripts/setup-build.sh
bash scripts/build.sh
PORT="${PORT:-8080}"
say "serving dist/ at http://127.0.0.1:$PORT/"
exec node scripts/serve.mjs dist "$PORT" /
