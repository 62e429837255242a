//! The `reach-app` binary: the Reach desktop window (see `commands::run`).
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

mod commands;

fn main() {
    commands::run(tauri::generate_context!());
}
