#!/usr/bin/env bash
# Measures the desktop app on the 1,000,000-customer demo book, in the real app under Xvfb:
# launch → first KPIs, and slider move → repainted KPIs and charts (median, p95, max over 40
# moves). Prints JSON; BENCH_OUT=FILE also writes it. The figures are recorded in
# docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup-app.sh
export PATH="$HOME/.cargo/bin:$PATH"
bash scripts/build-app.sh
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export REACH_DB="$work/reach.sqlite"
./target/release/reach demo --customers "${BENCH_CUSTOMERS:-1000000}" >/dev/null
cd tests/e2e
env -u LC_ALL -u LC_MESSAGES LANG=zh_CN.UTF-8 \
  xvfb-run -a -s "-screen 0 1440x900x24 -nolisten tcp" \
  node --test bench.test.mjs
