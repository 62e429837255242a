//! reach-app — Reach's application layer, with no window and no Tauri: what the desktop shell
//! (`src-tauri`) and the CLI share. [`Session`] is the state of one open warehouse and the
//! entry point of every command; its parts each own one job:
//!
//! - [`book`]: the warehouse's book kept in memory; demo book and import (CSV or XLSX), the
//!   replace question, undo of an import, restore; [`import_job`]: progress and cancel
//! - [`workbench`]: one scenario evaluated, with the sweep and the charts, and its caches
//! - [`assessment`]: one scenario under both credit rules (split vs dual)
//! - [`decision`]: policies side by side for the executive view, nets broken into parts
//! - [`analyses`]: goal seek, tornado and Monte Carlo on the workbench's scenario
//! - [`library`]: saved scenarios
//! - [`compare`]: saved scenarios side by side
//! - [`pilots`]: stored pilots imported, evaluated and applied to a scenario tier (MODEL section 11)
//! - [`reports`]: report building, also used by `reach report`
//! - `command_table.rs`: every command of the desktop app, declared once
//!   ([`for_each_command!`]); [`api`] derives the front end's typed functions from it
//! - [`dto`]: the types that cross the IPC boundary, mirrored into TypeScript ([`bindings`])
//! - [`convert`]: workbench input ↔ scenario, results → views
//! - [`error`]: `{code, message}` from the crates' errors
//! - [`charts`]: the charts, as SVG from reach-report
//! - [`glossary`]: the glossary's entries in both languages, for the ⓘ and the 术语表 page
//! - [`settings`]: the remembered language
//! - [`file_names`]: a typed file name gets its format's extension

mod command_table;

pub mod analyses;
pub mod api;
pub mod assessment;
pub mod bindings;
pub mod book;
pub mod charts;
pub mod compare;
pub mod convert;
pub mod decision;
pub mod dto;
pub mod error;
pub mod file_names;
pub mod glossary;
pub mod import_job;
pub mod library;
pub mod pilots;
pub mod reports;
pub mod session;
pub mod settings;
pub mod workbench;

pub use dto::*;
pub use session::Session;
