//! The `reach pilot` commands — import an outcome file as a named pilot, list, delete, apply
//! an estimate to a scenario tier as a new saved scenario — and the demo pilot written as an outcome CSV (`reach demo --pilot-csv`).

use std::io::Write;
use std::path::Path;

use reach_core::demo::{demo_pilot, DemoParams, PilotParams};
use reach_core::evaluation::{Applied, ApplyRequest, PilotCustomer};
use reach_core::money::{format_count, yuan};
use reach_store::PILOT_COLUMNS;

use crate::cli::PilotCommand;
use crate::error::{CliError, CliResult};
use crate::output::{errln, escaped, outln};
use crate::scenario_source;
use crate::warehouse_path::Db;

pub async fn command(db: &Db, cmd: PilotCommand) -> CliResult {
    let wh = db.open().await?;
    match cmd {
        PilotCommand::Import { file, name } => {
            let done = wh.import_pilot(&file, &name).await?;
            for w in &done.warnings {
                errln!("warning: {w}");
            }
            let p = &done.pilot;
            outln!(
                "Imported pilot `{}`: {} customers ({} treated, {} control) from {}\n\
                 In the current book: {}; not in it: {} (channel and age segments cover only the former)",
                escaped(&p.name),
                format_count(p.customers.into()),
                format_count(p.treated.into()),
                format_count(p.control.into()),
                file.display(),
                format_count(p.in_book.into()),
                format_count(p.not_in_book.into()),
            )?;
        }
        PilotCommand::List { json } => {
            let pilots = wh.list_pilots().await?;
            if json {
                outln!("{}", serde_json::to_string_pretty(&pilots).map_err(|e| CliError::Failure(e.to_string()))?)?;
            } else {
                for p in pilots {
                    outln!(
                        "{}\t{} customers ({} treated, {} control; {} in the book)\t{}\t(imported {})",
                        escaped(&p.name),
                        format_count(p.customers.into()),
                        format_count(p.treated.into()),
                        format_count(p.control.into()),
                        format_count(p.in_book.into()),
                        p.label,
                        p.imported_at
                    )?;
                }
            }
        }
        PilotCommand::Delete { name } => {
            wh.delete_pilot(&name).await?;
            outln!("Deleted pilot `{}`", escaped(name.trim()))?;
        }
        PilotCommand::Apply { pilot, estimate, scenario, tier, new_name, confirm } => {
            let base = scenario_source::load(db, &scenario).await?;
            let req = ApplyRequest { pilot: &pilot, kind: estimate, tier: &tier, new_name: &new_name, confirm };
            let Applied { scenario, provenance: p } = wh.apply_pilot_estimate(&base, &req).await?;
            outln!(
                "Saved scenario `{}`: {} = {} from pilot `{}` (95% interval [{}, {}]; applied {}{})",
                escaped(&scenario.name),
                escaped(&p.field),
                p.estimate,
                escaped(&p.pilot),
                p.low,
                p.high,
                p.applied,
                if p.flagged { "; flagged, confirmed" } else { "" },
            )?;
        }
    }
    Ok(())
}

/// Writes the demo pilot on the demo book of `book` as an outcome CSV (written to a temporary
/// name beside `out`, renamed when complete).
pub fn write_demo_pilot_csv(book: &DemoParams, out: &Path) -> CliResult {
    let customers = demo_pilot(book, &PilotParams::default());
    let fail = |p: &Path, e: &dyn std::fmt::Display| CliError::Failure(format!("{}: {e}", p.display()));
    let tmp = out.with_extension("csv.partial");
    let file = std::fs::File::create(&tmp).map_err(|e| fail(&tmp, &e))?;
    let mut w = csv::Writer::from_writer(std::io::BufWriter::new(file));
    let header: Vec<&str> = PILOT_COLUMNS.iter().map(|c| c.name).collect();
    w.write_record(&header).map_err(|e| fail(&tmp, &e))?;
    for c in &customers {
        w.write_record(record(c)).map_err(|e| fail(&tmp, &e))?;
    }
    w.into_inner().map_err(|e| fail(&tmp, &e))?.flush()?;
    std::fs::rename(&tmp, out).map_err(|e| fail(out, &e))?;
    outln!(
        "Wrote the synthetic demo pilot ({} customers) to {}",
        format_count(customers.len() as i128),
        out.display()
    )?;
    Ok(())
}

fn record(c: &PilotCustomer) -> [String; 9] {
    [
        c.customer_id.clone(),
        c.group.as_str().to_string(),
        yuan(c.revenue_before_fen).to_string(),
        yuan(c.revenue_after_fen).to_string(),
        yuan(c.assets_before_fen).to_string(),
        yuan(c.assets_after_fen).to_string(),
        c.trades_before.to_string(),
        c.trades_after.to_string(),
        c.placed_after_fen.map(|p| yuan(p).to_string()).unwrap_or_default(),
    ]
}
