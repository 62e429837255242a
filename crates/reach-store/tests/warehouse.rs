//! The warehouse beyond CSV: opening (pragmas, default path), the demo book, the snapshot
//! and its fallback to the rows, saved scenarios, integrity.

mod common;

use common::{assert_same_book, Fixture, HEADER};
use reach_core::book::Book;
use reach_core::demo::{self, DemoParams};
use reach_store::{BookSource, StoreError, Warehouse};

#[tokio::test]
async fn opens_with_wal_creating_folders() {
    let fx = Fixture::new().await;
    assert!(fx.wh.path().ends_with("nested/reach.sqlite"));
    let pool = fx.raw_pool().await;
    let mode: String = sqlx::query_scalar("PRAGMA journal_mode").fetch_one(&pool).await.unwrap();
    assert_eq!(mode, "wal");
    assert!(fx.wh.integrity_check().await.unwrap().is_empty());
}

#[test]
fn default_path_is_the_desktop_apps_file_unless_reach_db_is_set() {
    let default = Warehouse::default_path();
    match std::env::var_os("REACH_DB") {
        Some(p) if !p.is_empty() => assert_eq!(default.as_os_str(), p),
        _ => assert!(default.ends_with("app.reach.desktop/reach.sqlite"), "{}", default.display()),
    }
}

#[tokio::test]
async fn the_demo_book_round_trips_and_matches_the_generator() {
    let fx = Fixture::new().await;
    fx.good_book().await;
    let params = DemoParams { customers: 5_000, seed: 7 };
    let summary = fx.wh.import_demo(&params).await.unwrap();
    let meta = &summary.meta;
    assert_eq!((meta.source, meta.customers, meta.seed, meta.synthetic), (BookSource::Demo, 5_000, Some(7), true));
    assert_eq!(meta.label, demo::DEMO_LABEL);

    let loaded = fx.wh.load_book().await.unwrap().unwrap();
    let (branches, customers) = demo::generate_all(&params);
    let expected = Book::from_customers(&customers, Some(&branches)).unwrap();
    assert_same_book(&expected, &loaded.book);
    assert_same_book(&loaded.book, &fx.wh.load_book_from_rows().await.unwrap().unwrap().book);
    let (c, b, book, snap) = fx.counts().await;
    assert_eq!((c, b as usize, book, snap), (5_000, branches.len(), 1, 1));
    assert!(fx.wh.integrity_check().await.unwrap().is_empty());

    // The demo replaces whatever was there, and a second run is the same book.
    fx.wh.import_demo(&params).await.unwrap();
    assert_same_book(&expected, &fx.wh.load_book().await.unwrap().unwrap().book);
}

#[tokio::test]
async fn an_unusable_snapshot_falls_back_to_the_rows_and_is_rewritten() {
    let fx = Fixture::new().await;
    fx.wh.import_demo(&DemoParams { customers: 2_000, seed: 1 }).await.unwrap();
    let good = fx.wh.load_book().await.unwrap().unwrap().book;
    let pool = fx.raw_pool().await;
    for breakage in [
        "UPDATE book_snapshot SET format_version = 99",
        "UPDATE book_snapshot SET bytes = substr(bytes, 1, 100)",
        "UPDATE book_snapshot SET bytes = zeroblob(length(bytes))",
        "DELETE FROM book_snapshot",
    ] {
        sqlx::query(breakage).execute(&pool).await.unwrap();
        let loaded = fx.wh.load_book().await.unwrap().unwrap();
        assert_same_book(&good, &loaded.book);
        let version: i64 =
            sqlx::query_scalar("SELECT format_version FROM book_snapshot").fetch_one(&pool).await.unwrap();
        assert_eq!(version, i64::from(reach_core::snapshot::FORMAT_VERSION), "after {breakage}");
    }
}

#[tokio::test]
async fn saved_scenarios_crud() {
    let fx = Fixture::new().await;
    let wh = &fx.wh;
    let id = wh.save_scenario("基准 500k", "name = \"a\"\n").await.unwrap();
    let again = wh.save_scenario("基准 500k", "name = \"b\"\n").await.unwrap();
    assert_eq!(id, again, "saving under the same name updates");
    let s = wh.get_scenario("基准 500k").await.unwrap().unwrap();
    assert_eq!((s.id, s.toml.as_str()), (id, "name = \"b\"\n"));
    assert!(s.updated_at >= s.created_at);
    assert!(wh.get_scenario("nope").await.unwrap().is_none());

    let copy = wh.duplicate_scenario("基准 500k", "copy").await.unwrap();
    assert_ne!(copy, id);
    assert_eq!(wh.get_scenario("copy").await.unwrap().unwrap().toml, "name = \"b\"\n");
    assert_eq!(wh.duplicate_scenario("基准 500k", "copy").await.unwrap_err().code(), "scenario_exists");
    assert_eq!(wh.duplicate_scenario("missing", "x").await.unwrap_err().code(), "scenario_not_found");

    assert_eq!(wh.rename_scenario("copy", "基准 500k").await.unwrap_err().code(), "scenario_exists");
    wh.rename_scenario("copy", "aggressive").await.unwrap();
    assert_eq!(wh.rename_scenario("copy", "x").await.unwrap_err().code(), "scenario_not_found");
    wh.rename_scenario("aggressive", "aggressive").await.unwrap();

    let names: Vec<_> = wh.list_scenarios().await.unwrap().into_iter().map(|s| s.name).collect();
    assert_eq!(names, vec!["aggressive".to_string(), "基准 500k".to_string()]);

    wh.delete_scenario("aggressive").await.unwrap();
    assert!(matches!(wh.delete_scenario("aggressive").await, Err(StoreError::ScenarioNotFound(_))));
    assert_eq!(wh.save_scenario("  ", "").await.unwrap_err().code(), "invalid_name");
    assert_eq!(wh.list_scenarios().await.unwrap().len(), 1);
    assert!(wh.integrity_check().await.unwrap().is_empty());
}

#[tokio::test]
async fn errors_serialize_as_code_and_message() {
    let err = StoreError::BookExists { label: "x.csv".into(), customers: 3 };
    let json = serde_json::to_value(&err).unwrap();
    assert_eq!(json["code"], "book_exists");
    assert!(json["message"].as_str().unwrap().contains("--replace"));
}

/// A CSV book of `n` customers spread over a few branches.
fn book_text(n: usize, branch_prefix: &str) -> String {
    let mut text = String::from(HEADER);
    for i in 0..n {
        text.push_str(&format!(
            "{branch_prefix}{i},{branch_prefix}{},{},{},C{},online,{},{},\n",
            i % 5,
            10_000 + i * 37 % 900_000,
            20 + i % 60,
            1 + i % 5,
            i % 3,
            i % 700
        ));
    }
    text
}

#[tokio::test]
async fn an_import_keeps_the_previous_book_until_dropped_and_undo_brings_it_back() {
    let fx = Fixture::new().await;
    let wh = &fx.wh;
    assert_eq!(wh.replace_preview().await.unwrap(), None, "nothing to replace yet");
    fx.good_book().await;
    assert_eq!(wh.previous_book().await.unwrap(), None);
    wh.save_scenario("kept", "name = \"kept\"\n").await.unwrap();
    let first = wh.load_book().await.unwrap().unwrap();

    let preview = wh.replace_preview().await.unwrap().unwrap();
    assert_eq!((preview.replaced.customers, preview.dropped.as_ref()), (4, None));
    let second = fx.file("second.csv", book_text(50, "B"));
    wh.import_csv(&second, None, true).await.unwrap();
    assert_eq!(wh.previous_book().await.unwrap().unwrap().customers, 4);
    let preview = wh.replace_preview().await.unwrap().unwrap();
    assert_eq!((preview.replaced.customers, preview.dropped.map(|m| m.customers)), (50, Some(4)));

    // Undo swaps the two books, whole: rows, snapshot, headcounts, description.
    let now = wh.undo_import().await.unwrap();
    assert_eq!(now, first.meta);
    let back = wh.load_book().await.unwrap().unwrap();
    assert_same_book(&first.book, &back.book);
    assert_same_book(&first.book, &wh.load_book_from_rows().await.unwrap().unwrap().book);
    assert_eq!(wh.previous_book().await.unwrap().unwrap().customers, 50);
    assert!(wh.integrity_check().await.unwrap().is_empty());
    // Undoing again redoes; importing after an undo works on the swapped tables.
    assert_eq!(wh.undo_import().await.unwrap().customers, 50);
    wh.import_demo(&reach_core::demo::DemoParams { customers: 300, seed: 2 }).await.unwrap();
    assert_eq!(wh.previous_book().await.unwrap().unwrap().customers, 50);
    assert_eq!(wh.load_book_from_rows().await.unwrap().unwrap().book.len(), 300);
    assert!(wh.integrity_check().await.unwrap().is_empty());

    assert_eq!(wh.drop_previous_book().await.unwrap().unwrap().customers, 50);
    assert_eq!(wh.drop_previous_book().await.unwrap(), None);
    assert_eq!(wh.undo_import().await.unwrap_err().code(), "no_previous_book");
    assert_eq!(wh.get_scenario("kept").await.unwrap().unwrap().toml, "name = \"kept\"\n");
    // The customer ids stay unique in the current book (its index is back).
    let pool = fx.raw_pool().await;
    let dup = sqlx::query(
        "INSERT INTO customers SELECT 99999, customer_id, branch_id, total_assets_fen, age, \
                           risk_profile, channel, trades_12m, revenue_12m_fen, advisor_id FROM customers LIMIT 1",
    )
    .execute(&pool)
    .await
    .unwrap_err();
    assert!(dup.to_string().contains("UNIQUE"), "{dup}");
}

#[tokio::test]
async fn a_refused_import_keeps_both_books_as_they_were() {
    let fx = Fixture::new().await;
    fx.good_book().await;
    let second = fx.file("second.csv", book_text(20, "S"));
    fx.wh.import_csv(&second, None, true).await.unwrap();
    fx.refused(format!("{HEADER}X,b,-1,17,C9,web,1,1,\n")).await;
    assert_eq!(fx.wh.book_meta().await.unwrap().unwrap().customers, 20);
    assert_eq!(fx.wh.previous_book().await.unwrap().unwrap().customers, 4);
}

#[tokio::test]
async fn backup_and_restore_check_first_keep_the_replaced_warehouse_and_merge_saved_scenarios() {
    let fx = Fixture::new().await;
    let wh = &fx.wh;
    fx.good_book().await;
    wh.save_scenario("both", "name = \"old\"\n").await.unwrap();
    wh.save_scenario("only in backup", "name = \"b\"\n").await.unwrap();
    let backup = fx.dir.path().join("backup.sqlite");
    let size = wh.backup(&backup).await.unwrap();
    assert_eq!(size, std::fs::metadata(&backup).unwrap().len());
    assert_eq!(wh.backup(&backup).await.unwrap_err().code(), "file_exists");
    let original = wh.load_book().await.unwrap().unwrap();

    let second = fx.file("second.csv", book_text(30, "R"));
    wh.import_csv(&second, None, true).await.unwrap();
    // Saved after the backup: newer than the backup's copy of the same name.
    tokio::time::sleep(std::time::Duration::from_millis(1100)).await;
    wh.save_scenario("both", "name = \"new\"\n").await.unwrap();
    wh.save_scenario("only now", "name = \"n\"\n").await.unwrap();

    for junk in [b"plain text".to_vec(), Vec::new()] {
        let bad = fx.file("junk.sqlite", &junk);
        let e = wh.restore(&bad).await.unwrap_err();
        assert!(e.is_bad_input(), "{e}");
        std::fs::remove_file(&bad).unwrap();
    }
    assert_eq!(wh.book_meta().await.unwrap().unwrap().customers, 30, "a refused restore changes nothing");

    let summary = wh.restore(&backup).await.unwrap();
    assert_eq!(summary.book.as_ref().map(|b| b.customers), Some(4));
    assert_eq!(summary.scenarios, 3);
    let restored = wh.load_book().await.unwrap().unwrap();
    assert_same_book(&original.book, &restored.book);
    assert_eq!(wh.get_scenario("both").await.unwrap().unwrap().toml, "name = \"new\"\n", "the later save wins");
    assert!(wh.get_scenario("only in backup").await.unwrap().is_some());
    assert!(wh.get_scenario("only now").await.unwrap().is_some());
    assert!(wh.integrity_check().await.unwrap().is_empty());

    // The replaced warehouse was kept beside it, whole.
    let kept = Warehouse::open(&summary.replaced_kept_at).await.unwrap();
    assert_eq!(kept.book_meta().await.unwrap().unwrap().customers, 30);
    assert_eq!(kept.previous_book().await.unwrap().unwrap().customers, 4);
    assert_eq!(summary.replaced_kept_at.parent(), wh.path().parent());
}

#[tokio::test]
async fn two_pools_on_one_file_import_save_and_read_at_once() {
    let fx = Fixture::new().await;
    fx.good_book().await;
    let other = Warehouse::open(fx.wh.path()).await.unwrap();
    let big = fx.file("big.csv", book_text(120_000, "P"));
    let importer = fx.wh.clone();
    let import = tokio::spawn(async move { importer.import_csv(&big, None, true).await });
    let mut reads = 0;
    for i in 0..20 {
        other.save_scenario(&format!("s{i}"), "name = \"s\"\n").await.unwrap();
        let book = other.load_book().await.unwrap().unwrap();
        assert!(book.book.len() == 4 || book.book.len() == 120_000, "a whole book, old or new");
        reads += other.list_scenarios().await.unwrap().len();
    }
    assert!(reads > 0);
    let summary = import.await.unwrap().unwrap();
    assert_eq!(summary.meta.customers, 120_000);
    assert_eq!(other.list_scenarios().await.unwrap().len(), 20);
    assert_eq!(other.load_book().await.unwrap().unwrap().book.len(), 120_000);
}

#[tokio::test]
async fn opening_refuses_what_is_not_a_warehouse_of_this_reach_naming_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("absent/reach.sqlite");
    let e = Warehouse::open_in_existing_folder(&missing).await.unwrap_err();
    assert_eq!(e.code(), "bad_warehouse");
    assert!(e.to_string().contains("absent") && !dir.path().join("absent").exists(), "{e}");
    let e = Warehouse::open(dir.path()).await.unwrap_err();
    assert!(e.is_bad_input() && e.to_string().contains("folder"), "{e}");
    let text = dir.path().join("notes.sqlite");
    std::fs::write(&text, "hello").unwrap();
    let e = Warehouse::open(&text).await.unwrap_err();
    assert!(e.is_bad_input() && e.to_string().contains("notes.sqlite"), "{e}");
}

const PILOT_HEADER: &str =
    "customer_id,group,revenue_before,revenue_after,assets_before,assets_after,trades_before,trades_after\n";

#[tokio::test]
async fn a_pilot_is_imported_whole_listed_found_in_the_book_and_deleted() {
    let fx = Fixture::new().await;
    fx.wh.import_demo(&DemoParams { customers: 300, seed: 2 }).await.unwrap();
    let good = fx.file(
        "pilot.csv",
        format!("{PILOT_HEADER}C00000001,treated,10,12,1000,1100,3,4\nC00000002,control,8,8,500,490,0,1\nX1,control,0,0,0,0,0,0\n"),
    );
    let done = fx.wh.import_pilot(&good, " 春季试点 ").await.unwrap();
    let p = &done.pilot;
    assert_eq!((p.name.as_str(), p.customers, p.treated, p.control), ("春季试点", 3, 1, 2));
    assert_eq!((p.in_book, p.not_in_book, p.synthetic, p.has_placed), (2, 1, false, false));

    let customers = fx.wh.pilot_customers("春季试点").await.unwrap();
    assert_eq!(customers[0].customer_id, "C00000001");
    assert_eq!((customers[0].revenue_after_fen, customers[1].assets_after_fen), (1200, 49_000));
    assert!(customers[0].profile.is_some() && customers[2].profile.is_none());

    // The name is taken: refused, recorded, nothing changed.
    let err = fx.wh.import_pilot(&good, "春季试点").await.unwrap_err();
    assert_eq!(err.code(), "pilot_exists");
    let err = fx.wh.import_pilot(&good, "bad\u{7}name").await.unwrap_err();
    assert_eq!(err.code(), "invalid_name");

    // The demo pilot came with the demo book, labelled synthetic.
    let names: Vec<(String, bool)> =
        fx.wh.list_pilots().await.unwrap().into_iter().map(|p| (p.name, p.synthetic)).collect();
    assert_eq!(names, [("春季试点".to_string(), false), (demo::DEMO_PILOT_NAME.to_string(), true)]);

    fx.wh.delete_pilot("春季试点").await.unwrap();
    assert_eq!(fx.wh.delete_pilot("春季试点").await.unwrap_err().code(), "pilot_not_found");
    assert_eq!(fx.wh.pilot_customers("春季试点").await.unwrap_err().code(), "pilot_not_found");
    let history = fx.wh.pilot_import_history().await.unwrap();
    let outcomes: Vec<&str> =
        history.iter().map(|h| if h.outcome == reach_store::ImportOutcome::Ok { "ok" } else { "refused" }).collect();
    assert_eq!(outcomes, ["refused", "refused", "ok", "ok"]);
    // Deleting cascades to the outcome rows.
    let pool = fx.raw_pool().await;
    let rows: i64 = sqlx::query_scalar("SELECT count(*) FROM pilot_customers").fetch_one(&pool).await.unwrap();
    assert_eq!(rows, 300);
}

#[tokio::test]
async fn a_bad_pilot_file_is_refused_with_line_column_and_reason_and_stores_nothing() {
    let fx = Fixture::new().await;
    let bad = fx.file(
        "bad.csv",
        format!(
            "{PILOT_HEADER}A,treated,1,2,3,4,5,6\nA,placebo,-1,x,3,4,5,\nB,control,1,1,1,1,1.5,1\nC,control,1,1,1\n"
        ),
    );
    let StoreError::InvalidFile { errors, bad_rows, .. } = fx.wh.import_pilot(&bad, "p").await.unwrap_err() else {
        panic!("not an invalid file")
    };
    assert_eq!(bad_rows, 3);
    let found: Vec<(u64, &str, &str)> = errors.iter().map(|e| (e.line, e.column.as_str(), e.problem.code())).collect();
    assert_eq!(
        found,
        [
            (3, "customer_id", "duplicate_customer"),
            (3, "group", "not_a_group"),
            (3, "revenue_before", "negative"),
            (3, "revenue_after", "not_an_amount"),
            (3, "trades_after", "empty"),
            (4, "trades_before", "not_an_integer"),
            (5, "", "wrong_width"),
        ]
    );
    let missing = fx.file("missing.csv", "customer_id,group,revenue_before\nA,treated,1\n");
    let StoreError::InvalidFile { errors, .. } = fx.wh.import_pilot(&missing, "p").await.unwrap_err() else {
        panic!("not an invalid file")
    };
    assert!(errors.iter().any(|e| e.column == "assets_after" && e.problem.code() == "missing_column"));
    assert!(fx.wh.list_pilots().await.unwrap().is_empty());
    let pool = fx.raw_pool().await;
    let rows: i64 = sqlx::query_scalar("SELECT count(*) FROM pilot_customers").fetch_one(&pool).await.unwrap();
    assert_eq!(rows, 0);
    assert_eq!(fx.wh.pilot_import_history().await.unwrap().len(), 2);
}
