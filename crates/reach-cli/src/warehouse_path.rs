//! Which warehouse a command works on — `--db`, `$REACH_DB`, or the desktop app's file — and
//! opening it. A path the user chose must lie in an existing folder (a typo must not create
//! folders); only the default path creates its own folder.

use std::path::PathBuf;

use reach_store::Warehouse;

use crate::error::CliResult;

pub struct Db {
    path: PathBuf,
    chosen: bool,
}

impl Db {
    /// `--db` when given, else `$REACH_DB`, else the desktop app's warehouse.
    pub fn new(flag: Option<PathBuf>) -> Db {
        let from_env = std::env::var_os(reach_store::PATH_ENV).is_some_and(|p| !p.is_empty());
        let chosen = flag.is_some() || from_env;
        Db { path: flag.unwrap_or_else(Warehouse::default_path), chosen }
    }

    pub async fn open(&self) -> CliResult<Warehouse> {
        Ok(if self.chosen {
            Warehouse::open_in_existing_folder(&self.path).await?
        } else {
            Warehouse::open(&self.path).await?
        })
    }
}
