#!/usr/bin/env bash
# README command 1: install what is missing, build the release app, serve it.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup-build.sh
bash scripts/build.sh
PORT="${PORT:-8080}"
printf '\n==> serving dist/ at http://127.0.0.1:%s/\n' "$PORT"
exec node scripts/serve.mjs dist "$PORT" /
