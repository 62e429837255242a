//! The CSV import against docs/spec/MODEL.md section 1: what is accepted (BOM, CRLF, quoting, any
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

// ---- Files as brokers' systems and Excel write them (issue 12) ----

/// The customers header in Chinese, as a broker's export names it.
const ZH_HEADER: &str = "客户号,营业部,总资产（元）,年龄,风险等级,开户渠道,近12月交易笔数,近12月净收入,服务投顾";
/// Two customers written with Chinese values and thousands separators.
const ZH_ROWS: [&str; 2] =
    ["K1,上海浦东营业部,\"1,234,567.89\",45,稳健型,线上,12,\"3,456.78\",投顾甲", "K2,北京营业部,0,30,C1,线下,0,0,"];

fn excel_csv(header: &str, rows: &[&str]) -> String {
    let mut text = format!("{header}\r\n");
    for r in rows {
        text.push_str(r);
        text.push_str("\r\n");
    }
    text
}

#[tokio::test]
async fn each_encoding_is_detected_and_reported_and_utf16_is_refused() {
    let fx = Fixture::new().await;
    let text = excel_csv(ZH_HEADER, &ZH_ROWS);
    let gbk = encoding_rs::GBK.encode(&text).0.into_owned();
    assert!(std::str::from_utf8(&gbk).is_err(), "really GBK bytes");
    let cases: [(&str, Vec<u8>, &str); 4] = [
        ("gbk.csv", gbk, "CSV, GB18030"),
        ("bom.csv", format!("\u{feff}{text}").into_bytes(), "CSV, UTF-8 (BOM)"),
        ("utf8.csv", text.clone().into_bytes(), "CSV, UTF-8"),
        ("ascii.csv", format!("{HEADER}{ROWS}").into_bytes(), "CSV, UTF-8"),
    ];
    for (name, bytes, format) in cases {
        let path = fx.file(name, bytes);
        let summary = fx.wh.import_csv(&path, None, true).await.unwrap();
        assert_eq!(summary.file_format.as_deref(), Some(format), "{name}");
        assert!(summary.warnings.is_empty(), "{name}: {:?}", summary.warnings);
        let book = fx.wh.load_book().await.unwrap().unwrap().book;
        if name != "ascii.csv" {
            let c = book.customer(0);
            assert_eq!(
                (c.assets_fen, c.revenue_fen, c.risk, c.channel),
                (123_456_789, 345_678, RiskProfile::C3, Channel::Online)
            );
            let names: Vec<_> = book.branches().iter().map(|b| b.name.as_str()).collect();
            assert!(names.contains(&"上海浦东营业部"), "{name}: {names:?}");
        }
    }
    for utf16 in [
        [&[0xFF, 0xFE][..], &text.encode_utf16().flat_map(u16::to_le_bytes).collect::<Vec<_>>()].concat(),
        [&[0xFE, 0xFF][..], &text.encode_utf16().flat_map(u16::to_be_bytes).collect::<Vec<_>>()].concat(),
        HEADER.encode_utf16().flat_map(u16::to_le_bytes).collect(),
    ] {
        let (errors, _) = fx.refused(utf16).await;
        assert_eq!((errors[0].line, errors[0].problem.code()), (1, "utf16"));
        assert!(errors[0].reason.contains("CSV UTF-8"), "{}", errors[0].reason);
    }
    // A GBK file with bytes GB18030 cannot decode: refused at the line and column.
    let mut bad = encoding_rs::GBK.encode(&excel_csv(ZH_HEADER, &ZH_ROWS)).0.into_owned();
    bad.extend_from_slice(b"K3,\xff\xff,1,40,C1,online,1,1,\r\n");
    let (errors, _) = fx.refused(bad).await;
    assert_eq!((errors[0].line, errors[0].column.as_str(), errors[0].problem.code()), (4, "营业部", "undecodable"));
    assert!(errors[0].reason.contains("GB18030"), "{}", errors[0].reason);
}

#[tokio::test]
async fn every_alias_of_every_column_is_read() {
    let fx = Fixture::new().await;
    let specs = &reach_store::CUSTOMER_COLUMN_SPECS;
    let rounds = specs.iter().map(|s| s.names().count()).max().unwrap();
    for round in 0..rounds {
        let header: Vec<&str> = specs.iter().map(|s| s.names().nth(round % s.names().count()).unwrap()).collect();
        let path = fx.file("aliases.csv", format!("{}\n{ROWS}", header.join(",")));
        let summary = fx.wh.import_csv(&path, None, true).await.unwrap_or_else(|e| panic!("{header:?}: {e}"));
        assert_eq!(summary.meta.customers, 4, "{header:?}");
        assert!(summary.warnings.is_empty(), "{header:?}: {:?}", summary.warnings);
    }
    // Full-width brackets, spaces and case do not matter; branch file aliases too.
    let customers = fx.file("c.csv", format!("{}\n{ROWS}", HEADER.trim().replace("total_assets", " 资产总额（元） ")));
    let branches = fx.file("b.csv", "营业部,地区,投顾人数\n上海浦东营业部,华东,7\nBeijing,华北,2\n");
    fx.wh.import_csv(&customers, Some(&branches), true).await.unwrap();
    let book = fx.wh.load_book().await.unwrap().unwrap().book;
    let got: Vec<_> = book.branches().iter().map(|b| (b.region.as_deref(), b.current_advisors)).collect();
    assert_eq!(got, vec![(Some("华北"), 2), (Some("华东"), 7)]);
    let branches = fx.file("b.csv", "区域,营业部,投顾人数\n华东,上海浦东营业部,7\n");
    fx.wh.import_csv(&customers, Some(&branches), true).await.unwrap();
}

#[tokio::test]
async fn a_column_named_twice_is_refused_naming_both() {
    let fx = Fixture::new().await;
    let (errors, _) = fx.refused(format!("客户号,{HEADER}{ROWS}").replace(",advisor_id\n", ",advisor_id\n")).await;
    assert_eq!(
        (errors[0].line, errors[0].column.as_str(), errors[0].problem.code()),
        (1, "customer_id", "duplicate_column")
    );
    assert!(errors[0].reason.contains("`客户号` and `customer_id`"), "{}", errors[0].reason);
}

#[tokio::test]
async fn each_chinese_value_is_read() {
    let fx = Fixture::new().await;
    let mut rows = Vec::new();
    for (i, (name, _)) in reach_store::CHANNEL_NAMES.iter().enumerate() {
        rows.push(format!("CH{i},B,1,40,C1,{name},1,1,"));
    }
    for (i, (_, name)) in reach_store::RISK_NAMES.iter().enumerate() {
        rows.push(format!("R{i},B,1,40,{name},online,1,1,"));
        rows.push(format!("RC{i},B,1,40,c{},online,1,1,", i + 1));
    }
    let path = fx.file("values.csv", format!("{HEADER}{}\n", rows.join("\n")));
    fx.wh.import_csv(&path, None, true).await.unwrap();
    let book = fx.wh.load_book().await.unwrap().unwrap().book;
    for (i, (_, channel)) in reach_store::CHANNEL_NAMES.iter().enumerate() {
        assert_eq!(book.customer(i).channel, *channel, "{i}");
    }
    let n = reach_store::CHANNEL_NAMES.len();
    for (i, (risk, _)) in reach_store::RISK_NAMES.iter().enumerate() {
        assert_eq!((book.customer(n + 2 * i).risk, book.customer(n + 2 * i + 1).risk), (*risk, *risk));
    }
}

#[tokio::test]
async fn amounts_with_separators_are_exact_and_the_rest_is_refused_with_a_code() {
    let fx = Fixture::new().await;
    let path = fx.file(
        "amounts.csv",
        format!("{HEADER}A,B,\"100,000.50\",40,C1,online,\"1,234\",\"１２，３４５．６\",\nB,B,¥99.99,40,C1,online,0,100元,\n"),
    );
    fx.wh.import_csv(&path, None, true).await.unwrap();
    let book = fx.wh.load_book().await.unwrap().unwrap().book;
    let got: Vec<_> = (0..2).map(|i| (book.customer(i).assets_fen, book.customer(i).revenue_fen)).collect();
    assert_eq!(got, vec![(10_000_050, 1_234_560), (9_999, 10_000)]);
    let trades: i64 = sqlx::query_scalar("SELECT trades_12m FROM customers WHERE customer_id = 'A'")
        .fetch_one(&fx.raw_pool().await)
        .await
        .unwrap();
    assert_eq!(trades, 1234);
    for (amount, code) in [
        ("\"-1,000\"", "negative"),
        ("1.005", "too_many_decimals"),
        ("1E+05", "exponent"),
        ("1.5万", "currency_text"),
        ("\"1,00,000\"", "not_an_amount"),
        ("十万", "not_an_amount"),
    ] {
        let (errors, _) = fx.refused(format!("{HEADER}A,B,{amount},40,C1,online,1,1,\n")).await;
        assert_eq!((errors[0].column.as_str(), errors[0].problem.code()), ("total_assets", code), "{amount}");
        let json = serde_json::to_value(&errors[0]).unwrap();
        assert_eq!(json["code"], code);
        assert_eq!(json["value"], amount.trim_matches('"'));
    }
}

#[tokio::test]
async fn error_lines_are_right_for_crlf_quoted_newlines_and_blank_lines() {
    let fx = Fixture::new().await;
    // Made like Excel makes them: CRLF, a BOM, a quoted field holding a CRLF.
    let rows = [
        "K1,\"多行\r\n分公司\",1,40,C1,线上,1,1,",
        "K2,B,1,17,C1,线上,1,1,",
        "",
        "",
        "K3,B,-1,40,C1,线上,1,1,",
        "K4,\"x\r\ny\r\nz\",1,40,C1,web,1,1,",
        "K5,B,1,40,C1,线上,1",
    ];
    let text = excel_csv(ZH_HEADER, &rows);
    for bytes in [
        format!("\u{feff}{text}").into_bytes(),
        encoding_rs::GBK.encode(&text).0.into_owned(),
        text.replace("\r\n", "\n").into_bytes(),
    ] {
        let (errors, bad_rows) = fx.refused(bytes).await;
        assert_eq!(bad_rows, 4);
        let at: Vec<_> = errors.iter().map(|e| (e.line, e.column.as_str(), e.problem.code())).collect();
        assert_eq!(
            at,
            vec![
                (4, "年龄", "age_out_of_range"),
                (7, "总资产（元）", "negative"),
                (8, "开户渠道", "not_a_channel"),
                (11, "", "wrong_width"),
            ]
        );
    }
}

/// Writes a workbook with a 客户 sheet: `header`, then `rows` of cells.
fn workbook(path: &std::path::Path, header: &[&str], rows: &[Vec<Cell>]) {
    let mut book = rust_xlsxwriter::Workbook::new();
    let notes = book.add_worksheet();
    notes.set_name("说明").unwrap();
    notes.write_string(0, 0, "not the data").unwrap();
    let sheet = book.add_worksheet();
    sheet.set_name("客户").unwrap();
    for (c, h) in header.iter().enumerate() {
        sheet.write_string(1, c as u16 + 1, *h).unwrap();
    }
    for (r, row) in rows.iter().enumerate() {
        let r = r as u32 + 2;
        for (c, cell) in row.iter().enumerate() {
            let c = c as u16 + 1;
            match cell {
                Cell::T(t) => sheet.write_string(r, c, *t).map(|_| ()),
                Cell::N(n) => sheet.write_number(r, c, *n).map(|_| ()),
                Cell::B(b) => sheet.write_boolean(r, c, *b).map(|_| ()),
                Cell::D => {
                    let date = rust_xlsxwriter::ExcelDateTime::from_ymd(2024, 1, 31).unwrap();
                    let format = rust_xlsxwriter::Format::new().set_num_format("yyyy-mm-dd");
                    sheet.write_datetime_with_format(r, c, &date, &format).map(|_| ())
                }
                Cell::E => Ok(()),
            }
            .unwrap();
        }
    }
    book.save(path).unwrap();
}

enum Cell {
    T(&'static str),
    N(f64),
    B(bool),
    D,
    E,
}

fn xlsx_row(id: &'static str, assets: Cell, age: Cell) -> Vec<Cell> {
    use Cell::*;
    vec![T(id), T("上海浦东营业部"), assets, age, T("稳健型"), T("线上"), N(12.0), N(3456.78), E]
}

#[tokio::test]
async fn an_xlsx_book_is_read_exactly_with_excel_rows_and_columns_in_errors() {
    let fx = Fixture::new().await;
    fx.good_book().await;
    let header: Vec<&str> = ZH_HEADER.split(',').collect();
    let good = fx.dir.path().join("book.xlsx");
    workbook(
        &good,
        &header,
        &[xlsx_row("K1", Cell::N(100000.5), Cell::N(45.0)), xlsx_row("K2", Cell::N(0.1 + 0.2), Cell::T("30"))],
    );
    let summary = fx.wh.import_csv(&good, None, true).await.unwrap();
    assert_eq!(summary.file_format.as_deref(), Some("XLSX, sheet 客户"));
    let book = fx.wh.load_book().await.unwrap().unwrap().book;
    let c = book.customer(0);
    assert_eq!(
        (c.assets_fen, c.revenue_fen, c.age, c.risk, c.active),
        (10_000_050, 345_678, 45, RiskProfile::C3, true)
    );
    assert_eq!(book.customer(1).assets_fen, 30);
    let before = fx.counts().await;

    // The same import through a name without .xlsx: recognised by content.
    let renamed = fx.dir.path().join("book.dat");
    std::fs::copy(&good, &renamed).unwrap();
    fx.wh.import_csv(&renamed, None, true).await.unwrap();

    let bad = fx.dir.path().join("bad.xlsx");
    workbook(
        &bad,
        &header,
        &[
            xlsx_row("K1", Cell::N(1.234), Cell::N(45.0)),
            xlsx_row("K2", Cell::N(5.0), Cell::D),
            xlsx_row("K3", Cell::B(true), Cell::N(17.0)),
        ],
    );
    match fx.wh.import_csv(&bad, None, true).await {
        Err(StoreError::InvalidFile { errors, bad_rows, .. }) => {
            assert_eq!(bad_rows, 3);
            let at: Vec<_> = errors.iter().map(|e| (e.line, e.column.as_str(), e.problem.code())).collect();
            assert_eq!(
                at,
                vec![
                    (3, "D (总资产（元）)", "too_many_decimals"),
                    (4, "E (年龄)", "wrong_cell_type"),
                    (5, "D (总资产（元）)", "wrong_cell_type"),
                    (5, "E (年龄)", "age_out_of_range"),
                ]
            );
            assert!(errors[1].reason.contains("date"), "{}", errors[1].reason);
        }
        other => panic!("expected InvalidFile, got {other:?}"),
    }
    assert_eq!(fx.counts().await, before, "a refused workbook changes nothing");

    let fake = fx.file("fake.xlsx", format!("{HEADER}{ROWS}"));
    let err = fx.wh.import_csv(&fake, None, true).await.unwrap_err();
    assert!(err.to_string().contains("not one"), "{err}");
}

#[tokio::test]
async fn templates_in_both_formats_and_languages_import_cleanly() {
    let fx = Fixture::new().await;
    for (name, zh) in [("t.csv", false), ("t.csv", true), ("t.xlsx", false), ("t.xlsx", true)] {
        let path = fx.dir.path().join(name);
        reach_store::write_template(&path, zh).unwrap();
        let summary = fx.wh.import_csv(&path, None, true).await.unwrap_or_else(|e| panic!("{name} zh={zh}: {e}"));
        assert_eq!(summary.meta.customers, 2, "{name}");
        assert!(summary.warnings.is_empty(), "{name}: {:?}", summary.warnings);
        let book = fx.wh.load_book().await.unwrap().unwrap().book;
        assert_eq!(book.customer(0).assets_fen, 123_456_789);
        assert_eq!(book.customer(1).risk, RiskProfile::C2);
    }
    let csv = std::fs::read(fx.dir.path().join("t.csv")).unwrap();
    assert!(csv.starts_with("\u{feff}客户号,营业部".as_bytes()));
    assert!(String::from_utf8(csv).unwrap().ends_with("\r\n"));
}

#[tokio::test]
async fn progress_is_reported_and_a_cancel_leaves_the_previous_book() {
    use std::sync::atomic::{AtomicBool, Ordering};
    use std::sync::{Arc, Mutex};
    let fx = Fixture::new().await;
    let mut text = String::from(HEADER);
    for i in 0..40_000 {
        text.push_str(&format!("C{i},B{},1000.5,40,C3,online,2,10,\n", i % 7));
    }
    let path = fx.file("big.csv", &text);
    let reports = Arc::new(Mutex::new(Vec::new()));
    let seen = Arc::clone(&reports);
    let control = reach_store::ImportControl::default().on_progress(move |p| seen.lock().unwrap().push(p));
    fx.wh.import_file(&path, None, false, &control).await.unwrap();
    let reports = reports.lock().unwrap().clone();
    assert!(reports.len() >= 3, "{reports:?}");
    assert!(reports.windows(2).all(|w| w[0].rows <= w[1].rows && w[0].bytes_done <= w[1].bytes_done));
    let last = reports.last().unwrap();
    assert_eq!((last.rows, last.bytes_done, last.bytes_total), (40_000, text.len() as u64, text.len() as u64));

    let before_meta = fx.wh.book_meta().await.unwrap();
    let before = fx.counts().await;
    let other = fx.file("other.csv", text.replace(",C3,", ",C4,"));
    let flag = Arc::new(AtomicBool::new(false));
    let stop = Arc::clone(&flag);
    let control = reach_store::ImportControl::default()
        .cancelled_by(Arc::clone(&flag))
        .on_progress(move |_| stop.store(true, Ordering::Relaxed));
    let err = fx.wh.import_file(&other, None, true, &control).await.unwrap_err();
    assert_eq!(err.code(), "cancelled");
    assert_eq!(fx.wh.book_meta().await.unwrap(), before_meta);
    assert_eq!(fx.counts().await, before);
    assert_eq!(fx.wh.load_book().await.unwrap().unwrap().book.len(), 40_000);
    let err = fx
        .wh
        .import_demo_with(&reach_core::demo::DemoParams { customers: 50_000, seed: 1 }, &control)
        .await
        .unwrap_err();
    assert_eq!(err.code(), "cancelled");
    assert_eq!(fx.counts().await, before);
}

#[test]
fn docs_import_md_lists_every_name_of_the_alias_table_and_every_value() {
    let docs = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../docs/import.md")).unwrap();
    for spec in reach_store::CUSTOMER_COLUMN_SPECS.iter().chain(reach_store::BRANCH_COLUMNS.iter()) {
        let names: Vec<&str> = spec.names().collect();
        let row = format!("| {} | {} | {} |", names[0], names[1], names[2..].join(", "));
        assert!(docs.contains(&row), "docs/import.md should have the row {row}");
    }
    for (risk, name) in reach_store::RISK_NAMES {
        assert!(docs.contains(&format!("| {risk} | {name} |")), "{risk} {name}");
    }
    for (word, _) in reach_store::CHANNEL_NAMES {
        assert!(docs.contains(word), "{word}");
    }
}
