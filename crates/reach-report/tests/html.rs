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
        let figures: Vec<_> = doc.select(&sel("figure[data-chart] > svg")).collect();
        assert_eq!(figures.len(), expected.len());
        assert_eq!(doc.select(&sel("svg")).count(), expected.len(), "one <svg> per chart");
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
        assert_eq!(doc.select(&sel("section")).count(), 5);
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
