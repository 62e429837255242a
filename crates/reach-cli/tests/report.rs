//! `reach report` and `reach chart` end to end on a small demo warehouse: the files are written
//! (atomically, nothing left behind), their figures equal `reach run --json`, and bad input
//! exits with status 2 naming what is accepted.

mod common;
use common::{repo, Env};

fn scenario(name: &str) -> String {
    repo(&format!("scenarios/{name}"))
}

#[test]
fn report_writes_xlsx_html_and_csv_that_match_the_engine() {
    let env = Env::with_demo(3000);
    let (a, b, c) = (scenario("500k.toml"), scenario("100k.toml"), scenario("30k.toml"));
    let run: serde_json::Value = serde_json::from_str(&env.ok(&["run", &b, "--json"])).unwrap();
    let net = run["totals"]["net"].as_str().unwrap().to_string();

    for ext in ["xlsx", "html", "csv"] {
        let out = env.path(&format!("report.{ext}"));
        let stdout = env.ok(&["report", &a, &b, &c, "--out", out.to_str().unwrap()]);
        assert!(stdout.contains("Wrote") && stdout.contains("3 scenarios"), "{stdout}");
        assert!(std::fs::metadata(&out).unwrap().len() > 1000);
    }
    let xlsx = std::fs::read(env.path("report.xlsx")).unwrap();
    assert_eq!(&xlsx[..2], b"PK");
    let html = std::fs::read_to_string(env.path("report.html")).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>") && html.contains("<svg") && html.contains("合成演示数据"));
    let csv = std::fs::read_to_string(env.path("report.csv")).unwrap();
    assert!(csv.starts_with('\u{feff}') && csv.contains("\r\n"));
    let net_row = csv.lines().find(|l| l.contains(",net,")).unwrap();
    assert_eq!(net_row.split(',').nth(3), Some(net.as_str()), "{net_row}");

    let en = env.path("report-en.html");
    env.ok(&["report", &b, "--out", en.to_str().unwrap(), "--lang", "en"]);
    assert!(std::fs::read_to_string(&en).unwrap().contains("Executive summary"));

    // Nothing but the outputs and the warehouse is left in the folder.
    let stray: Vec<_> = std::fs::read_dir(env.path(""))
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tmp"))
        .collect();
    assert!(stray.is_empty(), "{stray:?}");
}

#[test]
fn chart_writes_svg_and_png() {
    let env = Env::with_demo(3000);
    let b = scenario("100k.toml");
    let kinds = [
        "sweep",
        "tiers",
        "load",
        "credit",
        "bands",
        "revenue",
        "revenue-sweep",
        "acquisition",
        "assessment",
        "assessment-rules",
        "tornado",
        "montecarlo",
    ];
    for kind in kinds {
        let svg = env.path(&format!("{kind}.svg"));
        env.ok(&["chart", kind, &b, "--out", svg.to_str().unwrap(), "--size", "640x360"]);
        let text = std::fs::read_to_string(&svg).unwrap();
        assert!(text.starts_with("<svg") && text.contains(&format!("data-chart=\"{kind}\"")), "{kind}");
        let head = &text[..text.find('>').unwrap()];
        assert!(head.contains("width=\"640\"") && head.contains("height=\"360\""), "{kind}: {head}");
    }
    let png = env.path("sweep.png");
    env.ok(&["chart", "sweep", &b, "--out", png.to_str().unwrap(), "--lang", "en"]);
    assert_eq!(&std::fs::read(&png).unwrap()[1..4], b"PNG");
}

#[test]
fn bad_input_exits_2_with_the_reason() {
    let env = Env::with_demo(3000);
    let b = scenario("100k.toml");
    let out = env.reach(&["report", &b, "--out", env.path("r.pdf").to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains(".xlsx, .html or .csv"));

    let out = env.reach(&["chart", "sweep", &b, "--out", env.path("c.jpg").to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains(".svg or .png"));

    let out = env.reach(&["report", "no-such.toml", "--out", env.path("r.xlsx").to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));

    let missing = env.path("nope/r.xlsx");
    let out = env.reach(&["report", &b, "--out", missing.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2), "{}", String::from_utf8_lossy(&out.stderr));

    let out = env.reach(&["chart", "pie", &b, "--out", env.path("c.svg").to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));

    let out = env.reach(&["chart", "load", &b, &b, "--out", env.path("c.svg").to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));

    let out = env.reach(&["chart", "tiers", &b, "--size", "100x50", "--out", env.path("c.svg").to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("480x280"));

    let out = env.reach(&["report", &b, "--draws", "0", "--out", env.path("r.xlsx").to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("draws"), "{}", String::from_utf8_lossy(&out.stderr));
}

#[test]
fn report_analyses_take_the_draws_and_seed_or_are_left_out() {
    use calamine::{Data, Reader, Xlsx};
    let env = Env::with_demo(3000);
    let b = scenario("100k.toml");
    let mc: serde_json::Value =
        serde_json::from_str(&env.ok(&["montecarlo", &b, "--draws", "60", "--seed", "4", "--json"])).unwrap();
    let out = env.path("a.xlsx");
    env.ok(&["report", &b, "--draws", "60", "--seed", "4", "--out", out.to_str().unwrap()]);
    let mut book: Xlsx<_> = calamine::open_workbook(&out).unwrap();
    let sheet = book.worksheet_range("蒙特卡洛 Monte Carlo").unwrap();
    let number = |r: u32, c: u32| match sheet.get_value((r, c)) {
        Some(Data::Float(v)) => format!("{v:.2}"),
        other => panic!("expected a number at ({r}, {c}), found {other:?}"),
    };
    assert_eq!(number(1, 1), "60.00");
    assert_eq!(number(1, 2), "4.00");
    let p10: f64 = mc["figures"]["net"]["p10"].as_str().unwrap().parse().unwrap();
    assert_eq!(number(1, 4), format!("{p10:.2}"));

    let html = env.path("plain.html");
    env.ok(&["report", &b, "--no-analyses", "--out", html.to_str().unwrap()]);
    let text = std::fs::read_to_string(&html).unwrap();
    assert!(text.contains("id=\"assessment\"") && !text.contains("id=\"montecarlo\""));
}
