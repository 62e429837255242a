//! `reach report` and `reach chart`: run the scenarios on the warehouse's book, hand the results
//! to reach-report, and write the file atomically (a temporary file in the same folder, then a
//! rename), so a reader never sees half a report.

use std::path::{Path, PathBuf};
use std::time::Instant;

use reach_core::Scenario;
use reach_report::charts::{self, ChartKind};
use reach_report::{BookDescription, Lang, ReportInput, ScenarioInput};
use reach_store::{BookSource, LoadedBook};

use crate::error::{CliError, CliResult};
use crate::{scenario_source, warehouse_setup};

/// A report's format, from the extension of `--out`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ReportFormat {
    Xlsx,
    Html,
    Csv,
}

fn extension(out: &Path) -> String {
    out.extension().and_then(|e| e.to_str()).unwrap_or_default().to_ascii_lowercase()
}

fn report_format(out: &Path) -> CliResult<ReportFormat> {
    match extension(out).as_str() {
        "xlsx" => Ok(ReportFormat::Xlsx),
        "html" | "htm" => Ok(ReportFormat::Html),
        "csv" => Ok(ReportFormat::Csv),
        _ => Err(CliError::bad(format!(
            "--out {}: the report format comes from the extension; use .xlsx, .html or .csv",
            out.display()
        ))),
    }
}

/// Loads each scenario with the text its fingerprint is taken from: the file's own text, or a
/// saved scenario's TOML.
async fn load_scenarios(db: &Path, sources: &[String]) -> CliResult<Vec<(String, Scenario, String)>> {
    let mut out = Vec::with_capacity(sources.len());
    for source in sources {
        let scenario = scenario_source::load(db, source).await?;
        let path = Path::new(source);
        let text = if path.is_file() {
            std::fs::read_to_string(path).map_err(|e| CliError::bad(format!("{source}: {e}")))?
        } else {
            scenario.to_toml()
        };
        out.push((source.clone(), scenario, text));
    }
    Ok(out)
}

fn describe_book(loaded: &LoadedBook) -> BookDescription {
    let m = &loaded.meta;
    let source = match m.source {
        BookSource::Demo => format!("demo{}", m.seed.map(|s| format!(" (seed {s})")).unwrap_or_default()),
        BookSource::Csv => {
            let mut s = format!(
                "csv {}{}",
                m.customers_file.as_deref().unwrap_or("?"),
                m.customers_sha256.as_deref().map(|h| format!(" (sha256 {h})")).unwrap_or_default()
            );
            if let Some(b) = &m.branches_file {
                s.push_str(&format!(
                    "; branches {b}{}",
                    m.branches_sha256.as_deref().map(|h| format!(" (sha256 {h})")).unwrap_or_default()
                ));
            }
            s
        }
    };
    let mut d = BookDescription::of(&loaded.book, &m.label, m.synthetic, source, &m.imported_at);
    d.snapshot_date = m.snapshot_date.clone();
    d
}

fn now_utc() -> String {
    use time::format_description::well_known::Rfc3339;
    let now = time::OffsetDateTime::now_utc();
    let now = now.replace_nanosecond(0).unwrap_or(now);
    now.format(&Rfc3339).unwrap_or_else(|_| now.unix_timestamp().to_string())
}

async fn report_input(db: &Path, sources: &[String]) -> CliResult<ReportInput> {
    let scenarios = load_scenarios(db, sources).await?;
    let loaded = warehouse_setup::book_or_offer_demo(db).await?;
    let mut inputs = Vec::with_capacity(scenarios.len());
    for (source, scenario, text) in scenarios {
        inputs.push(
            ScenarioInput::compute(&loaded.book, scenario, &source, &text)
                .map_err(|e| CliError::bad(format!("{source}: {e}")))?,
        );
    }
    Ok(ReportInput {
        book: describe_book(&loaded),
        scenarios: inputs,
        reach_version: env!("CARGO_PKG_VERSION").to_string(),
        generated_at: now_utc(),
    })
}

/// Writes `bytes` to `out` through a temporary file in the same folder and a rename.
fn write_atomically(out: &Path, bytes: &[u8]) -> CliResult {
    use std::io::Write;
    let dir = match out.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    if !dir.is_dir() {
        return Err(CliError::bad(format!("--out {}: the folder {} does not exist", out.display(), dir.display())));
    }
    let name = out.file_name().and_then(|n| n.to_str()).unwrap_or("report");
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let result = (|| -> std::io::Result<()> {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        std::fs::rename(&tmp, out)
    })();
    if let Err(e) = result {
        let _ = std::fs::remove_file(&tmp);
        return Err(CliError::Failure(format!("writing {}: {e}", out.display())));
    }
    Ok(())
}

fn report_error(e: reach_report::ReportError) -> CliError {
    CliError::Failure(e.to_string())
}

pub async fn report(db: &Path, sources: &[String], out: &Path, lang: Lang) -> CliResult {
    let format = report_format(out)?;
    let started = Instant::now();
    let input = report_input(db, sources).await?;
    let bytes = match format {
        ReportFormat::Xlsx => reach_report::xlsx::workbook(&input, lang).map_err(report_error)?,
        ReportFormat::Html => reach_report::html::report(&input, lang).map_err(report_error)?.into_bytes(),
        ReportFormat::Csv => reach_report::csv_export::report(&input).map_err(report_error)?.into_bytes(),
    };
    write_atomically(out, &bytes)?;
    println!(
        "Wrote {} ({} scenario{}, {} KB) in {:.1} s, on the book `{}`{}",
        out.display(),
        input.scenarios.len(),
        if input.scenarios.len() == 1 { "" } else { "s" },
        bytes.len().div_ceil(1024),
        started.elapsed().as_secs_f64(),
        input.book.label,
        if input.book.synthetic { " (synthetic)" } else { "" }
    );
    Ok(())
}

pub async fn chart(db: &Path, kind: ChartKind, sources: &[String], out: &Path, lang: Lang) -> CliResult {
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
    if matches!(kind, ChartKind::Sweep | ChartKind::Load) && sources.len() != 1 {
        return Err(CliError::bad(format!("the {kind} chart shows one scenario; got {}", sources.len())));
    }
    let input = report_input(db, sources).await?;
    let named: Vec<_> = input.scenarios.iter().map(|s| (s.scenario.name.as_str(), &s.result)).collect();
    let first = &input.scenarios[0];
    let chart = match kind {
        ChartKind::Sweep => match &first.sweep {
            Some(sw) => charts::sweep(sw, &first.scenario.name),
            None => return Err(CliError::bad(format!("{}: the scenario has no tier to sweep", sources[0]))),
        },
        ChartKind::Tiers => charts::tiers(named),
        ChartKind::Load => charts::load(&first.scenario.name, &first.result, charts::branch_capacity(&first.scenario)),
        ChartKind::Credit => charts::credit(named),
        ChartKind::Bands => charts::bands(&input.book.label, &input.book.stats),
    };
    let bytes = if png { chart.png(lang) } else { chart.svg(lang).map(String::into_bytes) }.map_err(report_error)?;
    write_atomically(out, &bytes)?;
    println!("Wrote {} ({} chart, {} KB)", out.display(), kind, bytes.len().div_ceil(1024));
    Ok(())
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
