#!/usr/bin/env bash
# Builds the UI (Vite, into ui/dist) when anything under ui/ other than node_modules/ and dist/
# is newer than the last build, and otherwise leaves ui/dist as it is: Vite rewrites every file
# it emits, and the desktop app embeds ui/dist, so cargo would rebuild and relink it after every
# UI build, even of unchanged sources. Used by scripts/build-test.sh and scripts/build-app.sh.
set -euo pipefail
cd "$(dirname "$0")/../ui"
stamp=dist/index.html
if [ -f "$stamp" ] && [ -z "$(find . -path ./node_modules -prune -o -path ./dist -prune -o -newer "$stamp" -print -quit)" ]; then
  exit 0
fi
npm run build --silent
