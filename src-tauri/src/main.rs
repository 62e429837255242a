//! The `reach-app` binary: the Reach desktop window (see `commands::run`).
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    reach_app::commands::run(tauri::generate_context!());
}
