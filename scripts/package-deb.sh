#!/usr/bin/env bash
# Builds the Debian package of Reach (for Debian, Kylin and UOS): the desktop app
# `/usr/bin/reach-app` with the UI embedded, the `reach` command line `/usr/bin/reach`, a .desktop
# entry with the Chinese and English names (src-tauri/packaging/reach.desktop) and the icon.
#
#   scripts/package-deb.sh            release build (scripts/build-app.sh)
#   scripts/package-deb.sh --debug    the tests' dev build (scripts/build-test.sh: same features,
#                                     same clippy wrapper, so nothing is rebuilt)
#
# The binaries are copied, stripped, into target/package/<profile>/ and Tauri's bundler
# (`tauri bundle`, the npm package @tauri-apps/cli) packages them from there, so cargo's own
# artifacts stay as they were. Works offline. Prints the path of the .deb on its last line.
# Expects scripts/setup-app.sh to have run.
set -euo pipefail
cd "$(dirname "$0")/.."

profile=release
bundle_flags=()
case "${1:-}" in
  "") ;;
  --debug) profile=debug; bundle_flags=(--debug) ;;
  *) echo "package-deb: unknown argument '$1' (expected nothing or --debug)" >&2; exit 2 ;;
esac

if [ "$profile" = debug ]; then
  bash scripts/build-test.sh
else
  bash scripts/build-app.sh
fi

stage="$PWD/target/package"
rm -rf "$stage/$profile"
mkdir -p "$stage/$profile"
for bin in reach-app reach; do
  strip --strip-all -o "$stage/$profile/$bin" "target/$profile/$bin"
done

# `tauri bundle` finds the app's binary in $CARGO_TARGET_DIR/<profile>/ and writes the package
# to $CARGO_TARGET_DIR/<profile>/bundle/deb/; the CLI goes in as an extra file of the package.
cli_file="{\"bundle\":{\"linux\":{\"deb\":{\"files\":{\"/usr/bin/reach\":\"../target/package/$profile/reach\"}}}}}"
rm -rf "$stage/$profile/bundle"
(cd src-tauri && CARGO_TARGET_DIR="$stage" ../ui/node_modules/.bin/tauri bundle --ci \
  "${bundle_flags[@]}" --bundles deb --features custom-protocol --config "$cli_file")

debs=("$stage/$profile"/bundle/deb/*.deb)
if [ ${#debs[@]} -ne 1 ] || [ ! -f "${debs[0]}" ]; then
  echo "package-deb: expected one .deb in $stage/$profile/bundle/deb/, found: ${debs[*]}" >&2
  exit 1
fi
echo "package-deb: $(du -h "${debs[0]}" | cut -f1) ${debs[0]}" >&2
echo "${debs[0]}"
