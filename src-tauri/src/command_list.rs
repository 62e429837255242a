// Every command of the app, for the app manifest (build.rs includes this file) and the
// handler in commands.rs; the capability file allows exactly these.
#[allow(dead_code)]
pub const COMMANDS: &[&str] = &[
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
