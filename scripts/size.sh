#!/usr/bin/env bash
# Prints the size of the built app's wasm and JavaScript, raw, gzipped (what a browser
# downloads from a server that compresses) and as the build's own Brotli copy (`<file>.br`,
# written by scripts/compress.mjs: what a host set up per docs/hosting.md sends). Run after
# `trunk build --release`.

set -euo pipefail
DIST="${1:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/dist}"
shopt -s nullglob
files=("$DIST"/*.wasm "$DIST"/*.js)
if [ ${#files[@]} -eq 0 ]; then
  echo "no .wasm or .js in $DIST: build first (trunk build --release)" >&2
  exit 1
fi
printf '%-40s %10s %10s %10s\n' file raw gzipped brotli
total_raw=0; total_gz=0; total_br=0
for f in "${files[@]}"; do
  raw=$(wc -c < "$f")
  gz=$(gzip -9 -c "$f" | wc -c)
  br=$( [ -f "$f.br" ] && wc -c < "$f.br" || echo 0)
  total_raw=$((total_raw + raw)); total_gz=$((total_gz + gz)); total_br=$((total_br + br))
  printf '%-40s %10d %10d %10s\n' "$(basename "$f")" "$raw" "$gz" "$( [ "$br" -gt 0 ] && echo "$br" || echo '-')"
done
printf '%-40s %10d %10d %10d\n' total "$total_raw" "$total_gz" "$total_br"
