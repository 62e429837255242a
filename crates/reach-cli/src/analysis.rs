//! `reach run`, `reach sweep` and `reach compare`: load the book once, run the engine, print
//! a table or the JSON of MODEL.md section 5.

use std::path::Path;

use reach_core::sweep::{linear_points, log_points, sweep as sweep_points};
use reach_core::{run as run_scenario, ScenarioResult};
use rust_decimal::Decimal;

use crate::error::{CliError, CliResult};
use crate::{scenario_source, tables, warehouse_setup};

pub struct Points {
    pub from: Decimal,
    pub to: Decimal,
    pub steps: usize,
    pub log: bool,
}

pub fn print_json<T: serde::Serialize>(value: &T) -> CliResult {
    let text = serde_json::to_string_pretty(value).map_err(|e| CliError::Failure(e.to_string()))?;
    println!("{text}");
    Ok(())
}

pub async fn run(db: &Path, source: &str, json: bool) -> CliResult {
    let scenario = scenario_source::load(db, source).await?;
    let loaded = warehouse_setup::book_or_offer_demo(db).await?;
    let result = run_scenario(&loaded.book, &scenario)?;
    if json {
        print_json(&result)
    } else {
        print!("{}", tables::result(&result));
        Ok(())
    }
}

pub async fn sweep(db: &Path, source: &str, tier: &str, p: Points, json: bool) -> CliResult {
    if p.steps == 0 {
        return Err(CliError::bad("--steps must be at least 1"));
    }
    if p.from < Decimal::ZERO || p.to < Decimal::ZERO {
        return Err(CliError::bad("--from and --to must not be negative"));
    }
    if p.log && (p.from.is_zero() || p.to.is_zero()) {
        return Err(CliError::bad("--log needs --from and --to above 0"));
    }
    let scenario = scenario_source::load(db, source).await?;
    let loaded = warehouse_setup::book_or_offer_demo(db).await?;
    let xs = if p.log { log_points(p.from, p.to, p.steps) } else { linear_points(p.from, p.to, p.steps) };
    let points = sweep_points(&loaded.book, &scenario, tier, &xs)?;
    if json {
        let rows: Vec<_> = points.iter().map(|pt| pt.row(tier)).collect();
        print_json(&rows)
    } else {
        println!("Sweep of `{tier}` in scenario `{}`", scenario.name);
        print!("{}", tables::sweep(tier, &points));
        Ok(())
    }
}

pub async fn compare(db: &Path, sources: &[String], json: bool) -> CliResult {
    let mut scenarios = Vec::with_capacity(sources.len());
    for s in sources {
        scenarios.push(scenario_source::load(db, s).await?);
    }
    let loaded = warehouse_setup::book_or_offer_demo(db).await?;
    let results: Vec<ScenarioResult> =
        scenarios.iter().map(|s| run_scenario(&loaded.book, s)).collect::<Result<_, _>>()?;
    if json {
        print_json(&results)
    } else {
        print!("{}", tables::comparison(&results));
        Ok(())
    }
}
