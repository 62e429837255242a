#!/usr/bin/env bash
# Sets up the machine (the desktop shell's libraries too: the lints cover it) and runs every
# test: formatting, lints (the desktop shell included), the whole workspace's tests
# (unit, property, golden, warehouse, reports, CLI end to end including the SIGKILL-during-import
# test, the app's command logic), then the desktop app's own suite (scripts/test-app.sh: Vitest,
# and the real app driven through WebDriver under Xvfb).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup-app.sh
cargo fmt --all --check
cargo clippy --workspace --all-targets --locked -- -D warnings
cargo test --workspace --locked
bash scripts/test-app.sh
