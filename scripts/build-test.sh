#!/usr/bin/env bash
# The one build the tests use: the UI (scripts/build-ui.sh: Vite, into ui/dist, when its sources
# changed), then every target of the workspace in the dev profile (dependencies optimised, see
# Cargo.toml) with the UI embedded in the desktop app (`reach-desktop/custom-protocol`). The
# workspace tests and the end-to-end run use these same artifacts (target/debug/reach-app,
# target/debug/reach), so nothing is built twice; run again it is a no-op. The workspace's crates go through clippy on the way (scripts/lint-env.sh):
# this build is the lint pass too. Expects scripts/setup-app.sh to have run.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lint-env.sh
bash scripts/build-ui.sh
cargo build --workspace --all-targets --locked --features reach-desktop/custom-protocol
