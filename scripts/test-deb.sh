#!/usr/bin/env bash
# Tests the Debian package end to end, as root: builds it from the tests' dev build
# (scripts/package-deb.sh --debug), checks its control file (name, version, Depends) and
# contents, installs it with apt-get, builds a small demo book with the installed `reach`, starts
# the installed `/usr/bin/reach-app` under Xvfb on that warehouse, waits until its window is
# mapped and drawn, saves a screenshot to docs/screenshots/deb-installed.png, then removes the
# package and checks that its files are gone. Refuses to run if a package named reach is
# already installed (it would be replaced, then removed).
set -euo pipefail
cd "$(dirname "$0")/.."

fail() {
  echo "test-deb: FAIL: $*" >&2
  exit 1
}

[ "$(id -u)" -eq 0 ] || fail "must run as root (it installs and removes the package)"
if dpkg -s reach >/dev/null 2>&1; then
  fail "a package named reach is already installed; remove it first (apt-get remove reach)"
fi

echo "== package (dev build)"
deb="$(bash scripts/package-deb.sh --debug | tail -n 1)"
version="$(sed -n 's/^ *"version": *"\([^"]*\)".*/\1/p' src-tauri/tauri.conf.json | head -n 1)"

echo "== control file of $(basename "$deb")"
field() { dpkg-deb --field "$deb" "$1"; }
[ "$(field Package)" = reach ] || fail "Package is '$(field Package)', expected 'reach'"
[ "$(field Version)" = "$version" ] || fail "Version is '$(field Version)', expected '$version' (tauri.conf.json)"
[ "$(field Architecture)" = "$(dpkg --print-architecture)" ] || fail "Architecture is '$(field Architecture)'"
depends="$(field Depends)"
for dep in libwebkit2gtk-4.1-0 libgtk-3-0; do
  [[ ",$depends," == *", $dep,"* || ",$depends," == *",$dep,"* ]] || fail "Depends '$depends' lacks $dep"
done
contents="$(dpkg-deb --contents "$deb")"
for path in usr/bin/reach-app usr/bin/reach usr/share/applications/Reach.desktop \
  usr/share/icons/hicolor/512x512/apps/reach-app.png; do
  grep -qE " (\./)?$path\$" <<<"$contents" || fail "the package lacks $path"
done
echo "Package: reach $version, Depends: $depends"

work="$(mktemp -d)"
app_pid=""
xvfb_pid=""
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null && wait "$xvfb_pid" 2>/dev/null
  if dpkg -s reach >/dev/null 2>&1; then
    DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq -o DPkg::Lock::Timeout=120 reach >/dev/null
  fi
  rm -rf "$work"
}
trap cleanup EXIT

echo "== install"
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
  -o DPkg::Lock::Timeout=120 "$deb" >/dev/null
[ -x /usr/bin/reach-app ] || fail "/usr/bin/reach-app is not installed"
desktop=/usr/share/applications/Reach.desktop
grep -q '^Name=Reach$' "$desktop" || fail "$desktop has no English Name=Reach"
grep -q '^Name\[zh_CN\]=触达 Reach$' "$desktop" || fail "$desktop has no Chinese name"
grep -q '^Exec=reach-app$' "$desktop" || fail "$desktop does not start reach-app"
desktop-file-validate "$desktop" || fail "$desktop is not a valid desktop entry (see above)"

echo "== the installed CLI builds a demo book"
export REACH_DB="$work/reach.sqlite"
/usr/bin/reach demo --customers 2000 >/dev/null
/usr/bin/reach book | grep -q 2000 || fail "the installed reach does not show the 2,000-customer demo book"

echo "== the installed app starts under Xvfb"
exec 3>"$work/display"
Xvfb -displayfd 3 -screen 0 1440x900x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb_pid=$!
exec 3>&-
for _ in $(seq 100); do [ -s "$work/display" ] && break; sleep 0.1; done
[ -s "$work/display" ] || fail "Xvfb did not start: $(cat "$work/xvfb.log")"
export DISPLAY=":$(cat "$work/display")"
env -u LC_ALL -u LC_MESSAGES LANG=zh_CN.UTF-8 /usr/bin/reach-app >"$work/app.log" 2>&1 &
app_pid=$!

# The window is mapped under its title; then the web view draws the UI into it (a blank window
# is one colour, the workbench hundreds).
title='Reach · 服务门槛情景'
shot="$work/shot.png"
shown=""
for _ in $(seq 120); do
  kill -0 "$app_pid" 2>/dev/null || fail "reach-app exited: $(cat "$work/app.log")"
  if xwininfo -root -tree 2>/dev/null | grep -qF "\"$title\""; then
    import -window root "$shot"
    if [ "$(identify -format '%k' "$shot")" -gt 200 ]; then
      shown=yes
      break
    fi
  fi
  sleep 0.5
done
[ -n "$shown" ] || fail "no drawn window titled '$title' within 60 s: $(cat "$work/app.log")"
# The first drawn frame may still be loading the book: give it a moment, then keep that picture.
sleep 3
import -window root "$shot"
mkdir -p docs/screenshots
cp "$shot" docs/screenshots/deb-installed.png
echo "window '$title' shown; screenshot docs/screenshots/deb-installed.png"

echo "== remove"
kill "$app_pid" && wait "$app_pid" 2>/dev/null || true
app_pid=""
DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq -o DPkg::Lock::Timeout=120 reach >/dev/null
for path in /usr/bin/reach-app /usr/bin/reach "$desktop"; do
  [ ! -e "$path" ] || fail "$path is still there after removing the package"
done
echo "test-deb: ok ($(du -h "$deb" | cut -f1) package installed, started, removed)"
