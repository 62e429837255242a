//! Pilots in the app (MODEL section 11): the stored pilots listed, imported (refused files
//! worded in the UI's language, nothing stored), deleted and evaluated, and an estimate applied
//! to a saved scenario's tier as a new saved scenario — through the warehouse's
//! `apply_pilot_estimate`, the one the CLI's `reach pilot apply` uses.

use std::path::Path;

use reach_core::evaluation::{ApplyRequest, Estimate, EstimateKind, Evaluation};
use reach_store::{PilotInfo, Warehouse};

use crate::dto::*;
use crate::error::{AppError, AppResult};
use crate::library::Library;
use reach_core::scenario::form::input_from_scenario;

pub async fn list(warehouse: &Warehouse) -> AppResult<Vec<PilotView>> {
    Ok(warehouse.list_pilots().await?.iter().map(pilot_view).collect())
}

/// Imports an outcome file (CSV or XLSX) under a new name; a bad file is refused with its
/// lines, columns and reasons in `lang`, and nothing is stored.
pub async fn import(warehouse: &Warehouse, path: &Path, name: &str, lang: Lang) -> AppResult<PilotView> {
    match warehouse.import_pilot(path, name).await {
        Ok(done) => Ok(pilot_view(&done.pilot)),
        Err(e) => Err(AppError::store(e, lang)),
    }
}

pub async fn delete(warehouse: &Warehouse, name: &str) -> AppResult<Vec<PilotView>> {
    warehouse.delete_pilot(name).await?;
    list(warehouse).await
}

/// The stored pilot `name` evaluated: overall and per segment.
pub async fn evaluate(warehouse: &Warehouse, name: &str) -> AppResult<PilotEvaluation> {
    let info = warehouse.pilot_info(name).await?;
    let customers = warehouse.pilot_customers(name).await?;
    let ev = tokio::task::spawn_blocking(move || Evaluation::of(&customers))
        .await
        .map_err(|e| AppError::new("internal", e.to_string()))?;
    Ok(PilotEvaluation {
        pilot: pilot_view(&info),
        n_treated: ev.n_treated,
        n_control: ev.n_control,
        estimates: estimates(&ev.uplift, &ev.activation, &ev.asset_growth, ev.wealth_share.as_ref()),
        segments: ev
            .segments
            .iter()
            .map(|s| SegmentView {
                dimension: s.dimension.as_str().to_string(),
                segment: s.segment.to_string(),
                n_treated: s.n_treated,
                n_control: s.n_control,
                estimates: estimates(&s.uplift, &s.activation, &s.asset_growth, s.wealth_share.as_ref()),
            })
            .collect(),
    })
}

/// Applies a stored pilot's estimate to a tier of a saved scenario, saved under a new name.
pub async fn apply(warehouse: &Warehouse, library: &Library, req: &ApplyEstimateRequest) -> AppResult<AppliedView> {
    let kind: EstimateKind = req.estimate.parse().map_err(|m: String| AppError::new("invalid_input", m))?;
    let base = library.scenario(&req.scenario).await?;
    let request = ApplyRequest { pilot: &req.pilot, kind, tier: &req.tier, new_name: &req.name, confirm: req.confirm };
    let applied = warehouse.apply_pilot_estimate(&base, &request).await?;
    let scenario = input_from_scenario(&applied.scenario);
    let provenance = scenario
        .provenance
        .iter()
        .find(|p| p.field == applied.provenance.field)
        .cloned()
        .ok_or_else(|| AppError::new("internal", "the applied scenario lost its provenance"))?;
    Ok(AppliedView { scenario, provenance, saved: library.list().await? })
}

fn estimates(u: &Estimate, a: &Estimate, g: &Estimate, w: Option<&Estimate>) -> Vec<EstimateView> {
    let mut out = vec![
        estimate_view(EstimateKind::Uplift, u),
        estimate_view(EstimateKind::Activation, a),
        estimate_view(EstimateKind::AssetGrowth, g),
    ];
    out.extend(w.map(|w| estimate_view(EstimateKind::WealthShare, w)));
    out
}

fn estimate_view(kind: EstimateKind, e: &Estimate) -> EstimateView {
    EstimateView {
        kind: kind.as_str().to_string(),
        estimate: e.estimate,
        low: e.low,
        high: e.high,
        n_treated: e.n_treated,
        n_control: e.n_control,
        flagged: e.flagged,
        flags: e.flags.iter().map(|f| FlagView { code: f.code.to_string(), reason: f.reason.clone() }).collect(),
    }
}

fn pilot_view(p: &PilotInfo) -> PilotView {
    PilotView {
        name: p.name.clone(),
        label: p.label.clone(),
        synthetic: p.synthetic,
        customers: p.customers,
        treated: p.treated,
        control: p.control,
        in_book: p.in_book,
        not_in_book: p.not_in_book,
        has_placed: p.has_placed,
        imported_at: p.imported_at.clone(),
    }
}
