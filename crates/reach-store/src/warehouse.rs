//! The warehouse file: where it lives, opening it (WAL, foreign keys, synchronous NORMAL, a
//! busy timeout) and bringing its schema up to date with the embedded migrations.

use std::borrow::Cow;
use std::path::{Path, PathBuf};
use std::sync::LazyLock;
use std::time::Duration;

use sqlx::migrate::{Migration, MigrationType, Migrator};
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{Sqlite, Transaction};

use crate::error::{schema_fault, warehouse_fault, StoreError};

/// The application identifier the desktop app uses; the warehouse lives in its data folder.
pub const APP_IDENTIFIER: &str = "app.reach.desktop";
/// The warehouse file's name.
pub const FILE_NAME: &str = "reach.sqlite";
/// Environment variable that overrides the default warehouse path.
pub const PATH_ENV: &str = "REACH_DB";

/// The schema migrations (`migrations/` at the workspace root), embedded: version,
/// description and SQL, as `sqlx::migrate!` would read them from the file names
/// (`0002_pilots.sql` is version 2, "pilots"), with the same checksum (SHA-384 of the SQL), so
/// warehouses written by any earlier build open unchanged. Listed here rather than through the
/// macro, which would compile sqlx and SQLite a second time for the build host.
const MIGRATIONS: [(i64, &str, &str); 2] = [
    (1, "init", include_str!("../../../migrations/0001_init.sql")),
    (2, "pilots", include_str!("../../../migrations/0002_pilots.sql")),
];

pub(crate) static MIGRATOR: LazyLock<Migrator> = LazyLock::new(|| Migrator {
    migrations: Cow::Owned(
        MIGRATIONS
            .iter()
            .map(|&(version, description, sql)| {
                Migration::new(version, Cow::Borrowed(description), MigrationType::Simple, Cow::Borrowed(sql), false)
            })
            .collect(),
    ),
    ..Migrator::DEFAULT
});

/// How long a connection waits for another one (this process's or another's: the app and the
/// CLI at once) to finish writing before giving up. A 5,000,000-row import holds the write
/// lock for about 20 s on a small machine; a save or a read waits for it instead of failing.
pub const BUSY_TIMEOUT: Duration = Duration::from_secs(60);

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
    /// pending migrations. For the default path, whose folder Reach owns; a path the user typed
    /// goes through [`Warehouse::open_in_existing_folder`].
    pub async fn open(path: &Path) -> Result<Warehouse, StoreError> {
        if let Some(dir) = folder(path) {
            std::fs::create_dir_all(dir).map_err(|e| StoreError::io(dir, e))?;
        }
        Self::open_file(path).await
    }

    /// Opens the warehouse at a path the user gave (`--db`, `$REACH_DB`): like
    /// [`Warehouse::open`], but a missing folder is refused, naming it, instead of created (a
    /// typo must not leave new folders behind).
    pub async fn open_in_existing_folder(path: &Path) -> Result<Warehouse, StoreError> {
        if let Some(dir) = folder(path).filter(|d| !d.is_dir()) {
            return Err(bad_warehouse(
                path,
                format!("its folder {} does not exist; create it first or choose another path", dir.display()),
            ));
        }
        Self::open_file(path).await
    }

    /// Opens an existing or new warehouse file, refusing (as `BadWarehouse`, naming the file)
    /// a folder, a file that is not SQLite or is damaged or read-only, an SQLite database of
    /// another program, and a schema from a newer Reach.
    async fn open_file(path: &Path) -> Result<Warehouse, StoreError> {
        check_file_kind(path)?;
        let options = SqliteConnectOptions::new()
            .filename(path)
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Normal)
            .foreign_keys(true)
            .busy_timeout(BUSY_TIMEOUT)
            // A large page cache keeps a million-row import's unique index in memory.
            .pragma("cache_size", "-65536")
            .pragma("temp_store", "memory")
            // Keep the WAL file from staying hundreds of MB after a large import.
            .pragma("journal_size_limit", "67108864");
        let pool = SqlitePoolOptions::new()
            .max_connections(4)
            .min_connections(1)
            .acquire_timeout(BUSY_TIMEOUT)
            .idle_timeout(None)
            .max_lifetime(None)
            .connect_with(options)
            .await
            .map_err(|e| at_file(path, e))?;
        let foreign: i64 = sqlx::query_scalar(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' \
             AND NOT EXISTS (SELECT 1 FROM sqlite_master WHERE name = '_sqlx_migrations')",
        )
        .fetch_one(&pool)
        .await
        .map_err(|e| at_file(path, e))?;
        if foreign > 0 {
            pool.close().await;
            return Err(bad_warehouse(
                path,
                "is an SQLite database of another program, not a Reach warehouse; Reach leaves it alone".into(),
            ));
        }
        if let Err(e) = MIGRATOR.run(&pool).await {
            pool.close().await;
            return Err(match schema_fault(&e) {
                Some(reason) => bad_warehouse(path, reason),
                None => e.into(),
            });
        }
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

/// A write transaction (`BEGIN IMMEDIATE`) on a connection of its own with foreign keys off,
/// for work that changes tables wholesale: the setting cannot change inside a transaction,
/// and the connection is closed afterwards instead of going back to the pool. The caller
/// checks the foreign keys it needs before committing.
pub(crate) async fn begin_without_foreign_keys(pool: &SqlitePool) -> Result<Transaction<'static, Sqlite>, StoreError> {
    let mut conn = pool.acquire().await?;
    conn.close_on_drop();
    sqlx::query("PRAGMA foreign_keys = OFF").execute(&mut *conn).await?;
    Ok(Transaction::begin(conn, Some("BEGIN IMMEDIATE".into())).await?)
}

/// The folder of `path`, unless it is the current one.
fn folder(path: &Path) -> Option<&Path> {
    path.parent().filter(|d| !d.as_os_str().is_empty())
}

pub(crate) fn bad_warehouse(path: &Path, reason: String) -> StoreError {
    StoreError::BadWarehouse { path: path.display().to_string(), reason }
}

/// A database error met while opening `path`, naming the file when the file is at fault.
fn at_file(path: &Path, e: sqlx::Error) -> StoreError {
    match warehouse_fault(&e) {
        Some(reason) => bad_warehouse(path, reason.to_string()),
        None => e.into(),
    }
}

/// Refuses, before SQLite sees it, a folder and a non-empty file without SQLite's header.
pub(crate) fn check_file_kind(path: &Path) -> Result<(), StoreError> {
    use std::io::Read;
    let meta = match std::fs::metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(StoreError::io(path, e)),
    };
    if meta.is_dir() {
        return Err(bad_warehouse(path, "is a folder, not a warehouse file".into()));
    }
    if meta.len() == 0 {
        return Ok(());
    }
    let mut header = [0u8; 16];
    let read = std::fs::File::open(path).and_then(|mut f| f.read(&mut header)).map_err(|e| StoreError::io(path, e))?;
    if read < header.len() || &header != b"SQLite format 3\0" {
        return Err(bad_warehouse(path, "is not a Reach warehouse (not an SQLite database file)".into()));
    }
    Ok(())
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
            assert_eq!((fk, sync, busy), (1, 1, BUSY_TIMEOUT.as_millis() as i64));
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

#[cfg(test)]
mod migration_tests {
    use super::MIGRATIONS;

    /// Every file in migrations/ is embedded, under the version and description its name gives.
    #[test]
    fn every_migration_file_is_embedded_under_its_name() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../migrations");
        let mut files: Vec<(i64, String, String)> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|x| x == "sql"))
            .map(|p| {
                let stem = p.file_stem().unwrap().to_str().unwrap().to_owned();
                let (version, description) = stem.split_once('_').unwrap();
                (version.parse().unwrap(), description.replace('_', " "), std::fs::read_to_string(&p).unwrap())
            })
            .collect();
        files.sort();
        let embedded: Vec<(i64, String, String)> =
            MIGRATIONS.iter().map(|&(v, d, sql)| (v, d.to_owned(), sql.to_owned())).collect();
        assert_eq!(embedded, files);
    }
}
