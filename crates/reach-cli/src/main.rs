//! `reach` — the command line for analysts, scripts and checks. Thin: it parses arguments,
//! calls reach-store and reach-core, and prints. Exit status 0 on success, 2 on bad input
//! (with the reason on stderr), 1 on any other failure.

mod analysis;
mod bench;
mod book_import;
mod book_info;
mod cli;
mod decisions;
mod demo_csv;
mod error;
mod reports;
mod scenario_source;
mod tables;
mod warehouse_setup;

use clap::Parser;
use cli::{Cli, Command};
use error::CliResult;

fn main() {
    let cli = Cli::parse();
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().expect("a tokio runtime");
    if let Err(e) = runtime.block_on(dispatch(cli)) {
        eprintln!("reach: {}", e.message());
        std::process::exit(e.exit_code());
    }
}

async fn dispatch(cli: Cli) -> CliResult {
    let db = cli.db.unwrap_or_else(reach_store::Warehouse::default_path);
    match cli.command {
        Command::Demo { customers, seed, csv: Some(file), branches_csv } => {
            demo_csv::write(&reach_core::demo::DemoParams { customers, seed }, &file, branches_csv.as_deref())
        }
        Command::Demo { customers, seed, csv: None, .. } => warehouse_setup::demo(&db, customers, seed).await,
        Command::Import { customers, branches, replace, lang } => {
            book_import::import(&db, &customers, branches.as_deref(), replace, lang).await
        }
        Command::Template { out, lang } => book_import::template(&out, lang),
        Command::Run { scenario, json } => analysis::run(&db, &scenario, json).await,
        Command::Sweep { scenario, tier, from, to, steps, log, json } => {
            analysis::sweep(&db, &scenario, &tier, analysis::Points { from, to, steps, log }, json).await
        }
        Command::Seek { scenario, field, from, to, step, figure, op, value, aim, maximize, json } => {
            let grid = reach_core::analysis::seek::Grid { from, to, step };
            let goal = decisions::Goal { figure, op, value, aim, maximize };
            decisions::seek(&db, &scenario, &field, &grid, goal, json).await
        }
        Command::Tornado { scenario, figure, json } => decisions::tornado(&db, &scenario, &figure, json).await,
        Command::Montecarlo { scenario, draws, seed, json } => {
            decisions::monte_carlo(&db, &scenario, draws, seed, json).await
        }
        Command::Compare { scenarios, json } => analysis::compare(&db, &scenarios, json).await,
        Command::Scenario(cmd) => scenario_source::command(&db, cmd).await,
        Command::Book { json } => book_info::show(&db, json).await,
        Command::Bench { customers, memory_customers, write } => {
            bench::run(&db, customers, memory_customers, write.as_deref()).await
        }
        Command::BenchMemory { customers } => bench::memory_child(customers),
        Command::Report { scenarios, out, lang } => reports::report(&db, &scenarios, &out, lang).await,
        Command::Chart { kind, scenarios, out, lang } => reports::chart(&db, kind, &scenarios, &out, lang).await,
    }
}
