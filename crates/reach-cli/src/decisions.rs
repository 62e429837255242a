//! `reach seek`, `reach tornado` and `reach montecarlo` (docs/spec/MODEL.md section 10): load the
//! scenario and the book, run the analysis in reach-core, print a table or the JSON.

use reach_core::analysis::montecarlo::monte_carlo as run_monte_carlo;
use reach_core::analysis::seek::{seek as run_seek, Aim, Grid, Op};
use reach_core::analysis::tornado::tornado as run_tornado;
use reach_core::analysis::Figure;
use reach_core::ScenarioError;
use rust_decimal::Decimal;

use crate::analysis::print_json;
use crate::error::{CliError, CliResult};
use crate::output::out;
use crate::warehouse_path::Db;
use crate::{scenario_source, tables, warehouse_setup};

/// The goal as given on the command line: a condition (`--figure --op --value [--aim]`) or
/// `--maximize`.
pub struct Goal {
    pub figure: Option<String>,
    pub op: Option<Op>,
    pub value: Option<Decimal>,
    pub aim: Aim,
    pub maximize: Option<String>,
}

impl Goal {
    fn parse(self) -> CliResult<reach_core::analysis::seek::Goal> {
        use reach_core::analysis::seek::Goal as G;
        match (self.maximize, self.figure, self.op, self.value) {
            (Some(f), None, ..) => Ok(G::Maximize(figure(&f)?)),
            (None, Some(f), Some(op), Some(value)) => Ok(G::Meet { figure: figure(&f)?, op, value, aim: self.aim }),
            _ => Err(CliError::bad("give --figure F --op '>='|'<=' --value V, or --maximize F")),
        }
    }
}

/// A core error as the command line's: the options it names get their `--`.
fn option_error(e: ScenarioError) -> CliError {
    match e.field.as_str() {
        "from" | "to" | "step" | "figure" | "draws" => CliError::bad(format!("--{}: {}", e.field, e.message)),
        _ => CliError::from(e),
    }
}

fn figure(name: &str) -> CliResult<Figure> {
    Figure::parse(name).map_err(option_error)
}

pub async fn seek(db: &Db, source: &str, field: &str, grid: &Grid, goal: Goal, json: bool) -> CliResult {
    let goal = goal.parse()?;
    grid.values().map_err(option_error)?;
    let scenario = scenario_source::load(db, source).await?;
    let loaded = warehouse_setup::book_or_offer_demo(db).await?;
    let answer = run_seek(&loaded.book, &scenario, field, grid, &goal).map_err(option_error)?;
    if json {
        print_json(&answer)
    } else {
        out!("{}", tables::seek(&scenario.name, grid, &goal, &answer))?;
        Ok(())
    }
}

pub async fn tornado(db: &Db, source: &str, figure_name: &str, json: bool) -> CliResult {
    let figure = figure(figure_name)?;
    let scenario = scenario_source::load(db, source).await?;
    let loaded = warehouse_setup::book_or_offer_demo(db).await?;
    let rows = run_tornado(&loaded.book, &scenario, figure).map_err(option_error)?;
    if json {
        print_json(&rows)
    } else {
        out!("{}", tables::tornado(&scenario, figure, &rows))?;
        Ok(())
    }
}

pub async fn monte_carlo(db: &Db, source: &str, draws: usize, seed: u64, json: bool) -> CliResult {
    let scenario = scenario_source::load(db, source).await?;
    let loaded = warehouse_setup::book_or_offer_demo(db).await?;
    let answer = run_monte_carlo(&loaded.book, &scenario, draws, seed).map_err(option_error)?;
    if json {
        print_json(&answer)
    } else {
        out!("{}", tables::monte_carlo(&scenario.name, &answer))?;
        Ok(())
    }
}
