#!/usr/bin/env bash
# Builds the desktop app the one way the scripts use: the UI (scripts/build-ui.sh), then the
# release binary `reach-app` of the shell crate `reach-desktop` with the UI embedded
# (`--features custom-protocol`, the same
# build the Tauri CLI would make, without bundling), and the `reach` CLI beside it.
# Expects scripts/setup-app.sh to have run.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
bash scripts/build-ui.sh
cargo build --release --locked -p reach-desktop --features custom-protocol
cargo build --release --locked -p reach-cli
