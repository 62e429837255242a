//! `reach` — the command line for analysts, scripts and checks. Thin: it parses arguments,
//! calls reach-store and reach-core, and prints. Exit status 0 on success, 2 on bad input
//! (with the reason on stderr), 1 on any other failure.

mod analysis;
mod bench;
mod book_import;
mod book_info;
mod cli;
mod demo_csv;
mod error;
mod evaluation;
mod pilots;
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
        Command::Demo { customers, seed, csv, branches_csv, pilot_csv } => {
            let params = reach_core::demo::DemoParams { customers, seed };
            match csv {
                Some(file) => demo_csv::write(&params, &file, branches_csv.as_deref())?,
                None => warehouse_setup::demo(&db, customers, seed).await?,
            }
            pilot_csv.map_or(Ok(()), |out| pilots::write_demo_pilot_csv(&params, &out))
        }
        Command::Import { customers, branches, replace, lang } => {
            book_import::import(&db, &customers, branches.as_deref(), replace, lang).await
        }
        Command::Template { out, lang } => book_import::template(&out, lang),
        Command::Run { scenario, json } => analysis::run(&db, &scenario, json).await,
        Command::Sweep { scenario, tier, from, to, steps, log, json } => {
            analysis::sweep(&db, &scenario, &tier, analysis::Points { from, to, steps, log }, json).await
        }
        Command::Compare { scenarios, json } => analysis::compare(&db, &scenarios, json).await,
        Command::Scenario(cmd) => scenario_source::command(&db, cmd).await,
        Command::Pilot(cmd) => pilots::command(&db, cmd).await,
        Command::Evaluate { file, pilot, json } => evaluation::evaluate(&db, file, pilot, json).await,
        Command::Book { json } => book_info::show(&db, json).await,
        Command::Bench { customers, memory_customers, write } => {
            bench::run(&db, customers, memory_customers, write.as_deref()).await
        }
        Command::BenchMemory { customers } => bench::memory_child(customers),
        Command::Report { scenarios, out, lang } => reports::report(&db, &scenarios, &out, lang).await,
        Command::Chart { kind, scenarios, out, lang } => reports::chart(&db, kind, &scenarios, &out, lang).await,
    }
}
