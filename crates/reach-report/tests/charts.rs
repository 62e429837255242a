//! The charts render to SVG and PNG from the same drawing code, with Chinese text.

mod common;

use reach_report::charts::{self, Chart, ChartKind};
use reach_report::Lang;

fn all_charts(input: &reach_report::ReportInput) -> Vec<Chart<'_>> {
    let first = &input.scenarios[0];
    let named: Vec<_> = input.scenarios.iter().map(|s| (s.scenario.name.as_str(), &s.result)).collect();
    let hybrid = &input.scenarios[1];
    vec![
        charts::sweep(hybrid.sweep.as_ref().unwrap(), &hybrid.scenario.name),
        charts::tiers(named.clone()),
        charts::load(&first.scenario.name, &first.result, charts::branch_capacity(&first.scenario)),
        charts::credit(named),
        charts::bands(&input.book.label, &input.book.stats),
    ]
}

#[test]
fn every_chart_renders_to_svg_with_chinese_labels_and_to_a_non_blank_png() {
    let input = common::input(5000);
    let out_dir = std::env::var_os("REACH_CHART_DIR");
    for chart in all_charts(&input) {
        for lang in [Lang::Zh, Lang::En] {
            let svg = chart.svg(lang).unwrap();
            assert!(svg.starts_with("<svg"), "{}", &svg[..60]);
            assert!(svg.contains(&format!("data-chart=\"{}\"", chart.kind())));
            assert!(svg.contains("Noto Sans CJK SC"));
            assert!(!svg.contains("http://www.w3.org/1999/xlink\" href") && !svg.contains("https://"));
            if lang == Lang::Zh {
                assert!(
                    svg.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
                    "{} has no Chinese text",
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

#[test]
fn chart_kinds_parse_from_their_names() {
    for k in ChartKind::ALL {
        assert_eq!(k.as_str().parse::<ChartKind>().unwrap(), k);
    }
    assert!("pie".parse::<ChartKind>().unwrap_err().contains("sweep"));
}
