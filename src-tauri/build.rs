//! tauri-build reads tauri.conf.json and the capabilities and generates the app's context,
//! with an app manifest listing our commands — the names of reach-app's command table, the
//! same table the handler is built from — so that the capability file can allow exactly those.

include!("../crates/reach-app/src/command_table.rs");

macro_rules! names {
    ($($name:ident ($($arg:ident : $ty:ty),*) -> $ret:ty;)*) => {
        &[$(stringify!($name)),*]
    };
}

const COMMANDS: &[&str] = for_each_command!(names);

fn main() {
    println!("cargo:rerun-if-changed=../crates/reach-app/src/command_table.rs");
    tauri_build::try_build(
        tauri_build::Attributes::new().app_manifest(tauri_build::AppManifest::new().commands(COMMANDS)),
    )
    .expect("tauri-build");
}
