//! The warehouse file: where it lives, opening it (WAL, foreign keys, synchronous NORMAL, a
//! busy timeout) and bringing its schema up to date with the embedded migrations.

use std::path::{Path, PathBuf};
use std::time::Duration;

use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteSynchronous};

use crate::error::StoreError;

/// The application identifier the desktop app uses; the warehouse lives in its data folder.
pub const APP_IDENTIFIER: &str = "app.reach.desktop";
/// The warehouse file's name.
pub const FILE_NAME: &str = "reach.sqlite";
/// Environment variable that overrides the default warehouse path.
pub const PATH_ENV: &str = "REACH_DB";

/// The embedded schema migrations (`migrations/` at the workspace root).
pub(crate) static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("../../migrations");

/// An open warehouse. Cheap to clone: clones share one connection pool.
#[derive(Debug, Clone)]
pub struct Warehouse {
    pub(crate) pool: SqlitePool,
    path: PathBuf,
}

impl Warehouse {
    /// `$REACH_DB` when set, else `<data dir>/app.reach.desktop/reach.sqlite`: the same file the
    /// desktop app uses.
    pub fn default_path() -> PathBuf {
        if let Some(p) = std::env::var_os(PATH_ENV).filter(|p| !p.is_empty()) {
            return PathBuf::from(p);
        }
        dirs::data_dir().unwrap_or_else(|| PathBuf::from(".")).join(APP_IDENTIFIER).join(FILE_NAME)
    }

    /// Opens (creating it and its folder if needed) the warehouse at `path` and applies any
    /// pending migrations.
    pub async fn open(path: &Path) -> Result<Warehouse, StoreError> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|e| StoreError::io(dir, e))?;
        }
        let options = SqliteConnectOptions::new()
            .filename(path)
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Normal)
            .foreign_keys(true)
            .busy_timeout(Duration::from_secs(10))
            // A large page cache keeps a million-row import's unique index in memory.
            .pragma("cache_size", "-65536")
            .pragma("temp_store", "memory")
            // Keep the WAL file from staying hundreds of MB after a large import.
            .pragma("journal_size_limit", "67108864");
        let pool = SqlitePoolOptions::new()
            .max_connections(4)
            .min_connections(1)
            .idle_timeout(None)
            .max_lifetime(None)
            .connect_with(options)
            .await?;
        MIGRATOR.run(&pool).await?;
        Ok(Warehouse { pool, path: path.to_path_buf() })
    }

    /// The warehouse file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// SQLite's own consistency check: `Ok` with the list of problems, empty when sound.
    pub async fn integrity_check(&self) -> Result<Vec<String>, StoreError> {
        let rows: Vec<String> = sqlx::query_scalar("PRAGMA integrity_check").fetch_all(&self.pool).await?;
        let mut problems: Vec<String> = rows.into_iter().filter(|r| r != "ok").collect();
        let fk: Vec<(String,)> =
            sqlx::query_as("SELECT \"table\" FROM pragma_foreign_key_check").fetch_all(&self.pool).await?;
        problems.extend(fk.into_iter().map(|(t,)| format!("foreign key violation in {t}")));
        Ok(problems)
    }

    /// Closes the pool, checkpointing the WAL into the main file.
    pub async fn close(self) {
        self.pool.close().await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn every_connection_has_the_warehouse_pragmas() {
        let dir = tempfile::tempdir().unwrap();
        let wh = Warehouse::open(&dir.path().join("a/b/reach.sqlite")).await.unwrap();
        // Imports run with foreign keys off on a connection of their own: it must never come
        // back to the pool, whether the import succeeds or fails.
        wh.import_demo(&reach_core::demo::DemoParams { customers: 200, seed: 1 }).await.unwrap();
        assert!(wh.import_csv(&dir.path().join("missing.csv"), None, true).await.is_err());
        assert_eq!(
            wh.import_csv(&dir.path().join("missing.csv"), None, false).await.unwrap_err().code(),
            "book_exists"
        );
        let mut conns = Vec::new();
        for _ in 0..4 {
            conns.push(wh.pool.acquire().await.unwrap());
        }
        for conn in &mut conns {
            let get = |p: &'static str| sqlx::query_scalar::<_, String>(p);
            assert_eq!(get("PRAGMA journal_mode").fetch_one(&mut **conn).await.unwrap(), "wal");
            let fk: i64 = sqlx::query_scalar("PRAGMA foreign_keys").fetch_one(&mut **conn).await.unwrap();
            let sync: i64 = sqlx::query_scalar("PRAGMA synchronous").fetch_one(&mut **conn).await.unwrap();
            let busy: i64 = sqlx::query_scalar("PRAGMA busy_timeout").fetch_one(&mut **conn).await.unwrap();
            assert_eq!((fk, sync, busy), (1, 1, 10_000));
        }
        drop(conns);
        // Foreign keys are enforced: a customer of an unknown branch is refused.
        let err = sqlx::query(
            "INSERT INTO customers (customer_id, branch_id, total_assets_fen, age, risk_profile, channel, \
             trades_12m, revenue_12m_fen) VALUES ('x', 99, 0, 30, 'C1', 'online', 0, 0)",
        )
        .execute(&wh.pool)
        .await
        .unwrap_err();
        assert!(err.to_string().contains("FOREIGN KEY"), "{err}");
    }
}
