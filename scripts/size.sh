#!/usr/bin/env bash
# Prints the size of the built app's wasm and JavaScript, raw and gzipped (what a browser
# downloads from a server that compresses). Run after `trunk build --release`.

set -euo pipefail
DIST="${1:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/dist}"
shopt -s nullglob
files=("$DIST"/*.wasm "$DIST"/*.js)
if [ ${#files[@]} -eq 0 ]; then
  echo "no .wasm or .js in $DIST: build first (trunk build --release)" >&2
  exit 1
fi
printf '%-40s %10s %10s\n' file raw gzipped
total_raw=0; total_gz=0
for f in "${files[@]}"; do
  raw=$(wc -c < "$f")
  gz=$(gzip -9 -c "$f" | wc -c)
  total_raw=$((total_raw + raw)); total_gz=$((total_gz + gz))
  printf '%-40s %10d %10d\n' "$(basename "$f")" "$raw" "$gz"
done
printf '%-40s %10d %10d\n' total "$total_raw" "$total_gz"
