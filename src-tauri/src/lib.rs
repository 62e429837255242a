//! reach-app — the Reach desktop app. The logic of every command lives in [`session::Session`]
//! (the open warehouse and the book kept in memory), tested without a window; the Tauri shell
//! (`commands`, behind the `desktop` feature) is a few lines per command.
//!
//! - [`dto`]: the types that cross the IPC boundary, mirrored into TypeScript ([`bindings`])
//! - [`convert`]: workbench input ↔ scenario, results → views
//! - [`error`]: `{code, message}` from the crates' errors
//! - [`charts`]: the charts, as SVG from reach-report
//! - [`settings`]: the remembered language

pub mod bindings;
pub mod charts;
pub mod convert;
pub mod dto;
pub mod error;
pub mod session;
pub mod settings;

#[cfg(feature = "desktop")]
pub mod commands;

pub use dto::*;
pub use session::Session;
