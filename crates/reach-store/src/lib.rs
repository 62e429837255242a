//! reach-store — the SQLite warehouse of Reach, through sqlx: opening it (`warehouse`),
//! importing a customers file or the demo book (`import`, steered by `import_control`;
//! reading CSV in `csv_input` with `encoding`, workbooks in `xlsx_input`, both as a `table`
//! whose headers are matched by the `aliases` table and whose values are read by `notation`;
//! checking rows in `customers_file` and `branches_file`, refusing with a `problem` code;
//! writing in `book_write`), loading the in-memory
//! book (`book_load`, through reach-core's `snapshot`), the current book's description
//! (`book_meta`), saved scenarios (`scenarios`), the import history (`history`), and pilot
//! outcomes (`pilot_file` checks the file, `pilots` stores them, `pilot_apply` writes an estimate
//! into a new saved scenario; MODEL section 11). Each
//! import keeps the book it replaces (`previous_book`, for undo); `backup` copies and
//! restores the whole warehouse.
//! Errors (`error`) carry a stable code for the UI.

mod aliases;
mod backup;
mod book_load;
mod book_meta;
mod book_write;
mod branches_file;
mod clock;
mod csv_input;
mod customers_file;
mod encoding;
mod error;
mod history;
mod import;
mod import_control;
mod notation;
mod pilot_apply;
mod pilot_file;
mod pilots;
mod previous_book;
mod problem;
mod scenarios;
mod table;
mod template;
mod warehouse;
mod xlsx_input;

pub use aliases::{header_key, ColumnSpec, BRANCH_COLUMNS, CUSTOMER_COLUMNS as CUSTOMER_COLUMN_SPECS};
pub use backup::RestoreSummary;
pub use book_load::LoadedBook;
pub use book_meta::{BookMeta, BookSource};
pub use customers_file::COLUMNS as CUSTOMER_COLUMNS;
pub use encoding::TextEncoding;
pub use error::{RowError, StoreError, MAX_ROW_ERRORS};
pub use history::{ImportOutcome, ImportRecord};
pub use import::ImportSummary;
pub use import_control::{ImportControl, Progress};
pub use notation::{CHANNEL_NAMES, RISK_NAMES};
pub use pilot_file::{read_pilot, PilotRead, PILOT_COLUMNS};
pub use pilots::{PilotImport, PilotImportRecord, PilotInfo, PilotSource};
pub use previous_book::ReplacePreview;
pub use problem::Problem;
pub use scenarios::SavedScenario;
pub use template::{template_bytes, write_template, TemplateFormat};
pub use warehouse::{Warehouse, APP_IDENTIFIER, BUSY_TIMEOUT, FILE_NAME, PATH_ENV};
pub use xlsx_input::EXCEL_MAX_ROWS;
