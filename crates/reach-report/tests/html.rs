//! The HTML report: self-contained (no external reference), every chart present as inline SVG,
//! the figures and provenance stated; and rendered by headless Chromium to a non-blank page.

mod common;

use reach_report::html::{report, report_charts};
use reach_report::Lang;
use scraper::{Html, Selector};

fn sel(s: &str) -> Selector {
    Selector::parse(s).unwrap()
}

#[test]
fn the_report_is_self_contained_and_has_every_chart() {
    let input = common::input(5000);
    for lang in [Lang::Zh, Lang::En] {
        let html = report(&input, lang).unwrap();
        let doc = Html::parse_document(&html);
        assert_eq!(doc.select(&sel("link")).count(), 0, "a <link> element");
        assert_eq!(doc.select(&sel("script")).count(), 0, "a <script> element");
        assert_eq!(doc.select(&sel("iframe, object, embed, img")).count(), 0);
        for el in doc.select(&sel("[src], [href]")) {
            for attr in ["src", "href", "xlink:href"] {
                if let Some(v) = el.value().attr(attr) {
                    assert!(v.starts_with('#') || v.starts_with("data:"), "external reference {attr}={v}");
                }
            }
        }
        for needle in ["http://", "https://", "url(//", "@import"] {
            // The SVG namespace URI is a name, not a request.
            let stripped = html.replace("http://www.w3.org/2000/svg", "").replace("http://www.w3.org/1999/xlink", "");
            assert!(!stripped.contains(needle), "found {needle}");
        }
        let expected = report_charts(&input);
        let figures: Vec<_> = doc.select(&sel("#charts figure[data-chart] > svg")).collect();
        assert_eq!(figures.len(), expected.len());
        let all = doc.select(&sel("figure[data-chart] > svg")).count();
        assert_eq!(doc.select(&sel("svg")).count(), all, "one <svg> per chart");
        for (fig, chart) in figures.iter().zip(&expected) {
            assert_eq!(fig.value().attr("data-chart"), Some(chart.kind().as_str()));
        }
        for s in &input.scenarios {
            assert!(html.contains(&s.source_sha256));
            assert!(
                html.contains(&reach_report::format::money_exact(s.result.totals.net)),
                "net of {}",
                s.scenario.name
            );
        }
        assert!(html.contains(&input.reach_version));
        assert!(html.contains("@media print") && html.contains("size: A4"));
        // Summary, charts, tables, revenue lines, acquisition, assessment, tornado, Monte Carlo,
        // assumptions, formulas (no evaluation: no estimate applied from a pilot).
        assert_eq!(doc.select(&sel("section")).count(), 10);
        assert_eq!(doc.select(&sel("#evaluation")).count(), 0);
    }
}

/// Headless Chromium renders the report to a PNG that is not blank. Fails when Chromium is
/// missing in CI (CI=true); skips with a notice elsewhere.
#[test]
fn chromium_renders_the_report_to_a_non_blank_page() {
    let chromium = ["chromium", "chromium-browser", "google-chrome"]
        .into_iter()
        .find(|c| std::process::Command::new(c).arg("--version").output().is_ok_and(|o| o.status.success()));
    let Some(chromium) = chromium else {
        if std::env::var("CI").is_ok_and(|v| v == "true") {
            panic!("chromium is not installed; scripts/setup.sh installs it");
        }
        eprintln!("NOTICE: chromium not found; skipping the HTML render test (install it with scripts/setup.sh)");
        return;
    };
    let input = common::input(3000);
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("report.html");
    std::fs::write(&page, report(&input, Lang::Zh).unwrap()).unwrap();
    let shot = dir.path().join("shot.png");
    let profile = dir.path().join("profile");
    let status = std::process::Command::new(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--hide-scrollbars",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg(format!("--screenshot={}", shot.display()))
        .arg("--window-size=1240,1754")
        .arg(format!("file://{}", page.display()))
        .output()
        .unwrap();
    assert!(shot.is_file(), "no screenshot: {}", String::from_utf8_lossy(&status.stderr));
    let decoder = png::Decoder::new(std::io::BufReader::new(std::fs::File::open(&shot).unwrap()));
    let mut reader = decoder.read_info().unwrap();
    let mut buf = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut buf).unwrap();
    let px = info.color_type.samples();
    let pixels: Vec<&[u8]> = buf[..info.buffer_size()].chunks(px).collect();
    let non_white = pixels.iter().filter(|p| p.iter().take(3).any(|&c| c < 240)).count();
    let colours: std::collections::HashSet<&[u8]> = pixels.iter().copied().collect();
    assert!(non_white > pixels.len() / 100, "only {non_white} of {} pixels are not white", pixels.len());
    assert!(colours.len() > 50, "only {} distinct colours", colours.len());
    if let Some(dir) = std::env::var_os("REACH_SHOT_DIR") {
        std::fs::copy(&shot, std::path::Path::new(&dir).join("report-html-test.png")).unwrap();
    }
}

#[test]
fn the_economics_and_analyses_sections_show_the_engines_figures_escaped() {
    let mut input = common::input(3000);
    input.scenarios[3].scenario.name = "考核 <冲突> & split".into();
    input.scenarios[1].scenario.provenance.push(reach_core::scenario::Provenance {
        field: "tiers.人机协同.uplift".into(),
        pilot: "Q1 <pilot>".into(),
        estimate: rust_decimal::Decimal::new(612, 4),
        low: rust_decimal::Decimal::new(31, 3),
        high: rust_decimal::Decimal::new(914, 4),
        applied: "2025-04-01".into(),
        flagged: false,
    });
    let html = report(&input, Lang::En).unwrap();
    let doc = Html::parse_document(&html);
    for id in ["revenue-lines", "acquisition", "assessment", "tornado", "montecarlo", "evaluation"] {
        assert_eq!(doc.select(&sel(&format!("section#{id}"))).count(), 1, "no section {id}");
    }
    for kind in ["revenue", "revenue-sweep", "acquisition", "assessment-rules", "tornado", "montecarlo"] {
        assert!(doc.select(&sel(&format!("figure[data-chart=\"{kind}\"]"))).count() >= 1, "no {kind} chart");
    }
    assert!(html.contains("考核 &lt;冲突&gt; &amp; split") && !html.contains("考核 <冲突>"), "a name is not escaped");
    assert!(html.contains("Q1 &lt;pilot&gt;") && !html.contains("Q1 <pilot>"));
    let text = |s: &str| doc.select(&sel(s)).map(|e| e.text().collect::<String>()).collect::<Vec<_>>().join(" ");
    let money = reach_report::format::money_exact;
    let conflict = &input.scenarios[3].result;
    let assessment = text("section#assessment");
    for b in &conflict.branches {
        assert!(assessment.contains(&money(b.assessed_revenue)), "{}", b.branch);
    }
    assert_eq!(
        doc.select(&sel("section#assessment tr.loses")).count() as u64,
        input.scenarios.iter().map(|s| s.result.totals.branches_losing).sum::<u64>()
    );
    assert!(assessment.contains(&format!("Branches assessed lower: {}", conflict.totals.branches_losing)));
    let revenue = text("section#revenue-lines");
    assert!(revenue.contains(&money(input.scenarios[1].result.totals.lines.wealth_revenue)));
    let acquisition = text("section#acquisition");
    let online = &input.scenarios[1].result.acquisition.rows[0];
    assert!(acquisition.contains(&money(online.cost_per_funded.unwrap())));
    let a = input.scenarios[1].analyses.as_ref().unwrap();
    assert!(text("section#tornado").contains(&money(a.tornado[0].swing)));
    let mc = text("section#montecarlo");
    assert!(mc.contains(&money(a.monte_carlo.figures.net.p90)) && mc.contains(&a.monte_carlo.seed.to_string()));
    let takeaways = reach_report::html::takeaways(&input, Lang::En);
    let conflict_line = takeaways
        .iter()
        .find(|l| l.starts_with("考核 <冲突> & split: Under split credit"))
        .expect("an assessment takeaway");
    assert!(conflict_line.contains(&format!(
        "{} of {} branches",
        conflict.totals.branches_losing,
        conflict.branches.len()
    )));
    assert!(takeaways.iter().any(|l| l.contains("P(net > 0)")), "{takeaways:?}");
    assert!(text("section#summary").contains("P(net > 0)"));
    let evaluation = text("section#evaluation");
    assert!(
        evaluation.contains("0.0612") && evaluation.contains("0.031 – 0.0914") && evaluation.contains("2025-04-01")
    );
}
