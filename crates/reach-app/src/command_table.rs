// The desktop app's commands, declared once: name, arguments and answer of each (every command
// may also fail with an `AppError`). Everything else is derived from this table:
// - the desktop shell's handler list (`generate_handler!` in src-tauri/src/commands.rs) and its
//   app manifest (src-tauri/build.rs includes this file, hence plain comments, not `//!`);
// - the front end's typed functions, `ui/src/generated-commands.ts` (`api::typescript`);
// - the check that the capability file allows exactly these (`api` tests).
// `$callback!` receives the table; it must accept `name(arg: Type, ...) -> Answer;` entries.

#[macro_export]
macro_rules! for_each_command {
    ($callback:ident) => {
        $callback! {
            app_state() -> AppState;
            set_language(lang: Lang) -> ();
            presets() -> Vec<Preset>;
            glossary() -> Vec<Term>;
            evaluate(req: EvaluateRequest) -> Evaluation;
            assess(scenario: ScenarioInput) -> Assessment;
            decide(scenarios: Vec<ScenarioInput>) -> Decision;
            book(lang: Lang) -> Option<BookView>;
            build_demo(customers: u64, lang: Lang) -> BookView;
            import_book(customers: String, branches: Option<String>, replace: bool, lang: Lang) -> ImportView;
            import_progress() -> Option<ImportProgressView>;
            cancel_import() -> ();
            replace_preview() -> Option<ReplaceView>;
            undo_import(lang: Lang) -> BookView;
            drop_previous(lang: Lang) -> BookView;
            backup(path: String, lang: Lang) -> BackupView;
            restore(path: String, lang: Lang) -> RestoreView;
            import_history() -> Vec<HistoryView>;
            write_template(path: String, kind: TemplateKind, lang: Lang) -> String;
            list_scenarios() -> Vec<SavedView>;
            load_scenario(name: String) -> ScenarioInput;
            save_scenario(scenario: ScenarioInput, overwrite: bool) -> Vec<SavedView>;
            rename_scenario(name: String, to: String) -> Vec<SavedView>;
            duplicate_scenario(name: String, to: String) -> Vec<SavedView>;
            delete_scenario(name: String) -> Vec<SavedView>;
            compare(names: Vec<String>) -> Comparison;
            list_pilots() -> Vec<PilotView>;
            import_pilot(path: String, name: String, lang: Lang) -> PilotView;
            delete_pilot(name: String) -> Vec<PilotView>;
            evaluate_pilot(name: String) -> PilotEvaluation;
            apply_estimate(req: ApplyEstimateRequest) -> AppliedView;
            export_scenario(scenario: ScenarioInput, path: String) -> String;
            export_report(scenarios: Vec<ScenarioInput>, path: String, lang: Lang) -> String;
            export_chart(req: EvaluateRequest, chart: String, path: String) -> String;
            field_paths(scenario: ScenarioInput) -> Vec<String>;
            seek(req: SeekRequest) -> SeekView;
            tornado(req: TornadoRequest) -> TornadoView;
            montecarlo(req: MonteCarloRequest) -> MonteCarloView;
            analysis_progress() -> AnalysisProgress;
            cancel_analysis() -> ();
        }
    };
}
