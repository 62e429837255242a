//! `reach` — the command line for analysts, scripts and checks. Thin: it parses arguments,
//! calls reach-store and reach-core, and prints (through `output`). Exit status 0 on success
//! (and when the reader of standard output has gone), 2 for anything the user can fix (with
//! the reason on stderr), 1 on any other failure: decided in `error`.

mod analysis;
mod ask;
mod bench;
mod book_import;
mod book_info;
mod cli;
mod decisions;
mod demo_csv;
mod error;
mod evaluation;
mod glossary;
mod output;
mod pilots;
mod reports;
mod scenario_source;
mod tables;
mod warehouse_path;
mod warehouse_setup;

use clap::Parser;
use cli::{Cli, Command};
use error::{CliError, CliResult};
use output::errln;
use warehouse_path::Db;

fn main() {
    let cli = Cli::parse();
    let outcome = match tokio::runtime::Builder::new_multi_thread().enable_all().build() {
        Ok(runtime) => runtime.block_on(dispatch(cli)),
        Err(e) => Err(CliError::Failure(format!("could not start: {e}"))),
    };
    match outcome {
        Ok(()) | Err(CliError::ClosedPipe) => {}
        Err(e) => {
            errln!("reach: {}", e.message());
            std::process::exit(e.exit_code());
        }
    }
}

/// The demo book's size, checked before anything is allocated.
fn demo_params(customers: usize, seed: u64) -> CliResult<reach_core::demo::DemoParams> {
    let params = reach_core::demo::DemoParams { customers, seed };
    params.check().map_err(|reason| CliError::bad(format!("--customers {reason}")))?;
    Ok(params)
}

async fn dispatch(cli: Cli) -> CliResult {
    let db = Db::new(cli.db);
    let db = &db;
    match cli.command {
        Command::Demo { customers, seed, csv, branches_csv, pilot_csv } => {
            let params = demo_params(customers, seed)?;
            match csv {
                Some(file) => demo_csv::write(&params, &file, branches_csv.as_deref())?,
                None => warehouse_setup::demo(db, params).await?,
            }
            pilot_csv.map_or(Ok(()), |out| pilots::write_demo_pilot_csv(&params, &out))
        }
        Command::Import { customers, branches, replace, lang } => {
            book_import::import(db, &customers, branches.as_deref(), replace, lang).await
        }
        Command::Template { out, lang } => book_import::template(&out, lang),
        Command::Glossary { lang, json } => glossary::show(lang, json),
        Command::Run { scenario, json } => analysis::run(db, &scenario, json).await,
        Command::Sweep { scenario, tier, from, to, steps, log, json } => {
            analysis::sweep(db, &scenario, &tier, analysis::Points { from, to, steps, log }, json).await
        }
        Command::Seek { scenario, field, from, to, step, figure, op, value, aim, maximize, json } => {
            let grid = reach_core::analysis::seek::Grid { from, to, step };
            let goal = decisions::Goal { figure, op, value, aim, maximize };
            decisions::seek(db, &scenario, &field, &grid, goal, json).await
        }
        Command::Tornado { scenario, figure, json } => decisions::tornado(db, &scenario, &figure, json).await,
        Command::Montecarlo { scenario, draws, seed, json } => {
            decisions::monte_carlo(db, &scenario, draws, seed, json).await
        }
        Command::Compare { scenarios, json } => analysis::compare(db, &scenarios, json).await,
        Command::Scenario(cmd) => scenario_source::command(db, cmd).await,
        Command::Pilot(cmd) => pilots::command(db, cmd).await,
        Command::Evaluate { file, pilot, json } => evaluation::evaluate(db, file, pilot, json).await,
        Command::Book { json, action: None } => book_info::show(db, json).await,
        Command::Book { action: Some(action), .. } => book_info::manage(db, action).await,
        Command::Backup { out } => book_info::backup(db, &out).await,
        Command::Restore { file } => book_info::restore(db, &file).await,
        Command::Bench { customers, memory_customers, write } => {
            demo_params(customers, 0)?;
            if memory_customers > 0 {
                demo_params(memory_customers, 0)
                    .map_err(|e| CliError::bad(e.message().replace("--customers", "--memory-customers")))?;
            }
            bench::run(customers, memory_customers, write.as_deref()).await
        }
        Command::BenchMemory { customers } => bench::memory_child(demo_params(customers, 0)?.customers),
        Command::Report { scenarios, out, lang, draws, seed, no_analyses } => {
            let analyses = (!no_analyses).then_some(reach_report::AnalysisSettings { draws, seed });
            reports::report(db, &scenarios, &out, lang, analyses).await
        }
        Command::Chart { kind, scenarios, out, lang, size } => {
            reports::chart(db, kind, &scenarios, &out, lang, size).await
        }
    }
}
