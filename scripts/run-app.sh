#!/usr/bin/env bash
# Installs what the desktop app needs, builds it, makes sure the warehouse holds a book (the
# calibrated 1,000,000-customer demo book when it is empty) and starts Reach.
# REACH_DB picks the warehouse (default: the app's, the same file the CLI uses);
# DEMO_CUSTOMERS the demo book's size.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup-app.sh
bash scripts/build-app.sh
if ! ./target/release/reach book >/dev/null 2>&1; then
  echo "run-app: the warehouse holds no book yet; building the demo book"
  ./target/release/reach demo --customers "${DEMO_CUSTOMERS:-1000000}"
fi
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "run-app: no display; starting Reach on a virtual one (xvfb-run)" >&2
  exec xvfb-run -a -s "-screen 0 1440x900x24" ./target/release/reach-app
fi
exec ./target/release/reach-app
