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
