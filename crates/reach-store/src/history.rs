//! The history of imports: every attempt, kept or refused, with what it read and why it was
//! refused. A kept import is recorded inside its own transaction; a refused one afterwards, in
//! a small transaction of its own (the import's was rolled back).

use serde::{Deserialize, Serialize};
use sqlx::{Row, SqliteConnection};

use crate::book_meta::BookSource;
use crate::clock::now_utc;
use crate::error::StoreError;
use crate::warehouse::Warehouse;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ImportOutcome {
    Ok,
    Refused,
}

/// One import attempt.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportRecord {
    pub id: i64,
    /// RFC 3339, UTC.
    pub started_at: String,
    pub finished_at: String,
    pub kind: BookSource,
    pub customers_file: Option<String>,
    pub branches_file: Option<String>,
    /// Customer rows read (all of them when the file was refused after a full scan).
    pub rows: u64,
    pub outcome: ImportOutcome,
    /// What happened, in words (the error for a refused import).
    pub message: String,
}

/// An import under way, to be recorded when it ends.
#[derive(Debug, Clone)]
pub(crate) struct Attempt {
    pub started_at: String,
    pub kind: BookSource,
    pub customers_file: Option<String>,
    pub branches_file: Option<String>,
}

impl Attempt {
    pub fn start(kind: BookSource, customers_file: Option<String>, branches_file: Option<String>) -> Self {
        Attempt { started_at: now_utc(), kind, customers_file, branches_file }
    }

    pub async fn record(
        &self,
        conn: &mut SqliteConnection,
        rows: u64,
        outcome: ImportOutcome,
        message: &str,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO imports (started_at, finished_at, kind, customers_file, branches_file, rows, outcome, message) \
             VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        )
        .bind(&self.started_at)
        .bind(now_utc())
        .bind(self.kind.as_str())
        .bind(&self.customers_file)
        .bind(&self.branches_file)
        .bind(rows as i64)
        .bind(match outcome {
            ImportOutcome::Ok => "ok",
            ImportOutcome::Refused => "refused",
        })
        .bind(message)
        .execute(&mut *conn)
        .await?;
        Ok(())
    }
}

impl Warehouse {
    /// Every import attempt, newest first.
    pub async fn import_history(&self) -> Result<Vec<ImportRecord>, StoreError> {
        let rows = sqlx::query(
            "SELECT id, started_at, finished_at, kind, customers_file, branches_file, rows, outcome, message \
             FROM imports ORDER BY id DESC",
        )
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|r| {
                Ok(ImportRecord {
                    id: r.try_get("id")?,
                    started_at: r.try_get("started_at")?,
                    finished_at: r.try_get("finished_at")?,
                    kind: BookSource::parse(r.try_get("kind")?)?,
                    customers_file: r.try_get("customers_file")?,
                    branches_file: r.try_get("branches_file")?,
                    rows: r.try_get::<i64, _>("rows")? as u64,
                    outcome: if r.try_get::<&str, _>("outcome")? == "ok" {
                        ImportOutcome::Ok
                    } else {
                        ImportOutcome::Refused
                    },
                    message: r.try_get("message")?,
                })
            })
            .collect()
    }

    /// Records a refused attempt in a transaction of its own. Best effort: a failure to
    /// record must not hide the refusal itself.
    pub(crate) async fn record_refusal(&self, attempt: &Attempt, rows: u64, error: &StoreError) {
        let Ok(mut conn) = self.pool.acquire().await else { return };
        let _ = attempt.record(&mut conn, rows, ImportOutcome::Refused, &error.to_string()).await;
    }
}
