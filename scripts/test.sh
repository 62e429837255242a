#!/usr/bin/env bash
# Sets up the machine and runs every test: formatting, lints, and the whole workspace's tests
# (unit, property, golden, warehouse, CLI end to end, including the SIGKILL-during-import test).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
cargo fmt --all --check
cargo clippy --workspace --all-targets --locked -- -D warnings
cargo test --workspace --locked
