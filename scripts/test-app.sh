#!/usr/bin/env bash
# The desktop app's tests: the UI's formatting (Prettier), lints (ESLint) and types
# (svelte-check), its unit tests (Vitest), the command logic without a window
# (`cargo test -p reach-app`, which also fails on stale TypeScript bindings), then the real
# app, built once in release, driven through WebDriver (tauri-driver over WebKitWebDriver)
# under Xvfb on a small demo book. Screenshots of each screen go to docs/screenshots/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup-app.sh
export PATH="$HOME/.cargo/bin:$PATH"

echo "== UI: formatting (Prettier), lints (ESLint), types (svelte-check), unit tests (Vitest)"
(cd ui && npm run --silent format:check && npm run --silent lint && npm run --silent check && npm run --silent test)

echo "== reach-app: command logic, bindings freshness, lints"
cargo test --locked -p reach-app
cargo clippy --locked -p reach-app --all-targets --features desktop -- -D warnings

echo "== build the app (release, UI embedded)"
bash scripts/build-app.sh

echo "== end to end, in the real app under Xvfb"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export REACH_DB="$work/reach.sqlite"
./target/release/reach demo --customers "${E2E_CUSTOMERS:-20000}" >/dev/null
cd tests/e2e
env -u LC_ALL -u LC_MESSAGES LANG=zh_CN.UTF-8 \
  xvfb-run -a -s "-screen 0 1440x900x24 -nolisten tcp" \
  node --test --test-concurrency=1 app.test.mjs
