//! The library: scenarios saved in the warehouse — listed, loaded into the workbench's form,
//! saved, renamed, duplicated, deleted — and a scenario written out as a TOML file.

use std::path::{Path, PathBuf};

use reach_core::scenario::form::{input_from_scenario, scenario_from_input};
use reach_core::Scenario;
use reach_store::{SavedScenario, StoreError, Warehouse};

use crate::convert::dec2;
use crate::dto::{SavedView, ScenarioInput};
use crate::error::{AppError, AppResult};
use crate::file_names::with_extension;

pub struct Library {
    warehouse: Warehouse,
}

impl Library {
    pub fn new(warehouse: Warehouse) -> Library {
        Library { warehouse }
    }

    pub async fn list(&self) -> AppResult<Vec<SavedView>> {
        Ok(self.warehouse.list_scenarios().await?.iter().map(saved_view).collect())
    }

    /// The saved scenario `name`, in the workbench's form.
    pub async fn load(&self, name: &str) -> AppResult<ScenarioInput> {
        Ok(input_from_scenario(&self.scenario(name).await?))
    }

    /// The saved scenario `name`.
    pub async fn scenario(&self, name: &str) -> AppResult<Scenario> {
        let saved = self
            .warehouse
            .get_scenario(name)
            .await?
            .ok_or_else(|| StoreError::ScenarioNotFound(name.trim().to_string()))?;
        Ok(Scenario::from_toml(&saved.toml)?)
    }

    /// Saves the scenario under its own name. Replaces one so named only with `overwrite`;
    /// without it such a save is refused (`scenario_exists`, nothing changed), so the UI asks.
    pub async fn save(&self, input: &ScenarioInput, overwrite: bool) -> AppResult<Vec<SavedView>> {
        let scenario = scenario_from_input(input)?;
        if overwrite {
            self.warehouse.save_scenario(&scenario.name, &scenario.to_toml()).await?;
        } else {
            self.warehouse.save_new_scenario(&scenario.name, &scenario.to_toml()).await?;
        }
        self.list().await
    }

    /// Renames a saved scenario (and the name written in it).
    pub async fn rename(&self, old: &str, new: &str) -> AppResult<Vec<SavedView>> {
        let mut scenario = self.scenario(old).await?;
        self.warehouse.rename_scenario(old, new).await?;
        scenario.name = new.trim().to_string();
        self.warehouse.save_scenario(&scenario.name, &scenario.to_toml()).await?;
        self.list().await
    }

    /// Copies a saved scenario under a new name.
    pub async fn duplicate(&self, name: &str, new: &str) -> AppResult<Vec<SavedView>> {
        let mut scenario = self.scenario(name).await?;
        self.warehouse.duplicate_scenario(name, new).await?;
        scenario.name = new.trim().to_string();
        self.warehouse.save_scenario(&scenario.name, &scenario.to_toml()).await?;
        self.list().await
    }

    pub async fn delete(&self, name: &str) -> AppResult<Vec<SavedView>> {
        self.warehouse.delete_scenario(name).await?;
        self.list().await
    }
}

/// Writes the scenario as TOML (the format of `scenarios/` and `reach run`) to a path the
/// person chose in the save dialog (`.toml` added when the name has no such extension).
/// Returns the path written.
pub fn export_scenario(input: &ScenarioInput, path: &Path) -> AppResult<PathBuf> {
    let scenario = scenario_from_input(input)?;
    let path = with_extension(path, "toml");
    std::fs::write(&path, scenario.to_toml()).map_err(|e| AppError::new("io", format!("{}: {e}", path.display())))?;
    Ok(path)
}

fn saved_view(s: &SavedScenario) -> SavedView {
    let parsed = Scenario::from_toml(&s.toml).ok();
    SavedView {
        name: s.name.clone(),
        updated_at: s.updated_at.clone(),
        tiers: parsed.as_ref().map_or(0, |p| p.tiers.len() as u32),
        threshold: parsed.and_then(|p| p.tiers.iter().map(|t| t.min_assets).min()).map(dec2),
    }
}
