//! Saved scenarios: the TOML text of each, by unique name (checking the TOML is the
//! caller's job). Save (insert or update, or insert only: `save_new_scenario`), the
//! overwrite check, list, get, rename, duplicate, delete. Names follow
//! `reach_core::name::check_name`.

use serde::{Deserialize, Serialize};
use sqlx::sqlite::SqliteRow;
use sqlx::Row;

use crate::clock::now_utc;
use crate::error::StoreError;
use crate::warehouse::Warehouse;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SavedScenario {
    pub id: i64,
    pub name: String,
    pub toml: String,
    /// RFC 3339, UTC.
    pub created_at: String,
    pub updated_at: String,
}

const COLUMNS: &str = "id, name, toml, created_at, updated_at";

impl Warehouse {
    /// Saves `toml` under `name`, replacing the text of a scenario already so named.
    /// Returns the scenario's id.
    pub async fn save_scenario(&self, name: &str, toml: &str) -> Result<i64, StoreError> {
        let name = checked_name(name)?;
        let now = now_utc();
        let id = sqlx::query_scalar(
            "INSERT INTO scenarios (name, toml, created_at, updated_at) VALUES (?, ?, ?, ?) \
             ON CONFLICT (name) DO UPDATE SET toml = excluded.toml, updated_at = excluded.updated_at \
             RETURNING id",
        )
        .bind(name)
        .bind(toml)
        .bind(&now)
        .bind(&now)
        .fetch_one(&self.pool)
        .await?;
        Ok(id)
    }

    /// Saves `toml` under `name` only if no scenario has that name (`ScenarioExists`
    /// otherwise, nothing changed): for saving without overwriting. Returns the new id.
    pub async fn save_new_scenario(&self, name: &str, toml: &str) -> Result<i64, StoreError> {
        let name = checked_name(name)?;
        let now = now_utc();
        let id: Option<i64> = sqlx::query_scalar(
            "INSERT INTO scenarios (name, toml, created_at, updated_at) VALUES (?, ?, ?, ?) \
             ON CONFLICT (name) DO NOTHING RETURNING id",
        )
        .bind(name)
        .bind(toml)
        .bind(&now)
        .bind(&now)
        .fetch_optional(&self.pool)
        .await?;
        id.ok_or_else(|| StoreError::ScenarioExists(name.to_string()))
    }

    /// The overwrite check: whether saving under `name` would replace a saved scenario.
    pub async fn scenario_exists(&self, name: &str) -> Result<bool, StoreError> {
        let mut conn = self.pool.acquire().await?;
        exists(&mut conn, name.trim()).await
    }

    /// Every saved scenario, by name.
    pub async fn list_scenarios(&self) -> Result<Vec<SavedScenario>, StoreError> {
        let rows = sqlx::query(&format!("SELECT {COLUMNS} FROM scenarios ORDER BY name")).fetch_all(&self.pool).await?;
        rows.iter().map(from_row).collect()
    }

    /// The scenario named `name`, if any.
    pub async fn get_scenario(&self, name: &str) -> Result<Option<SavedScenario>, StoreError> {
        let row = sqlx::query(&format!("SELECT {COLUMNS} FROM scenarios WHERE name = ?"))
            .bind(name.trim())
            .fetch_optional(&self.pool)
            .await?;
        row.as_ref().map(from_row).transpose()
    }

    /// Renames a scenario; refused when `new` is taken or `old` does not exist.
    pub async fn rename_scenario(&self, old: &str, new: &str) -> Result<(), StoreError> {
        let new = checked_name(new)?;
        let mut tx = self.pool.begin_with("BEGIN IMMEDIATE").await?;
        if old.trim() != new && exists(&mut tx, new).await? {
            return Err(StoreError::ScenarioExists(new.to_string()));
        }
        let done = sqlx::query("UPDATE scenarios SET name = ?, updated_at = ? WHERE name = ?")
            .bind(new)
            .bind(now_utc())
            .bind(old.trim())
            .execute(&mut *tx)
            .await?;
        if done.rows_affected() == 0 {
            return Err(StoreError::ScenarioNotFound(old.trim().to_string()));
        }
        tx.commit().await?;
        Ok(())
    }

    /// Copies scenario `name` as `new_name`; returns the copy's id.
    pub async fn duplicate_scenario(&self, name: &str, new_name: &str) -> Result<i64, StoreError> {
        let new_name = checked_name(new_name)?;
        let mut tx = self.pool.begin_with("BEGIN IMMEDIATE").await?;
        if exists(&mut tx, new_name).await? {
            return Err(StoreError::ScenarioExists(new_name.to_string()));
        }
        let now = now_utc();
        let id: Option<i64> = sqlx::query_scalar(
            "INSERT INTO scenarios (name, toml, created_at, updated_at) \
             SELECT ?, toml, ?, ? FROM scenarios WHERE name = ? RETURNING id",
        )
        .bind(new_name)
        .bind(&now)
        .bind(&now)
        .bind(name.trim())
        .fetch_optional(&mut *tx)
        .await?;
        let id = id.ok_or_else(|| StoreError::ScenarioNotFound(name.trim().to_string()))?;
        tx.commit().await?;
        Ok(id)
    }

    /// Deletes scenario `name`; refused when there is none.
    pub async fn delete_scenario(&self, name: &str) -> Result<(), StoreError> {
        let done = sqlx::query("DELETE FROM scenarios WHERE name = ?").bind(name.trim()).execute(&self.pool).await?;
        if done.rows_affected() == 0 {
            return Err(StoreError::ScenarioNotFound(name.trim().to_string()));
        }
        Ok(())
    }
}

/// A name is stored as written, less surrounding whitespace, and follows the one rule for
/// names (`reach_core::name::check_name`: not blank, not too long, no control characters).
fn checked_name(name: &str) -> Result<&str, StoreError> {
    let trimmed = name.trim();
    reach_core::name::check_name(trimmed)
        .map_err(|reason| StoreError::InvalidName { name: name.to_string(), reason })?;
    Ok(trimmed)
}

async fn exists(conn: &mut sqlx::SqliteConnection, name: &str) -> Result<bool, StoreError> {
    let found: Option<i64> =
        sqlx::query_scalar("SELECT id FROM scenarios WHERE name = ?").bind(name).fetch_optional(&mut *conn).await?;
    Ok(found.is_some())
}

fn from_row(r: &SqliteRow) -> Result<SavedScenario, StoreError> {
    Ok(SavedScenario {
        id: r.try_get("id")?,
        name: r.try_get("name")?,
        toml: r.try_get("toml")?,
        created_at: r.try_get("created_at")?,
        updated_at: r.try_get("updated_at")?,
    })
}
