//! The CSV import against MODEL.md section 1: what is accepted (BOM, CRLF, quoting, any
//! column order, extra columns), what is refused (each bad field, with its line and column),
//! and that a refused file changes nothing.

mod common;

use common::{assert_same_book, Fixture, HEADER, ROWS};
use reach_core::book::{Channel, RiskProfile};
use reach_store::{BookSource, ImportOutcome, StoreError};

#[tokio::test]
async fn round_trip_import_then_load() {
    let fx = Fixture::new().await;
    let path = fx.file("customers.csv", format!("{HEADER}{ROWS}"));
    let summary = fx.wh.import_csv(&path, None, false).await.unwrap();
    assert!(summary.warnings.is_empty());
    let meta = &summary.meta;
    assert_eq!((meta.source, meta.customers, meta.branches), (BookSource::Csv, 4, 2));
    assert_eq!(meta.label, "customers.csv");
    assert_eq!(meta.customers_file.as_deref(), Some("customers.csv"));
    assert_eq!(meta.customers_sha256.as_ref().map(String::len), Some(64));
    assert!(!meta.synthetic && meta.seed.is_none() && meta.branches_file.is_none());

    let loaded = fx.wh.load_book().await.unwrap().unwrap();
    assert_eq!(&loaded.meta, meta);
    assert_eq!(fx.wh.book_meta().await.unwrap().as_ref(), Some(meta));
    let book = &loaded.book;
    assert_eq!(book.len(), 4);
    // Branches sorted by code point; advisors derived from distinct advisor ids.
    let branches: Vec<_> = book.branches().iter().map(|b| (b.name.as_str(), b.current_advisors)).collect();
    assert_eq!(branches, vec![("Beijing", 0), ("上海浦东营业部", 2)]);
    let c0 = book.customer(0);
    assert_eq!((c0.branch, c0.assets_fen, c0.revenue_fen, c0.age), (1, 123_456_789, 345_678, 45));
    assert_eq!((c0.risk, c0.channel, c0.active, c0.already_served), (RiskProfile::C3, Channel::Online, true, true));
    let c1 = book.customer(1);
    assert_eq!((c1.branch, c1.assets_fen, c1.active, c1.already_served), (0, 0, false, false));
    assert_eq!(book.customer(2).revenue_fen, 10_050);
    assert_eq!(book.customer(3).assets_fen, 9_999);
    assert_eq!(book.stats().base_revenue_fen, 345_678 + 10_050);

    let from_rows = fx.wh.load_book_from_rows().await.unwrap().unwrap();
    assert_same_book(book, &from_rows.book);
    assert!(fx.wh.integrity_check().await.unwrap().is_empty());

    let history = fx.wh.import_history().await.unwrap();
    assert_eq!(history.len(), 1);
    assert_eq!((history[0].outcome, history[0].rows, history[0].kind), (ImportOutcome::Ok, 4, BookSource::Csv));
}

#[tokio::test]
async fn an_empty_warehouse_has_no_book() {
    let fx = Fixture::new().await;
    assert!(fx.wh.load_book().await.unwrap().is_none());
    assert!(fx.wh.book_meta().await.unwrap().is_none());
    assert!(fx.wh.import_history().await.unwrap().is_empty());
    assert_eq!(StoreError::NoBook.code(), "no_book");
}

#[tokio::test]
async fn reopening_keeps_the_book_and_reapplies_no_migration() {
    let fx = Fixture::new().await;
    fx.good_book().await;
    let path = fx.wh.path().to_path_buf();
    fx.wh.clone().close().await;
    let again = reach_store::Warehouse::open(&path).await.unwrap();
    assert_eq!(again.load_book().await.unwrap().unwrap().book.len(), 4);
}

#[tokio::test]
async fn accepts_a_bom_crlf_and_surrounding_whitespace() {
    let fx = Fixture::new().await;
    let text = format!("\u{feff}{HEADER}{ROWS}").replace('\n', "\r\n").replace(",45,", ",  45 ,");
    let path = fx.file("bom.csv", text);
    let summary = fx.wh.import_csv(&path, None, false).await.unwrap();
    assert!(summary.warnings.is_empty(), "{:?}", summary.warnings);
    let book = fx.wh.load_book().await.unwrap().unwrap().book;
    assert_eq!(book.len(), 4);
    assert_eq!(book.customer(0).age, 45);
    assert_eq!(book.branches()[1].name, "上海浦东营业部", "no stray \\r in the last field");
    // Advisor ids kept without the \r: A1 twice and A2 is 2 advisors.
    assert_eq!(book.branches()[1].current_advisors, 2);
}

#[tokio::test]
async fn a_bom_alone_before_the_header_is_not_part_of_the_first_column() {
    let fx = Fixture::new().await;
    let text = format!(
        "\u{feff}customer_id,branch,total_assets,age,risk_profile,channel,trades_12m,revenue_12m,advisor_id\n{ROWS}"
    );
    let path = fx.file("bom2.csv", text);
    fx.wh.import_csv(&path, None, false).await.unwrap();
}

#[tokio::test]
async fn accepts_rfc4180_quoting_with_commas_quotes_newlines_and_chinese() {
    let fx = Fixture::new().await;
    let text = format!(
        "{HEADER}\"C,1\",\"广州 \"\"天河\"\", 营业部\",\"1,0\",40,C2,online,1,\"2.5\",\"顾问,甲\"\n\
         C2,\"多行\n分公司\",10,40,C2,online,1,2,\n\
         C3,\"广州 \"\"天河\"\", 营业部\",10,40,C2,online,1,2,\"\"\n"
    );
    let path = fx.file("quoted.csv", text.replace("\"1,0\"", "\"10\""));
    fx.wh.import_csv(&path, None, false).await.unwrap();
    let book = fx.wh.load_book().await.unwrap().unwrap().book;
    let names: Vec<_> = book.branches().iter().map(|b| b.name.as_str()).collect();
    assert_eq!(names, vec!["多行\n分公司", "广州 \"天河\", 营业部"]);
    assert_eq!(book.branches()[1].current_advisors, 1);
    assert!(book.customer(0).already_served);
    assert!(!book.customer(2).already_served, "a quoted empty advisor id is empty");
    assert_eq!(book.customer(0).revenue_fen, 250);

    // A bad row after a multi-line field is reported on the line where it starts.
    let bad = format!("{HEADER}C2,\"多行\n分公司\",10,40,C2,online,1,2,\nC3,X,10,17,C2,online,1,2,\n");
    let (errors, _) = fx.refused(bad).await;
    assert_eq!((errors[0].line, errors[0].column.as_str()), (4, "age"));
}

#[tokio::test]
async fn columns_in_any_order_and_unknown_columns_with_a_warning() {
    let fx = Fixture::new().await;
    let text = "advisor_id,Revenue_12m,note,trades_12m,channel,risk_profile,age,total_assets,branch,customer_id\n\
                A9,12.34,hello,5,offline,C4,66,1000,Xi'an,K1\n\
                ,0,,0,online,C1,20,5,Xi'an,K2\n";
    let path = fx.file("reordered.csv", text);
    let summary = fx.wh.import_csv(&path, None, false).await.unwrap();
    assert_eq!(summary.warnings.len(), 1, "{:?}", summary.warnings);
    assert!(summary.warnings[0].contains("`note`"), "{}", summary.warnings[0]);
    let book = fx.wh.load_book().await.unwrap().unwrap().book;
    let c = book.customer(0);
    assert_eq!(
        (c.assets_fen, c.revenue_fen, c.age, c.risk, c.channel),
        (100_000, 1234, 66, RiskProfile::C4, Channel::Offline)
    );
    assert_eq!(book.branches()[0].current_advisors, 1);
}

/// Each kind of bad row: refused with its line and column, and nothing changes.
#[tokio::test]
async fn each_bad_row_is_refused_with_line_and_column_and_nothing_changes() {
    let fx = Fixture::new().await;
    fx.good_book().await;
    let before_meta = fx.wh.book_meta().await.unwrap();
    let before_counts = fx.counts().await;
    let before_book = fx.wh.load_book().await.unwrap().unwrap().book;

    let row = |fields: &str| format!("{HEADER}{ROWS}{fields}\n");
    let cases: Vec<(String, u64, &str, &str)> = vec![
        (row("X1,B,-5,40,C1,online,1,1,"), 6, "total_assets", "negative"),
        (row("X1,B,1.234,40,C1,online,1,1,"), 6, "total_assets", "more than two decimal places"),
        (row("X1,B,1,40,C1,online,1,1.001,"), 6, "revenue_12m", "more than two decimal places"),
        (row("X1,B,1,40,C1,online,1,-1,"), 6, "revenue_12m", "negative"),
        (row("X1,B,,40,C1,online,1,1,"), 6, "total_assets", "is empty"),
        (row("X1,B,1,17,C1,online,1,1,"), 6, "age", "between 18 and 120"),
        (row("X1,B,1,121,C1,online,1,1,"), 6, "age", "between 18 and 120"),
        (row("X1,B,1,4x,C1,online,1,1,"), 6, "age", "whole number"),
        (row("X1,B,1,40,C6,online,1,1,"), 6, "risk_profile", "C6"),
        (row("X1,B,1,40,C1,web,1,1,"), 6, "channel", "web"),
        (row("X1,B,1,40,C1,online,-1,1,"), 6, "trades_12m", "whole number"),
        (row("X1,B,1,40,C1,online,1.5,1,"), 6, "trades_12m", "whole number"),
        (row(",B,1,40,C1,online,1,1,"), 6, "customer_id", "is empty"),
        (row("X1,,1,40,C1,online,1,1,"), 6, "branch", "is empty"),
        (row("C003,B,1,40,C1,online,1,1,"), 6, "customer_id", "already appears on line 4"),
        (row("X1,B,1,40,C1,online,1,1"), 6, "", "has 8 fields; the header has 9"),
        (row("X1,B,1,40,C1,online,1,1,,extra"), 6, "", "has 10 fields; the header has 9"),
        (
            "customer_id,branch,total_assets,age,risk_profile,channel,trades_12m,advisor_id\nX1,B,1,40,C1,online,1,\n"
                .to_string(),
            1,
            "revenue_12m",
            "no `revenue_12m` column",
        ),
        (String::new(), 1, "", "the file is empty"),
        ("\n\n".to_string(), 1, "", "the file is empty"),
        (HEADER.to_string(), 1, "", "the file has no customers"),
    ];
    for (text, line, column, reason) in cases {
        let (errors, bad_rows) = fx.refused(&text).await;
        assert_eq!(bad_rows, 1, "{text:?}: {errors:?}");
        let e = &errors[0];
        assert_eq!((e.line, e.column.as_str()), (line, column), "{text:?}: {e:?}");
        assert!(e.reason.contains(reason), "{text:?}: {:?} should mention {reason:?}", e.reason);
    }

    // Non-UTF-8 bytes in a field: the column is named.
    let mut bytes = format!("{HEADER}{ROWS}").into_bytes();
    bytes.extend_from_slice(b"X1,B\xff\xfe,1,40,C1,online,1,1,\n");
    let (errors, _) = fx.refused(&bytes).await;
    assert_eq!((errors[0].line, errors[0].column.as_str()), (6, "branch"));
    assert!(errors[0].reason.contains("UTF-8"));
    // GBK-encoded header.
    let (errors, _) = fx.refused(b"customer_id,\xb7\xd6\xd6\xa7\n1,2\n").await;
    assert_eq!(errors[0].line, 1);

    // Nothing changed: same book row, same rows, same in-memory book.
    assert_eq!(fx.wh.book_meta().await.unwrap(), before_meta);
    assert_eq!(fx.counts().await, before_counts);
    assert_same_book(&before_book, &fx.wh.load_book().await.unwrap().unwrap().book);
    assert!(fx.wh.integrity_check().await.unwrap().is_empty());

    // Every refusal is in the history, newest first, after the one good import.
    let history = fx.wh.import_history().await.unwrap();
    assert_eq!(history.last().unwrap().outcome, ImportOutcome::Ok);
    assert!(history[..history.len() - 1].iter().all(|h| h.outcome == ImportOutcome::Refused));
    assert!(history[0].message.contains("refused"), "{}", history[0].message);
}

#[tokio::test]
async fn several_problems_on_one_row_count_one_bad_row_and_scanning_goes_on() {
    let fx = Fixture::new().await;
    let text = format!("{HEADER}X1,B,-1,17,C9,web,1,1,\n{ROWS}X2,B,1,40,C1,online,1\nC001,B,1,40,C1,online,1,1,\n");
    let (errors, bad_rows) = fx.refused(text).await;
    assert_eq!(bad_rows, 3);
    let at: Vec<_> = errors.iter().map(|e| (e.line, e.column.as_str())).collect();
    assert_eq!(
        at,
        vec![(2, "total_assets"), (2, "age"), (2, "risk_profile"), (2, "channel"), (7, ""), (8, "customer_id")]
    );
    assert!(errors[5].reason.contains("line 3"));
    assert_eq!(fx.counts().await, (0, 0, 0, 0));
}

#[tokio::test]
async fn more_than_fifty_bad_rows_lists_fifty_and_counts_all() {
    let fx = Fixture::new().await;
    fx.good_book().await;
    let mut text = format!("{HEADER}{ROWS}");
    for i in 0..120 {
        text.push_str(&format!("Z{i},B,1,{},C1,online,1,1,\n", if i % 2 == 0 { 5 } else { 40 }));
        text.push_str(&format!("Y{i},B,1,40,C1,phone,1,1,\n"));
    }
    let (errors, bad_rows) = fx.refused(&text).await;
    assert_eq!(errors.len(), reach_store::MAX_ROW_ERRORS);
    assert_eq!(bad_rows, 180);
    assert_eq!(errors[0].line, 6);
    let message = StoreError::InvalidFile { file: "bad.csv".into(), errors, bad_rows }.to_string();
    assert!(message.contains("180 bad rows"), "{message}");
    assert!(message.contains("more bad rows"), "{message}");
    assert_eq!(fx.counts().await.0, 4);
}

#[tokio::test]
async fn importing_over_a_book_needs_replace_and_replace_swaps() {
    let fx = Fixture::new().await;
    fx.good_book().await;
    let other = fx.file("other.csv", format!("{HEADER}N1,深圳,10,30,C1,online,0,0,\n"));
    let err = fx.wh.import_csv(&other, None, false).await.unwrap_err();
    assert_eq!(err.code(), "book_exists");
    assert!(err.to_string().contains("--replace"), "{err}");
    assert!(err.is_bad_input());
    assert_eq!(fx.counts().await, (4, 2, 1, 1));

    let summary = fx.wh.import_csv(&other, None, true).await.unwrap();
    assert_eq!((summary.meta.customers, summary.meta.label.as_str()), (1, "other.csv"));
    assert_eq!(fx.counts().await, (1, 1, 1, 1));
    let book = fx.wh.load_book().await.unwrap().unwrap().book;
    assert_eq!(book.branches()[0].name, "深圳");
    assert_same_book(&book, &fx.wh.load_book_from_rows().await.unwrap().unwrap().book);

    let history = fx.wh.import_history().await.unwrap();
    let outcomes: Vec<_> = history.iter().map(|h| h.outcome).collect();
    assert_eq!(outcomes, vec![ImportOutcome::Ok, ImportOutcome::Refused, ImportOutcome::Ok]);
    assert!(history[1].message.contains("--replace"));
}

#[tokio::test]
async fn a_missing_file_is_an_io_error_naming_it() {
    let fx = Fixture::new().await;
    let missing = fx.dir.path().join("nope.csv");
    let err = fx.wh.import_csv(&missing, None, false).await.unwrap_err();
    assert_eq!(err.code(), "io");
    assert!(err.to_string().contains("nope.csv"), "{err}");
}

#[tokio::test]
async fn a_branches_file_sets_headcounts_and_adds_branches_without_customers() {
    let fx = Fixture::new().await;
    let customers = fx.file("c.csv", format!("{HEADER}{ROWS}"));
    let branches = fx.file(
        "b.csv",
        "\u{feff}branch,region,advisors,manager\r\n上海浦东营业部,华东,7,王\r\n\"西安, 高新\",,3,李\r\n",
    );
    let summary = fx.wh.import_csv(&customers, Some(&branches), false).await.unwrap();
    assert_eq!(summary.warnings.len(), 1, "{:?}", summary.warnings);
    assert_eq!(summary.meta.branches, 3);
    assert_eq!(summary.meta.branches_file.as_deref(), Some("b.csv"));
    assert!(summary.meta.branches_sha256.is_some());
    let book = fx.wh.load_book().await.unwrap().unwrap().book;
    let got: Vec<_> =
        book.branches().iter().map(|b| (b.name.as_str(), b.region.as_deref(), b.current_advisors)).collect();
    // Beijing is not in the file: 0 advisors, even though it could be derived.
    assert_eq!(got, vec![("Beijing", None, 0), ("上海浦东营业部", Some("华东"), 7), ("西安, 高新", None, 3)]);
    assert_same_book(&book, &fx.wh.load_book_from_rows().await.unwrap().unwrap().book);

    let pool = fx.raw_pool().await;
    let sources: Vec<String> =
        sqlx::query_scalar("SELECT DISTINCT advisors_source FROM branches").fetch_all(&pool).await.unwrap();
    assert_eq!(sources, vec!["file".to_string()]);
}

#[tokio::test]
async fn a_bad_branches_file_is_refused_whole() {
    let fx = Fixture::new().await;
    fx.good_book().await;
    let customers = fx.file("c.csv", format!("{HEADER}{ROWS}"));
    for (text, line, column, reason) in [
        ("branch,advisors\nA,1\nB,2\nA,3\n", 4, "branch", "line 2"),
        ("branch,advisors\nA,-1\n", 2, "advisors", "whole number"),
        ("branch,advisors\n,1\n", 2, "branch", "is empty"),
        ("branch,region\nA,x\n", 1, "advisors", "no `advisors` column"),
        ("branch,advisors\n", 1, "", "no branches"),
        ("branch,advisors\nA\n", 2, "", "has 1 field; the header has 2"),
    ] {
        let branches = fx.file("b.csv", text);
        match fx.wh.import_csv(&customers, Some(&branches), true).await {
            Err(StoreError::InvalidFile { file, errors, .. }) => {
                assert!(file.ends_with("b.csv"));
                assert_eq!((errors[0].line, errors[0].column.as_str()), (line, column), "{text:?}");
                assert!(errors[0].reason.contains(reason), "{text:?}: {}", errors[0].reason);
            }
            other => panic!("{text:?}: expected InvalidFile, got {other:?}"),
        }
    }
    assert_eq!(fx.counts().await, (4, 2, 1, 1));
}

#[tokio::test]
async fn empty_advisor_ids_are_stored_as_null() {
    let fx = Fixture::new().await;
    fx.good_book().await;
    let pool = fx.raw_pool().await;
    let nulls: i64 =
        sqlx::query_scalar("SELECT count(*) FROM customers WHERE advisor_id IS NULL").fetch_one(&pool).await.unwrap();
    assert_eq!(nulls, 1);
    let fen: i64 = sqlx::query_scalar("SELECT total_assets_fen FROM customers WHERE customer_id = 'C001'")
        .fetch_one(&pool)
        .await
        .unwrap();
    assert_eq!(fen, 123_456_789);
}

#[tokio::test]
async fn the_customer_id_index_is_back_after_an_import_and_after_a_refusal() {
    let fx = Fixture::new().await;
    let index = |pool: sqlx::SqlitePool| async move {
        let sql: Option<String> =
            sqlx::query_scalar("SELECT sql FROM sqlite_master WHERE type = 'index' AND name = 'customers_customer_id'")
                .fetch_optional(&pool)
                .await
                .unwrap();
        pool.close().await;
        sql
    };
    let original = index(fx.raw_pool().await).await.expect("created by the migration");
    fx.good_book().await;
    assert_eq!(index(fx.raw_pool().await).await.as_ref(), Some(&original));
    fx.refused(format!("{HEADER}{ROWS}X,B,1,17,C1,online,1,1,\n")).await;
    assert_eq!(index(fx.raw_pool().await).await.as_ref(), Some(&original));
    // The index is enforced: a duplicate written behind the importer's back is refused.
    let pool = fx.raw_pool().await;
    let dup = sqlx::query(
        "INSERT INTO customers (customer_id, branch_id, total_assets_fen, age, risk_profile, channel, trades_12m, \
         revenue_12m_fen) SELECT customer_id, branch_id, 0, 30, 'C1', 'online', 0, 0 FROM customers LIMIT 1",
    )
    .execute(&pool)
    .await;
    assert!(dup.unwrap_err().to_string().contains("UNIQUE"));
}

#[tokio::test]
async fn a_book_of_more_than_65535_branches_is_refused_at_the_first_extra_one() {
    let fx = Fixture::new().await;
    let mut text = String::from(HEADER);
    for i in 0..65_537 {
        text.push_str(&format!("C{i},B{i},1,40,C1,online,1,1,\n"));
    }
    let (errors, bad_rows) = fx.refused(text).await;
    assert_eq!(bad_rows, 2);
    assert_eq!((errors[0].line, errors[0].column.as_str()), (65_537, "branch"));
    assert!(errors[0].reason.contains("at most 65535"), "{}", errors[0].reason);
}
