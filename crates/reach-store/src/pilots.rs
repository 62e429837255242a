//! Stored pilots: importing an outcome file under a unique name (one transaction, all or
//! nothing, recorded in the pilot import history either way), storing a generated pilot (the
//! synthetic demo's), listing, loading with each customer's channel and age from the book,
//! and deleting. Estimation is reach-core's (`evaluation`).

use std::path::Path;

use reach_core::book::Channel;
use reach_core::demo::{self, DemoParams, PilotParams};
use reach_core::evaluation::{BookProfile, Group, PilotCustomer};
use serde::Serialize;
use sqlx::{Row, SqliteConnection};

use crate::clock::now_utc;
use crate::error::StoreError;
use crate::history::ImportOutcome;
use crate::pilot_file::{read_pilot, PilotRead};
use crate::warehouse::Warehouse;

/// Rows per INSERT statement (11 parameters each, under SQLite's 32,766).
const ROWS_PER_INSERT: usize = 500;
/// Customer ids per lookup in the book.
const IDS_PER_LOOKUP: usize = 900;

/// A stored pilot, as listed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PilotInfo {
    pub name: String,
    pub label: String,
    pub source_file: Option<String>,
    pub sha256: Option<String>,
    pub synthetic: bool,
    pub customers: u64,
    pub treated: u64,
    pub control: u64,
    pub has_placed: bool,
    /// RFC 3339, UTC.
    pub imported_at: String,
    /// Of the pilot's customers, how many the current book holds (and how many it does not).
    pub in_book: u64,
    pub not_in_book: u64,
}

/// What a pilot import did.
#[derive(Debug, Clone, Serialize)]
pub struct PilotImport {
    pub pilot: PilotInfo,
    /// Unused columns.
    pub warnings: Vec<String>,
}

/// One pilot import attempt.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PilotImportRecord {
    pub id: i64,
    pub started_at: String,
    pub finished_at: String,
    pub pilot: String,
    pub file: Option<String>,
    pub rows: u64,
    pub outcome: ImportOutcome,
    pub message: String,
}

/// Where a stored pilot came from.
pub struct PilotSource<'a> {
    pub label: &'a str,
    pub file: Option<&'a str>,
    pub sha256: Option<&'a str>,
    pub synthetic: bool,
}

impl Warehouse {
    /// Imports a pilot outcome file as pilot `name` (refused when the name is taken or not a
    /// usable name, or when any row is bad: then nothing is stored).
    pub async fn import_pilot(&self, path: &Path, name: &str) -> Result<PilotImport, StoreError> {
        let started_at = now_utc();
        let file = path.display().to_string();
        let mut rows = 0;
        let result = async {
            let name = checked_pilot_name(name)?;
            let owned = path.to_path_buf();
            let (read_rows, read) = tokio::task::spawn_blocking(move || read_pilot(&owned))
                .await
                .map_err(|e| StoreError::io(path, std::io::Error::other(format!("the reading thread failed: {e}"))))?;
            rows = read_rows;
            let PilotRead { customers, sha256, warnings } = read?;
            let label = path.file_name().map_or_else(|| file.clone(), |n| n.to_string_lossy().into_owned());
            let source = PilotSource { label: &label, file: Some(&file), sha256: Some(&sha256), synthetic: false };
            let mut tx = self.pool.begin_with("BEGIN IMMEDIATE").await?;
            if pilot_id(&mut tx, name).await?.is_some() {
                return Err(StoreError::PilotExists(name.to_string()));
            }
            insert_pilot(&mut tx, name, &source, &customers).await?;
            let message = format!("pilot `{name}`: {} customers", customers.len());
            record(&mut tx, &started_at, name, Some(&file), rows, ImportOutcome::Ok, &message).await?;
            tx.commit().await?;
            Ok(warnings)
        }
        .await;
        match result {
            Ok(warnings) => Ok(PilotImport { pilot: self.pilot_info(name.trim()).await?, warnings }),
            Err(e) => {
                if let Ok(mut conn) = self.pool.acquire().await {
                    let message = e.to_string();
                    let _ =
                        record(&mut conn, &started_at, name, Some(&file), rows, ImportOutcome::Refused, &message).await;
                }
                Err(e)
            }
        }
    }

    /// Stores generated outcomes as pilot `name`, replacing a pilot so named (for the synthetic
    /// demo pilot, which `reach demo` rebuilds with the book).
    pub async fn replace_pilot(
        &self,
        name: &str,
        source: &PilotSource<'_>,
        customers: &[PilotCustomer],
    ) -> Result<PilotInfo, StoreError> {
        let name = checked_pilot_name(name)?;
        let started_at = now_utc();
        let mut tx = self.pool.begin_with("BEGIN IMMEDIATE").await?;
        sqlx::query("DELETE FROM pilots WHERE name = ?").bind(name).execute(&mut *tx).await?;
        insert_pilot(&mut tx, name, source, customers).await?;
        let message = format!("pilot `{name}`: {} customers ({})", customers.len(), source.label);
        record(&mut tx, &started_at, name, source.file, customers.len() as u64, ImportOutcome::Ok, &message).await?;
        tx.commit().await?;
        self.pilot_info(name).await
    }

    /// (Re)builds the synthetic demo pilot (`reach_core::demo::DEMO_PILOT_NAME`) on the demo
    /// book of `book`, with the default known effects.
    pub async fn build_demo_pilot(&self, book: &DemoParams) -> Result<PilotInfo, StoreError> {
        let book = *book;
        let customers = tokio::task::spawn_blocking(move || demo::demo_pilot(&book, &PilotParams::default()))
            .await
            .map_err(|e| StoreError::Io { path: String::new(), source: std::io::Error::other(e.to_string()) })?;
        let source = PilotSource { label: demo::DEMO_PILOT_LABEL, file: None, sha256: None, synthetic: true };
        self.replace_pilot(demo::DEMO_PILOT_NAME, &source, &customers).await
    }

    /// Every stored pilot, by name.
    pub async fn list_pilots(&self) -> Result<Vec<PilotInfo>, StoreError> {
        let rows = sqlx::query(&format!("{INFO_QUERY} ORDER BY p.name")).fetch_all(&self.pool).await?;
        rows.iter().map(info_from_row).collect()
    }

    /// The pilot named `name`; `PilotNotFound` when there is none.
    pub async fn pilot_info(&self, name: &str) -> Result<PilotInfo, StoreError> {
        let row = sqlx::query(&format!("{INFO_QUERY} WHERE p.name = ?"))
            .bind(name.trim())
            .fetch_optional(&self.pool)
            .await?
            .ok_or_else(|| StoreError::PilotNotFound(name.trim().to_string()))?;
        info_from_row(&row)
    }

    /// The outcomes of pilot `name`, in file order, each with its channel and age when the
    /// current book holds the customer.
    pub async fn pilot_customers(&self, name: &str) -> Result<Vec<PilotCustomer>, StoreError> {
        let mut conn = self.pool.acquire().await?;
        let id =
            pilot_id(&mut conn, name.trim()).await?.ok_or_else(|| StoreError::PilotNotFound(name.trim().into()))?;
        let rows = sqlx::query(
            "SELECT pc.customer_id, pc.grp, pc.revenue_before_fen, pc.revenue_after_fen, pc.assets_before_fen, \
             pc.assets_after_fen, pc.trades_before, pc.trades_after, pc.placed_after_fen, c.channel, c.age \
             FROM pilot_customers pc LEFT JOIN customers c ON c.customer_id = pc.customer_id \
             WHERE pc.pilot_id = ? ORDER BY pc.position",
        )
        .bind(id)
        .fetch_all(&mut *conn)
        .await?;
        rows.iter()
            .map(|r| {
                let group: String = r.try_get("grp")?;
                let channel: Option<String> = r.try_get("channel")?;
                let age: Option<i64> = r.try_get("age")?;
                Ok(PilotCustomer {
                    customer_id: r.try_get("customer_id")?,
                    group: group.parse().map_err(StoreError::CorruptBook)?,
                    revenue_before_fen: r.try_get("revenue_before_fen")?,
                    revenue_after_fen: r.try_get("revenue_after_fen")?,
                    assets_before_fen: r.try_get("assets_before_fen")?,
                    assets_after_fen: r.try_get("assets_after_fen")?,
                    trades_before: count(r.try_get("trades_before")?)?,
                    trades_after: count(r.try_get("trades_after")?)?,
                    placed_after_fen: r.try_get("placed_after_fen")?,
                    profile: profile(channel.as_deref(), age)?,
                })
            })
            .collect()
    }

    /// Fills in each customer's channel and age from the current book (for outcomes read from
    /// a file rather than stored).
    pub async fn attach_profiles(&self, customers: &mut [PilotCustomer]) -> Result<(), StoreError> {
        let mut conn = self.pool.acquire().await?;
        for chunk in customers.chunks_mut(IDS_PER_LOOKUP) {
            let marks = vec!["?"; chunk.len()].join(", ");
            let sql = format!("SELECT customer_id, channel, age FROM customers WHERE customer_id IN ({marks})");
            let mut query = sqlx::query(&sql);
            for c in chunk.iter() {
                query = query.bind(&c.customer_id);
            }
            let found = query.fetch_all(&mut *conn).await?;
            let mut by_id = std::collections::HashMap::with_capacity(found.len());
            for r in &found {
                let id: String = r.try_get("customer_id")?;
                let channel: String = r.try_get("channel")?;
                by_id.insert(id, profile(Some(&channel), Some(r.try_get("age")?))?);
            }
            for c in chunk.iter_mut() {
                c.profile = by_id.get(&c.customer_id).copied().flatten();
            }
        }
        Ok(())
    }

    /// Deletes pilot `name`; `PilotNotFound` when there is none.
    pub async fn delete_pilot(&self, name: &str) -> Result<(), StoreError> {
        let done = sqlx::query("DELETE FROM pilots WHERE name = ?").bind(name.trim()).execute(&self.pool).await?;
        if done.rows_affected() == 0 {
            return Err(StoreError::PilotNotFound(name.trim().to_string()));
        }
        Ok(())
    }

    /// Every pilot import attempt, newest first.
    pub async fn pilot_import_history(&self) -> Result<Vec<PilotImportRecord>, StoreError> {
        let rows = sqlx::query(
            "SELECT id, started_at, finished_at, pilot, file, rows, outcome, message FROM pilot_imports ORDER BY id DESC",
        )
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|r| {
                Ok(PilotImportRecord {
                    id: r.try_get("id")?,
                    started_at: r.try_get("started_at")?,
                    finished_at: r.try_get("finished_at")?,
                    pilot: r.try_get("pilot")?,
                    file: r.try_get("file")?,
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
}

const INFO_QUERY: &str = "SELECT p.name, p.label, p.source_file, p.sha256, p.synthetic, p.customers, p.treated, \
     p.control, p.has_placed, p.imported_at, \
     (SELECT count(*) FROM pilot_customers pc JOIN customers c ON c.customer_id = pc.customer_id \
      WHERE pc.pilot_id = p.id) AS in_book \
     FROM pilots p";

fn info_from_row(r: &sqlx::sqlite::SqliteRow) -> Result<PilotInfo, StoreError> {
    let customers = r.try_get::<i64, _>("customers")? as u64;
    let in_book = r.try_get::<i64, _>("in_book")? as u64;
    Ok(PilotInfo {
        name: r.try_get("name")?,
        label: r.try_get("label")?,
        source_file: r.try_get("source_file")?,
        sha256: r.try_get("sha256")?,
        synthetic: r.try_get("synthetic")?,
        customers,
        treated: r.try_get::<i64, _>("treated")? as u64,
        control: r.try_get::<i64, _>("control")? as u64,
        has_placed: r.try_get("has_placed")?,
        imported_at: r.try_get("imported_at")?,
        in_book,
        not_in_book: customers.saturating_sub(in_book),
    })
}

/// A pilot name follows reach-core's rule for names; stored without surrounding whitespace.
fn checked_pilot_name(name: &str) -> Result<&str, StoreError> {
    reach_core::name::check_name(name)
        .map_err(|reason| StoreError::InvalidPilotName { name: name.to_string(), reason })?;
    Ok(name.trim())
}

async fn pilot_id(conn: &mut SqliteConnection, name: &str) -> Result<Option<i64>, StoreError> {
    Ok(sqlx::query_scalar("SELECT id FROM pilots WHERE name = ?").bind(name).fetch_optional(&mut *conn).await?)
}

async fn insert_pilot(
    conn: &mut SqliteConnection,
    name: &str,
    source: &PilotSource<'_>,
    customers: &[PilotCustomer],
) -> Result<(), StoreError> {
    let treated = customers.iter().filter(|c| c.group == Group::Treated).count();
    let has_placed = customers.first().is_some_and(|c| c.placed_after_fen.is_some());
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO pilots (name, label, source_file, sha256, synthetic, customers, treated, control, has_placed, \
         imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
    )
    .bind(name)
    .bind(source.label)
    .bind(source.file)
    .bind(source.sha256)
    .bind(source.synthetic)
    .bind(customers.len() as i64)
    .bind(treated as i64)
    .bind((customers.len() - treated) as i64)
    .bind(has_placed)
    .bind(now_utc())
    .fetch_one(&mut *conn)
    .await?;
    for (chunk_no, chunk) in customers.chunks(ROWS_PER_INSERT).enumerate() {
        let values = vec!["(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"; chunk.len()].join(", ");
        let sql = format!(
            "INSERT INTO pilot_customers (pilot_id, position, customer_id, grp, revenue_before_fen, \
             revenue_after_fen, assets_before_fen, assets_after_fen, trades_before, trades_after, \
             placed_after_fen) VALUES {values}"
        );
        let mut query = sqlx::query(&sql);
        for (i, c) in chunk.iter().enumerate() {
            query = query
                .bind(id)
                .bind((chunk_no * ROWS_PER_INSERT + i + 1) as i64)
                .bind(&c.customer_id)
                .bind(c.group.as_str())
                .bind(c.revenue_before_fen)
                .bind(c.revenue_after_fen)
                .bind(c.assets_before_fen)
                .bind(c.assets_after_fen)
                .bind(i64::from(c.trades_before))
                .bind(i64::from(c.trades_after))
                .bind(c.placed_after_fen);
        }
        query.execute(&mut *conn).await?;
    }
    Ok(())
}

async fn record(
    conn: &mut SqliteConnection,
    started_at: &str,
    pilot: &str,
    file: Option<&str>,
    rows: u64,
    outcome: ImportOutcome,
    message: &str,
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO pilot_imports (started_at, finished_at, pilot, file, rows, outcome, message) \
         VALUES (?, ?, ?, ?, ?, ?, ?)",
    )
    .bind(started_at)
    .bind(now_utc())
    .bind(pilot)
    .bind(file)
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

fn count(v: i64) -> Result<u32, StoreError> {
    u32::try_from(v).map_err(|_| StoreError::CorruptBook(format!("a pilot's trade count {v} is out of range")))
}

fn profile(channel: Option<&str>, age: Option<i64>) -> Result<Option<BookProfile>, StoreError> {
    match (channel, age) {
        (Some(channel), Some(age)) => Ok(Some(BookProfile {
            channel: channel.parse::<Channel>().map_err(StoreError::CorruptBook)?,
            age: u8::try_from(age).map_err(|_| StoreError::CorruptBook(format!("age {age} is out of range")))?,
        })),
        _ => Ok(None),
    }
}
