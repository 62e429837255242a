//! The TypeScript twins of the IPC types, in one generated file: `ui/src/generated.ts`.
//! `cargo test -p reach-app` fails when the committed file is stale; run it with
//! `UPDATE_BINDINGS=1` to write the file afresh.

use reach_core::book::Channel;
use reach_core::result::{AcquisitionResult, AcquisitionRow, BranchResult, HqResult, RevenueLines, TierResult, Totals};
use reach_core::{Owner, ScenarioResult, ServiceModel};
use ts_rs::{Config, TS};

use crate::dto::*;

/// Where the generated file lives, relative to this crate.
pub const FILE: &str = "../../ui/src/generated.ts";

/// The whole generated file.
pub fn typescript() -> String {
    let cfg = Config::default();
    let decls = [
        Lang::decl(&cfg),
        TierInput::decl(&cfg),
        AcquisitionInput::decl(&cfg),
        RangeInput::decl(&cfg),
        ProvenanceInput::decl(&cfg),
        ScenarioInput::decl(&cfg),
        Preset::decl(&cfg),
        ChartSize::decl(&cfg),
        EvaluateRequest::decl(&cfg),
        Channel::decl(&cfg),
        ServiceModel::decl(&cfg),
        Owner::decl(&cfg),
        RevenueLines::decl(&cfg),
        Totals::decl(&cfg),
        TierResult::decl(&cfg),
        BranchResult::decl(&cfg),
        HqResult::decl(&cfg),
        AcquisitionRow::decl(&cfg),
        AcquisitionResult::decl(&cfg),
        ScenarioResult::decl(&cfg),
        SweepPointView::decl(&cfg),
        SweepView::decl(&cfg),
        ChartsView::decl(&cfg),
        BaseView::decl(&cfg),
        Evaluation::decl(&cfg),
        Assessment::decl(&cfg),
        PolicyView::decl(&cfg),
        Decision::decl(&cfg),
        BandView::decl(&cfg),
        BookMetaView::decl(&cfg),
        BookView::decl(&cfg),
        ReplaceView::decl(&cfg),
        ImportView::decl(&cfg),
        ImportProgressView::decl(&cfg),
        BackupView::decl(&cfg),
        RestoreView::decl(&cfg),
        HistoryView::decl(&cfg),
        TemplateKind::decl(&cfg),
        AppState::decl(&cfg),
        SavedView::decl(&cfg),
        CompareRow::decl(&cfg),
        ShiftView::decl(&cfg),
        ShiftSet::decl(&cfg),
        Comparison::decl(&cfg),
        RowErrorView::decl(&cfg),
        AppError::decl(&cfg),
        TermText::decl(&cfg),
        Term::decl(&cfg),
        PilotView::decl(&cfg),
        FlagView::decl(&cfg),
        EstimateView::decl(&cfg),
        SegmentView::decl(&cfg),
        PilotEvaluation::decl(&cfg),
        ApplyEstimateRequest::decl(&cfg),
        AppliedView::decl(&cfg),
        SeekCondition::decl(&cfg),
        SeekRequest::decl(&cfg),
        SeekView::decl(&cfg),
        TornadoRequest::decl(&cfg),
        TornadoBar::decl(&cfg),
        TornadoView::decl(&cfg),
        MonteCarloRequest::decl(&cfg),
        SummaryView::decl(&cfg),
        BinView::decl(&cfg),
        MonteCarloView::decl(&cfg),
        AnalysisProgress::decl(&cfg),
    ];
    let mut out = String::from(
        "// Generated from crates/reach-app/src/dto.rs and reach-core's result types by ts-rs (crates/reach-app/src/bindings.rs). Do not edit:\n\
         // change the Rust types and run `UPDATE_BINDINGS=1 cargo test -p reach-app bindings`.\n",
    );
    for d in decls {
        out.push_str("\nexport ");
        out.push_str(&d);
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    #[test]
    fn the_committed_typescript_bindings_are_fresh() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(FILE);
        let fresh = typescript();
        if std::env::var_os("UPDATE_BINDINGS").is_some() {
            std::fs::write(&path, &fresh).unwrap();
        }
        // Written to a temporary file first, so a failure shows what the file should be.
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("generated.ts"), &fresh).unwrap();
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            committed == fresh,
            "{} is stale: run `UPDATE_BINDINGS=1 cargo test -p reach-app bindings` and commit the result",
            path.display()
        );
    }
}
