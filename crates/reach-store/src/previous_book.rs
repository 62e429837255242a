//! The previous book: each import (CSV or demo) that replaces a book keeps the replaced one,
//! whole, in the `previous_*` tables (customers, branches, the `book` row and its snapshot),
//! until the next import replaces it or the user drops it. So one command undoes a wrong
//! import (`undo_import` swaps the two books), and the user can see, before replacing, what a
//! replace will set aside and what it will drop for good (`replace_preview`). Saved scenarios
//! are never touched. The tables exist only while a previous book is kept.

use serde::Serialize;
use sqlx::{Sqlite, SqliteConnection, Transaction};

use crate::book_meta::{self, BookMeta};
use crate::error::StoreError;
use crate::warehouse::{begin_without_foreign_keys, Warehouse};

/// The tables of a book, children before parents: renaming `customers` before `branches`
/// lets SQLite carry the customers' foreign key along with the branches table it refers to.
const BOOK_TABLES: [&str; 4] = ["customers", "branches", "book", "book_snapshot"];
const PREFIX: &str = "previous_";

/// What replacing the current book would do.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReplacePreview {
    /// The current book: a replace sets it aside as the previous book, which
    /// [`Warehouse::undo_import`] brings back.
    pub replaced: BookMeta,
    /// The previous book kept so far: a replace drops it for good.
    pub dropped: Option<BookMeta>,
}

impl Warehouse {
    /// The book kept by the last import that replaced one (the one `undo_import` would bring
    /// back), `None` when none is kept.
    pub async fn previous_book(&self) -> Result<Option<BookMeta>, StoreError> {
        let mut conn = self.pool.acquire().await?;
        read_previous(&mut conn).await
    }

    /// What an import would replace (the current book, set aside as the previous one) and
    /// drop for good (the previous book kept so far): for asking the user before a replace.
    /// `None` when the warehouse holds no book, so an import replaces nothing.
    pub async fn replace_preview(&self) -> Result<Option<ReplacePreview>, StoreError> {
        let mut tx = self.pool.begin().await?;
        let Some(replaced) = book_meta::read(&mut tx).await? else { return Ok(None) };
        let dropped = read_previous(&mut tx).await?;
        tx.commit().await?;
        Ok(Some(ReplacePreview { replaced, dropped }))
    }

    /// Undoes the last import: the previous book becomes the current one again, and the book
    /// it replaced becomes the previous one (so undoing twice redoes). One transaction; saved
    /// scenarios are untouched. Returns the book now current; `NoPreviousBook` when none is
    /// kept.
    pub async fn undo_import(&self) -> Result<BookMeta, StoreError> {
        let mut tx = begin_without_foreign_keys(&self.pool).await?;
        let Some(previous) = read_previous(&mut tx).await? else { return Err(StoreError::NoPreviousBook) };
        let indexes = drop_customer_indexes(&mut tx).await?;
        for (from, to) in [("", "swap_"), (PREFIX, ""), ("swap_", PREFIX)] {
            for table in BOOK_TABLES {
                rename(&mut tx, &format!("{from}{table}"), &format!("{to}{table}")).await?;
            }
        }
        for sql in indexes {
            sqlx::query(&sql).execute(&mut *tx).await?;
        }
        tx.commit().await?;
        Ok(previous)
    }

    /// Drops the previous book for good (to reclaim its space, or when the import was right).
    /// Returns what was dropped, `None` when nothing was kept.
    pub async fn drop_previous_book(&self) -> Result<Option<BookMeta>, StoreError> {
        let mut tx = begin_without_foreign_keys(&self.pool).await?;
        let previous = read_previous(&mut tx).await?;
        drop_previous_tables(&mut tx).await?;
        tx.commit().await?;
        Ok(previous)
    }
}

/// Inside an import's transaction: drops the previous book, then renames the current book's
/// tables to `previous_*` and creates them again, empty, from their own definitions (the
/// caller recreates `customers` and, at the end, its indexes).
pub(crate) async fn retire_current(tx: &mut Transaction<'static, Sqlite>) -> Result<(), StoreError> {
    drop_previous_tables(tx).await?;
    drop_customer_indexes(tx).await?;
    let mut definitions = Vec::with_capacity(BOOK_TABLES.len());
    for table in BOOK_TABLES {
        let sql: String = sqlx::query_scalar("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?")
            .bind(table)
            .fetch_one(&mut **tx)
            .await?;
        rename(tx, table, &format!("{PREFIX}{table}")).await?;
        definitions.push((table, sql));
    }
    for (table, sql) in definitions.iter().rev() {
        if *table != "customers" {
            sqlx::query(sql).execute(&mut **tx).await?;
        }
    }
    Ok(())
}

async fn read_previous(conn: &mut SqliteConnection) -> Result<Option<BookMeta>, StoreError> {
    let kept: i64 = sqlx::query_scalar("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?")
        .bind(format!("{PREFIX}book"))
        .fetch_one(&mut *conn)
        .await?;
    if kept == 0 {
        return Ok(None);
    }
    book_meta::read_table(conn, &format!("{PREFIX}book")).await
}

async fn drop_previous_tables(conn: &mut SqliteConnection) -> Result<(), StoreError> {
    for table in BOOK_TABLES {
        sqlx::query(&format!("DROP TABLE IF EXISTS \"{PREFIX}{table}\"")).execute(&mut *conn).await?;
    }
    Ok(())
}

/// Drops the indexes and triggers declared on `customers` (not the automatic ones) and
/// returns their definitions, to be run again once the table holds its rows.
async fn drop_customer_indexes(conn: &mut SqliteConnection) -> Result<Vec<String>, StoreError> {
    let rows: Vec<(String, String, String)> = sqlx::query_as(
        "SELECT type, name, sql FROM sqlite_master \
         WHERE tbl_name = 'customers' AND type IN ('index', 'trigger') AND sql IS NOT NULL ORDER BY rowid",
    )
    .fetch_all(&mut *conn)
    .await?;
    let mut definitions = Vec::with_capacity(rows.len());
    for (kind, name, sql) in rows {
        let kind = if kind == "index" { "INDEX" } else { "TRIGGER" };
        sqlx::query(&format!("DROP {kind} \"{name}\"")).execute(&mut *conn).await?;
        definitions.push(sql);
    }
    Ok(definitions)
}

async fn rename(conn: &mut SqliteConnection, from: &str, to: &str) -> Result<(), StoreError> {
    sqlx::query(&format!("ALTER TABLE \"{from}\" RENAME TO \"{to}\"")).execute(&mut *conn).await?;
    Ok(())
}
