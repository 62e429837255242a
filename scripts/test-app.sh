#!/usr/bin/env bash
# The desktop app's tests: the UI's formatting (Prettier), lints (ESLint) and types
# (svelte-check), its unit tests (Vitest), then the real app driven through WebDriver
# (tauri-driver over WebKitWebDriver) under Xvfb on a small demo book. The app and the `reach`
# CLI are the dev-profile build of scripts/build-test.sh (a no-op when scripts/test.sh has just
# run it). Screenshots of each screen go to docs/screenshots/. The application crate's own
# tests (`cargo test -p reach-app`) run with the workspace's.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup-app.sh
export PATH="$HOME/.cargo/bin:$PATH"

echo "== UI: formatting (Prettier), lints (ESLint), types (svelte-check), unit tests (Vitest)"
(cd ui && npm run --silent format:check && npm run --silent lint && npm run --silent check && npm run --silent test)

echo "== build the app (dev profile, UI embedded)"
bash scripts/build-test.sh

echo "== end to end, in the real app under Xvfb"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export REACH_DB="$work/reach.sqlite"
export REACH_APP_BIN="$PWD/target/debug/reach-app"
export REACH_CLI_BIN="$PWD/target/debug/reach"
"$REACH_CLI_BIN" demo --customers "${E2E_CUSTOMERS:-20000}" >/dev/null
cd tests/e2e
env -u LC_ALL -u LC_MESSAGES LANG=zh_CN.UTF-8 \
  xvfb-run -a -s "-screen 0 1920x1080x24 -nolisten tcp" \
  node --test --test-concurrency=1 app.test.mjs
