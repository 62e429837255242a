//! The workbook read back with a real reader (calamine): sheets, cell types and every figure
//! against the engine's result, to the fen; the native charts are in the package.

mod common;

use std::io::{Cursor, Read};

use calamine::{Data, Reader, Xlsx};
use reach_core::compare::METRICS;
use reach_core::money::round2;
use reach_report::xlsx::{workbook, SHEETS};
use reach_report::Lang;
use rust_decimal::prelude::FromPrimitive;
use rust_decimal::Decimal;

fn dec(cell: &Data) -> Decimal {
    match cell {
        Data::Float(v) => round2(Decimal::from_f64(*v).expect("a finite number")),
        Data::Int(v) => Decimal::from(*v),
        other => panic!("expected a number cell, found {other:?}"),
    }
}

fn text(cell: &Data) -> String {
    match cell {
        Data::String(s) => s.clone(),
        other => panic!("expected a text cell, found {other:?}"),
    }
}

#[test]
fn the_workbook_reads_back_with_every_figure_equal_to_the_engine() {
    let input = common::input(5000);
    let bytes = workbook(&input, Lang::Zh).unwrap();
    let mut book: Xlsx<_> = Xlsx::new(Cursor::new(bytes.clone())).unwrap();
    assert_eq!(book.sheet_names(), SHEETS.to_vec());

    // Summary: one row per metric from row 5 (index 4), scenarios in columns C.., deltas after.
    let summary = book.worksheet_range(SHEETS[0]).unwrap();
    let n = input.scenarios.len();
    for (i, m) in METRICS.iter().enumerate() {
        let row = 4 + i as u32;
        assert_eq!(text(summary.get_value((row, 0)).unwrap()), m.zh);
        assert_eq!(text(summary.get_value((row, 1)).unwrap()), m.en);
        for (j, s) in input.scenarios.iter().enumerate() {
            let want = round2(s.result.totals.value(m.key).unwrap());
            assert_eq!(dec(summary.get_value((row, 2 + j as u32)).unwrap()), want, "{} of {}", m.key, s.scenario.name);
        }
        for j in 1..n {
            let want = round2(input.scenarios[j].result.totals.value(m.key).unwrap())
                - round2(input.scenarios[0].result.totals.value(m.key).unwrap());
            assert_eq!(dec(summary.get_value((row, (2 + n + j - 1) as u32)).unwrap()), want, "delta {}", m.key);
        }
    }

    // Tiers.
    let tiers = book.worksheet_range(SHEETS[1]).unwrap();
    let mut row = 1u32;
    for s in &input.scenarios {
        for t in &s.result.tiers {
            assert_eq!(text(tiers.get_value((row, 0)).unwrap()), s.scenario.name);
            assert_eq!(text(tiers.get_value((row, 1)).unwrap()), t.name);
            assert_eq!(dec(tiers.get_value((row, 2)).unwrap()), round2(t.min_assets));
            assert_eq!(dec(tiers.get_value((row, 5)).unwrap()), Decimal::from(t.eligible));
            assert_eq!(dec(tiers.get_value((row, 6)).unwrap()), t.served);
            assert_eq!(dec(tiers.get_value((row, 7)).unwrap()), Decimal::from(t.advisors_needed));
            assert_eq!(dec(tiers.get_value((row, 8)).unwrap()), t.incremental_revenue);
            assert_eq!(dec(tiers.get_value((row, 9)).unwrap()), t.cost);
            row += 1;
        }
    }

    // Branches: every branch of every scenario, load blank where there are no advisors.
    let branches = book.worksheet_range(SHEETS[2]).unwrap();
    let mut row = 1u32;
    for s in &input.scenarios {
        for b in &s.result.branches {
            assert_eq!(text(branches.get_value((row, 1)).unwrap()), b.branch);
            assert_eq!(dec(branches.get_value((row, 2)).unwrap()), Decimal::from(b.eligible));
            assert_eq!(dec(branches.get_value((row, 3)).unwrap()), b.served);
            assert_eq!(dec(branches.get_value((row, 4)).unwrap()), Decimal::from(b.advisors_needed));
            assert_eq!(dec(branches.get_value((row, 5)).unwrap()), Decimal::from(b.current_advisors));
            assert_eq!(dec(branches.get_value((row, 6)).unwrap()), Decimal::from(b.hires));
            match b.load {
                Some(l) => assert_eq!(dec(branches.get_value((row, 7)).unwrap()), l),
                None => assert!(matches!(branches.get_value((row, 7)), None | Some(Data::Empty))),
            }
            assert_eq!(dec(branches.get_value((row, 8)).unwrap()), b.incremental_revenue);
            assert_eq!(dec(branches.get_value((row, 9)).unwrap()), b.credited_revenue);
            row += 1;
        }
    }

    // HQ.
    let hq = book.worksheet_range(SHEETS[3]).unwrap();
    for (i, s) in input.scenarios.iter().enumerate() {
        let row = 1 + i as u32;
        assert_eq!(dec(hq.get_value((row, 1)).unwrap()), Decimal::from(s.result.hq.advisors_needed));
        assert_eq!(dec(hq.get_value((row, 5)).unwrap()), s.result.hq.credited_revenue);
    }

    // Sweep: every point's threshold, eligible and net.
    let sweep = book.worksheet_range(SHEETS[4]).unwrap();
    let mut row = 1u32;
    for s in &input.scenarios {
        let sw = s.sweep.as_ref().unwrap();
        for p in &sw.points {
            assert_eq!(text(sweep.get_value((row, 1)).unwrap()), sw.tier);
            assert_eq!(dec(sweep.get_value((row, 2)).unwrap()), round2(p.min_assets));
            assert_eq!(dec(sweep.get_value((row, 4)).unwrap()), Decimal::from(p.result.totals.eligible));
            assert_eq!(dec(sweep.get_value((row, 11)).unwrap()), p.result.totals.net);
            row += 1;
        }
    }

    // Assumptions: labelled, and the numbers are numbers.
    let a = book.worksheet_range(SHEETS[5]).unwrap();
    let rows: Vec<_> = a.rows().skip(1).take_while(|r| !matches!(r.first(), None | Some(Data::Empty))).collect();
    let uplift = rows.iter().find(|r| text(&r[2]) == "uplift").unwrap();
    assert!(text(&uplift[7]).contains("假设") && text(&uplift[7]).contains("assumption"));
    assert_eq!(dec(&uplift[5]), Decimal::new(8, 2));

    // Book: band counts add up to the book.
    let b = book.worksheet_range(SHEETS[6]).unwrap();
    let total: Decimal = (1..=7).map(|r| dec(b.get_value((r, 3)).unwrap())).sum();
    assert_eq!(total, Decimal::from(input.book.customers));

    // Native charts: two sweep charts and one load chart per scenario.
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
    let charts: Vec<String> = zip
        .file_names()
        .filter_map(Result::ok)
        .map(String::from)
        .filter(|n| n.starts_with("xl/charts/chart"))
        .collect();
    assert_eq!(charts.len(), 3 * n, "{charts:?}");
    let mut xml = String::new();
    zip.by_name("xl/charts/chart1.xml").unwrap().read_to_string(&mut xml).unwrap();
    assert!(xml.contains("<c:barChart>") || xml.contains("<c:scatterChart>"));
}

#[test]
fn money_cells_carry_a_cny_number_format_and_headers_are_frozen() {
    let input = common::input(2000);
    let bytes = workbook(&input, Lang::En).unwrap();
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
    let mut styles = String::new();
    zip.by_name("xl/styles.xml").unwrap().read_to_string(&mut styles).unwrap();
    assert!(styles.contains("[$¥-804]#,##0.00"), "no CNY format in styles.xml");
    let mut sheet = String::new();
    zip.by_name("xl/worksheets/sheet3.xml").unwrap().read_to_string(&mut sheet).unwrap();
    assert!(sheet.contains("state=\"frozen\""), "Branches has no frozen header");
}
