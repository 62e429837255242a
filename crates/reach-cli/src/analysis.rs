//! `reach run`, `reach sweep` and `reach compare`: load the book once, run the engine, print
//! a table or the JSON of docs/spec/MODEL.md section 5.

use reach_core::sweep::{grid, sweep as sweep_points};
use reach_core::{run as run_scenario, ScenarioResult};
use rust_decimal::Decimal;

use crate::error::{CliError, CliResult};
use crate::output::{escaped, out, outln};
use crate::warehouse_path::Db;
use crate::{scenario_source, tables, warehouse_setup};

pub struct Points {
    pub from: Decimal,
    pub to: Decimal,
    pub steps: usize,
    pub log: bool,
}

pub fn print_json<T: serde::Serialize>(value: &T) -> CliResult {
    let text = serde_json::to_string_pretty(value).map_err(|e| CliError::Failure(e.to_string()))?;
    outln!("{text}")
}

pub async fn run(db: &Db, source: &str, json: bool) -> CliResult {
    let scenario = scenario_source::load(db, source).await?;
    let loaded = warehouse_setup::book_or_offer_demo(db).await?;
    let result = run_scenario(&loaded.book, &scenario)?;
    if json {
        print_json(&result)
    } else {
        out!("{}", tables::result(&result))
    }
}

pub async fn sweep(db: &Db, source: &str, tier: &str, p: Points, json: bool) -> CliResult {
    // The grid is checked (steps, bounds) before the scenario or the book is even read.
    let xs = grid(p.from, p.to, p.steps, p.log).map_err(|e| CliError::bad(format!("--{e}")))?;
    let scenario = scenario_source::load(db, source).await?;
    let loaded = warehouse_setup::book_or_offer_demo(db).await?;
    let points = sweep_points(&loaded.book, &scenario, tier, &xs)?;
    if json {
        let rows: Vec<_> = points.iter().map(|pt| pt.row(tier)).collect();
        print_json(&rows)
    } else {
        outln!("Sweep of `{}` in scenario `{}`", escaped(tier), escaped(&scenario.name))?;
        out!("{}", tables::sweep(tier, &points))
    }
}

pub async fn compare(db: &Db, sources: &[String], json: bool) -> CliResult {
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
        out!("{}", tables::comparison(&results))
    }
}
