//! Rebuilds the crate when a migration changes (they are embedded with `include_str!`, see
//! `warehouse::MIGRATIONS`).

fn main() {
    println!("cargo:rerun-if-changed=../../migrations");
}
