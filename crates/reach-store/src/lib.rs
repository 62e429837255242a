//! reach-store — the SQLite warehouse of Reach, through sqlx: opening it (`warehouse`),
//! importing a customers CSV or the demo book (`import`, checking the files in
//! `customers_file` and `branches_file`, writing in `book_write`), loading the in-memory
//! book (`book_load`, through reach-core's `snapshot`), the current book's description
//! (`book_meta`), saved scenarios (`scenarios`) and the import history (`history`).
//! Errors (`error`) carry a stable code for the UI.

mod book_load;
mod book_meta;
mod book_write;
mod branches_file;
mod clock;
mod csv_input;
mod customers_file;
mod error;
mod history;
mod import;
mod scenarios;
mod warehouse;

pub use book_load::LoadedBook;
pub use book_meta::{BookMeta, BookSource};
pub use customers_file::COLUMNS as CUSTOMER_COLUMNS;
pub use error::{RowError, StoreError, MAX_ROW_ERRORS};
pub use history::{ImportOutcome, ImportRecord};
pub use import::ImportSummary;
pub use scenarios::SavedScenario;
pub use warehouse::{Warehouse, APP_IDENTIFIER, FILE_NAME, PATH_ENV};
