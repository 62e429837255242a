//! The app's commands, driven through `Session` on a real warehouse in a temporary folder —
//! no window, no display: the numbers the UI shows are the engine's, scenarios are saved,
//! renamed, duplicated and deleted in the warehouse, comparisons name the winners and losers,
//! and a refused import leaves the book as it was.

use std::path::Path;

use reach_app::{ChartSize, EvaluateRequest, Lang, Session};
use reach_core::scenario::form::{input_from_scenario, scenario_from_input};
use reach_core::Scenario;

const CUSTOMERS: u64 = 3_000;

async fn session_with_demo(dir: &Path) -> Session {
    let s = Session::open(&dir.join("reach.sqlite")).await.unwrap();
    assert!(s.state().book.is_none(), "a new warehouse holds no book: the UI offers the demo");
    s.build_demo(CUSTOMERS, Lang::En).await.unwrap();
    s
}

/// The book as the warehouse holds it, read back independently of the session.
async fn book_in(dir: &Path) -> reach_store::LoadedBook {
    reach_store::Warehouse::open(&dir.join("reach.sqlite")).await.unwrap().load_book().await.unwrap().unwrap()
}

fn preset(key: &str) -> reach_app::ScenarioInput {
    Session::presets().into_iter().find(|p| p.key == key).unwrap().scenario
}

fn story(key: &str) -> Scenario {
    Scenario::from_toml(
        &std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("../../scenarios/{key}.toml")))
            .unwrap(),
    )
    .unwrap()
}

#[tokio::test]
async fn the_workbench_shows_the_engines_figures_for_each_preset() {
    let dir = tempfile::tempdir().unwrap();
    let s = session_with_demo(dir.path()).await;
    let loaded = book_in(dir.path()).await;
    for key in ["500k", "100k", "30k"] {
        assert_eq!(scenario_from_input(&preset(key)).unwrap(), story(key), "the preset is the file in scenarios/");
        let ev = s
            .evaluate(&EvaluateRequest {
                scenario: preset(key),
                sweep_tier: None,
                base: Some(preset("500k")),
                lang: Lang::Zh,
                chart: None,
                chart_size: None,
            })
            .unwrap();
        let expected = reach_core::run(&loaded.book, &story(key)).unwrap();
        // The engine's own result crosses: the same JSON as `reach run --json`.
        assert_eq!(ev.result, expected, "{key}");
        assert_eq!(serde_json::to_value(&ev.result).unwrap(), serde_json::to_value(&expected).unwrap());
        assert_eq!(ev.result.customers, CUSTOMERS);
        let base = reach_core::run(&loaded.book, &story("500k")).unwrap();
        let deltas = &ev.base.as_ref().unwrap().deltas;
        assert_eq!(deltas["net"], reach_app::convert::dec2(expected.totals.net - base.totals.net), "{key}");
        assert_eq!(deltas["hires"], (i128::from(expected.totals.hires) - i128::from(base.totals.hires)).to_string());
        assert_eq!(deltas.len(), reach_core::compare::METRICS.len());
        let advisor_cost = story(key).advisor_cost;
        assert_eq!(
            ev.hiring_cost,
            reach_app::convert::dec2(advisor_cost * rust_decimal::Decimal::from(expected.totals.hires))
        );
        assert_eq!(ev.base.as_ref().unwrap().name, story("500k").name);
        // The sweep varies the lowest people-served tier, and its current point is the run.
        let current = ev.sweep.points.iter().find(|p| p.min_assets == ev.sweep.current).expect("current point");
        assert_eq!(current.eligible, ev.result.totals.eligible);
        assert_eq!(current.net, reach_app::convert::dec2(ev.result.totals.net));
        assert!(ev.sweep.points.len() >= 40);
        assert!(ev
            .sweep
            .points
            .windows(2)
            .all(|w| w[0].min_assets.parse::<f64>().unwrap() < w[1].min_assets.parse::<f64>().unwrap()));
        for svg in [&ev.charts.sweep, &ev.charts.tiers, &ev.charts.branches, &ev.charts.credit] {
            assert!(svg.starts_with("<svg") && !svg.contains("data-chart-error"), "{}", &svg[..svg.len().min(200)]);
        }
    }
}

#[tokio::test]
async fn an_invalid_field_is_refused_with_the_engines_message_and_its_name() {
    let dir = tempfile::tempdir().unwrap();
    let s = session_with_demo(dir.path()).await;
    let mut input = preset("100k");
    input.tiers[1].coverage = "1.5".into();
    let e = s
        .evaluate(&EvaluateRequest {
            scenario: input.clone(),
            sweep_tier: None,
            base: None,
            lang: Lang::En,
            chart: None,
            chart_size: None,
        })
        .unwrap_err();
    assert_eq!((e.code.as_str(), e.field.as_deref()), ("invalid_scenario", Some("tiers[1].coverage")));
    assert_eq!(e.message, "must be between 0 and 1 (got 1.5)");
    input.tiers[1].coverage = "abc".into();
    let e = s
        .evaluate(&EvaluateRequest {
            scenario: input,
            sweep_tier: None,
            base: None,
            lang: Lang::En,
            chart: None,
            chart_size: None,
        })
        .unwrap_err();
    assert_eq!(e.field.as_deref(), Some("tiers[1].coverage"));
}

#[tokio::test]
async fn saved_scenarios_are_saved_renamed_duplicated_deleted_and_compared() {
    let dir = tempfile::tempdir().unwrap();
    let s = session_with_demo(dir.path()).await;
    for key in ["500k", "100k", "30k"] {
        s.save_scenario(&preset(key), false).await.unwrap();
    }
    let names: Vec<String> = s.list_scenarios().await.unwrap().into_iter().map(|v| v.name).collect();
    assert_eq!(names.len(), 3);
    let n100 = story("100k").name;
    let listed = s.list_scenarios().await.unwrap();
    assert_eq!(listed.iter().find(|v| v.name == n100).unwrap().threshold.as_deref(), Some("100000.00"));

    let list = s.rename_scenario(&n100, "lower").await.unwrap();
    assert!(list.iter().any(|v| v.name == "lower") && !list.iter().any(|v| v.name == n100));
    assert_eq!(s.load_scenario("lower").await.unwrap().name, "lower", "the name inside follows the rename");
    let list = s.duplicate_scenario("lower", "lower copy").await.unwrap();
    assert_eq!(list.len(), 4);
    assert_eq!(s.duplicate_scenario("lower", "lower copy").await.unwrap_err().code, "scenario_exists");
    let list = s.delete_scenario("lower copy").await.unwrap();
    assert_eq!(list.len(), 3);
    assert_eq!(s.delete_scenario("lower copy").await.unwrap_err().code, "scenario_not_found");

    let c = s.compare(&[story("500k").name, "lower".into(), story("30k").name]).await.unwrap();
    assert_eq!(c.names, vec![story("500k").name, "lower".to_string(), story("30k").name]);
    let eligible = c.rows.iter().find(|r| r.key == "eligible").unwrap();
    assert_eq!(eligible.deltas[0], "0.00");
    assert!(eligible.deltas[1].parse::<f64>().unwrap() > 0.0, "lowering the threshold makes more customers eligible");
    assert_eq!(c.shifts.len(), 2);
    assert_eq!(c.shifts[0].branches.len(), 30);
    let d: Vec<f64> = c.shifts[0].branches.iter().map(|b| b.credited_revenue_delta.parse().unwrap()).collect();
    assert!(d.windows(2).all(|w| w[0] >= w[1]), "biggest winner first");
    assert_eq!(s.compare(&[story("500k").name]).await.unwrap_err().code, "invalid_input");
}

#[tokio::test]
async fn a_refused_import_changes_nothing_and_lists_its_errors() {
    let dir = tempfile::tempdir().unwrap();
    let s = session_with_demo(dir.path()).await;
    let before = s.book_view(Lang::En).unwrap();
    let bad = dir.path().join("bad.csv");
    std::fs::write(
        &bad,
        "customer_id,branch,total_assets,age,risk_profile,channel,trades_12m,revenue_12m,advisor_id\n\
         A1,上海,100000,40,C3,online,3,120.50,\n\
         A2,上海,-5,40,C3,online,3,10,\n\
         A3,北京,2000,17,C9,web,0,0,\n",
    )
    .unwrap();
    let e = s.import_book(&bad, None, true, Lang::En).await.unwrap_err();
    assert_eq!(e.code, "invalid_file");
    assert_eq!(e.bad_rows, Some(2));
    assert!(e.rows.iter().any(|r| r.line == 3 && r.column == "total_assets"), "{:?}", e.rows);
    assert!(e.rows.iter().any(|r| r.line == 4 && r.column == "age"), "{:?}", e.rows);
    let after = s.book_view(Lang::En).unwrap();
    assert_eq!((after.customers, after.imported_at.clone()), (before.customers, before.imported_at.clone()));

    let good = dir.path().join("good.csv");
    std::fs::write(
        &good,
        "customer_id,branch,total_assets,age,risk_profile,channel,trades_12m,revenue_12m,advisor_id\n\
         A1,上海,100000,40,C3,online,3,120.50,\n\
         A2,北京,600000,50,C4,offline,0,0,X\n",
    )
    .unwrap();
    let imported = s.import_book(&good, None, true, Lang::Zh).await.unwrap();
    let book = imported.book;
    assert_eq!((book.customers, book.branches, book.synthetic), (2, 2, false));
    assert_eq!(imported.file_format.as_deref(), Some("CSV, UTF-8"));
    assert!(book.chart.starts_with("<svg"));
}

#[tokio::test]
async fn the_language_is_remembered_beside_the_warehouse() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("reach.sqlite");
    {
        let s = Session::open(&path).await.unwrap();
        s.set_lang(Lang::Zh).unwrap();
    }
    assert_eq!(Session::open(&path).await.unwrap().lang(), Lang::Zh);
    let s = Session::open(&path).await.unwrap();
    s.set_lang(Lang::En).unwrap();
    assert_eq!(Session::open(&path).await.unwrap().state().lang, Lang::En);
}

#[tokio::test]
async fn a_scenario_is_exported_as_toml_the_cli_reads() {
    let dir = tempfile::tempdir().unwrap();
    let s = Session::open(&dir.path().join("reach.sqlite")).await.unwrap();
    let out = dir.path().join("out.toml");
    s.export_scenario(&preset("30k"), &out).unwrap();
    assert_eq!(Scenario::from_toml(&std::fs::read_to_string(&out).unwrap()).unwrap(), story("30k"));
    assert_eq!(input_from_scenario(&story("30k")), preset("30k"));
}

#[tokio::test]
async fn a_moving_slider_reuses_the_sweep_and_still_shows_the_engines_curve() {
    let dir = tempfile::tempdir().unwrap();
    let s = session_with_demo(dir.path()).await;
    let loaded = book_in(dir.path()).await;
    for threshold in ["100000", "150000", "30000", "5000", "2500000"] {
        let mut input = preset("100k");
        input.tiers[1].min_assets = threshold.into();
        let ask = Some("人机协同".to_string());
        let ev = s
            .evaluate(&EvaluateRequest {
                scenario: input.clone(),
                sweep_tier: ask,
                base: None,
                lang: Lang::En,
                chart: None,
                chart_size: None,
            })
            .unwrap();
        assert_eq!(ev.sweep.tier, "人机协同");
        let scenario = scenario_from_input(&input).unwrap();
        let current: rust_decimal::Decimal = threshold.parse().unwrap();
        let xs = reach_app::workbench::sweep_thresholds(&scenario, 1);
        assert!(xs.first().unwrap() <= &current && &current <= xs.last().unwrap(), "{threshold} is on the curve");
        let fresh = reach_core::sweep::sweep(&loaded.book, &scenario, "人机协同", &xs).unwrap();
        assert_eq!(ev.sweep.points.len(), fresh.len(), "{threshold}");
        for (got, want) in ev.sweep.points.iter().zip(&fresh) {
            assert_eq!(got.min_assets, reach_app::convert::dec2(want.min_assets));
            assert_eq!(
                (got.eligible, got.net.as_str()),
                (want.result.totals.eligible, reach_app::convert::dec2(want.result.totals.net).as_str()),
                "{threshold} at {}",
                want.min_assets
            );
        }
    }
}

#[tokio::test]
async fn only_the_chart_on_screen_is_drawn_when_one_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let s = session_with_demo(dir.path()).await;
    let ask = |chart: Option<&str>| {
        let req = EvaluateRequest {
            scenario: preset("100k"),
            sweep_tier: None,
            base: Some(preset("500k")),
            lang: Lang::Zh,
            chart: chart.map(str::to_string),
            chart_size: None,
        };
        let c = s.evaluate(&req).unwrap().charts;
        [c.sweep, c.tiers, c.branches, c.credit].map(|svg| svg.starts_with("<svg"))
    };
    assert_eq!(ask(None), [true; 4], "absent: all four");
    assert_eq!(ask(Some("sweep")), [true, false, false, false]);
    assert_eq!(ask(Some("tiers")), [false, true, false, false]);
    assert_eq!(ask(Some("branches")), [false, false, true, false]);
    assert_eq!(ask(Some("credit")), [false, false, false, true]);
    assert_eq!(ask(Some("lines")), [false; 4], "a tab without a chart: none");

    // Drawn at the size of its box on screen.
    let req = EvaluateRequest {
        scenario: preset("100k"),
        sweep_tier: None,
        base: None,
        lang: Lang::Zh,
        chart: Some("tiers".into()),
        chart_size: Some(ChartSize { width: 700, height: 430 }),
    };
    let svg = s.evaluate(&req).unwrap().charts.tiers;
    let head = &svg[..svg.find('>').unwrap()];
    assert!(head.contains("width=\"700\"") && head.contains("height=\"430\""), "{head}");
}

#[tokio::test]
async fn a_report_is_exported_in_each_format_with_the_engines_figures() {
    let dir = tempfile::tempdir().unwrap();
    let s = session_with_demo(dir.path()).await;
    let loaded = book_in(dir.path()).await;
    let scenarios = [preset("500k"), preset("100k")];
    for name in ["report.xlsx", "report.html", "report.csv"] {
        let path = dir.path().join(name);
        s.export_report(&scenarios, &path, Lang::Zh).unwrap();
        assert!(std::fs::metadata(&path).unwrap().len() > 1000, "{name}");
    }
    let csv = std::fs::read_to_string(dir.path().join("report.csv")).unwrap();
    let net = reach_core::run(&loaded.book, &story("100k")).unwrap().totals.net.to_string();
    assert!(csv.contains(&net), "the CSV carries the engine's net {net}");
    let e = s.export_report(&scenarios, &dir.path().join("report.pdf"), Lang::En).unwrap_err();
    assert_eq!(e.code, "invalid_input");
    assert!(!dir.path().join("report.pdf").exists());
    // A name typed without an extension gets the format's.
    let written = s.export_report(&scenarios, &dir.path().join("季度汇报"), Lang::Zh).unwrap();
    assert_eq!(written, dir.path().join("季度汇报.xlsx"));
    assert!(std::fs::read(&written).unwrap().starts_with(b"PK"), "an XLSX is a zip");
    let toml = s.export_scenario(&preset("30k"), &dir.path().join("thirty")).unwrap();
    assert_eq!(Scenario::from_toml(&std::fs::read_to_string(toml).unwrap()).unwrap(), story("30k"));
}

/// The warehouse's books, read back independently of the session: (customers, label) of the
/// current book and of the previous one.
async fn books_in(dir: &Path) -> ((u64, String), Option<(u64, String)>) {
    let wh = reach_store::Warehouse::open(&dir.join("reach.sqlite")).await.unwrap();
    let current = wh.book_meta().await.unwrap().unwrap();
    let previous = wh.previous_book().await.unwrap();
    ((current.customers, current.label), previous.map(|p| (p.customers, p.label)))
}

const TWO_ROWS: &str = "customer_id,branch,total_assets,age,risk_profile,channel,trades_12m,revenue_12m,advisor_id\n\
                        A1,上海,100000,40,C3,online,3,120.50,\n\
                        A2,北京,600000,50,C4,offline,0,0,X\n";

#[tokio::test]
async fn saving_over_a_saved_scenario_is_refused_until_overwrite_is_asked_for() {
    let dir = tempfile::tempdir().unwrap();
    let s = session_with_demo(dir.path()).await;
    let mut input = preset("100k");
    s.save_scenario(&input, false).await.unwrap();
    input.tiers[1].coverage = "0.5".into();
    let e = s.save_scenario(&input, false).await.unwrap_err();
    assert_eq!(e.code, "scenario_exists");
    assert_eq!(s.load_scenario(&input.name).await.unwrap().tiers[1].coverage, preset("100k").tiers[1].coverage);
    s.save_scenario(&input, true).await.unwrap();
    assert_eq!(s.load_scenario(&input.name).await.unwrap().tiers[1].coverage, "0.5");
    assert_eq!(s.list_scenarios().await.unwrap().len(), 1);
}

#[tokio::test]
async fn a_replace_is_previewed_kept_and_undone_and_scenarios_survive() {
    let dir = tempfile::tempdir().unwrap();
    let s = session_with_demo(dir.path()).await;
    s.save_scenario(&preset("30k"), false).await.unwrap();
    let demo = s.book_view(Lang::En).unwrap();
    assert!(demo.previous.is_none(), "the first book replaced nothing");

    let file = dir.path().join("two.csv");
    std::fs::write(&file, TWO_ROWS).unwrap();
    // What a replace would drop, asked before it runs.
    let preview = s.replace_preview().await.unwrap().expect("a book is loaded");
    assert_eq!((preview.replaced.customers, preview.replaced.synthetic), (CUSTOMERS, true));
    assert_eq!(preview.replaced.imported_at, demo.imported_at);
    assert!(preview.dropped.is_none());
    // Without the answer the import is refused and changes nothing.
    assert_eq!(s.import_book(&file, None, false, Lang::En).await.unwrap_err().code, "book_exists");
    assert_eq!(books_in(dir.path()).await, ((CUSTOMERS, demo.label.clone()), None));

    let imported = s.import_book(&file, None, true, Lang::En).await.unwrap();
    assert_eq!(imported.book.customers, 2);
    let kept = imported.book.previous.clone().expect("the replaced book is kept");
    assert_eq!((kept.customers, kept.label.as_str()), (CUSTOMERS, demo.label.as_str()));
    assert_eq!(books_in(dir.path()).await, ((2, "two.csv".into()), Some((CUSTOMERS, demo.label.clone()))));
    let preview = s.replace_preview().await.unwrap().unwrap();
    assert_eq!(preview.dropped.map(|d| d.customers), Some(CUSTOMERS), "a second import would drop the demo");

    // Undo brings the demo back, in the warehouse and in memory.
    let back = s.undo_import(Lang::En).await.unwrap();
    assert_eq!((back.customers, back.imported_at.as_str()), (CUSTOMERS, demo.imported_at.as_str()));
    assert_eq!(back.previous.as_ref().map(|p| p.customers), Some(2), "undoing twice redoes");
    assert_eq!(books_in(dir.path()).await, ((CUSTOMERS, demo.label.clone()), Some((2, "two.csv".into()))));
    let ev = s
        .evaluate(&EvaluateRequest {
            scenario: preset("30k"),
            sweep_tier: None,
            base: None,
            lang: Lang::En,
            chart: None,
            chart_size: None,
        })
        .unwrap();
    assert_eq!(ev.result.customers, CUSTOMERS, "the workbench reads the book brought back");
    assert_eq!(s.list_scenarios().await.unwrap().len(), 1, "saved scenarios are untouched");

    let dropped = s.drop_previous(Lang::En).await.unwrap();
    assert!(dropped.previous.is_none());
    assert_eq!(books_in(dir.path()).await, ((CUSTOMERS, demo.label.clone()), None));
    assert_eq!(s.undo_import(Lang::Zh).await.unwrap_err().code, "no_previous_book");

    let history = s.import_history().await.unwrap();
    assert_eq!(
        history.iter().map(|h| (h.kind.as_str(), h.ok)).collect::<Vec<_>>(),
        [("csv", true), ("csv", false), ("demo", true)]
    );
    assert_eq!(history[0].rows, 2);
}

#[tokio::test]
async fn a_backup_is_restored_with_its_book_and_the_scenarios_of_both() {
    let dir = tempfile::tempdir().unwrap();
    let s = session_with_demo(dir.path()).await;
    s.save_scenario(&preset("500k"), false).await.unwrap();
    let backup = s.backup(&dir.path().join("周五备份"), Lang::En).await.unwrap();
    assert!(backup.path.ends_with("周五备份.sqlite"), "{}", backup.path);
    assert_eq!(std::fs::metadata(&backup.path).unwrap().len(), backup.bytes);
    assert_eq!(s.backup(Path::new(&backup.path), Lang::En).await.unwrap_err().code, "file_exists");

    let file = dir.path().join("two.csv");
    std::fs::write(&file, TWO_ROWS).unwrap();
    s.import_book(&file, None, true, Lang::En).await.unwrap();
    s.drop_previous(Lang::En).await.unwrap();
    s.save_scenario(&preset("30k"), false).await.unwrap();

    let restored = s.restore(Path::new(&backup.path), Lang::En).await.unwrap();
    assert_eq!(restored.book.as_ref().map(|b| b.customers), Some(CUSTOMERS));
    assert_eq!(s.book_view(Lang::En).unwrap().customers, CUSTOMERS, "the book in memory is the backup's");
    assert_eq!(books_in(dir.path()).await.0 .0, CUSTOMERS);
    assert_eq!(restored.scenarios, 2, "the backup's scenario and the one saved since");
    assert_eq!(s.list_scenarios().await.unwrap().len(), 2);
    assert!(Path::new(&restored.kept_at).exists(), "the replaced warehouse is kept beside it");

    let not_a_warehouse = dir.path().join("not.sqlite");
    std::fs::write(&not_a_warehouse, "hello").unwrap();
    let e = s.restore(&not_a_warehouse, Lang::En).await.unwrap_err();
    assert!(e.message.contains("not.sqlite"), "{}", e.message);
    assert_eq!(s.book_view(Lang::En).unwrap().customers, CUSTOMERS, "a refused restore changes nothing");
}

#[tokio::test]
async fn the_templates_import_back_and_refusals_read_in_the_uis_language() {
    let dir = tempfile::tempdir().unwrap();
    let s = Session::open(&dir.path().join("reach.sqlite")).await.unwrap();
    let csv = s.write_template(&dir.path().join("模板"), reach_app::TemplateKind::Csv, Lang::Zh).unwrap();
    assert_eq!(csv, dir.path().join("模板.csv"));
    let imported = s.import_book(&csv, None, false, Lang::Zh).await.unwrap();
    assert_eq!(imported.book.customers, 2);
    let xlsx = s.write_template(&dir.path().join("template"), reach_app::TemplateKind::Xlsx, Lang::En).unwrap();
    assert_eq!(xlsx, dir.path().join("template.xlsx"));
    let imported = s.import_book(&xlsx, None, true, Lang::En).await.unwrap();
    assert_eq!(imported.book.customers, 2);
    assert!(imported.file_format.unwrap().starts_with("XLSX"));

    let bad = dir.path().join("bad.csv");
    std::fs::write(&bad, "客户号,营业部,总资产,年龄,风险等级,开户渠道,近12月交易笔数,近12月净收入,服务投顾\nA1,上海,100000,7,稳健型,线上,3,10,\n").unwrap();
    let e = s.import_book(&bad, None, true, Lang::Zh).await.unwrap_err();
    assert_eq!(e.code, "invalid_file");
    let reason = &e.rows[0].reason;
    assert!(reason.contains("18") && reason.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)), "{reason}");
    let e = s.import_book(&bad, None, true, Lang::En).await.unwrap_err();
    assert!(e.rows[0].reason.is_ascii(), "{}", e.rows[0].reason);
}

#[tokio::test]
async fn a_chart_is_exported_as_png_or_svg() {
    let dir = tempfile::tempdir().unwrap();
    let s = session_with_demo(dir.path()).await;
    let req = EvaluateRequest {
        scenario: preset("100k"),
        sweep_tier: None,
        base: Some(preset("500k")),
        lang: Lang::Zh,
        chart: None,
        chart_size: None,
    };
    let png = s.export_chart(&req, "sweep", &dir.path().join("sweep")).unwrap();
    assert_eq!(png, dir.path().join("sweep.png"));
    assert!(std::fs::read(&png).unwrap().starts_with(b"\x89PNG"));
    let svg = s.export_chart(&req, "credit", &dir.path().join("credit.svg")).unwrap();
    assert!(std::fs::read_to_string(svg).unwrap().starts_with("<svg"));
    let bands = s.export_chart(&req, "bands", &dir.path().join("bands.png")).unwrap();
    assert!(std::fs::metadata(bands).unwrap().len() > 1000);
    assert_eq!(s.export_chart(&req, "pie", &dir.path().join("p.png")).unwrap_err().code, "invalid_input");
    assert_eq!(s.export_chart(&req, "sweep", &dir.path().join("p.gif")).unwrap_err().code, "invalid_input");
}

#[tokio::test]
async fn a_cancelled_demo_build_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let s = std::sync::Arc::new(session_with_demo(dir.path()).await);
    let before = books_in(dir.path()).await;
    let building = {
        let s = std::sync::Arc::clone(&s);
        tokio::spawn(async move { s.build_demo(2_000_000, Lang::Zh).await })
    };
    // Wait for the first progress report, then cancel.
    while !building.is_finished() && s.import_progress().is_none_or(|p| p.rows == 0) {
        tokio::task::yield_now().await;
    }
    let seen = s.import_progress();
    s.cancel_import();
    let outcome = building.await.unwrap();
    if let Some(p) = seen {
        assert_eq!((p.task.as_str(), p.total), ("demo", 2_000_000));
        let e = outcome.unwrap_err();
        assert_eq!((e.code.as_str(), e.message.as_str()), ("cancelled", "导入已取消；没有任何改动"));
        assert_eq!(books_in(dir.path()).await, before, "a cancelled build changes nothing");
        assert_eq!(s.book_view(Lang::En).unwrap().customers, CUSTOMERS);
    }
    assert!(s.import_progress().is_none(), "the job ended");
}

#[tokio::test]
async fn the_assessment_runs_the_scenario_under_split_and_dual() {
    let dir = tempfile::tempdir().unwrap();
    let s = session_with_demo(dir.path()).await;
    let loaded = book_in(dir.path()).await;
    let mut input = preset("100k");
    input.base_transfer = "0.6".into();
    let a = s.assess(&input).unwrap();
    assert_eq!(a.rule, "split", "the story's scenario is written with the split rule");
    let mut scenario = scenario_from_input(&input).unwrap();
    assert_eq!(a.split, reach_core::run(&loaded.book, &scenario).unwrap(), "split is the scenario as written");
    scenario.credit_rule = reach_core::CreditRule::Dual;
    assert_eq!(a.dual, reach_core::run(&loaded.book, &scenario).unwrap(), "dual is the engine's own run");
    // Only the assessment differs between the rules.
    assert_eq!(a.split.totals.net, a.dual.totals.net);
    assert_eq!(a.split.totals.hq_credit, a.dual.totals.hq_credit);
    assert_eq!(a.split.totals.double_counted, rust_decimal::Decimal::ZERO, "split credits each CNY once");
    assert!(a.dual.totals.double_counted > rust_decimal::Decimal::ZERO, "dual counts HQ's tier revenue twice");
    assert!(a.split.totals.branches_losing > 0, "a 60% base transfer under split leaves branches losing");
    assert_eq!(a.dual.totals.branches_losing, 0, "under dual no branch loses what its customers bring");
    let losing = a.split.branches.iter().filter(|b| b.assessed_change < rust_decimal::Decimal::ZERO).count();
    assert_eq!(losing as u64, a.split.totals.branches_losing);
    // A scenario written with `dual` says so, and gets the same two runs.
    input.credit_rule = "dual".into();
    let b = s.assess(&input).unwrap();
    assert_eq!((b.rule.as_str(), &b.split, &b.dual), ("dual", &a.split, &a.dual));
    input.base_transfer = "1.5".into();
    assert_eq!(s.assess(&input).unwrap_err().field.as_deref(), Some("base_transfer"));
}

#[tokio::test]
async fn the_units_nets_add_up_to_the_total_and_the_decision_breaks_the_net_into_parts() {
    let dir = tempfile::tempdir().unwrap();
    let s = session_with_demo(dir.path()).await;
    let inputs: Vec<_> = ["500k", "100k", "30k"].into_iter().map(preset).collect();
    let d = s.decide(&inputs).unwrap();
    assert_eq!(d.policies.len(), 3);
    let dec = |x: &str| x.parse::<rust_decimal::Decimal>().unwrap();
    for (p, key) in d.policies.iter().zip(["500k", "100k", "30k"]) {
        let r = &p.result;
        let t = &r.totals;
        // MODEL §9: the branches' nets and HQ's add up to the total net (each rounded on its
        // own, so within half a fen per unit).
        let branches: rust_decimal::Decimal = r.branches.iter().map(|b| b.net).sum();
        let tol = rust_decimal::Decimal::new(5, 3) * rust_decimal::Decimal::from(r.branches.len() + 1);
        assert!((branches + r.hq.net - t.net).abs() <= tol, "{key}: {branches} + {} vs {}", r.hq.net, t.net);
        assert_eq!(dec(&p.branches_net), branches, "{key}");
        let costs: rust_decimal::Decimal = r.branches.iter().map(|b| b.cost).sum();
        assert!((costs + r.hq.cost - t.cost).abs() <= tol, "{key}: unit costs add up to the cost");
        // The net's parts: revenue lines − hiring − service cost.
        assert_eq!(dec(&p.hiring_cost) + dec(&p.service_cost), t.cost, "{key}");
        let scenario = story(key);
        assert_eq!(dec(&p.hiring_cost), scenario.advisor_cost * rust_decimal::Decimal::from(t.hires), "{key}");
        let lines = t.lines.commission_revenue + t.lines.wealth_revenue + t.lines.asset_revenue;
        assert!((lines - t.incremental_revenue).abs() <= rust_decimal::Decimal::new(2, 2), "{key}: the lines");
        assert_eq!(p.deltas["net"], reach_app::convert::dec2(t.net - d.policies[0].result.totals.net), "{key}");
    }
    assert!(d.policies[0].deltas.values().all(|v| dec(v).is_zero()), "the base's deltas are zero");
    assert_eq!(s.decide(&[]).unwrap_err().code, "invalid_input");
}

/// An outcome file of `customers` (yuan, as a broker's export writes them).
fn pilot_csv(customers: &[reach_core::evaluation::PilotCustomer], extra: &str) -> String {
    use reach_core::money::yuan;
    let mut out = String::from(
        "customer_id,group,revenue_before,revenue_after,assets_before,assets_after,trades_before,trades_after,placed_after\n",
    );
    for c in customers {
        out.push_str(&format!(
            "{},{},{},{},{},{},{},{},{}\n",
            c.customer_id,
            c.group.as_str(),
            yuan(c.revenue_before_fen),
            yuan(c.revenue_after_fen),
            yuan(c.assets_before_fen),
            yuan(c.assets_after_fen),
            c.trades_before,
            c.trades_after,
            yuan(c.placed_after_fen.unwrap()),
        ));
    }
    out.push_str(extra);
    out
}

#[tokio::test]
async fn pilots_are_imported_evaluated_and_applied_to_a_saved_scenario_with_provenance() {
    use reach_core::demo::{demo_pilot, DemoParams, PilotParams, DEMO_PILOT_NAME};
    use reach_core::evaluation::{rounded_for_scenario, Evaluation};
    let dir = tempfile::tempdir().unwrap();
    let s = session_with_demo(dir.path()).await;
    // The demo book comes with its synthetic pilot.
    let listed = s.list_pilots().await.unwrap();
    assert_eq!(listed.len(), 1);
    assert!(listed[0].synthetic && listed[0].name == DEMO_PILOT_NAME);

    // A bad file is refused with line, column and reason in the UI's language; nothing stored.
    let customers =
        demo_pilot(&DemoParams { customers: CUSTOMERS as usize, ..DemoParams::default() }, &PilotParams::default());
    let bad = dir.path().join("bad.csv");
    std::fs::write(&bad, pilot_csv(&customers[..5], "X1,both,1,1,1,1,1,1,0\n")).unwrap();
    let e = s.import_pilot(&bad, "春季试点", Lang::Zh).await.unwrap_err();
    assert_eq!((e.code.as_str(), e.bad_rows), ("invalid_file", Some(1)));
    assert_eq!((e.rows[0].line, e.rows[0].column.as_str()), (7, "group"));
    assert!(e.rows[0].reason.contains("both") && !e.rows[0].reason.is_ascii(), "{}", e.rows[0].reason);
    assert_eq!(s.list_pilots().await.unwrap().len(), 1, "nothing stored");

    // A good one: how many of its customers the book holds, and the estimates of the CLI's
    // evaluation (the same function on the customers read back from the warehouse).
    let good = dir.path().join("spring.csv");
    std::fs::write(&good, pilot_csv(&customers, "NOT-IN-BOOK-1,treated,10,12,1000,1100,1,2,0\n")).unwrap();
    let p = s.import_pilot(&good, "春季试点", Lang::En).await.unwrap();
    assert_eq!(
        (p.customers, p.in_book, p.not_in_book, p.synthetic),
        (customers.len() as u64 + 1, customers.len() as u64, 1, false)
    );
    let ev = s.evaluate_pilot("春季试点").await.unwrap();
    let warehouse = reach_store::Warehouse::open(&dir.path().join("reach.sqlite")).await.unwrap();
    let expected = Evaluation::of(&warehouse.pilot_customers("春季试点").await.unwrap());
    let kinds: Vec<&str> = ev.estimates.iter().map(|e| e.kind.as_str()).collect();
    assert_eq!(kinds, ["uplift", "activation", "asset_growth", "wealth_share"]);
    assert_eq!(ev.estimates[0].estimate, expected.uplift.estimate);
    assert_eq!((ev.estimates[2].low, ev.estimates[2].high), (expected.asset_growth.low, expected.asset_growth.high));
    assert_eq!((ev.n_treated, ev.n_control), (expected.n_treated, expected.n_control));
    assert_eq!(ev.segments.len(), expected.segments.len());
    assert!(ev.segments.iter().any(|s| s.dimension == "age_group"));

    // Applied to the saved 10万 scenario's hybrid tier as a new scenario, with provenance.
    s.save_scenario(&preset("100k"), false).await.unwrap();
    let base = preset("100k").name;
    let chosen = ev.estimates.iter().find(|e| e.estimate.is_some()).unwrap();
    let req = reach_app::ApplyEstimateRequest {
        pilot: "春季试点".into(),
        estimate: chosen.kind.clone(),
        scenario: base.clone(),
        tier: "人机协同".into(),
        name: "试点实测".into(),
        confirm: chosen.flagged,
    };
    let done = s.apply_estimate(&req).await.unwrap();
    let value = rounded_for_scenario(chosen.estimate.unwrap()).unwrap().to_string();
    assert_eq!(done.provenance.field, format!("tiers.人机协同.{}", chosen.kind));
    assert_eq!((done.provenance.estimate.as_str(), done.provenance.pilot.as_str()), (value.as_str(), "春季试点"));
    assert!(done.saved.iter().any(|v| v.name == "试点实测"));
    let loaded = s.load_scenario("试点实测").await.unwrap();
    assert_eq!(loaded.provenance, vec![done.provenance.clone()]);
    let saved = scenario_from_input(&loaded).unwrap();
    let path = reach_core::scenario::path::FieldPath::parse(&saved, &done.provenance.field).unwrap();
    assert_eq!(path.get(&saved).unwrap().to_string(), value);
    // Never over an existing name.
    let e = s.apply_estimate(&req).await.unwrap_err();
    assert_eq!(e.code, "scenario_exists");

    // A flagged estimate (a segment-sized pilot of a few customers) waits for confirmation.
    let small = dir.path().join("small.csv");
    std::fs::write(&small, pilot_csv(&customers[..40], "")).unwrap();
    s.import_pilot(&small, "小试点", Lang::En).await.unwrap();
    let small_req = reach_app::ApplyEstimateRequest {
        pilot: "小试点".into(),
        estimate: "asset_growth".into(),
        name: "小".into(),
        confirm: false,
        ..req.clone()
    };
    let e = s.apply_estimate(&small_req).await.unwrap_err();
    assert_eq!(e.code, "estimate_flagged");
    assert!(e.message.contains("fewer than 100"), "{}", e.message);
    let done = s.apply_estimate(&reach_app::ApplyEstimateRequest { confirm: true, ..small_req }).await;
    match done {
        Ok(d) => assert!(d.provenance.flagged),
        // A negative estimate cannot be an asset growth: refused naming the field.
        Err(e) => {
            assert!(e.code == "invalid_scenario" && e.field.as_deref() == Some("tiers.人机协同.asset_growth"), "{e:?}")
        }
    }

    s.delete_pilot("小试点").await.unwrap();
    assert_eq!(s.list_pilots().await.unwrap().len(), 2);
}

fn seek_request(field: &str, from: &str, to: &str, step: &str) -> reach_app::SeekRequest {
    reach_app::SeekRequest {
        scenario: preset("100k"),
        field: field.into(),
        from: from.into(),
        to: to.into(),
        step: step.into(),
        figure: "hires".into(),
        condition: Some(reach_app::SeekCondition { op: "<=".into(), value: "10".into(), aim: "lowest".into() }),
    }
}

#[tokio::test]
async fn seek_tornado_and_monte_carlo_answer_as_reach_core_does() {
    use reach_core::analysis::{montecarlo, seek, tornado, Figure};
    let dir = tempfile::tempdir().unwrap();
    let s = session_with_demo(dir.path()).await;
    let book = book_in(dir.path()).await.book;
    let scenario = story("100k");
    let d = |v: &str| v.parse::<rust_decimal::Decimal>().unwrap();

    // Goal seek: the lowest 人机协同 threshold with hires ≤ 10, and the best clients per advisor.
    let req = seek_request("tiers.人机协同.min_assets", "30000", "300000", "10000");
    let view = s.seek(&req).unwrap();
    let grid = seek::Grid { from: d("30000"), to: d("300000"), step: d("10000") };
    let goal = seek::Goal::Meet {
        figure: Figure::parse("hires").unwrap(),
        op: seek::Op::AtMost,
        value: d("10"),
        aim: seek::Aim::Lowest,
    };
    let core = seek::seek(&book, &scenario, &req.field, &grid, &goal).unwrap();
    assert_eq!(view.value, core.value.map(|v| v.to_string()));
    assert_eq!(view.totals, core.totals);
    assert_eq!(view.points, 28);
    let applied = scenario_from_input(view.scenario.as_ref().unwrap()).unwrap();
    assert_eq!(applied.tiers[1].min_assets, core.value.unwrap());
    assert_eq!(
        &reach_core::run(&book, &applied).unwrap().totals,
        view.totals.as_ref().unwrap(),
        "applying gives those figures"
    );
    let mut max = seek_request("tiers.人机协同.clients_per_advisor", "1000", "7000", "500");
    max.figure = "net".into();
    max.condition = None;
    let view = s.seek(&max).unwrap();
    let core = seek::seek(
        &book,
        &scenario,
        &max.field,
        &seek::Grid { from: d("1000"), to: d("7000"), step: d("500") },
        &seek::Goal::Maximize(Figure::parse("net").unwrap()),
    )
    .unwrap();
    assert_eq!(view.value, core.value.map(|v| v.to_string()));
    let mut never = seek_request("advisor_cost", "300000", "600000", "100000");
    never.condition.as_mut().unwrap().value = "-1".into();
    let none = s.seek(&never).unwrap();
    assert_eq!((none.value, none.totals, none.scenario.is_none()), (None, None, true), "no grid point meets it");

    // Tornado: the core's rows, with each range's ends and the figure at the scenario's values.
    let t = s.tornado(&reach_app::TornadoRequest { scenario: preset("100k"), figure: "net".into() }).unwrap();
    let rows = tornado::tornado(&book, &scenario, Figure::parse("net").unwrap()).unwrap();
    assert_eq!(t.bars.len(), rows.len());
    assert!(!rows.is_empty(), "the story carries ranges");
    for (bar, row) in t.bars.iter().zip(&rows) {
        assert_eq!(
            (bar.field.as_str(), bar.low.clone(), bar.high.clone(), bar.swing.clone()),
            (row.field.as_str(), row.low.to_string(), row.high.to_string(), row.swing.to_string())
        );
        let range = scenario.ranges.iter().find(|r| r.path == row.field).unwrap();
        assert_eq!(bar.range_low, range.low.normalize().to_string());
    }
    assert_eq!(t.value, reach_core::run(&book, &scenario).unwrap().totals.net.to_string());

    // Monte Carlo: the core's summary for the same seed, and a histogram of every draw.
    let mc = s.monte_carlo(&reach_app::MonteCarloRequest { scenario: preset("100k"), draws: 300, seed: 11 }).unwrap();
    let core = montecarlo::monte_carlo(&book, &scenario, 300, 11).unwrap();
    assert_eq!(mc.p_net_positive, core.p_net_positive.to_string());
    assert_eq!(
        (mc.net.p10.clone(), mc.net.p50.clone(), mc.net.p90.clone()),
        (core.figures.net.p10.to_string(), core.figures.net.p50.to_string(), core.figures.net.p90.to_string())
    );
    assert_eq!(mc.hires.mean, core.figures.hires.mean.to_string());
    assert_eq!(mc.histogram.iter().map(|b| b.count).sum::<u64>(), 300);
    assert_eq!(mc.histogram.len(), reach_report::xlsx::HISTOGRAM_BINS, "the report's bins");
    let (first, last) = (mc.histogram.first().unwrap(), mc.histogram.last().unwrap());
    assert!(
        d(&first.lower) <= core.figures.net.p5 && core.figures.net.p95 <= d(&last.upper),
        "the bars span the draws"
    );
    assert!(!s.analysis_progress().running, "nothing runs once answered");
}

#[tokio::test]
async fn a_cancelled_monte_carlo_stops_and_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let s = std::sync::Arc::new(session_with_demo(dir.path()).await);
    let runner = std::sync::Arc::clone(&s);
    let job = std::thread::spawn(move || {
        runner.monte_carlo(&reach_app::MonteCarloRequest { scenario: preset("100k"), draws: 100_000, seed: 1 })
    });
    // Cancel as soon as the run is seen (it takes far longer than this to finish 100,000 draws).
    while !s.analysis_progress().running && !job.is_finished() {
        std::thread::yield_now();
    }
    let seen = s.analysis_progress();
    assert_eq!(seen.total, 100_000);
    s.cancel_analysis();
    let e = job.join().unwrap().unwrap_err();
    assert_eq!(e.code, "cancelled");
    assert!(!s.analysis_progress().running);
}

#[tokio::test]
async fn bad_analysis_input_names_the_field() {
    let dir = tempfile::tempdir().unwrap();
    let s = session_with_demo(dir.path()).await;
    let field = |req: reach_app::SeekRequest| s.seek(&req).unwrap_err().field;
    assert_eq!(field(seek_request("tiers.人机协同.nope", "1", "2", "1")).as_deref(), Some("field"));
    assert_eq!(
        field(seek_request("tiers.人机协同.coverage", "0", "2", "0.5")).as_deref(),
        Some("field"),
        "coverage 1.5 is refused"
    );
    assert_eq!(field(seek_request("advisor_cost", "abc", "2", "1")).as_deref(), Some("from"));
    assert_eq!(field(seek_request("advisor_cost", "3", "2", "1")).as_deref(), Some("to"));
    assert_eq!(field(seek_request("advisor_cost", "1", "2", "0")).as_deref(), Some("step"));
    let mut bad_value = seek_request("advisor_cost", "1", "2", "1");
    bad_value.condition.as_mut().unwrap().value = "ten".into();
    assert_eq!(field(bad_value).as_deref(), Some("value"));
    let mut bad_figure = seek_request("advisor_cost", "1", "2", "1");
    bad_figure.figure = "profit".into();
    assert_eq!(field(bad_figure).as_deref(), Some("figure"));
    let t = s.tornado(&reach_app::TornadoRequest { scenario: preset("100k"), figure: "profit".into() }).unwrap_err();
    assert_eq!(t.field.as_deref(), Some("figure"));
    let mc = s.monte_carlo(&reach_app::MonteCarloRequest { scenario: preset("100k"), draws: 0, seed: 1 }).unwrap_err();
    assert_eq!(mc.field.as_deref(), Some("draws"));
    let mut ranged = preset("100k");
    ranged.ranges[0].low = "9e9".into();
    let e = s.tornado(&reach_app::TornadoRequest { scenario: ranged, figure: "net".into() }).unwrap_err();
    assert!(e.field.as_deref().is_some_and(|f| f.contains("advisor_cost")), "{e:?}");
    assert!(s.field_paths(&preset("100k")).unwrap().contains(&"tiers.人机协同.clients_per_advisor".to_string()));
}
