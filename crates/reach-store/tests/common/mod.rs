//! Helpers shared by the warehouse's integration tests: a fresh warehouse in a temporary
//! folder, small CSV files written on the spot, and raw counts read straight from SQLite.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use reach_core::book::Book;
use reach_store::{StoreError, Warehouse};
use tempfile::TempDir;

pub const HEADER: &str = "customer_id,branch,total_assets,age,risk_profile,channel,trades_12m,revenue_12m,advisor_id\n";

/// Four good customers in two branches (lines 2-5 of a file with `HEADER`).
pub const ROWS: &str = "C001,上海浦东营业部,1234567.89,45,C3,online,12,3456.78,A1\n\
C002,Beijing,0,18,C1,offline,0,0,\n\
C003,上海浦东营业部,500000,120,C5,offline,3,100.5,A2\n\
C004,上海浦东营业部,99.99,30,C2,online,0,0,A1\n";

pub struct Fixture {
    pub dir: TempDir,
    pub wh: Warehouse,
}

impl Fixture {
    pub async fn new() -> Fixture {
        let dir = tempfile::tempdir().unwrap();
        let wh = Warehouse::open(&dir.path().join("nested/reach.sqlite")).await.unwrap();
        Fixture { dir, wh }
    }

    pub fn file(&self, name: &str, contents: impl AsRef<[u8]>) -> PathBuf {
        let path = self.dir.path().join(name);
        std::fs::write(&path, contents).unwrap();
        path
    }

    /// Imports `HEADER` + `ROWS` as the current book.
    pub async fn good_book(&self) {
        let path = self.file("good.csv", format!("{HEADER}{ROWS}"));
        self.wh.import_csv(&path, None, false).await.unwrap();
    }

    /// Imports `contents` (replacing), expecting a refusal of the whole file.
    pub async fn refused(&self, contents: impl AsRef<[u8]>) -> (Vec<reach_store::RowError>, u64) {
        let path = self.file("bad.csv", contents);
        match self.wh.import_csv(&path, None, true).await {
            Err(StoreError::InvalidFile { file, errors, bad_rows }) => {
                assert!(file.ends_with("bad.csv"), "{file}");
                (errors, bad_rows)
            }
            other => panic!("expected InvalidFile, got {other:?}"),
        }
    }

    /// (customers rows, branches rows, book rows, snapshot rows)
    pub async fn counts(&self) -> (i64, i64, i64, i64) {
        let pool = sqlx::SqlitePool::connect(&format!("sqlite:{}", self.wh.path().display())).await.unwrap();
        let mut out = [0i64; 4];
        for (slot, table) in out.iter_mut().zip(["customers", "branches", "book", "book_snapshot"]) {
            *slot = sqlx::query_scalar(&format!("SELECT count(*) FROM {table}")).fetch_one(&pool).await.unwrap();
        }
        pool.close().await;
        (out[0], out[1], out[2], out[3])
    }

    pub async fn raw_pool(&self) -> sqlx::SqlitePool {
        sqlx::SqlitePool::connect(&format!("sqlite:{}", self.wh.path().display())).await.unwrap()
    }
}

pub fn assert_same_book(a: &Book, b: &Book) {
    assert_eq!(a.len(), b.len(), "customer count");
    assert_eq!(a.branches(), b.branches(), "branches");
    assert_eq!(a.stats(), b.stats(), "stats");
    for i in 0..a.len() {
        assert_eq!(a.customer(i), b.customer(i), "customer {i}");
    }
}

pub fn path_str(p: &Path) -> String {
    p.display().to_string()
}
