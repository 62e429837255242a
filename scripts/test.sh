#!/usr/bin/env bash
# Sets up the machine and runs every test: formatting, lints (clippy with every warning an error
# over the whole workspace, the desktop shell included, done by the build itself), the whole workspace's tests (unit, property, golden,
# warehouse, reports, CLI end to end including the SIGKILL-during-import test, the application
# crate's command logic and bindings freshness), then the desktop app's own suite
# (scripts/test-app.sh: Vitest, and the real app driven through WebDriver under Xvfb), and the
# Debian package (scripts/test-deb.sh: built, installed, started under Xvfb, removed).
# The tests, the app under test and the package come from one dev-profile build (scripts/build-test.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup-app.sh
source scripts/lint-env.sh
features=(--features reach-desktop/custom-protocol)
cargo fmt --all --check
bash scripts/build-test.sh
cargo test --workspace --locked "${features[@]}"
bash scripts/test-app.sh
bash scripts/test-deb.sh
