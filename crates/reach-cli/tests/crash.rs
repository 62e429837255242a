//! Killing `reach import` (SIGKILL) in the middle of a 1,000,000-row import must leave the
//! warehouse intact: SQLite's integrity check passes and the previous book is still there,
//! with the same figures as before.

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use reach_store::Warehouse;

fn reach(db: &Path, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_reach")).arg("--db").arg(db).args(args).env_remove("REACH_DB").output().unwrap()
}

fn file_len(p: &Path) -> u64 {
    std::fs::metadata(p).map(|m| m.len()).unwrap_or(0)
}

#[test]
fn sigkill_during_a_million_row_import_leaves_the_previous_book_intact() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("reach.sqlite");
    let scenario = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../scenarios/30k.toml");
    let scenario = scenario.to_str().unwrap();

    assert!(reach(&db, &["demo", "--customers", "2000", "--seed", "3"]).status.success());
    let before = reach(&db, &["run", scenario, "--json"]);
    assert!(before.status.success());

    let csv = dir.path().join("big.csv");
    let out = reach(&db, &["demo", "--customers", "1000000", "--seed", "9", "--csv", csv.to_str().unwrap()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));

    let mut child = Command::new(env!("CARGO_BIN_EXE_reach"))
        .arg("--db")
        .arg(&db)
        .args(["import", "--customers", csv.to_str().unwrap(), "--replace"])
        .env_remove("REACH_DB")
        .spawn()
        .unwrap();
    // Wait until the import is visibly writing (its write-ahead log grows), then kill it.
    let wal = dir.path().join("reach.sqlite-wal");
    let start_len = file_len(&wal);
    let started = Instant::now();
    while file_len(&wal) < start_len + (4 << 20) && started.elapsed() < Duration::from_secs(60) {
        assert!(child.try_wait().unwrap().is_none(), "the import finished before it could be killed");
        std::thread::sleep(Duration::from_millis(10));
    }
    assert!(child.try_wait().unwrap().is_none(), "the import finished before it could be killed");
    child.kill().unwrap(); // SIGKILL on Unix
    child.wait().unwrap();
    eprintln!("killed after {:?} with a {} MB WAL", started.elapsed(), file_len(&wal) >> 20);

    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    rt.block_on(async {
        let wh = Warehouse::open(&db).await.unwrap();
        assert_eq!(
            wh.integrity_check().await.unwrap(),
            Vec::<String>::new(),
            "integrity_check and foreign_key_check find no problem"
        );
        let loaded = wh.load_book().await.unwrap().expect("the previous book");
        assert_eq!(loaded.book.len(), 2000);
        assert_eq!(loaded.meta.seed, Some(3));
        let rows = wh.load_book_from_rows().await.unwrap().unwrap();
        assert_eq!(rows.book.len(), 2000, "the rows and the snapshot agree");
    });
    let after = reach(&db, &["run", scenario, "--json"]);
    assert_eq!(String::from_utf8_lossy(&after.stdout), String::from_utf8_lossy(&before.stdout));
}
