//! With the `desktop` feature, tauri-build reads tauri.conf.json and the capabilities and
//! generates the app's context, with an app manifest listing our commands so that the
//! capability file can allow exactly those; without it (the command logic's tests) there is
//! nothing to do.

#[cfg(feature = "desktop")]
include!("src/command_names.rs");

fn main() {
    #[cfg(feature = "desktop")]
    {
        tauri_build::try_build(
            tauri_build::Attributes::new().app_manifest(tauri_build::AppManifest::new().commands(COMMANDS)),
        )
        .expect("tauri-build");
    }
}
