# Sourced by scripts/build-test.sh and scripts/test.sh: the workspace's own crates are compiled
# by clippy-driver (what `cargo clippy` runs), so the one dev build is also the lint pass — every
# clippy lint and rustc warning is an error — and the dependencies are compiled once, not once
# more for `cargo check`. Every cargo command of the test run must see the same settings, or
# cargo rebuilds the workspace's crates.
export PATH="$HOME/.cargo/bin:$PATH"
RUSTC_WORKSPACE_WRAPPER="$(command -v clippy-driver)"
export RUSTC_WORKSPACE_WRAPPER
export CLIPPY_ARGS="-D__CLIPPY_HACKERY__warnings__CLIPPY_HACKERY__"
