//! What the warehouse knows about its current book (the single `book` row): where it came
//! from, when, how big, and the fingerprints of the files it was imported from.

use serde::{Deserialize, Serialize};
use sqlx::sqlite::SqliteRow;
use sqlx::{Row, SqliteConnection};

use crate::error::StoreError;
use crate::warehouse::Warehouse;

/// Where a book came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum BookSource {
    /// The calibrated, synthetic demo book.
    Demo,
    /// An imported customers file.
    Csv,
}

impl BookSource {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Demo => "demo",
            Self::Csv => "csv",
        }
    }

    pub(crate) fn parse(s: &str) -> Result<Self, StoreError> {
        match s {
            "demo" => Ok(Self::Demo),
            "csv" => Ok(Self::Csv),
            other => Err(StoreError::CorruptBook(format!("unknown book source `{other}`"))),
        }
    }
}

/// The `book` row.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BookMeta {
    pub source: BookSource,
    /// What to call the book (the demo's label, or the customers file's name).
    pub label: String,
    /// The date the book describes, when known (YYYY-MM-DD).
    pub snapshot_date: Option<String>,
    pub customers: u64,
    pub branches: u64,
    /// RFC 3339, UTC.
    pub imported_at: String,
    /// The demo generator's seed.
    pub seed: Option<u64>,
    pub customers_file: Option<String>,
    pub customers_sha256: Option<String>,
    pub branches_file: Option<String>,
    pub branches_sha256: Option<String>,
    /// True for generated (not real) customers: every view must say so.
    pub synthetic: bool,
}

impl BookMeta {
    /// Where the book came from, in one line a report can print: `demo (seed 7)`, or the
    /// customers file (and branches file) with their sha256.
    pub fn provenance(&self) -> String {
        let hashed = |file: Option<&str>, sha: Option<&str>| {
            format!("{}{}", file.unwrap_or("?"), sha.map(|h| format!(" (sha256 {h})")).unwrap_or_default())
        };
        match self.source {
            BookSource::Demo => format!("demo{}", self.seed.map(|s| format!(" (seed {s})")).unwrap_or_default()),
            BookSource::Csv => {
                let mut s = format!("csv {}", hashed(self.customers_file.as_deref(), self.customers_sha256.as_deref()));
                if self.branches_file.is_some() {
                    s.push_str(&format!(
                        "; branches {}",
                        hashed(self.branches_file.as_deref(), self.branches_sha256.as_deref())
                    ));
                }
                s
            }
        }
    }
}

const COLUMNS: &str = "source, label, snapshot_date, customers, branches, imported_at, seed, customers_file, \
                       customers_sha256, branches_file, branches_sha256, synthetic";

impl Warehouse {
    /// The current book's description, `None` when the warehouse holds no book.
    pub async fn book_meta(&self) -> Result<Option<BookMeta>, StoreError> {
        let mut conn = self.pool.acquire().await?;
        read(&mut conn).await
    }
}

pub(crate) async fn read(conn: &mut SqliteConnection) -> Result<Option<BookMeta>, StoreError> {
    read_table(conn, "book").await
}

/// The row of `table`: `book`, or `previous_book` for the book kept by the last import.
pub(crate) async fn read_table(conn: &mut SqliteConnection, table: &str) -> Result<Option<BookMeta>, StoreError> {
    let row =
        sqlx::query(&format!("SELECT {COLUMNS} FROM \"{table}\" WHERE id = 1")).fetch_optional(&mut *conn).await?;
    row.map(|r| from_row(&r)).transpose()
}

pub(crate) async fn write(conn: &mut SqliteConnection, meta: &BookMeta) -> Result<(), StoreError> {
    sqlx::query(&format!("INSERT INTO book (id, {COLUMNS}) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
        .bind(meta.source.as_str())
        .bind(&meta.label)
        .bind(&meta.snapshot_date)
        .bind(meta.customers as i64)
        .bind(meta.branches as i64)
        .bind(&meta.imported_at)
        .bind(meta.seed.map(|s| s as i64))
        .bind(&meta.customers_file)
        .bind(&meta.customers_sha256)
        .bind(&meta.branches_file)
        .bind(&meta.branches_sha256)
        .bind(meta.synthetic)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

fn from_row(r: &SqliteRow) -> Result<BookMeta, StoreError> {
    Ok(BookMeta {
        source: BookSource::parse(r.try_get("source")?)?,
        label: r.try_get("label")?,
        snapshot_date: r.try_get("snapshot_date")?,
        customers: r.try_get::<i64, _>("customers")? as u64,
        branches: r.try_get::<i64, _>("branches")? as u64,
        imported_at: r.try_get("imported_at")?,
        seed: r.try_get::<Option<i64>, _>("seed")?.map(|s| s as u64),
        customers_file: r.try_get("customers_file")?,
        customers_sha256: r.try_get("customers_sha256")?,
        branches_file: r.try_get("branches_file")?,
        branches_sha256: r.try_get("branches_sha256")?,
        synthetic: r.try_get("synthetic")?,
    })
}
