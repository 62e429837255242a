//! tauri-build reads tauri.conf.json and the capabilities and generates the app's context,
//! with an app manifest listing our commands (`src/command_list.rs`, the same list the handler
//! is built from) so that the capability file can allow exactly those.

include!("src/command_list.rs");

fn main() {
    tauri_build::try_build(
        tauri_build::Attributes::new().app_manifest(tauri_build::AppManifest::new().commands(COMMANDS)),
    )
    .expect("tauri-build");
}
