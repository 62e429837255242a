//! The demo book as CSV files in the import format (docs/spec/MODEL.md section 1): a sample to learn the
//! format from, and real input for the import benchmark and the crash test.

use std::io::Write;
use std::path::Path;

use reach_core::demo::{generate, DemoParams};
use reach_core::money::yuan;
use reach_store::CUSTOMER_COLUMNS;

use crate::error::{CliError, CliResult};

/// Writes the customers to `customers` and, when given, the branches with their headcounts to
/// `branches`. Each file is written to a temporary name beside it and renamed when complete.
pub fn write(params: &DemoParams, customers: &Path, branches: Option<&Path>) -> CliResult {
    let fail = |p: &Path, e: &dyn std::fmt::Display| CliError::Failure(format!("{}: {e}", p.display()));
    let tmp = customers.with_extension("csv.partial");
    let file = std::fs::File::create(&tmp).map_err(|e| fail(&tmp, &e))?;
    let mut w = csv::WriterBuilder::new().from_writer(std::io::BufWriter::with_capacity(1 << 20, file));
    w.write_record(CUSTOMER_COLUMNS).map_err(|e| fail(&tmp, &e))?;
    let mut error = None;
    let list = generate(params, |c| {
        if error.is_some() {
            return;
        }
        let record = [
            c.customer_id,
            c.branch,
            yuan(c.total_assets_fen).to_string(),
            c.age.to_string(),
            c.risk_profile.to_string(),
            c.channel.to_string(),
            c.trades_12m.to_string(),
            yuan(c.revenue_12m_fen).to_string(),
            c.advisor_id.unwrap_or_default(),
        ];
        if let Err(e) = w.write_record(&record) {
            error = Some(e);
        }
    });
    if let Some(e) = error {
        return Err(fail(&tmp, &e));
    }
    w.into_inner().map_err(|e| fail(&tmp, &e))?.flush()?;
    std::fs::rename(&tmp, customers).map_err(|e| fail(customers, &e))?;
    if let Some(path) = branches {
        let mut w = csv::Writer::from_path(path).map_err(|e| fail(path, &e))?;
        w.write_record(["branch", "region", "advisors"]).map_err(|e| fail(path, &e))?;
        for b in &list {
            let record = [b.name.clone(), b.region.clone().unwrap_or_default(), b.current_advisors.to_string()];
            w.write_record(&record).map_err(|e| fail(path, &e))?;
        }
        w.flush()?;
    }
    Ok(())
}
