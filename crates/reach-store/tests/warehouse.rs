//! The warehouse beyond CSV: opening (pragmas, default path), the demo book, the snapshot
//! and its fallback to the rows, saved scenarios, integrity.

mod common;

use common::{assert_same_book, Fixture};
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
