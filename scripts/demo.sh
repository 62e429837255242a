#!/usr/bin/env bash
# Sets up the machine, builds Reach, fills a warehouse with the calibrated 1,000,000-customer
# demo book and compares the three scenarios of the story (500k / 100k / 30k).
# REACH_DB picks the warehouse (default: the desktop app's); DEMO_CUSTOMERS the book's size.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
cargo build --release -p reach-cli
reach=./target/release/reach
"$reach" demo --customers "${DEMO_CUSTOMERS:-1000000}"
"$reach" book
"$reach" compare scenarios/500k.toml scenarios/100k.toml scenarios/30k.toml
"$reach" sweep scenarios/30k.toml --tier 人机协同 --from 50000 --to 500000 --steps 10
