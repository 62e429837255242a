//! What can go wrong in the warehouse, worded for the person who has to fix it (which file,
//! which line, which column, why), with a short stable `code()` for the UI.

use std::fmt;

use serde::Serialize;

/// One refused field (or row) of an input file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RowError {
    /// 1-based line of the file where the row starts (the header is line 1).
    pub line: u64,
    /// The column's name from the header; empty when the whole row is at fault.
    pub column: String,
    pub reason: String,
}

impl fmt::Display for RowError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.column.is_empty() {
            write!(f, "line {}: {}", self.line, self.reason)
        } else {
            write!(f, "line {}, column {}: {}", self.line, self.column, self.reason)
        }
    }
}

/// How many row errors an `InvalidFile` keeps (all bad rows are still counted).
pub const MAX_ROW_ERRORS: usize = 50;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The file was refused whole; nothing in the warehouse changed.
    #[error("{}", invalid_file_message(file, errors, *bad_rows))]
    InvalidFile { file: String, errors: Vec<RowError>, bad_rows: u64 },

    #[error(
        "the warehouse already holds a book ({label}, {customers} customers); \
         import again with --replace to replace it"
    )]
    BookExists { label: String, customers: u64 },

    #[error("the warehouse holds no book yet: build the demo book (`reach demo`) or import a CSV (`reach import`)")]
    NoBook,

    #[error("no saved scenario is named `{0}`")]
    ScenarioNotFound(String),

    #[error("a saved scenario is already named `{0}`; pick another name or delete it first")]
    ScenarioExists(String),

    #[error("`{0}` is not a usable scenario name: it must not be empty")]
    InvalidName(String),

    #[error("{path}: {source}")]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },

    #[error("the warehouse database failed: {0}")]
    Database(#[from] sqlx::Error),

    #[error("the warehouse could not be brought up to date (is it from a newer Reach?): {0}")]
    Migration(#[from] sqlx::migrate::MigrateError),

    #[error("the warehouse's book is inconsistent ({0}); import it again")]
    CorruptBook(String),
}

impl StoreError {
    /// A short, stable identifier of the kind of error, for the UI and for scripts.
    pub fn code(&self) -> &'static str {
        match self {
            Self::InvalidFile { .. } => "invalid_file",
            Self::BookExists { .. } => "book_exists",
            Self::NoBook => "no_book",
            Self::ScenarioNotFound(_) => "scenario_not_found",
            Self::ScenarioExists(_) => "scenario_exists",
            Self::InvalidName(_) => "invalid_name",
            Self::Io { .. } => "io",
            Self::Database(_) => "database",
            Self::Migration(_) => "migration",
            Self::CorruptBook(_) => "corrupt_book",
        }
    }

    /// True when the input (a file, a name) was at fault rather than the machine.
    pub fn is_bad_input(&self) -> bool {
        matches!(
            self,
            Self::InvalidFile { .. }
                | Self::BookExists { .. }
                | Self::NoBook
                | Self::ScenarioNotFound(_)
                | Self::ScenarioExists(_)
                | Self::InvalidName(_)
        )
    }

    pub(crate) fn io(path: &std::path::Path, source: std::io::Error) -> Self {
        Self::Io { path: path.display().to_string(), source }
    }

    /// A refusal at one place of a file.
    pub(crate) fn invalid(file: &str, line: u64, column: &str, reason: impl Into<String>) -> Self {
        Self::InvalidFile {
            file: file.to_string(),
            errors: vec![RowError { line, column: column.to_string(), reason: reason.into() }],
            bad_rows: 1,
        }
    }
}

/// Crosses the IPC boundary as `{code, message}`.
impl Serialize for StoreError {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut s = serializer.serialize_struct("StoreError", 2)?;
        s.serialize_field("code", self.code())?;
        s.serialize_field("message", &self.to_string())?;
        s.end()
    }
}

fn invalid_file_message(file: &str, errors: &[RowError], bad_rows: u64) -> String {
    let rows = if bad_rows == 1 { "1 bad row".to_string() } else { format!("{bad_rows} bad rows") };
    let mut out = format!("{file} was refused ({rows}); nothing was imported");
    for e in errors {
        out.push_str("\n  ");
        out.push_str(&e.to_string());
    }
    let listed = errors.iter().map(|e| e.line).collect::<std::collections::BTreeSet<_>>().len() as u64;
    if bad_rows > listed {
        out.push_str(&format!("\n  … and {} more bad rows", bad_rows - listed));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invalid_file_names_file_line_column_and_reason() {
        let e = StoreError::InvalidFile {
            file: "customers.csv".into(),
            errors: vec![
                RowError { line: 4, column: "age".into(), reason: "`17` is not between 18 and 120".into() },
                RowError { line: 9, column: String::new(), reason: "has 3 fields; the header has 9".into() },
            ],
            bad_rows: 5,
        };
        assert_eq!(e.code(), "invalid_file");
        assert_eq!(
            e.to_string(),
            "customers.csv was refused (5 bad rows); nothing was imported\n  \
             line 4, column age: `17` is not between 18 and 120\n  \
             line 9: has 3 fields; the header has 9\n  … and 3 more bad rows"
        );
        let json = serde_json::to_value(&e).unwrap();
        assert_eq!(json["code"], "invalid_file");
    }
}
