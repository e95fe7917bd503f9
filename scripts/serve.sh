#!/usr/bin/env bash
# Builds Sync Planner and serves it at http://127.0.0.1:8080, installing what is missing first.
#
#   bash scripts/serve.sh            # optimized build, as users get it
#   bash scripts/serve.sh --dev      # faster debug build while developing
#
# Extra arguments after the first are passed to `trunk serve`.

set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
# shellcheck source=scripts/setup.sh
source scripts/setup.sh

say "checking tools; a first run on a new machine installs trunk and wasm-bindgen-cli (10-20 minutes)"
setup_build

profile=(--release)
if [ "${1:-}" = "--dev" ]; then profile=(); shift; fi
say "building and serving at http://127.0.0.1:8080 (Ctrl+C stops)"
exec trunk serve "${profile[@]}" "$@"
