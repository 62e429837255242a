//! reach-report — Reach's charts and exports, from results to bytes.
//!
//! Pure: it takes the engine's results (and a description of the book they were computed on),
//! and returns SVG text, PNG bytes, an XLSX workbook, a self-contained HTML page or CSV text.
//! Writing a file is the caller's job. The CLI and the desktop app call the same functions, so
//! a chart in a report is the chart on screen.
//!
//! - [`charts`]: the charts (sweep, tiers, load, credit, bands, revenue lines, acquisition,
//!   assessment, tornado, Monte Carlo), SVG and PNG at any size from one drawing code each
//! - [`font`]: the bundled OFL CJK font (Noto Sans CJK SC, subset), registered once
//! - [`format`]: how numbers read in Chinese (万/亿) and English (k/M/bn), and signed deltas
//! - [`input`]: what a report is made from ([`ReportInput`]) and how to compute it
//! - [`glossary`]: every term users meet, in Chinese and English (label, definition, formula,
//!   unit; default, range and basis for inputs), the one source of those texts
//! - [`assumptions`]: every input of a scenario, labelled assumption, policy choice or fact
//! - [`xlsx`], [`html`], [`csv_export`]: the three export formats
//! - [`output`]: a report's format from its file name, its bytes, and writing it atomically

pub mod assumptions;
pub mod charts;
pub mod csv_export;
pub mod font;
pub mod format;
pub mod glossary;
pub mod html;
pub mod input;
pub mod output;
mod typeset;
pub mod xlsx;

pub use format::Lang;
pub use input::{Analyses, AnalysisSettings, BookDescription, ReportInput, ReportScenario, SweepInput};
pub use output::{render, write_atomically, ReportFormat};

/// Why a chart or an export could not be produced.
#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    #[error("the bundled font could not be loaded: {0}")]
    Font(String),
    #[error("drawing the {chart} chart failed: {message}")]
    Chart { chart: &'static str, message: String },
    #[error("writing the workbook failed: {0}")]
    Xlsx(#[from] rust_xlsxwriter::XlsxError),
    #[error("writing CSV failed: {0}")]
    Csv(String),
    #[error("encoding the PNG failed: {0}")]
    Png(String),
    #[error("a report needs at least one scenario")]
    NoScenario,
}
