//! Applying a stored pilot's estimate to a scenario as a new saved scenario (MODEL section
//! 11): the pilot is evaluated afresh, reach-core writes the estimate and its provenance into
//! the tier, and the result is saved under a new name — never over an existing one. The CLI
//! (`reach pilot apply`) and the app both come here.

use reach_core::evaluation::{apply_estimate, Applied, ApplyRequest, Evaluation};
use reach_core::Scenario;

use crate::clock::now_utc;
use crate::error::StoreError;
use crate::warehouse::Warehouse;

impl Warehouse {
    /// Applies `req` to `base` and saves the result as `req.new_name`, dated today (UTC).
    /// Refused, with nothing saved, when the name is taken (`ScenarioExists`), the pilot is
    /// unknown, or the estimate cannot be applied (`EstimateRefused`: missing, not computed,
    /// flagged without confirmation, or not valid in the tier).
    pub async fn apply_pilot_estimate(&self, base: &Scenario, req: &ApplyRequest<'_>) -> Result<Applied, StoreError> {
        if self.scenario_exists(req.new_name).await? {
            return Err(StoreError::ScenarioExists(req.new_name.trim().to_string()));
        }
        let customers = self.pilot_customers(req.pilot).await?;
        let evaluation = Evaluation::of(&customers);
        let today = now_utc();
        let applied = apply_estimate(base, &evaluation, req, today.get(..10).unwrap_or(&today))?;
        self.save_new_scenario(&applied.scenario.name, &applied.scenario.to_toml()).await?;
        Ok(applied)
    }
}
