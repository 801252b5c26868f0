#!/usr/bin/env bash
# Lints, then runs every suite in order, stopping at the first failure:
# native tests, wasm tests in headless Chromium, the release build, end-to-end tests.
# Ends with one line for the whole run: "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
passed=0
failed=0
log=$(mktemp)
trap 'rm -f "$log"' EXIT

summary() { echo "${passed} passed, ${failed} failed"; }

step() {
  echo "==> $1"
  shift
  local before=$failed
  if ! "$@"; then
    echo "FAILED: $*" >&2
    # A suite that counted its own failures is not counted again.
    if [ "$failed" -eq "$before" ]; then failed=$((failed + 1)); fi
    summary
    exit 1
  fi
}

# Runs a test command, adds up its counts from cargo's "test result:" lines.
cargo_tests() {
  local rc=0
  "$@" 2>&1 | tee "$log" || rc=$?
  local p f
  p=$(awk '/test result:/ { for (i = 1; i < NF; i++) if ($(i+1) ~ /^passed/) s += $i } END { print s + 0 }' "$log")
  f=$(awk '/test result:/ { for (i = 1; i < NF; i++) if ($(i+1) ~ /^failed/) s += $i } END { print s + 0 }' "$log")
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0}))
  if [ "$rc" -ne 0 ] && [ "${f:-0}" -eq 0 ]; then failed=$((failed + 1)); fi
  return "$rc"
}

e2e_tests() {
  local rc=0 results=target/e2e-results.json
  mkdir -p target
  PLAYWRIGHT_JSON_OUTPUT_NAME="$results" npx playwright test --reporter=list,json || rc=$?
  if [ -f "$results" ]; then
    read -r p f < <(node -e '
      const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")); const s = r.stats || {};
      console.log((s.expected || 0) + " " + ((s.unexpected || 0) + (s.flaky || 0)));' "$results")
    passed=$((passed + p)); failed=$((failed + f))
  elif [ "$rc" -ne 0 ]; then
    failed=$((failed + 1))
  fi
  return "$rc"
}

export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner
export CHROMEDRIVER=/usr/bin/chromedriver
export WASM_BINDGEN_TEST_TIMEOUT=120

step "cargo fetch" cargo fetch --quiet
step "cargo fmt --check" cargo fmt --all --check
step "clippy (native: the model)" cargo clippy --offline -p career-model --all-targets --all-features -- -D warnings
step "clippy (wasm32: the widget)" cargo clippy --offline -p career-explorer --target wasm32-unknown-unknown --all-targets -- -D warnings
step "clippy (wasm32: the widget as built, its views split)" cargo clippy --offline -p career-explorer --target wasm32-unknown-unknown --lib --features split -- -D warnings
step "clippy (native: the first views' prerender)" cargo clippy --offline -p career-explorer --no-default-features --features ssr --bins -- -D warnings
step "native tests" cargo_tests cargo test --offline -p career-model --all-features
step "wasm tests (headless Chromium)" cargo_tests cargo test --offline -p career-explorer --target wasm32-unknown-unknown
step "release build" trunk build --release
# A second build with a changed dataset, for the offline update test (a debug build: it
# only has to differ).
next_build() {
  mkdir -p target/e2e
  sed 's/^version = ".*"/version = "2099-01-01"/' data/careers.toml > target/e2e/careers-next.toml
  CAREER_EXPLORER_DATA="$PWD/target/e2e/careers-next.toml" trunk build --dist target/e2e/dist-next
}
step "second build for the update test" next_build
step "end-to-end tests (Chromium)" e2e_tests
summary
