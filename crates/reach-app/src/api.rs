//! The front end's typed API, derived from the command table (`for_each_command!`): one
//! function per command in `ui/src/generated-commands.ts`, its arguments and answer typed
//! with the ts-rs names of the Rust types. `cargo test -p reach-app` fails when the committed
//! file is stale (run it with `UPDATE_BINDINGS=1` to rewrite it) or when the desktop shell's
//! capability file does not allow exactly the table's commands.

use ts_rs::{Config, TS};

use crate::dto::*;

/// Where the generated file lives, relative to this crate.
pub const FILE: &str = "../../ui/src/generated-commands.ts";

/// The capability file of the desktop shell, relative to this crate.
pub const CAPABILITIES: &str = "../../src-tauri/capabilities/main.json";

/// One command of the table, with its arguments and answer as TypeScript types.
pub struct Command {
    pub name: &'static str,
    pub args: Vec<(&'static str, String)>,
    pub answer: String,
}

/// The TypeScript type of `T` as it crosses the IPC boundary: whole numbers are JSON numbers,
/// nothing (`()`) is `void`.
fn ts<T: TS>(cfg: &Config) -> String {
    match T::name(cfg).as_str() {
        "null" => "void".to_string(),
        name => name.to_string(),
    }
}

macro_rules! command_list {
    ($($name:ident ($($arg:ident : $ty:ty),*) -> $ret:ty;)*) => {
        /// Every command of the table, in its order.
        pub fn commands() -> Vec<Command> {
            let cfg = Config::default().with_large_int("number");
            vec![$(Command {
                name: stringify!($name),
                args: vec![$((stringify!($arg), ts::<$ty>(&cfg))),*],
                answer: ts::<$ret>(&cfg),
            }),*]
        }
    };
}
crate::for_each_command!(command_list);

/// `snake_case` → `camelCase` (Tauri's names for command arguments; the front end's for
/// functions).
fn camel(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut upper = false;
    for c in name.chars() {
        if c == '_' {
            upper = true;
        } else if upper {
            out.extend(c.to_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}

/// The capability a command needs: `allow-` and its name in kebab case.
pub fn permission(name: &str) -> String {
    format!("allow-{}", name.replace('_', "-"))
}

/// The whole generated file.
pub fn typescript() -> String {
    let commands = commands();
    let mut types: Vec<String> = commands
        .iter()
        .flat_map(|c| c.args.iter().map(|(_, t)| t.clone()).chain([c.answer.clone()]))
        .flat_map(|t| t.split(|c: char| !c.is_alphanumeric() && c != '_').map(str::to_string).collect::<Vec<_>>())
        .filter(|w| w.starts_with(|c: char| c.is_ascii_uppercase()) && w != "Array")
        .collect();
    types.sort();
    types.dedup();
    let mut out = String::from(
        "// Generated from the command table (crates/reach-app/src/command_table.rs) by\n\
         // crates/reach-app/src/api.rs. Do not edit: change the table and run\n\
         // `UPDATE_BINDINGS=1 cargo test -p reach-app api`. Every command rejects with an `AppError`.\n\n\
         import { invoke } from \"@tauri-apps/api/core\";\n",
    );
    out.push_str(&format!("import type {{ {} }} from \"./generated\";\n\n", types.join(", ")));
    out.push_str("export const commands = {\n");
    for c in &commands {
        let params: Vec<String> = c.args.iter().map(|(a, t)| format!("{}: {t}", camel(a))).collect();
        let names: Vec<String> = c.args.iter().map(|(a, _)| camel(a)).collect();
        let payload = if names.is_empty() { String::new() } else { format!(", {{ {} }}", names.join(", ")) };
        out.push_str(&format!(
            "  {}: ({}) => invoke<{}>(\"{}\"{payload}),\n",
            camel(c.name),
            params.join(", "),
            c.answer,
            c.name
        ));
    }
    out.push_str("};\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    #[test]
    fn the_committed_typescript_api_is_fresh() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(FILE);
        let fresh = typescript();
        if std::env::var_os("UPDATE_BINDINGS").is_some() {
            std::fs::write(&path, &fresh).unwrap();
        }
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            committed == fresh,
            "{} is stale: run `UPDATE_BINDINGS=1 cargo test -p reach-app api` and commit the result",
            path.display()
        );
    }

    #[test]
    fn the_capability_file_allows_exactly_the_commands_and_the_dialogs() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(CAPABILITIES);
        let text = std::fs::read_to_string(&path).unwrap();
        let json: serde_json::Value = serde_json::from_str(&text).unwrap();
        let mut allowed: Vec<&str> =
            json["permissions"].as_array().unwrap().iter().filter_map(|p| p.as_str()).collect();
        allowed.sort();
        let mut expected: Vec<String> = commands().iter().map(|c| permission(c.name)).collect();
        expected.extend(["dialog:allow-open".to_string(), "dialog:allow-save".to_string()]);
        expected.sort();
        assert_eq!(allowed, expected, "{}: permissions differ from the command table", path.display());
    }

    #[test]
    fn arguments_and_answers_have_their_wire_types() {
        let all = commands();
        let demo = all.iter().find(|c| c.name == "build_demo").unwrap();
        assert_eq!(demo.args, vec![("customers", "number".to_string()), ("lang", "Lang".to_string())]);
        assert_eq!(demo.answer, "BookView");
        let import = all.iter().find(|c| c.name == "import_book").unwrap();
        assert_eq!(import.args[1], ("branches", "string | null".to_string()));
        assert_eq!(import.args[2], ("replace", "boolean".to_string()));
        assert_eq!(all.iter().find(|c| c.name == "cancel_import").unwrap().answer, "void");
        assert_eq!(all.iter().find(|c| c.name == "export_report").unwrap().answer, "string");
        assert_eq!(camel("duplicate_scenario"), "duplicateScenario");
        assert_eq!(permission("build_demo"), "allow-build-demo");
    }
}
