//! Where scenarios come from: a TOML file on disk or a scenario saved in the warehouse,
//! and the `reach scenario` commands that manage the saved ones (saving over a name asks
//! first, or needs --overwrite).

use std::path::Path;

use reach_core::Scenario;

use crate::ask;
use crate::cli::ScenarioCommand;
use crate::error::{CliError, CliResult};
use crate::output::{escaped, out, outln};
use crate::warehouse_path::Db;

/// Reads a scenario from `source`: a file path if such a file exists, else a saved name.
pub async fn load(db: &Db, source: &str) -> CliResult<Scenario> {
    let path = Path::new(source);
    if path.is_file() {
        let text = std::fs::read_to_string(path).map_err(|e| CliError::bad(format!("{source}: {e}")))?;
        return Scenario::from_toml(&text).map_err(|e| CliError::bad(format!("{source}: {e}")));
    }
    let wh = db.open().await?;
    match wh.get_scenario(source).await? {
        Some(saved) => {
            Scenario::from_toml(&saved.toml).map_err(|e| CliError::bad(format!("saved scenario `{source}`: {e}")))
        }
        None => Err(CliError::bad(format!("{source}: no such scenario file, and no saved scenario of that name"))),
    }
}

pub async fn command(db: &Db, cmd: ScenarioCommand) -> CliResult {
    let wh = db.open().await?;
    match cmd {
        ScenarioCommand::Save { file, name, overwrite } => {
            let text = std::fs::read_to_string(&file).map_err(|e| CliError::bad(format!("{}: {e}", file.display())))?;
            let mut scenario =
                Scenario::from_toml(&text).map_err(|e| CliError::bad(format!("{}: {e}", file.display())))?;
            if let Some(n) = name {
                scenario.name = n;
                scenario.validate()?;
            }
            let shown = escaped(&scenario.name).into_owned();
            let replace = overwrite
                || (wh.scenario_exists(&scenario.name).await?
                    && ask::confirm(&format!("A saved scenario is already named `{shown}`."), "Replace it?", false)?);
            if replace {
                wh.save_scenario(&scenario.name, &scenario.to_toml()).await?;
            } else {
                wh.save_new_scenario(&scenario.name, &scenario.to_toml()).await.map_err(|e| match e {
                    reach_store::StoreError::ScenarioExists(_) => CliError::bad(format!(
                        "a saved scenario is already named `{shown}`; nothing was saved: save again with \
                         --overwrite to replace it, or --name to save it under another name"
                    )),
                    other => other.into(),
                })?;
            }
            outln!("Saved scenario `{shown}`")?;
        }
        ScenarioCommand::List => {
            for s in wh.list_scenarios().await? {
                outln!("{}\t(updated {})", escaped(&s.name), s.updated_at)?;
            }
        }
        ScenarioCommand::Show { name } => {
            let saved = wh.get_scenario(&name).await?.ok_or(reach_store::StoreError::ScenarioNotFound(name))?;
            out!("{}", saved.toml)?;
        }
        ScenarioCommand::Delete { name } => {
            wh.delete_scenario(&name).await?;
            outln!("Deleted scenario `{}`", escaped(&name))?;
        }
    }
    Ok(())
}
