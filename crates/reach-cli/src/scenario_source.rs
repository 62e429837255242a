//! Where scenarios come from: a TOML file on disk or a scenario saved in the warehouse,
//! and the `reach scenario` commands that manage the saved ones.

use std::path::Path;

use reach_core::Scenario;
use reach_store::Warehouse;

use crate::cli::ScenarioCommand;
use crate::error::{CliError, CliResult};

/// Reads a scenario from `source`: a file path if such a file exists, else a saved name.
pub async fn load(db: &Path, source: &str) -> CliResult<Scenario> {
    let path = Path::new(source);
    if path.is_file() {
        let text = std::fs::read_to_string(path).map_err(|e| CliError::bad(format!("{source}: {e}")))?;
        return Scenario::from_toml(&text).map_err(|e| CliError::bad(format!("{source}: {e}")));
    }
    let wh = Warehouse::open(db).await?;
    match wh.get_scenario(source).await? {
        Some(saved) => {
            Scenario::from_toml(&saved.toml).map_err(|e| CliError::bad(format!("saved scenario `{source}`: {e}")))
        }
        None => Err(CliError::bad(format!("{source}: no such scenario file, and no saved scenario of that name"))),
    }
}

pub async fn command(db: &Path, cmd: ScenarioCommand) -> CliResult {
    let wh = Warehouse::open(db).await?;
    match cmd {
        ScenarioCommand::Save { file, name } => {
            let text = std::fs::read_to_string(&file).map_err(|e| CliError::bad(format!("{}: {e}", file.display())))?;
            let mut scenario =
                Scenario::from_toml(&text).map_err(|e| CliError::bad(format!("{}: {e}", file.display())))?;
            if let Some(n) = name {
                scenario.name = n;
                scenario.validate()?;
            }
            wh.save_scenario(&scenario.name, &scenario.to_toml()).await?;
            println!("Saved scenario `{}`", scenario.name);
        }
        ScenarioCommand::List => {
            for s in wh.list_scenarios().await? {
                println!("{}\t(updated {})", s.name, s.updated_at);
            }
        }
        ScenarioCommand::Show { name } => {
            let saved = wh.get_scenario(&name).await?.ok_or(reach_store::StoreError::ScenarioNotFound(name))?;
            print!("{}", saved.toml);
        }
        ScenarioCommand::Delete { name } => {
            wh.delete_scenario(&name).await?;
            println!("Deleted scenario `{name}`");
        }
    }
    Ok(())
}
