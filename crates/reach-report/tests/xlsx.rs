//! The workbook read back with a real reader (calamine): sheets, cell types and every figure
//! against the engine's result, to the fen; the native charts are in the package.

mod common;

use std::io::{Cursor, Read};

use calamine::{Data, Reader, Xlsx};
use reach_core::compare::METRICS;
use reach_core::money::round2;
use reach_report::xlsx::{sheet_names, workbook, HISTOGRAM_BINS, SHEETS};
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
    assert_eq!(book.sheet_names(), sheet_names(&input));
    assert_eq!(book.sheet_names(), SHEETS[..13].to_vec(), "no evaluation sheet without applied estimates");

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

    // Native charts: two sweep charts, one load chart and one revenue-lines chart per scenario;
    // a tornado and a Monte Carlo chart per analysed scenario.
    let analysed = input.scenarios.iter().filter(|s| s.analyses.is_some()).count();
    assert!(analysed >= 3, "the stories have ranges");
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
    let charts: Vec<String> = zip
        .file_names()
        .filter_map(Result::ok)
        .map(String::from)
        .filter(|n| n.starts_with("xl/charts/chart"))
        .collect();
    assert_eq!(charts.len(), 4 * n + 2 * analysed, "{charts:?}");
    let mut all = String::new();
    for name in &charts {
        zip.by_name(name).unwrap().read_to_string(&mut all).unwrap();
    }
    assert!(all.contains("<c:grouping val=\"stacked\"/>"), "no stacked revenue-lines chart");
    assert!(all.contains("Tornado") && all.contains("Monte Carlo"), "no tornado or Monte Carlo chart");
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

fn money_at(range: &calamine::Range<Data>, row: u32, col: u32) -> Decimal {
    dec(range.get_value((row, col)).unwrap_or_else(|| panic!("no cell at ({row}, {col})")))
}

#[test]
fn the_economics_sheets_read_back_equal_to_the_engine() {
    let input = common::input(4000);
    let bytes = workbook(&input, Lang::Zh).unwrap();
    let mut book: Xlsx<_> = Xlsx::new(Cursor::new(bytes)).unwrap();

    // Revenue lines: each tier, then the scenario's total.
    let rev = book.worksheet_range(SHEETS[7]).unwrap();
    let mut row = 1u32;
    for s in &input.scenarios {
        let totals = std::iter::once((&s.result.totals.lines, s.result.totals.incremental_revenue, "合计 Total"));
        let tiers = s.result.tiers.iter().map(|t| (&t.lines, t.incremental_revenue, t.name.as_str()));
        for (l, inc, name) in tiers.chain(totals) {
            assert_eq!(text(rev.get_value((row, 0)).unwrap()), s.scenario.name);
            assert_eq!(text(rev.get_value((row, 1)).unwrap()), name);
            assert_eq!(money_at(&rev, row, 2), round2(l.new_assets));
            assert_eq!(money_at(&rev, row, 3), round2(l.placed_assets));
            assert_eq!(money_at(&rev, row, 4), l.commission_revenue);
            assert_eq!(money_at(&rev, row, 5), l.wealth_revenue);
            assert_eq!(money_at(&rev, row, 6), l.asset_revenue);
            assert_eq!(money_at(&rev, row, 7), inc);
            row += 1;
        }
    }

    // Acquisition: each funnel, then the total.
    let acq = book.worksheet_range(SHEETS[8]).unwrap();
    let mut row = 1u32;
    for s in &input.scenarios {
        let a = &s.result.acquisition;
        for f in &a.rows {
            assert_eq!(money_at(&acq, row, 3), Decimal::from(f.accounts));
            assert_eq!(money_at(&acq, row, 4), round2(f.funded));
            assert_eq!(money_at(&acq, row, 5), f.cost);
            assert_eq!(money_at(&acq, row, 6), f.revenue);
            assert_eq!(money_at(&acq, row, 8), f.net);
            assert_eq!(money_at(&acq, row, 9), f.cost_per_funded.unwrap());
            assert_eq!(money_at(&acq, row, 10), round2(f.payback_years.unwrap()));
            row += 1;
        }
        assert_eq!(text(acq.get_value((row, 1)).unwrap()), "合计 Total");
        assert_eq!(money_at(&acq, row, 5), a.cost);
        assert_eq!(money_at(&acq, row, 8), a.net);
        row += 1;
    }

    // Assessment: every branch, HQ, branches losing and double counting; losers marked.
    let asm = book.worksheet_range(SHEETS[9]).unwrap();
    let mut row = 1u32;
    let mut marked = 0;
    for s in &input.scenarios {
        let r = &s.result;
        for b in &r.branches {
            assert_eq!(text(asm.get_value((row, 2)).unwrap()), b.branch);
            assert_eq!(money_at(&asm, row, 3), b.base_revenue);
            assert_eq!(money_at(&asm, row, 4), b.credited_revenue);
            assert_eq!(money_at(&asm, row, 5), b.assessed_revenue);
            assert_eq!(money_at(&asm, row, 6), b.assessed_change);
            assert_eq!(money_at(&asm, row, 7), b.cost);
            assert_eq!(money_at(&asm, row, 8), b.net);
            let mark = asm.get_value((row, 9)).map(|c| c.to_string()).unwrap_or_default();
            assert_eq!(mark.starts_with('▼'), b.assessed_change < Decimal::ZERO, "{}", b.branch);
            marked += usize::from(mark.starts_with('▼'));
            row += 1;
        }
        assert_eq!(text(asm.get_value((row, 2)).unwrap()), "总部 HQ");
        assert_eq!(money_at(&asm, row, 4), r.hq.credited_revenue);
        assert_eq!(money_at(&asm, row, 5), r.hq.assessed_revenue);
        assert_eq!(money_at(&asm, row, 7), r.hq.cost);
        assert_eq!(money_at(&asm, row, 8), r.hq.net);
        assert_eq!(money_at(&asm, row + 1, 6), Decimal::from(r.totals.branches_losing));
        assert_eq!(money_at(&asm, row + 2, 6), r.totals.double_counted);
        row += 3;
    }
    let losing: u64 = input.scenarios.iter().map(|s| s.result.totals.branches_losing).sum();
    assert!(losing > 0, "the assessment-conflict story has losers");
    assert_eq!(marked as u64, losing);

    // Branches compared: each scenario's figures side by side, changes against the first.
    let cmp = book.worksheet_range(SHEETS[10]).unwrap();
    let n = input.scenarios.len() as u32;
    let base = &input.scenarios[0].result;
    for (i, b0) in base.branches.iter().enumerate() {
        let row = 1 + i as u32;
        assert_eq!(text(cmp.get_value((row, 0)).unwrap()), b0.branch);
        for (j, s) in input.scenarios.iter().enumerate() {
            let b = s.result.branches.iter().find(|x| x.branch == b0.branch).unwrap();
            let at = 1 + 5 * j as u32;
            assert_eq!(money_at(&cmp, row, at), Decimal::from(b.hires));
            assert_eq!(money_at(&cmp, row, at + 1), b.credited_revenue);
            assert_eq!(money_at(&cmp, row, at + 2), b.cost);
            assert_eq!(money_at(&cmp, row, at + 3), b.net);
            assert_eq!(money_at(&cmp, row, at + 4), b.assessed_change);
            if j > 0 {
                let c = 1 + 5 * n + 2 * (j as u32 - 1);
                assert_eq!(money_at(&cmp, row, c), b.net - b0.net);
                assert_eq!(money_at(&cmp, row, c + 1), b.assessed_change - b0.assessed_change);
            }
        }
    }
    let hq_row = 1 + base.branches.len() as u32;
    assert_eq!(text(cmp.get_value((hq_row, 0)).unwrap()), "总部 HQ");
    assert_eq!(money_at(&cmp, hq_row, 4), base.hq.net);
}

#[test]
fn the_analyses_sheets_hold_the_tornado_and_monte_carlo_with_seed_draws_and_ranges() {
    let input = common::input(3000);
    let bytes = workbook(&input, Lang::En).unwrap();
    let mut book: Xlsx<_> = Xlsx::new(Cursor::new(bytes)).unwrap();
    let analysed: Vec<_> = input.scenarios.iter().filter_map(|s| s.analyses.as_ref().map(|a| (s, a))).collect();

    let tor = book.worksheet_range(SHEETS[11]).unwrap();
    let mut row = 1u32;
    for (s, a) in &analysed {
        for t in &a.tornado {
            assert_eq!(text(tor.get_value((row, 1)).unwrap()), t.field);
            assert_eq!(money_at(&tor, row, 5), t.low);
            assert_eq!(money_at(&tor, row, 6), t.high);
            assert_eq!(money_at(&tor, row, 7), t.swing);
            assert_eq!(money_at(&tor, row, 8), s.result.totals.net);
            row += 1;
        }
        row += 1;
    }

    let mc = book.worksheet_range(SHEETS[12]).unwrap();
    for (i, (s, a)) in analysed.iter().enumerate() {
        let row = 1 + i as u32;
        let m = &a.monte_carlo;
        assert_eq!(text(mc.get_value((row, 0)).unwrap()), s.scenario.name);
        assert_eq!(money_at(&mc, row, 1), Decimal::from(common::ANALYSES.draws));
        assert_eq!(money_at(&mc, row, 2), Decimal::from(common::ANALYSES.seed));
        assert_eq!(money_at(&mc, row, 4), m.figures.net.p10);
        assert_eq!(money_at(&mc, row, 5), m.figures.net.p50);
        assert_eq!(money_at(&mc, row, 6), m.figures.net.p90);
        assert_eq!(money_at(&mc, row, 8), m.figures.net.mean);
    }
    // Each histogram's counts add up to the draws.
    let counts: Vec<Decimal> = mc
        .rows()
        .skip(analysed.len() + 2)
        .filter(|r| matches!(r.get(3), Some(Data::Float(_) | Data::Int(_))))
        .map(|r| dec(&r[3]))
        .collect();
    assert_eq!(counts.len(), HISTOGRAM_BINS * analysed.len());
    assert_eq!(counts.iter().sum::<Decimal>(), Decimal::from(common::ANALYSES.draws * analysed.len()));

    // Assumptions record the ranges, the draws and the seed.
    let a = book.worksheet_range(SHEETS[5]).unwrap();
    let rows: Vec<Vec<String>> = a.rows().map(|r| r.iter().map(|c| c.to_string()).collect()).collect();
    let (s, _) = analysed[0];
    for range in &s.scenario.ranges {
        assert!(
            rows.iter().any(|r| r[0] == s.scenario.name && r[1].ends_with(&range.path) && r[7].contains("assumption")),
            "range {} not in the assumptions",
            range.path
        );
    }
    for (field, value) in [("draws", common::ANALYSES.draws as u64), ("seed", common::ANALYSES.seed)] {
        assert!(
            rows.iter().any(|r| r[0] == s.scenario.name && r[2] == field && r[5] == value.to_string()),
            "{field} not in the assumptions"
        );
    }
}

#[test]
fn an_applied_estimate_adds_the_evaluation_sheet_with_its_provenance() {
    let mut input = common::input(2000);
    input.scenarios[1].scenario.provenance.push(reach_core::scenario::Provenance {
        field: "tiers.人机协同.uplift".into(),
        pilot: "2025 Q1 <pilot> & co".into(),
        estimate: Decimal::new(612, 4),
        low: Decimal::new(31, 3),
        high: Decimal::new(914, 4),
        applied: "2025-04-01".into(),
        flagged: true,
    });
    let bytes = workbook(&input, Lang::Zh).unwrap();
    let mut book: Xlsx<_> = Xlsx::new(Cursor::new(bytes)).unwrap();
    assert_eq!(book.sheet_names(), SHEETS.to_vec());
    let ev = book.worksheet_range(SHEETS[13]).unwrap();
    assert_eq!(text(ev.get_value((1, 1)).unwrap()), "tiers.人机协同.uplift");
    assert_eq!(text(ev.get_value((1, 3)).unwrap()), "2025 Q1 <pilot> & co");
    assert_eq!(dec(ev.get_value((1, 4)).unwrap()), Decimal::new(612, 4).round_dp(2));
    assert_eq!(text(ev.get_value((1, 7)).unwrap()), "2025-04-01");
    assert!(text(ev.get_value((1, 8)).unwrap()).contains("flagged"));
}
