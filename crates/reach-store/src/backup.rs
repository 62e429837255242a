//! The warehouse is the user's work: a consistent copy of it at any moment (`backup`, through
//! SQLite's `VACUUM INTO`, safe while the app or another command reads and writes), and
//! bringing one back (`restore`). A restore checks the file it is given — an SQLite database,
//! sound (`PRAGMA integrity_check`), a Reach warehouse of a schema this Reach reads — before it
//! touches the current warehouse, keeps the current one as a backup file beside it, and then
//! replaces the contents in one transaction, so other connections (the app) see either the old
//! warehouse or the restored one. Saved scenarios survive a restore: the backup's come back and
//! the current ones are kept (of two with the same name, the one saved last).

use std::path::{Path, PathBuf};

use serde::Serialize;
use sqlx::sqlite::{SqliteConnectOptions, SqlitePoolOptions};
use sqlx::Row;

use crate::book_meta::{self, BookMeta};
use crate::error::StoreError;
use crate::warehouse::{bad_warehouse, check_file_kind, Warehouse, MIGRATOR};

/// What a restore did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RestoreSummary {
    /// The book now current (the backup's), `None` when the backup held none.
    pub book: Option<BookMeta>,
    /// Where the replaced warehouse was kept: a backup file beside the warehouse.
    pub replaced_kept_at: PathBuf,
    /// Saved scenarios now in the warehouse (the backup's and the ones kept).
    pub scenarios: u64,
}

impl Warehouse {
    /// Writes a consistent copy of the warehouse, as of one moment, to `out` (a new file:
    /// never overwritten), while others may go on reading and writing. Returns its size in
    /// bytes. The copy is written beside `out` under a temporary name, synced, then renamed.
    pub async fn backup(&self, out: &Path) -> Result<u64, StoreError> {
        if out.symlink_metadata().is_ok() {
            return Err(StoreError::FileExists(out.display().to_string()));
        }
        let name = out.file_name().ok_or_else(|| invalid_path(out, "names no file"))?;
        if let Some(dir) = out.parent().filter(|d| !d.as_os_str().is_empty() && !d.is_dir()) {
            return Err(StoreError::io(dir, std::io::Error::new(std::io::ErrorKind::NotFound, "no such folder")));
        }
        let partial = out.with_file_name(format!(".{}.partial-{}", name.to_string_lossy(), std::process::id()));
        let _ = std::fs::remove_file(&partial);
        let written = self.vacuum_into(&partial).await.and_then(|()| {
            std::fs::File::open(&partial).and_then(|f| f.sync_all()).map_err(|e| StoreError::io(&partial, e))?;
            if out.symlink_metadata().is_ok() {
                return Err(StoreError::FileExists(out.display().to_string()));
            }
            std::fs::rename(&partial, out).map_err(|e| StoreError::io(out, e))?;
            std::fs::metadata(out).map(|m| m.len()).map_err(|e| StoreError::io(out, e))
        });
        if written.is_err() {
            let _ = std::fs::remove_file(&partial);
        }
        written
    }

    /// Replaces the warehouse's contents with the backup at `from`, after checking it (see the
    /// module doc); the current warehouse is kept as `<name>.before-restore-<time>.sqlite`
    /// beside it. A refused file changes nothing.
    pub async fn restore(&self, from: &Path) -> Result<RestoreSummary, StoreError> {
        let staged = self.beside(&format!("restoring-{}", std::process::id()));
        remove_database(&staged);
        let result = self.restore_through(from, &staged).await;
        remove_database(&staged);
        result
    }

    async fn restore_through(&self, from: &Path, staged: &Path) -> Result<RestoreSummary, StoreError> {
        stage(from, staged).await?;
        // Bring an older backup's schema up to date, on the staged copy.
        Warehouse::open(staged).await?.close().await;

        let stamp = crate::clock::now_utc().replace(':', "-");
        let mut kept_at = self.beside(&format!("before-restore-{stamp}.sqlite"));
        for n in 2.. {
            if kept_at.symlink_metadata().is_err() {
                break;
            }
            kept_at = self.beside(&format!("before-restore-{stamp}-{n}.sqlite"));
        }
        self.backup(&kept_at).await?;

        // A connection of its own, closed afterwards: foreign keys off (whole tables are
        // replaced), and ATTACH, which cannot run inside a transaction, before BEGIN.
        let staged_text = staged.to_str().ok_or_else(|| invalid_path(staged, "is not valid UTF-8"))?;
        let mut conn = self.pool.acquire().await?;
        conn.close_on_drop();
        sqlx::query("PRAGMA foreign_keys = OFF").execute(&mut *conn).await?;
        sqlx::query("ATTACH DATABASE ? AS restored").bind(staged_text).execute(&mut *conn).await?;
        sqlx::query("BEGIN IMMEDIATE").execute(&mut *conn).await?;
        let finished = match swap_contents(&mut conn).await {
            Ok(scenarios) => {
                sqlx::query("COMMIT").execute(&mut *conn).await.map(|_| scenarios).map_err(StoreError::from)
            }
            Err(e) => {
                let _ = sqlx::query("ROLLBACK").execute(&mut *conn).await;
                Err(e)
            }
        };
        let _ = sqlx::query("DETACH DATABASE restored").execute(&mut *conn).await;
        drop(conn);
        let scenarios = finished?;
        Ok(RestoreSummary { book: self.book_meta().await?, replaced_kept_at: kept_at, scenarios })
    }

    async fn vacuum_into(&self, file: &Path) -> Result<(), StoreError> {
        let text = file.to_str().ok_or_else(|| invalid_path(file, "is not valid UTF-8"))?;
        sqlx::query("VACUUM INTO ?").bind(text).execute(&self.pool).await?;
        Ok(())
    }

    /// `<warehouse file name>.<suffix>` in the warehouse's folder.
    fn beside(&self, suffix: &str) -> PathBuf {
        let name = self.path().file_name().map_or_else(|| "reach.sqlite".into(), |n| n.to_string_lossy().into_owned());
        self.path().with_file_name(format!("{name}.{suffix}"))
    }
}

/// Checks `from` (read only) and copies it, consistently, to `staged`.
async fn stage(from: &Path, staged: &Path) -> Result<(), StoreError> {
    if !from.exists() {
        return Err(StoreError::io(from, std::io::Error::new(std::io::ErrorKind::NotFound, "no such file")));
    }
    check_file_kind(from)?;
    let bad = |reason: String| bad_warehouse(from, reason);
    let fault = |e: sqlx::Error| match crate::error::warehouse_fault(&e) {
        Some(reason) => bad(reason.to_string()),
        None => StoreError::from(e),
    };
    let options = SqliteConnectOptions::new().filename(from).read_only(true);
    let pool = SqlitePoolOptions::new().max_connections(1).connect_with(options).await.map_err(fault)?;
    let checked = async {
        let problems: Vec<String> =
            sqlx::query_scalar("PRAGMA integrity_check(5)").fetch_all(&pool).await.map_err(fault)?;
        if problems.iter().any(|p| p != "ok") {
            return Err(bad(format!("is damaged (SQLite's integrity check: {})", problems.join("; "))));
        }
        let has_migrations: i64 =
            sqlx::query_scalar("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '_sqlx_migrations'")
                .fetch_one(&pool)
                .await
                .map_err(fault)?;
        if has_migrations == 0 {
            return Err(bad("is not a Reach warehouse (an SQLite database without Reach's schema)".into()));
        }
        for row in
            sqlx::query("SELECT version, checksum FROM _sqlx_migrations").fetch_all(&pool).await.map_err(fault)?
        {
            let version: i64 = row.try_get(0)?;
            let checksum: Vec<u8> = row.try_get(1)?;
            match MIGRATOR.iter().find(|m| m.version == version) {
                None => {
                    return Err(bad(format!(
                        "was written by a newer version of Reach (schema migration {version} is unknown to this one)"
                    )))
                }
                Some(m) if m.checksum.as_ref() != checksum.as_slice() => {
                    return Err(bad(format!("has a schema migration {version} that differs from this Reach's")))
                }
                Some(_) => {}
            }
        }
        let text = staged.to_str().ok_or_else(|| invalid_path(staged, "is not valid UTF-8"))?;
        sqlx::query("VACUUM INTO ?").bind(text).execute(&pool).await?;
        Ok(())
    }
    .await;
    pool.close().await;
    checked
}

/// In the open transaction, with the staged warehouse attached as `restored`: replaces every
/// table of `main` with the restored one's, then puts back the saved scenarios that were
/// saved later than the backup's of the same name (or that it lacks). Returns the number of
/// saved scenarios.
async fn swap_contents(conn: &mut sqlx::SqliteConnection) -> Result<u64, StoreError> {
    sqlx::query("CREATE TEMP TABLE kept_scenarios AS SELECT name, toml, created_at, updated_at FROM main.scenarios")
        .execute(&mut *conn)
        .await?;
    let ours: Vec<String> = sqlx::query_scalar(
        "SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '_sqlx_migrations'",
    )
    .fetch_all(&mut *conn)
    .await?;
    for table in ours {
        sqlx::query(&format!("DROP TABLE main.\"{table}\"")).execute(&mut *conn).await?;
    }
    let theirs: Vec<(String, String, String)> = sqlx::query_as(
        "SELECT type, name, sql FROM restored.sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' \
         AND tbl_name <> '_sqlx_migrations' ORDER BY type = 'table' DESC, rowid",
    )
    .fetch_all(&mut *conn)
    .await?;
    for (kind, name, sql) in theirs {
        // Unqualified, CREATE makes the object in `main`.
        sqlx::query(&sql).execute(&mut *conn).await?;
        if kind == "table" {
            sqlx::query(&format!("INSERT INTO main.\"{name}\" SELECT * FROM restored.\"{name}\""))
                .execute(&mut *conn)
                .await?;
        }
    }
    sqlx::query(
        "INSERT INTO main.scenarios (name, toml, created_at, updated_at) \
         SELECT name, toml, created_at, updated_at FROM temp.kept_scenarios WHERE true \
         ON CONFLICT (name) DO UPDATE SET toml = excluded.toml, created_at = excluded.created_at, \
         updated_at = excluded.updated_at WHERE excluded.updated_at > scenarios.updated_at",
    )
    .execute(&mut *conn)
    .await?;
    sqlx::query("DROP TABLE temp.kept_scenarios").execute(&mut *conn).await?;
    let orphans: i64 =
        sqlx::query_scalar("SELECT count(*) FROM pragma_foreign_key_check").fetch_one(&mut *conn).await?;
    if orphans > 0 {
        return Err(StoreError::CorruptBook(format!("the backup has {orphans} rows that refer to missing rows")));
    }
    book_meta::read(conn).await?;
    let scenarios: i64 = sqlx::query_scalar("SELECT count(*) FROM main.scenarios").fetch_one(&mut *conn).await?;
    Ok(scenarios as u64)
}

fn invalid_path(path: &Path, what: &str) -> StoreError {
    StoreError::io(path, std::io::Error::new(std::io::ErrorKind::InvalidInput, format!("the path {what}")))
}

/// Removes a scratch database and its journal files, if present.
fn remove_database(path: &Path) {
    for suffix in ["", "-wal", "-shm", "-journal"] {
        let mut name = path.as_os_str().to_owned();
        name.push(suffix);
        let _ = std::fs::remove_file(PathBuf::from(name));
    }
}
