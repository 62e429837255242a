//! Loading the warehouse's book into reach-core's in-memory, columnar `Book`: from the
//! snapshot written with it (one read), or, when that is missing, of an unknown format
//! version or unreadable, by rebuilding it from the `customers` rows (and storing a fresh
//! snapshot for next time).

use std::collections::HashMap;

use reach_core::book::{Book, BookBuilder, BranchInfo, Channel, CustomerFacts, RiskProfile};
use reach_core::snapshot;
use sqlx::{Row, SqliteConnection};

use crate::book_meta::{self, BookMeta};
use crate::error::StoreError;
use crate::warehouse::Warehouse;

/// Customers read per query when rebuilding from rows.
const ROWS_PER_PAGE: i64 = 20_000;

/// The warehouse's book, ready for the engine, and its description.
#[derive(Debug, Clone)]
pub struct LoadedBook {
    pub book: Book,
    pub meta: BookMeta,
}

impl Warehouse {
    /// The current book, `None` when the warehouse holds none.
    pub async fn load_book(&self) -> Result<Option<LoadedBook>, StoreError> {
        {
            let mut tx = self.pool.begin().await?;
            let Some(meta) = book_meta::read(&mut tx).await? else { return Ok(None) };
            if let Some(book) = read_snapshot(&mut tx, meta.customers).await? {
                tx.commit().await?;
                return Ok(Some(LoadedBook { book, meta }));
            }
        }
        // No usable snapshot: rebuild from the rows and store one, atomically.
        let mut tx = self.pool.begin_with("BEGIN IMMEDIATE").await?;
        let Some(meta) = book_meta::read(&mut tx).await? else { return Ok(None) };
        let book = read_rows(&mut tx).await?;
        sqlx::query("INSERT OR REPLACE INTO book_snapshot (id, format_version, customers, bytes) VALUES (1, ?, ?, ?)")
            .bind(i64::from(snapshot::FORMAT_VERSION))
            .bind(book.len() as i64)
            .bind(snapshot::encode(&book))
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(Some(LoadedBook { book, meta }))
    }

    /// The current book rebuilt from the `customers` and `branches` rows, ignoring the
    /// snapshot (slower; for checks and tests). `None` when the warehouse holds no book.
    pub async fn load_book_from_rows(&self) -> Result<Option<LoadedBook>, StoreError> {
        let mut tx = self.pool.begin().await?;
        let Some(meta) = book_meta::read(&mut tx).await? else { return Ok(None) };
        let book = read_rows(&mut tx).await?;
        tx.commit().await?;
        Ok(Some(LoadedBook { book, meta }))
    }
}

/// The snapshot, when present, of the current format version, decodable and of the
/// expected size.
async fn read_snapshot(conn: &mut SqliteConnection, customers: u64) -> Result<Option<Book>, StoreError> {
    let row: Option<(i64, i64, Vec<u8>)> =
        sqlx::query_as("SELECT format_version, customers, bytes FROM book_snapshot WHERE id = 1")
            .fetch_optional(&mut *conn)
            .await?;
    let Some((version, count, bytes)) = row else { return Ok(None) };
    if version != i64::from(snapshot::FORMAT_VERSION) || count as u64 != customers {
        return Ok(None);
    }
    Ok(snapshot::decode(&bytes).ok().filter(|b| b.len() as u64 == customers))
}

/// Rebuilds the book from the rows. sqlx costs about a microsecond per value handed over,
/// so SQLite packs each page of customers into one text value (four integers per customer:
/// branch id, assets, revenue, and the small facts as bits) that is parsed here.
async fn read_rows(conn: &mut SqliteConnection) -> Result<Book, StoreError> {
    let corrupt = |what: String| StoreError::CorruptBook(what);
    let branch_rows =
        sqlx::query("SELECT id, name, region, advisors FROM branches ORDER BY id").fetch_all(&mut *conn).await?;
    let mut index = HashMap::with_capacity(branch_rows.len());
    let mut branches = Vec::with_capacity(branch_rows.len());
    for (i, r) in branch_rows.iter().enumerate() {
        let id: i64 = r.try_get(0)?;
        let i = u16::try_from(i).map_err(|_| corrupt("more than 65,535 branches".into()))?;
        index.insert(id, i);
        branches.push(BranchInfo {
            name: r.try_get(1)?,
            region: r.try_get(2)?,
            current_advisors: u32::try_from(r.try_get::<i64, _>(3)?)
                .map_err(|_| corrupt("a branch's advisor headcount is out of range".into()))?,
        });
    }
    let count: i64 = sqlx::query_scalar("SELECT count(*) FROM customers").fetch_one(&mut *conn).await?;
    let mut builder = BookBuilder::new(branches).map_err(|e| corrupt(e.to_string()))?;
    builder.reserve(count as usize);
    let mut after = 0i64;
    loop {
        let page: (Option<i64>, Option<String>) = sqlx::query_as(
            "SELECT max(id), group_concat(packed, ',' ORDER BY id) FROM ( \
               SELECT id, branch_id || ',' || total_assets_fen || ',' || revenue_12m_fen || ',' || \
                 (age | (CAST(substr(risk_profile, 2) AS INTEGER) << 8) | ((channel = 'online') << 11) \
                  | ((trades_12m > 0) << 12) | ((advisor_id IS NOT NULL) << 13)) AS packed \
               FROM customers WHERE id > ? ORDER BY id LIMIT ?)",
        )
        .bind(after)
        .bind(ROWS_PER_PAGE)
        .fetch_one(&mut *conn)
        .await?;
        let (Some(last), Some(text)) = page else { break };
        after = last;
        let mut numbers = text.split(',').map(|n| n.parse::<i64>());
        while let Some(branch_id) = numbers.next() {
            let mut next = || -> Result<i64, StoreError> {
                numbers.next().and_then(|n| n.ok()).ok_or_else(|| corrupt("a customer row could not be read".into()))
            };
            let (assets_fen, revenue_fen, bits) = (next()?, next()?, next()?);
            let branch_id = branch_id.map_err(|_| corrupt("a customer's branch id could not be read".into()))?;
            builder
                .push(CustomerFacts {
                    branch: *index.get(&branch_id).ok_or_else(|| corrupt(format!("unknown branch id {branch_id}")))?,
                    assets_fen,
                    revenue_fen,
                    age: (bits & 0xff) as u8,
                    risk: RiskProfile::from_level(((bits >> 8) & 0b111) as u8)
                        .ok_or_else(|| corrupt("a risk profile is out of range".into()))?,
                    channel: if bits & (1 << 11) != 0 { Channel::Online } else { Channel::Offline },
                    active: bits & (1 << 12) != 0,
                    already_served: bits & (1 << 13) != 0,
                })
                .map_err(|e| corrupt(e.to_string()))?;
        }
    }
    Ok(builder.finish())
}
