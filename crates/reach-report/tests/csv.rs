//! CSV: a byte-order mark, CRLF line ends, and values that round-trip through the csv crate
//! equal to the engine's.

mod common;

use reach_core::compare::METRICS;
use reach_core::money::round2;
use reach_report::csv_export;
use rust_decimal::Decimal;
use std::str::FromStr;

fn read(text: &str) -> Vec<csv::StringRecord> {
    assert!(text.starts_with('\u{feff}'), "no BOM");
    let body = &text['\u{feff}'.len_utf8()..];
    assert!(body.contains("\r\n"));
    assert!(!body.replace("\r\n", "").contains('\n'), "a bare LF line end");
    csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(body.as_bytes())
        .records()
        .map(Result::unwrap)
        .collect()
}

fn d(s: &str) -> Decimal {
    Decimal::from_str(s).unwrap_or_else(|_| panic!("not a number: {s:?}"))
}

#[test]
fn the_tables_round_trip_with_the_engines_values() {
    let input = common::input(5000);
    let totals = read(&csv_export::totals(&input).unwrap());
    assert_eq!(totals.len(), METRICS.len() + 1);
    for (i, m) in METRICS.iter().enumerate() {
        let r = &totals[i + 1];
        assert_eq!(&r[1], m.key);
        for (j, s) in input.scenarios.iter().enumerate() {
            assert_eq!(d(&r[2 + j]), round2(s.result.totals.value(m.key).unwrap()), "{}", m.key);
        }
    }
    let tiers = read(&csv_export::tiers(&input).unwrap());
    let all_tiers: Vec<_> = input.scenarios.iter().flat_map(|s| s.result.tiers.iter().map(move |t| (s, t))).collect();
    assert_eq!(tiers.len(), all_tiers.len() + 1);
    for (r, (s, t)) in tiers.iter().skip(1).zip(all_tiers) {
        assert_eq!(&r[0], s.scenario.name);
        assert_eq!(&r[1], t.name);
        assert_eq!(d(&r[5]), Decimal::from(t.eligible));
        assert_eq!(d(&r[8]), t.incremental_revenue);
        assert_eq!(d(&r[9]), t.cost);
    }
    let branches = read(&csv_export::branches(&input).unwrap());
    let mut rows = branches.iter().skip(1);
    for s in &input.scenarios {
        for b in &s.result.branches {
            let r = rows.next().unwrap();
            assert_eq!(&r[1], b.branch);
            assert_eq!(d(&r[3]), b.served);
            assert_eq!(d(&r[6]), Decimal::from(b.hires));
            assert_eq!(r[7].is_empty(), b.load.is_none());
            assert_eq!(d(&r[9]), b.credited_revenue);
        }
        let hq = rows.next().unwrap();
        assert_eq!(&hq[1], csv_export::HQ_ROW);
        assert_eq!(d(&hq[9]), s.result.hq.credited_revenue);
    }
    assert!(rows.next().is_none());
}

#[test]
fn the_report_file_has_provenance_and_the_three_sections() {
    let input = common::input(2000);
    let text = csv_export::report(&input).unwrap();
    let records = read(&text);
    assert!(records.iter().any(|r| &r[0] == "客户数 Customers" && &r[1] == input.book.customers.to_string().as_str()));
    for s in &input.scenarios {
        assert!(text.contains(&s.source_sha256));
    }
    let titles: Vec<_> = records
        .iter()
        .filter(|r| r.len() == 1 && r[0].starts_with("# ") && !r[0].contains("Reach"))
        .map(|r| r[0].to_string())
        .collect();
    assert_eq!(titles, csv_export::SECTIONS.to_vec());
}

#[test]
fn text_cells_that_a_spreadsheet_would_run_are_neutralised_and_numbers_stay_numbers() {
    let hostile = ["=HYPERLINK(\"http://x\",\"y\")", "+1+1", "-2+3", "@SUM(A1)", "\tTAB", "\rCR", "＝1+1"];
    let mut input = common::input(2000);
    input.book.label = hostile[0].to_string();
    input.scenarios.truncate(3);
    for (i, s) in input.scenarios.iter_mut().enumerate() {
        s.scenario.name = format!("{}{i}", hostile[i]);
        s.result.scenario = s.scenario.name.clone();
        s.result.tiers[0].name = hostile[3].to_string();
        s.result.branches[0].branch = hostile[4 + i].to_string();
    }
    let file = csv_export::report(&input).unwrap();
    let cells: Vec<String> =
        read(&file).iter().flat_map(|r| r.iter().map(str::to_string).collect::<Vec<_>>()).collect();
    for h in hostile {
        assert!(
            cells.iter().any(|c| *c == format!("'{h}") || c.starts_with(&format!("'{h}"))),
            "{h:?} not neutralised"
        );
        assert!(!cells.iter().any(|c| c.starts_with(h)), "{h:?} written raw");
    }
    // Every cell starting with a formula character is a number Reach wrote (a negative figure)
    // or a neutralised text.
    for c in &cells {
        if c.starts_with(['=', '+', '-', '@', '\t', '\r']) {
            assert!(Decimal::from_str(c).is_ok(), "{c:?} would run as a formula");
        }
    }
    let totals = read(&csv_export::totals(&input).unwrap());
    let net = totals.iter().find(|r| &r[1] == "net").unwrap();
    assert!(net.iter().skip(2).any(|v| v.starts_with('-')), "negative figures stay plain numbers: {net:?}");
    assert_eq!(csv_export::text_cell("上海浦东"), "上海浦东");
    assert_eq!(csv_export::text_cell("a=b"), "a=b");
}
