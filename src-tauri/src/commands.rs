//! The Tauri shell: the app's state (one `reach_app::Session`), and one command per UI action,
//! each a few lines forwarding to `Session`. The list of commands is reach-app's command table
//! (`reach_app::for_each_command!`); the capability file (`capabilities/main.json`) allows
//! exactly those and the two dialogs the UI opens (checked by reach-app's tests).

use std::path::PathBuf;
use std::sync::Arc;

use tauri::State;

use reach_app::dto::*;
use reach_app::Session;

type Shared<'a> = State<'a, Arc<Session>>;

async fn blocking<T: Send + 'static>(f: impl FnOnce() -> Result<T, AppError> + Send + 'static) -> Result<T, AppError> {
    tauri::async_runtime::spawn_blocking(f).await.map_err(|e| AppError::new("internal", e.to_string()))?
}

/// When the process started (ms since the Unix epoch), for the launch → first KPIs figure.
static STARTED_AT_MS: std::sync::OnceLock<u64> = std::sync::OnceLock::new();

#[tauri::command]
pub fn app_state(s: Shared<'_>) -> AppState {
    AppState { started_at_ms: STARTED_AT_MS.get().copied(), ..s.state() }
}

#[tauri::command]
pub fn set_language(lang: Lang, s: Shared<'_>) -> Result<(), AppError> {
    s.set_lang(lang)
}

#[tauri::command]
pub fn presets() -> Vec<Preset> {
    Session::presets()
}

#[tauri::command]
pub fn glossary() -> Vec<Term> {
    reach_app::glossary::terms()
}

#[tauri::command]
pub async fn evaluate(req: EvaluateRequest, s: Shared<'_>) -> Result<Evaluation, AppError> {
    let s = Arc::clone(&s);
    blocking(move || s.evaluate(&req)).await
}

#[tauri::command]
pub async fn assess(scenario: ScenarioInput, s: Shared<'_>) -> Result<Assessment, AppError> {
    let s = Arc::clone(&s);
    blocking(move || s.assess(&scenario)).await
}

#[tauri::command]
pub async fn decide(scenarios: Vec<ScenarioInput>, s: Shared<'_>) -> Result<Decision, AppError> {
    let s = Arc::clone(&s);
    blocking(move || s.decide(&scenarios)).await
}

#[tauri::command]
pub async fn book(lang: Lang, s: Shared<'_>) -> Result<Option<BookView>, AppError> {
    let s = Arc::clone(&s);
    blocking(move || Ok(s.book_view(lang))).await
}

#[tauri::command]
pub async fn build_demo(customers: u64, lang: Lang, s: Shared<'_>) -> Result<BookView, AppError> {
    s.build_demo(customers, lang).await
}

#[tauri::command]
pub async fn import_book(
    customers: String,
    branches: Option<String>,
    replace: bool,
    lang: Lang,
    s: Shared<'_>,
) -> Result<ImportView, AppError> {
    let branches = branches.filter(|b| !b.trim().is_empty()).map(PathBuf::from);
    s.import_book(&PathBuf::from(customers.trim()), branches.as_deref(), replace, lang).await
}

#[tauri::command]
pub fn import_progress(s: Shared<'_>) -> Option<ImportProgressView> {
    s.import_progress()
}

#[tauri::command]
pub fn cancel_import(s: Shared<'_>) {
    s.cancel_import()
}

#[tauri::command]
pub async fn replace_preview(s: Shared<'_>) -> Result<Option<ReplaceView>, AppError> {
    s.replace_preview().await
}

#[tauri::command]
pub async fn undo_import(lang: Lang, s: Shared<'_>) -> Result<BookView, AppError> {
    s.undo_import(lang).await
}

#[tauri::command]
pub async fn drop_previous(lang: Lang, s: Shared<'_>) -> Result<BookView, AppError> {
    s.drop_previous(lang).await
}

#[tauri::command]
pub async fn backup(path: String, lang: Lang, s: Shared<'_>) -> Result<BackupView, AppError> {
    s.backup(&PathBuf::from(path.trim()), lang).await
}

#[tauri::command]
pub async fn restore(path: String, lang: Lang, s: Shared<'_>) -> Result<RestoreView, AppError> {
    s.restore(&PathBuf::from(path.trim()), lang).await
}

#[tauri::command]
pub async fn import_history(s: Shared<'_>) -> Result<Vec<HistoryView>, AppError> {
    s.import_history().await
}

#[tauri::command]
pub fn write_template(path: String, kind: TemplateKind, lang: Lang, s: Shared<'_>) -> Result<String, AppError> {
    Ok(s.write_template(&PathBuf::from(path.trim()), kind, lang)?.display().to_string())
}

#[tauri::command]
pub async fn list_scenarios(s: Shared<'_>) -> Result<Vec<SavedView>, AppError> {
    s.list_scenarios().await
}

#[tauri::command]
pub async fn load_scenario(name: String, s: Shared<'_>) -> Result<ScenarioInput, AppError> {
    s.load_scenario(&name).await
}

#[tauri::command]
pub async fn save_scenario(
    scenario: ScenarioInput,
    overwrite: bool,
    s: Shared<'_>,
) -> Result<Vec<SavedView>, AppError> {
    s.save_scenario(&scenario, overwrite).await
}

#[tauri::command]
pub async fn rename_scenario(name: String, to: String, s: Shared<'_>) -> Result<Vec<SavedView>, AppError> {
    s.rename_scenario(&name, &to).await
}

#[tauri::command]
pub async fn duplicate_scenario(name: String, to: String, s: Shared<'_>) -> Result<Vec<SavedView>, AppError> {
    s.duplicate_scenario(&name, &to).await
}

#[tauri::command]
pub async fn delete_scenario(name: String, s: Shared<'_>) -> Result<Vec<SavedView>, AppError> {
    s.delete_scenario(&name).await
}

#[tauri::command]
pub async fn compare(names: Vec<String>, s: Shared<'_>) -> Result<Comparison, AppError> {
    s.compare(&names).await
}

#[tauri::command]
pub async fn export_report(
    scenarios: Vec<ScenarioInput>,
    path: String,
    lang: Lang,
    s: Shared<'_>,
) -> Result<String, AppError> {
    let s = Arc::clone(&s);
    blocking(move || Ok(s.export_report(&scenarios, &PathBuf::from(path), lang)?.display().to_string())).await
}

#[tauri::command]
pub fn export_scenario(scenario: ScenarioInput, path: String, s: Shared<'_>) -> Result<String, AppError> {
    Ok(s.export_scenario(&scenario, &PathBuf::from(path))?.display().to_string())
}

#[tauri::command]
pub async fn export_chart(
    req: EvaluateRequest,
    chart: String,
    path: String,
    s: Shared<'_>,
) -> Result<String, AppError> {
    let s = Arc::clone(&s);
    blocking(move || Ok(s.export_chart(&req, &chart, &PathBuf::from(path))?.display().to_string())).await
}

#[tauri::command]
pub async fn list_pilots(s: Shared<'_>) -> Result<Vec<PilotView>, AppError> {
    s.list_pilots().await
}

#[tauri::command]
pub async fn import_pilot(path: String, name: String, lang: Lang, s: Shared<'_>) -> Result<PilotView, AppError> {
    s.import_pilot(&PathBuf::from(path.trim()), &name, lang).await
}

#[tauri::command]
pub async fn delete_pilot(name: String, s: Shared<'_>) -> Result<Vec<PilotView>, AppError> {
    s.delete_pilot(&name).await
}

#[tauri::command]
pub async fn evaluate_pilot(name: String, s: Shared<'_>) -> Result<PilotEvaluation, AppError> {
    s.evaluate_pilot(&name).await
}

#[tauri::command]
pub async fn apply_estimate(req: ApplyEstimateRequest, s: Shared<'_>) -> Result<AppliedView, AppError> {
    s.apply_estimate(&req).await
}

#[tauri::command]
pub fn field_paths(scenario: ScenarioInput, s: Shared<'_>) -> Result<Vec<String>, AppError> {
    s.field_paths(&scenario)
}

#[tauri::command]
pub async fn seek(req: SeekRequest, s: Shared<'_>) -> Result<SeekView, AppError> {
    let s = Arc::clone(&s);
    blocking(move || s.seek(&req)).await
}

#[tauri::command]
pub async fn tornado(req: TornadoRequest, s: Shared<'_>) -> Result<TornadoView, AppError> {
    let s = Arc::clone(&s);
    blocking(move || s.tornado(&req)).await
}

/// Runs off the main thread; `analysis_progress` polls it and `cancel_analysis` stops it.
#[tauri::command]
pub async fn montecarlo(req: MonteCarloRequest, s: Shared<'_>) -> Result<MonteCarloView, AppError> {
    let s = Arc::clone(&s);
    blocking(move || s.monte_carlo(&req)).await
}

#[tauri::command]
pub fn analysis_progress(s: Shared<'_>) -> AnalysisProgress {
    s.analysis_progress()
}

#[tauri::command]
pub fn cancel_analysis(s: Shared<'_>) {
    s.cancel_analysis()
}

/// The handler of every command of reach-app's command table: a command missing here fails
/// to compile, one here but not in the table is dead code (an error under clippy).
macro_rules! handler {
    ($($name:ident ($($arg:ident : $ty:ty),*) -> $ret:ty;)*) => {
        tauri::generate_handler![$($name),*]
    };
}

/// Opens the warehouse the CLI uses (`$REACH_DB` or the default path), loads its book once,
/// and runs the app.
pub fn run(context: tauri::Context<tauri::Wry>) {
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
    let _ = STARTED_AT_MS.set(now.as_millis() as u64);
    let path = reach_store::Warehouse::default_path();
    let session = match tauri::async_runtime::block_on(Session::open(&path)) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("reach-app: cannot open the warehouse at {}: {}", path.display(), e.message);
            std::process::exit(1);
        }
    };
    tauri::Builder::default()
        .plugin(tauri_plugin_dialog::init())
        .manage(Arc::new(session))
        .invoke_handler(reach_app::for_each_command!(handler))
        .run(context)
        .expect("the Reach window could not be started");
}
