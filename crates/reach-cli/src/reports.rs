//! `reach report` and `reach chart`: load the scenarios, build the report's input on the
//! warehouse's book (`reach_app::reports`, the same as the app's "Export report"), render it with
//! reach-report, and write the file atomically (a temporary file in the same folder, then a
//! rename), so a reader never sees half a report.

use std::path::Path;
use std::time::Instant;

use reach_app::reports::{self, ReportSource};
use reach_report::charts::{self, ChartKind, Size};
use reach_report::{Analyses, AnalysisSettings, Lang, ReportFormat, ReportInput};

use crate::error::{CliError, CliResult};
use crate::output::{escaped, outln};
use crate::warehouse_path::Db;
use crate::{scenario_source, warehouse_setup};

fn extension(out: &Path) -> String {
    out.extension().and_then(|e| e.to_str()).unwrap_or_default().to_ascii_lowercase()
}

fn report_format(out: &Path) -> CliResult<ReportFormat> {
    ReportFormat::from_path(out).ok_or_else(|| {
        CliError::bad(format!(
            "--out {}: the report format comes from the extension; use .xlsx, .html or .csv",
            out.display()
        ))
    })
}

/// Loads each scenario with the text its fingerprint is taken from: the file's own text, or a
/// saved scenario's TOML.
async fn load_scenarios(db: &Db, sources: &[String]) -> CliResult<Vec<ReportSource>> {
    let mut out = Vec::with_capacity(sources.len());
    for source in sources {
        let scenario = scenario_source::load(db, source).await?;
        let path = Path::new(source);
        let text = if path.is_file() {
            std::fs::read_to_string(path).map_err(|e| CliError::bad(format!("{source}: {e}")))?
        } else {
            scenario.to_toml()
        };
        out.push(ReportSource { name: source.clone(), scenario, text });
    }
    Ok(out)
}

async fn report_input(db: &Db, sources: &[String], analyses: Option<AnalysisSettings>) -> CliResult<ReportInput> {
    let scenarios = load_scenarios(db, sources).await?;
    let loaded = warehouse_setup::book_or_offer_demo(db).await?;
    reports::report_input(&loaded, scenarios, analyses).map_err(|e| CliError::bad(e.to_string()))
}

fn write_atomically(out: &Path, bytes: &[u8]) -> CliResult {
    reach_report::write_atomically(out, bytes).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => CliError::bad(format!("--out {}: {e}", out.display())),
        _ => CliError::Failure(format!("writing {}: {e}", out.display())),
    })
}

fn report_error(e: reach_report::ReportError) -> CliError {
    CliError::Failure(e.to_string())
}

pub async fn report(
    db: &Db,
    sources: &[String],
    out: &Path,
    lang: Lang,
    analyses: Option<AnalysisSettings>,
) -> CliResult {
    let format = report_format(out)?;
    let started = Instant::now();
    let input = report_input(db, sources, analyses).await?;
    let bytes = reach_report::render(&input, format, lang).map_err(report_error)?;
    write_atomically(out, &bytes)?;
    outln!(
        "Wrote {} ({} scenario{}, {} KB) in {:.1} s, on the book `{}`{}",
        out.display(),
        input.scenarios.len(),
        if input.scenarios.len() == 1 { "" } else { "s" },
        bytes.len().div_ceil(1024),
        started.elapsed().as_secs_f64(),
        escaped(&input.book.label),
        if input.book.synthetic { " (synthetic)" } else { "" }
    )
}

pub async fn chart(
    db: &Db,
    kind: ChartKind,
    sources: &[String],
    out: &Path,
    lang: Lang,
    size: Option<Size>,
) -> CliResult {
    let png = match extension(out).as_str() {
        "svg" => false,
        "png" => true,
        _ => {
            return Err(CliError::bad(format!(
                "--out {}: the chart format comes from the extension; use .svg or .png",
                out.display()
            )))
        }
    };
    let one = matches!(
        kind,
        ChartKind::Sweep
            | ChartKind::Load
            | ChartKind::RevenueSweep
            | ChartKind::Acquisition
            | ChartKind::Assessment
            | ChartKind::AssessmentRules
            | ChartKind::Tornado
            | ChartKind::MonteCarlo
    );
    if one && sources.len() != 1 {
        return Err(CliError::bad(format!("the {kind} chart shows one scenario; got {}", sources.len())));
    }
    let analyses = matches!(kind, ChartKind::Tornado | ChartKind::MonteCarlo).then(AnalysisSettings::default);
    let input = report_input(db, sources, analyses).await?;
    let named: Vec<_> = input.scenarios.iter().map(|s| (s.scenario.name.as_str(), &s.result)).collect();
    let first = &input.scenarios[0];
    let name = first.scenario.name.as_str();
    let no_sweep = || CliError::bad(format!("{}: the scenario has no tier to sweep", sources[0]));
    let no_ranges = || CliError::bad(format!("{}: the scenario has no [ranges] to analyse", sources[0]));
    let analysed: Option<&Analyses> = first.analyses.as_ref();
    let (split, dual) = first.split_and_dual();
    let chart = match kind {
        ChartKind::Sweep => charts::sweep(first.sweep.as_ref().ok_or_else(no_sweep)?, name),
        ChartKind::Tiers => charts::tiers(named),
        ChartKind::Load => charts::load(name, &first.result, charts::branch_capacity(&first.scenario)),
        ChartKind::Credit => charts::credit(named),
        ChartKind::Bands => charts::bands(&input.book.label, &input.book.stats),
        ChartKind::Revenue => charts::revenue(named),
        ChartKind::RevenueSweep => charts::revenue_sweep(first.sweep.as_ref().ok_or_else(no_sweep)?, name),
        ChartKind::Acquisition => charts::acquisition(name, &first.result),
        ChartKind::Assessment => charts::assessment(name, &first.result, first.scenario.credit_rule),
        ChartKind::AssessmentRules => charts::assessment_rules(name, split, dual),
        ChartKind::Tornado => {
            let a = analysed.ok_or_else(no_ranges)?;
            charts::tornado(name, Analyses::figure(), first.result.totals.net, &a.tornado)
        }
        ChartKind::MonteCarlo => {
            let a = analysed.ok_or_else(no_ranges)?;
            charts::montecarlo(name, &a.monte_carlo, &a.nets)
        }
    };
    let (w, h) = chart.size();
    let size = size.unwrap_or(Size::new(w, h));
    let bytes = if png { chart.png_at(lang, size) } else { chart.svg_at(lang, size).map(String::into_bytes) }
        .map_err(report_error)?;
    write_atomically(out, &bytes)?;
    outln!("Wrote {} ({} chart, {} KB)", out.display(), kind, bytes.len().div_ceil(1024))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_format_comes_from_the_extension() {
        assert_eq!(report_format(Path::new("a/b.XLSX")).unwrap(), ReportFormat::Xlsx);
        assert_eq!(report_format(Path::new("r.html")).unwrap(), ReportFormat::Html);
        assert_eq!(report_format(Path::new("r.csv")).unwrap(), ReportFormat::Csv);
        let e = report_format(Path::new("r.pdf")).unwrap_err();
        assert_eq!(e.exit_code(), 2);
        assert!(e.message().contains(".xlsx, .html or .csv"));
    }
}
