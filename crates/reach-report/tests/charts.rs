//! The charts render to SVG and PNG from the same drawing code, with Chinese text, at the size
//! asked for, and text never below 11 px.

mod common;

use reach_report::charts::{self, Chart, ChartKind, Size};
use reach_report::{Analyses, Lang};

fn all_charts(input: &reach_report::ReportInput) -> Vec<Chart<'_>> {
    let first = &input.scenarios[0];
    let named: Vec<_> = input.scenarios.iter().map(|s| (s.scenario.name.as_str(), &s.result)).collect();
    let hybrid = &input.scenarios[1];
    let conflict = &input.scenarios[3];
    let (split, dual) = conflict.split_and_dual();
    let analyses = hybrid.analyses.as_ref().expect("the 100k story has ranges");
    vec![
        charts::sweep(hybrid.sweep.as_ref().unwrap(), &hybrid.scenario.name),
        charts::tiers(named.clone()),
        charts::load(&first.scenario.name, &first.result, charts::branch_capacity(&first.scenario)),
        charts::credit(named.clone()),
        charts::bands(&input.book.label, &input.book.stats),
        charts::revenue(named),
        charts::revenue_sweep(hybrid.sweep.as_ref().unwrap(), &hybrid.scenario.name),
        charts::acquisition(&hybrid.scenario.name, &hybrid.result),
        charts::assessment(&conflict.scenario.name, &conflict.result, conflict.scenario.credit_rule),
        charts::assessment_rules(&conflict.scenario.name, split, dual),
        charts::tornado(&hybrid.scenario.name, Analyses::figure(), hybrid.result.totals.net, &analyses.tornado),
        charts::montecarlo(&hybrid.scenario.name, &analyses.monte_carlo, &analyses.nets),
    ]
}

#[test]
fn every_chart_renders_to_svg_with_chinese_labels_and_to_a_non_blank_png() {
    let input = common::input(5000);
    let out_dir = std::env::var_os("REACH_CHART_DIR");
    let charts = all_charts(&input);
    assert_eq!(charts.iter().map(|c| c.kind()).collect::<Vec<_>>(), ChartKind::ALL.to_vec());
    for chart in charts {
        for lang in [Lang::Zh, Lang::En] {
            let svg = chart.svg(lang).unwrap();
            assert!(svg.starts_with("<svg"), "{}", &svg[..60]);
            assert!(svg.contains(&format!("data-chart=\"{}\"", chart.kind())));
            assert!(svg.contains("Noto Sans CJK SC"));
            assert!(!svg.contains("http://www.w3.org/1999/xlink\" href") && !svg.contains("https://"));
            assert!(svg.contains(&xml_text(&chart.takeaway(lang))), "{}: no takeaway", chart.kind());
            if lang == Lang::Zh {
                assert!(
                    svg.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
                    "{} has no Chinese text",
                    chart.kind()
                );
            } else {
                let text = texts(&svg).join(" ");
                assert!(
                    !text.chars().any(|c| "，。；：（）、".contains(c)),
                    "{}: Chinese punctuation in {text}",
                    chart.kind()
                );
            }
            let png = chart.png(lang).unwrap();
            assert_eq!(&png[1..4], b"PNG");
            assert!(png.len() > 10_000, "{} PNG is {} bytes", chart.kind(), png.len());
            if let Some(dir) = &out_dir {
                let base = std::path::Path::new(dir).join(format!("chart-{}-{lang}", chart.kind()));
                std::fs::write(base.with_extension("svg"), &svg).unwrap();
                std::fs::write(base.with_extension("png"), &png).unwrap();
            }
        }
    }
}

/// The text of every `<text>` element of an SVG.
fn texts(svg: &str) -> Vec<String> {
    svg.split("<text").skip(1).filter_map(|t| Some(t.split_once('>')?.1.split_once("</text>")?.0.to_string())).collect()
}

fn xml_text(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").chars().take(6).collect()
}

/// Every `font-size` of an SVG, in pixels.
fn font_sizes(svg: &str) -> Vec<f64> {
    svg.split("font-size=\"").skip(1).map(|s| s.split('"').next().unwrap().parse::<f64>().unwrap()).collect()
}

#[test]
fn every_chart_draws_at_the_size_asked_with_text_of_at_least_11_px() {
    let input = common::input(3000);
    for chart in all_charts(&input) {
        for size in [Size::MIN, Size::new(800, 450), Size::new(1920, 1080)] {
            let svg = chart.svg_at(Lang::Zh, size).unwrap();
            let head = &svg[..svg.find('>').unwrap()];
            assert!(head.contains(&format!("width=\"{}\"", size.width)), "{}: {head}", chart.kind());
            assert!(head.contains(&format!("height=\"{}\"", size.height)), "{}: {head}", chart.kind());
            let sizes = font_sizes(&svg);
            assert!(!sizes.is_empty(), "{} has no text", chart.kind());
            let smallest = sizes.iter().copied().fold(f64::INFINITY, f64::min);
            assert!(smallest >= 10.99, "{} at {size:?}: text of {smallest} px", chart.kind());
            let png = chart.png_at(Lang::En, size).unwrap();
            let decoder = png::Decoder::new(std::io::Cursor::new(png));
            let reader = decoder.read_info().unwrap();
            assert_eq!((reader.info().width, reader.info().height), (size.width, size.height), "{}", chart.kind());
        }
        // Smaller than the smallest is drawn at the smallest.
        let svg = chart.svg_at(Lang::En, Size::new(100, 50)).unwrap();
        assert!(svg[..svg.find('>').unwrap()].contains("width=\"480\""), "{}", chart.kind());
    }
}

#[test]
fn chart_kinds_parse_from_their_names() {
    for k in ChartKind::ALL {
        assert_eq!(k.as_str().parse::<ChartKind>().unwrap(), k);
    }
    assert!("pie".parse::<ChartKind>().unwrap_err().contains("montecarlo"));
}

/// The `data-tip` texts of an SVG's hover areas, character references undone.
fn tips(svg: &str) -> Vec<String> {
    svg.split("data-tip=\"")
        .skip(1)
        .map(|s| {
            s[..s.find('"').unwrap()]
                .replace("&#10;", "\n")
                .replace("&quot;", "\"")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&amp;", "&")
        })
        .collect()
}

#[test]
fn the_bar_charts_carry_their_exact_figures_for_hover() {
    use reach_report::format;
    let input = common::input(5000);
    let named: Vec<_> = input.scenarios.iter().map(|s| (s.scenario.name.as_str(), &s.result)).collect();
    let first = &input.scenarios[0];
    for lang in [Lang::Zh, Lang::En] {
        // Tiers: one area per tier of each scenario in each of the two panels, with the tier's
        // customers reached and incremental revenue.
        let svg = charts::tiers(named.clone()).svg(lang).unwrap();
        let t = tips(&svg);
        let bars: usize = input.scenarios.iter().map(|s| s.result.tiers.len()).sum();
        assert_eq!(t.len(), 2 * bars, "{lang:?}");
        let tier = &input.scenarios[1].result.tiers[0];
        assert!(
            t.iter().any(|x| x.contains(&format!(" · {}\n", tier.name))
                && x.contains(&format::expected(tier.served))
                && x.contains(&format::money(tier.incremental_revenue, lang))),
            "{t:?}"
        );

        // Load: one area per branch, the whole row, with its advisors.
        let svg = charts::load(&first.scenario.name, &first.result, charts::branch_capacity(&first.scenario))
            .svg(lang)
            .unwrap();
        let t = tips(&svg);
        assert_eq!(t.len(), first.result.branches.len());
        let b = &first.result.branches[0];
        assert!(t.iter().any(|x| x.starts_with(&format!("{}\n", b.branch)) && x.contains(&format::count(b.hires))));

        // Credit: HQ and branches for each scenario, exact to the displayed unit.
        let svg = charts::credit(named.clone()).svg(lang).unwrap();
        let t = tips(&svg);
        assert_eq!(t.len(), 2 * input.scenarios.len());
        let r = &input.scenarios[0].result;
        assert!(t.iter().any(|x| x.ends_with(&format::money(r.totals.hq_credit, lang))), "{t:?}");
        assert!(t.iter().any(|x| x.ends_with(&format::money(r.totals.branch_credit, lang))), "{t:?}");
    }
}
