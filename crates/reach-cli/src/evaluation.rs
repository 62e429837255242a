//! `reach evaluate`: a pilot's estimates (MODEL section 11) from an outcome file or a stored
//! pilot, as MODEL's JSON or as a table (estimate, 95% interval, group sizes, flags with their
//! reasons, then the segments).

use std::path::PathBuf;

use comfy_table::presets::UTF8_FULL_CONDENSED;
use comfy_table::{Cell, CellAlignment, Table};
use reach_core::evaluation::{Estimate, Evaluation};
use reach_core::money::format_count;
use reach_store::read_pilot;

use crate::error::{CliError, CliResult};
use crate::output::{errln, escaped, out, outln};
use crate::warehouse_path::Db;

/// Evaluates the outcome file `file` or the stored pilot `pilot` (exactly one of them).
pub async fn evaluate(db: &Db, file: Option<PathBuf>, pilot: Option<String>, json: bool) -> CliResult {
    let wh = db.open().await?;
    let (title, customers) = match (file, pilot) {
        (Some(path), None) => {
            let owned = path.clone();
            let (_, read) = tokio::task::spawn_blocking(move || read_pilot(&owned))
                .await
                .map_err(|e| CliError::Failure(e.to_string()))?;
            let read = read?;
            for w in &read.warnings {
                errln!("warning: {w}");
            }
            let mut customers = read.customers;
            wh.attach_profiles(&mut customers).await?;
            (path.display().to_string(), customers)
        }
        (None, Some(name)) => {
            let info = wh.pilot_info(&name).await?;
            let title = if info.synthetic { format!("{} — {}", info.name, info.label) } else { info.name };
            (title, wh.pilot_customers(&name).await?)
        }
        _ => return Err(CliError::bad("give an outcome file or --pilot NAME (one of them)")),
    };
    let evaluation = Evaluation::of(&customers);
    if json {
        let text = serde_json::to_string_pretty(&evaluation).map_err(|e| CliError::Failure(e.to_string()))?;
        outln!("{text}")?;
    } else {
        out!("{}", human(&escaped(&title), &evaluation))?;
    }
    Ok(())
}

fn human(title: &str, ev: &Evaluation) -> String {
    let mut out = format!(
        "Pilot {title}: {} treated, {} control; {} in the current book, {} not\n",
        format_count(ev.n_treated.into()),
        format_count(ev.n_control.into()),
        format_count(ev.in_book.into()),
        format_count(ev.not_in_book.into()),
    );
    let mut t = table(&["estimate", "value", "95% interval", "treated", "control", "flag"]);
    let mut rows: Vec<(&str, &Estimate)> =
        vec![("uplift", &ev.uplift), ("activation", &ev.activation), ("asset_growth", &ev.asset_growth)];
    if let Some(w) = &ev.wealth_share {
        rows.push(("wealth_share", w));
    }
    for (name, e) in rows {
        t.add_row(estimate_row(name, e));
    }
    out.push_str(&format!("{t}\n"));
    for segment_dimension in reach_core::evaluation::Dimension::ALL {
        let segments: Vec<_> = ev.segments.iter().filter(|s| s.dimension == segment_dimension).collect();
        if segments.is_empty() {
            continue;
        }
        out.push_str(&format!("\nBy {}:\n", segment_dimension.as_str().replace('_', " ")));
        let mut t = table(&["segment", "estimate", "value", "95% interval", "treated", "control", "flag"]);
        for s in segments {
            let mut rows: Vec<(&str, &Estimate)> =
                vec![("uplift", &s.uplift), ("activation", &s.activation), ("asset_growth", &s.asset_growth)];
            if let Some(w) = &s.wealth_share {
                rows.push(("wealth_share", w));
            }
            for (name, e) in rows {
                let mut row = vec![Cell::new(s.segment)];
                row.extend(estimate_row(name, e));
                t.add_row(row);
            }
        }
        out.push_str(&format!("{t}\n"));
    }
    out
}

fn table(header: &[&str]) -> Table {
    let mut t = Table::new();
    t.load_preset(UTF8_FULL_CONDENSED);
    t.set_header(header.iter().map(Cell::new));
    t
}

fn estimate_row(name: &str, e: &Estimate) -> Vec<Cell> {
    let right = |s: String| Cell::new(s).set_alignment(CellAlignment::Right);
    let value = e.estimate.map_or_else(|| "—".to_string(), |v| format!("{v:.4}"));
    let interval = match (e.low, e.high) {
        (Some(l), Some(h)) => format!("[{l:.4}, {h:.4}]"),
        _ => "—".to_string(),
    };
    let flag = if e.flagged {
        format!("⚑ {}", e.flags.iter().map(|f| f.reason.as_str()).collect::<Vec<_>>().join("; "))
    } else {
        String::new()
    };
    vec![
        Cell::new(name),
        right(value),
        right(interval),
        right(format_count(e.n_treated.into())),
        right(format_count(e.n_control.into())),
        Cell::new(flag),
    ]
}
