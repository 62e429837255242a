//! With the `desktop` feature, tauri-build reads tauri.conf.json and the capabilities and
//! generates the app's context, with an app manifest listing our commands so that the
//! capability file can allow exactly those; without it (the command logic's tests) there is
//! nothing to do.

fn main() {
    #[cfg(feature = "desktop")]
    {
        // Keep in step with `commands::COMMANDS`.
        const COMMANDS: &[&str] = &[
            "app_state",
            "set_language",
            "presets",
            "evaluate",
            "book",
            "build_demo",
            "import_csv",
            "list_scenarios",
            "load_scenario",
            "save_scenario",
            "rename_scenario",
            "duplicate_scenario",
            "delete_scenario",
            "compare",
            "export_scenario",
            "export_report",
        ];
        tauri_build::try_build(
            tauri_build::Attributes::new().app_manifest(tauri_build::AppManifest::new().commands(COMMANDS)),
        )
        .expect("tauri-build");
    }
}
