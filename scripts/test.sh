#!/usr/bin/env bash
# Runs every check of Sync Planner, installing what is missing first (see scripts/setup.sh).
#
#   bash scripts/test.sh
#
# Steps: format, clippy (host and wasm32), native tests, the decoders' fuzzing, browser tests
# (wasm-bindgen-test in headless Chromium), the release build with Trunk (and again for the
# sub-path /sub/path/, docs/hosting.md), the wasm's gzipped size against BUDGET_GZ,
# an end-to-end run of the built app, and the bundle sizes. Every step runs even if an earlier
# one failed, so one run shows every problem; the exit status is non-zero if anything failed.
# The last line counts the individual tests (cargo's and the end-to-end checks) plus one per
# gate step (format, clippy, build, budget): "N passed, N failed".

set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
# shellcheck source=scripts/setup.sh
source scripts/setup.sh
set +e

started=$(date +%s)
say "checking tools; a first run on a new machine installs trunk, wasm-bindgen-cli and Chromium (10-20 minutes)"
if ! (set -e; setup_test); then
  echo "setup failed: see the messages above"
  echo "0 passed, 1 failed"
  exit 1
fi

# The most the release wasm may weigh gzipped (-9), in bytes: what a first visit downloads.
# 393,927 B measured on 2026-11-29 (after the windowed event list and the settings fold, which
# added ~21 KB to the 372,599 B the size cuts had reached) plus ~2% headroom; issue 9 aims at
# 250,000. Lower it as the bundle shrinks; raise it only with a reason in the commit message.
# Raised for issue 10's features, each measured on its own branch: the exports and the service
# worker ~9 KB, the Task Scheduler XML import ~37 KB (roxmltree about 9 KB of it), the
# version-2 links ~19 KB (their tree syntax, code tables, banner words and serde_json's Value).
# 498,980 B measured by the full .ci/run with all of them and issue 12's work on 2026-11-29.
# Lowered after issue 9's size cuts (one shared sort, no serde_json Value, ASCII lowercasing):
# 490,293 B measured on 2026-11-30, plus 2%.
# Raised when the controls were built after the first paint (issue 9, 2026-11-30): the raw wasm
# came out 23 B smaller than before, yet gzipped 1,126 B larger (499,094 -> 500,220 B), since
# gzip's result moves with the order of the code. 500,220 B plus 2%.
# Raised on 2026-12-08 (session 7) for what issues 21, 22, 20 and 18 added, each measured on a
# release build: issue 21's engine round (task triggers, end boundaries, the maintenance
# schedule, refusals while down, answers at the edges) with the plan's change and the period
# that follows what is typed, 500,295 -> 518,810 B; issue 22's words, forms, full-step cycles,
# deadlines, chart text and framed exports with issue 20's hosting pieces, -> 532,324 B; issue
# 18's change-chain engine and its answer line, -> 543,665 B. 543,665 B plus 1%. The way back
# down is the worker of issue 19: the Task Scheduler importer alone is ~37 KB gzipped.
BUDGET_GZ=549100

LOGS="$(mktemp -d)"
passed=0
failed=0
summary=()

# step NAME COMMAND...: runs one step, shows its output, and adds its results to the totals.
step() {
  local name="$1"; shift
  local log="$LOGS/$(echo "$name" | tr -c 'a-z0-9' '-').log"
  local t0=$(date +%s)
  printf '\n\033[1;35m==> %s\033[0m\n' "$name"
  "$@" 2>&1 | tee "$log"
  local status=${PIPESTATUS[0]}
  local secs=$(( $(date +%s) - t0 ))
  # Test runners report their own counts; other steps count as one check.
  local p f
  p=$(grep -Eo '^test result: [a-zA-Z]+\. [0-9]+ passed; [0-9]+ failed' "$log" | awk '{s+=$4} END {print s+0}')
  f=$(grep -Eo '^test result: [a-zA-Z]+\. [0-9]+ passed; [0-9]+ failed' "$log" | awk '{s+=$6} END {print s+0}')
  if grep -Eq '^e2e: [0-9]+ passed, [0-9]+ failed$' "$log"; then
    p=$(( p + $(grep -E '^e2e: ' "$log" | tail -1 | awk '{print $2}') ))
    f=$(( f + $(grep -E '^e2e: ' "$log" | tail -1 | awk '{print $4}') ))
  fi
  if [ "$p" -eq 0 ] && [ "$f" -eq 0 ]; then
    if [ "$status" -eq 0 ]; then p=1; else f=1; fi
  elif [ "$status" -ne 0 ] && [ "$f" -eq 0 ]; then
    f=1 # the runner failed outside any counted test (a build error, a crash)
  fi
  passed=$(( passed + p ))
  failed=$(( failed + f ))
  local verdict="ok"; [ "$status" -eq 0 ] || verdict="FAILED"
  summary+=("$(printf '%-28s %-7s %4s passed %3s failed %5ss' "$name" "$verdict" "$p" "$f" "$secs")")
}

# bundle_budget: fails when the built wasm, gzipped, is over BUDGET_GZ (or missing).
bundle_budget() {
  local wasm gz
  wasm=$(ls dist/*.wasm 2>/dev/null | head -1)
  if [ -z "$wasm" ]; then
    echo "no wasm in dist/: the release build failed"
    return 1
  fi
  gz=$(gzip -9 -c "$wasm" | wc -c)
  echo "$(basename "$wasm"): $gz bytes gzipped, budget $BUDGET_GZ"
  if [ "$gz" -gt "$BUDGET_GZ" ]; then
    echo "over budget by $(( gz - BUDGET_GZ )) bytes: see README.md, Bundle size"
    return 1
  fi
}

step "format" cargo fmt --all -- --check
step "clippy (host)" cargo clippy --all-targets -- -D warnings
step "clippy (wasm32)" cargo clippy --target wasm32-unknown-unknown --lib --bins --tests -- -D warnings
step "native tests" cargo test
step "fuzz (1,000,000 inputs)" cargo test --profile fuzz --test fuzz -- --nocapture
step "browser tests" env CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
  CHROMEDRIVER="$(command -v chromedriver)" WASM_BINDGEN_TEST_TIMEOUT=60 \
  cargo test --target wasm32-unknown-unknown --test 'ui_*'
step "release build (trunk)" trunk build --release
# The same app built for a sub-path, which the end-to-end check serves under /sub/path/ (see
# docs/hosting.md); cargo's output is reused, so this costs the wasm's post-processing only.
step "release build for /sub/path/" trunk build --release --public-url /sub/path/ --dist dist-subpath
step "bundle budget" bundle_budget
step "end-to-end (built app)" node tests/e2e/e2e.mjs "$ROOT/dist" "$ROOT/tests/e2e/artifacts" "$ROOT/dist-subpath"
printf '\n\033[1;35m==> bundle sizes\033[0m\n'
bash scripts/size.sh || true

printf '\n%s\n' "---- summary ($(( $(date +%s) - started ))s in all) ----"
printf '%s\n' "${summary[@]}"
rm -rf "$LOGS"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
