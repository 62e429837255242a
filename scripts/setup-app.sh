#!/usr/bin/env bash
# Installs what the desktop app needs on a fresh Debian machine (run as root), skipping what is
# there: the Rust toolchain and C tools (scripts/setup.sh), WebKitGTK and the other Tauri build
# libraries, Xvfb, xauth, ImageMagick and WebKitWebDriver for the end-to-end tests, x11-utils
# (xwininfo) and desktop-file-utils for the installed-package test, the UI's and the e2e client's npm packages (`npm ci`,
# the Tauri CLI that bundles the .deb among them), and tauri-driver. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh

packages=(
  libwebkit2gtk-4.1-dev libayatana-appindicator3-dev librsvg2-dev libsoup-3.0-dev
  libjavascriptcoregtk-4.1-dev libxdo-dev libssl-dev build-essential file pkg-config
  xvfb xauth imagemagick webkit2gtk-driver x11-utils desktop-file-utils
)
missing=()
for p in "${packages[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup-app: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "setup-app: installing nodejs and npm"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends nodejs npm
fi

# npm packages, from the committed lock files; skipped when node_modules matches the lock.
for dir in ui tests/e2e; do
  if [ -f "$dir/package-lock.json" ]; then
    if [ ! -f "$dir/node_modules/.package-lock.json" ] || ! cmp -s <(sed -n '1,3p' "$dir/package-lock.json") <(sed -n '1,3p' "$dir/node_modules/.package-lock.json") \
       || [ "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ]; then
      echo "setup-app: npm ci in $dir"
      (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
    fi
  fi
done

export PATH="$HOME/.cargo/bin:$PATH"
if ! command -v tauri-driver >/dev/null 2>&1; then
  echo "setup-app: cargo install tauri-driver"
  cargo install tauri-driver --locked
fi
