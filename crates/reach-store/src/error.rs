//! What can go wrong in the warehouse, worded for the person who has to fix it (which file,
//! which line, which column, why), with a short stable `code()` for the UI.

use std::fmt;

use reach_core::evaluation::ApplyRefusal;
use serde::Serialize;

use crate::problem::Problem;

/// One refused field (or row) of an input file. Serialised as `{line, column, code, …params,
/// reason}`: the app words it in its language from `code` and the parameters.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RowError {
    /// 1-based line of the file where the row starts, as a text editor counts (the header is
    /// line 1); in a workbook, the row number Excel shows.
    pub line: u64,
    /// The column's name from the header (in a workbook `C (header)`); empty when the whole
    /// row is at fault.
    pub column: String,
    /// Why, as a stable code and its parameters.
    #[serde(flatten)]
    pub problem: Problem,
    /// `problem` worded in English.
    pub reason: String,
}

impl RowError {
    pub fn new(line: u64, column: impl Into<String>, problem: Problem) -> RowError {
        let reason = problem.en();
        RowError { line, column: column.into(), problem, reason }
    }

    /// The error worded in Chinese when `zh`, else in English.
    pub fn message(&self, zh: bool) -> String {
        let reason = self.problem.message(zh);
        match (self.column.is_empty(), zh) {
            (true, false) => format!("line {}: {reason}", self.line),
            (false, false) => format!("line {}, column {}: {reason}", self.line, self.column),
            (true, true) => format!("第 {} 行：{reason}", self.line),
            (false, true) => format!("第 {} 行，{} 列：{reason}", self.line, self.column),
        }
    }
}

impl fmt::Display for RowError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(false))
    }
}

/// How many row errors an `InvalidFile` keeps (all bad rows are still counted).
pub const MAX_ROW_ERRORS: usize = 50;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The file was refused whole; nothing in the warehouse changed.
    #[error("{}", invalid_file_message(file, errors, *bad_rows, false))]
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

    #[error("`{name}` is not a usable scenario name: it {reason}")]
    InvalidName { name: String, reason: String },

    /// The warehouse file (or a file offered as one, for a restore) cannot be used as it is:
    /// its folder is missing, it is a folder, not SQLite, damaged, read-only, not a Reach
    /// warehouse, or written by a newer Reach. The user can fix it.
    #[error("{path}: {reason}")]
    BadWarehouse { path: String, reason: String },

    /// Reach never overwrites a file it was asked to create (a backup).
    #[error("{0} already exists; Reach does not overwrite it: pick another name or remove it first")]
    FileExists(String),

    #[error(
        "the warehouse keeps no previous book: it is kept by each import until dropped, \
         and there has been no import since it was last dropped"
    )]
    NoPreviousBook,

    #[error("no pilot is named `{0}`")]
    PilotNotFound(String),

    #[error("a pilot is already named `{0}`; pick another name or delete it first")]
    PilotExists(String),

    #[error("`{name}` is not a usable pilot name: it {reason}")]
    InvalidPilotName { name: String, reason: String },

    /// A pilot's estimate that cannot be applied to the scenario (MODEL section 11).
    #[error("{0}")]
    EstimateRefused(#[from] reach_core::evaluation::ApplyRefusal),

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

    /// The user stopped an import; nothing in the warehouse changed.
    #[error("the import was cancelled; nothing changed")]
    Cancelled,
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
            Self::InvalidName { .. } => "invalid_name",
            Self::BadWarehouse { .. } => "bad_warehouse",
            Self::FileExists(_) => "file_exists",
            Self::NoPreviousBook => "no_previous_book",
            Self::PilotNotFound(_) => "pilot_not_found",
            Self::PilotExists(_) => "pilot_exists",
            Self::InvalidPilotName { .. } => "invalid_name",
            Self::EstimateRefused(ApplyRefusal::Flagged { .. }) => "estimate_flagged",
            Self::EstimateRefused(ApplyRefusal::Invalid(_)) => "invalid_scenario",
            Self::EstimateRefused(_) => "no_estimate",
            Self::Io { .. } => "io",
            Self::Database(_) => "database",
            Self::Migration(_) => "migration",
            Self::CorruptBook(_) => "corrupt_book",
            Self::Cancelled => "cancelled",
        }
    }

    /// True when the user can fix it — a bad file, path, name or warehouse — rather than
    /// Reach or the machine being at fault.
    pub fn is_bad_input(&self) -> bool {
        match self {
            Self::InvalidFile { .. }
            | Self::BookExists { .. }
            | Self::NoBook
            | Self::ScenarioNotFound(_)
            | Self::ScenarioExists(_)
            | Self::InvalidName { .. }
            | Self::BadWarehouse { .. }
            | Self::FileExists(_)
            | Self::NoPreviousBook
            | Self::PilotNotFound(_)
            | Self::PilotExists(_)
            | Self::InvalidPilotName { .. }
            | Self::EstimateRefused(_)
            | Self::Cancelled => true,
            Self::Io { source, .. } => matches!(
                source.kind(),
                std::io::ErrorKind::NotFound
                    | std::io::ErrorKind::PermissionDenied
                    | std::io::ErrorKind::AlreadyExists
                    | std::io::ErrorKind::IsADirectory
                    | std::io::ErrorKind::NotADirectory
                    | std::io::ErrorKind::InvalidData
            ),
            Self::Database(e) => warehouse_fault(e).is_some(),
            Self::Migration(e) => schema_fault(e).is_some(),
            Self::CorruptBook(_) => true,
        }
    }

    pub(crate) fn io(path: &std::path::Path, source: std::io::Error) -> Self {
        Self::Io { path: path.display().to_string(), source }
    }

    /// A refusal at one place of a file.
    pub(crate) fn invalid(file: &str, line: u64, column: &str, problem: Problem) -> Self {
        Self::InvalidFile { file: file.to_string(), errors: vec![RowError::new(line, column, problem)], bad_rows: 1 }
    }

    /// The message in Chinese when `zh` (a refused file's rows worded from their codes), else
    /// as `to_string`.
    pub fn message(&self, zh: bool) -> String {
        match self {
            Self::InvalidFile { file, errors, bad_rows } => invalid_file_message(file, errors, *bad_rows, zh),
            Self::Cancelled if zh => "导入已取消；没有任何改动".into(),
            other => other.to_string(),
        }
    }
}

/// What is wrong with the warehouse file, in words, when SQLite's error says the file itself
/// is at fault (not SQLite, damaged, read-only, cannot be opened); `None` for other failures.
pub(crate) fn warehouse_fault(e: &sqlx::Error) -> Option<&'static str> {
    let sqlx::Error::Database(db) = e else { return None };
    let code: i32 = db.code()?.parse().ok()?;
    Some(match code & 0xff {
        26 => "is not a Reach warehouse (not an SQLite database file)",
        11 => "is damaged (SQLite reports a malformed or truncated database); restore a backup or import again",
        8 => "is read-only; Reach needs to write to the warehouse (check the file's and its folder's permissions)",
        14 => "cannot be opened (check that it is a file, and the permissions of its folder)",
        3 | 23 => "may not be accessed (permission denied)",
        _ => return None,
    })
}

/// What is wrong with the warehouse's schema, in words, when it is not one this Reach reads.
pub(crate) fn schema_fault(e: &sqlx::migrate::MigrateError) -> Option<String> {
    use sqlx::migrate::MigrateError;
    match e {
        MigrateError::VersionMissing(v) => Some(format!(
            "was written by a newer version of Reach (schema migration {v} is unknown to this one); \
             update Reach or use another warehouse"
        )),
        MigrateError::VersionMismatch(v) => Some(format!(
            "has a schema migration {v} that differs from this Reach's: it is not a warehouse of this Reach"
        )),
        MigrateError::Dirty(v) => Some(format!("has a schema migration {v} that was never completed")),
        MigrateError::Execute(e) => warehouse_fault(e).map(str::to_string),
        _ => None,
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

fn invalid_file_message(file: &str, errors: &[RowError], bad_rows: u64, zh: bool) -> String {
    let mut out = match (zh, bad_rows) {
        (true, n) => format!("{file} 被拒绝（{n} 行有误）；没有导入任何数据"),
        (false, 1) => format!("{file} was refused (1 bad row); nothing was imported"),
        (false, n) => format!("{file} was refused ({n} bad rows); nothing was imported"),
    };
    for e in errors {
        out.push_str("\n  ");
        out.push_str(&e.message(zh));
    }
    let listed = errors.iter().map(|e| e.line).collect::<std::collections::BTreeSet<_>>().len() as u64;
    if bad_rows > listed {
        let more = bad_rows - listed;
        out.push_str(&if zh {
            format!("\n  …… 另有 {more} 行有误")
        } else {
            format!("\n  … and {more} more bad rows")
        });
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
                RowError::new(4, "age", Problem::AgeOutOfRange { value: "17".into() }),
                RowError::new(9, "", Problem::WrongWidth { found: 3, expected: 9 }),
            ],
            bad_rows: 5,
        };
        assert_eq!(e.code(), "invalid_file");
        assert_eq!(
            e.to_string(),
            "customers.csv was refused (5 bad rows); nothing was imported\n  \
             line 4, column age: `17` is not a whole number of years between 18 and 120\n  \
             line 9: has 3 fields; the header has 9\n  … and 3 more bad rows"
        );
        let json = serde_json::to_value(&e).unwrap();
        assert_eq!(json["code"], "invalid_file");
        assert!(e.message(true).contains("第 4 行，age 列：“17”不是 18 到 120 之间的整岁数"), "{}", e.message(true));
        let StoreError::InvalidFile { errors, .. } = &e else { unreachable!() };
        let row = serde_json::to_value(&errors[0]).unwrap();
        assert_eq!(
            (row["code"].as_str(), row["value"].as_str(), row["line"].as_u64()),
            (Some("age_out_of_range"), Some("17"), Some(4))
        );
    }
}
