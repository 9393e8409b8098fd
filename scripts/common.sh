# Sourced by the scripts: strict mode, the project root as working folder,
# the installed tools on PATH, and `say` for progress lines.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
say() { printf '\n==> %s\n' "$*"; }
