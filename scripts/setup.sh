#!/usr/bin/env bash
# Installs what building, serving and testing Sync Planner need, and skips what is present.
#
# Sourced by scripts/serve.sh and scripts/test.sh, so both README commands work on a fresh
# machine. Every step says what it does; first-time installs take minutes (trunk alone about
# 10-15 min on 2 cores), later runs only check.
#
# Versions are pinned here or read from the project files, never guessed:
# - wasm-bindgen-cli: exactly the `wasm-bindgen` version in Cargo.lock (the CLI refuses others);
# - trunk: 0.21.14 (0.22 needs a newer rustc than the machines' stable 1.95);
# - wasm-opt and playwright-core: from tests/e2e/package-lock.json. Debian's binaryen is too old
#   and yields a module that dies at start-up in the browser, so it is never used.

set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TRUNK_VERSION="0.21.14"
export PATH="$HOME/.cargo/bin:$ROOT/tests/e2e/node_modules/.bin:$PATH"

say() { printf '\033[1;34m[setup]\033[0m %s\n' "$*" >&2; }
die() { printf '\033[1;31m[setup] error:\033[0m %s\n' "$*" >&2; exit 1; }

# Runs a command as root: directly when we are root, else through sudo.
as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@";
  else die "need root (or sudo) to run: $*"; fi
}

wasm_bindgen_version() {
  # The lock file is the truth; Cargo.toml pins the same version with `=`.
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' \
    "$ROOT/Cargo.lock"
}

ensure_wasm_target() {
  if rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
    say "wasm32-unknown-unknown target: present"
    return
  fi
  say "installing the wasm32-unknown-unknown target with rustup"
  rustup target add wasm32-unknown-unknown \
    || die "rustup could not add wasm32-unknown-unknown; see ../shared/docs/toolchain.md for Debian's rustc-web fallback"
}

ensure_wasm_bindgen() {
  local want have=""
  want="$(wasm_bindgen_version)"
  [ -n "$want" ] || die "could not read the wasm-bindgen version from Cargo.lock"
  if command -v wasm-bindgen >/dev/null; then have="$(wasm-bindgen --version | awk '{print $2}')"; fi
  if [ "$have" = "$want" ] && command -v wasm-bindgen-test-runner >/dev/null; then
    say "wasm-bindgen-cli $want: present"
    return
  fi
  say "installing wasm-bindgen-cli $want (found '${have:-none}'); about 5 minutes on 2 cores"
  # No --locked: the CLI's own lock file names a version the registry no longer serves.
  cargo install wasm-bindgen-cli --version "$want" --force
}

ensure_trunk() {
  if command -v trunk >/dev/null && [ "$(trunk --version | awk '{print $2}')" = "$TRUNK_VERSION" ]; then
    say "trunk $TRUNK_VERSION: present"
    return
  fi
  say "installing trunk $TRUNK_VERSION; about 10-15 minutes on 2 cores, once"
  cargo install trunk --version "$TRUNK_VERSION" --locked --force
}

ensure_node_tools() {
  # wasm-opt (npm binaryen), playwright-core and ical.js (reads the exported calendar) for the
  # end-to-end check, pinned by the lock file.
  local dir="$ROOT/tests/e2e"
  command -v npm >/dev/null || die "npm is required (node and npm come with the machine)"
  if [ -x "$dir/node_modules/.bin/wasm-opt" ] && [ -d "$dir/node_modules/playwright-core" ] \
     && [ -d "$dir/node_modules/ical.js" ] \
     && [ "$dir/node_modules/.package-lock.json" -nt "$dir/package-lock.json" ]; then
    say "wasm-opt $(wasm-opt --version | awk '{print $3}') and playwright-core: present"
    return
  fi
  say "installing wasm-opt (npm binaryen), playwright-core and ical.js into tests/e2e/node_modules"
  (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
}

ensure_compressor() {
  # The release build's .br and .gz copies (scripts/compress.mjs, a Trunk hook) come from
  # Node's built-in zlib, which has had Brotli since Node 11.7: nothing to install but Node.
  if node -e 'process.exit(typeof require("node:zlib").brotliCompressSync === "function" ? 0 : 1)' 2>/dev/null; then
    say "Brotli and gzip for the precompressed copies (Node $(node --version)'s zlib): present"
    return
  fi
  die "Node $(node --version 2>/dev/null || echo '(none)') has no Brotli in its zlib: the release build needs Node 11.7 or newer"
}

ensure_chromium() {
  # A Japanese font too: without one, the screenshots of the Japanese interface show only boxes.
  if command -v chromium >/dev/null && command -v chromedriver >/dev/null \
     && fc-list :lang=ja 2>/dev/null | grep -q .; then
    say "chromium, chromedriver and a Japanese font: present"
    return
  fi
  say "installing chromium, chromium-driver and fonts-ipafont-gothic from Debian (apt); a few minutes"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq \
    chromium chromium-driver fonts-ipafont-gothic >/dev/null
}

# What building and serving needs.
setup_build() {
  ensure_wasm_target
  ensure_wasm_bindgen
  ensure_trunk
  ensure_node_tools
  ensure_compressor
}

# What the full test run needs: the build tools and a browser.
setup_test() {
  setup_build
  ensure_chromium
}
