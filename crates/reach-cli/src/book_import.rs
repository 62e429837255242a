//! `reach import` and `reach template`: a customer book (CSV in UTF-8 or GBK, or an Excel
//! workbook) into the warehouse with a progress bar on a terminal, Ctrl-C cancelling cleanly
//! ("cancelled; nothing changed", exit status 2), and refusals worded in English or Chinese;
//! an empty book template to fill in. The demo build shows the same progress bar.

use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use reach_core::money::format_count;
use reach_report::Lang;
use reach_store::{ImportControl, ImportSummary, StoreError, Warehouse};

use crate::ask;
use crate::error::{CliError, CliResult};
use crate::output::{errln, escaped, outln};
use crate::warehouse_path::Db;
use crate::warehouse_setup::{describe_replace, kept_note};

pub async fn import(db: &Db, customers: &Path, branches: Option<&Path>, replace: bool, lang: Lang) -> CliResult {
    let zh = lang == Lang::Zh;
    let wh = db.open().await?;
    let preview = wh.replace_preview().await?;
    if let (Some(p), false) = (&preview, replace) {
        let question = format!("Replace it with {}?", customers.display());
        if !ask::confirm(&describe_replace(p), &question, false)? {
            return Err(CliError::bad(format!(
                "{}\nNothing was imported: import again with --replace to replace it.",
                describe_replace(p)
            )));
        }
    }
    let watch = Watch::start(zh);
    let result = wh.import_file(customers, branches, true, &watch.control).await;
    let summary = watch.finish(result, zh)?;
    for w in &summary.warnings {
        errln!("{}: {w}", if zh { "注意" } else { "warning" });
    }
    let format = summary.file_format.as_deref().unwrap_or("");
    let customers_n = format_count(summary.meta.customers.into());
    let seconds = summary.elapsed_ms as f64 / 1000.0;
    let file = escaped(&customers.display().to_string()).into_owned();
    if zh {
        outln!(
            "已从 {file}（{format}）导入 {customers_n} 位客户、{} 个营业部，用时 {seconds:.1} 秒\n数据仓库：{}",
            summary.meta.branches,
            wh.path().display()
        )?;
    } else {
        outln!(
            "Imported {customers_n} customers in {} branches from {file} ({format}) in {seconds:.1} s\nWarehouse: {}",
            summary.meta.branches,
            wh.path().display()
        )?;
    }
    if let Some(p) = preview {
        outln!("{}", kept_note(&p.replaced))?;
    }
    Ok(())
}

/// `reach template`: the empty book, CSV or XLSX by the extension of `out`.
pub fn template(out: &Path, lang: Lang) -> CliResult {
    let zh = lang == Lang::Zh;
    if reach_store::TemplateFormat::of_path(out).is_none() {
        return Err(CliError::bad(format!("{}: the template's name must end in .csv or .xlsx", out.display())));
    }
    reach_store::write_template(out, zh).map_err(|e| store_error(e, zh))?;
    if zh {
        outln!("已写出客户名册模板（中文表头，2 行示例）：{}", out.display())
    } else {
        outln!("Wrote the customer book template (English headers, 2 example rows) to {}", out.display())
    }
}

/// Builds the demo book with the same progress bar and Ctrl-C as an import.
pub async fn demo_with_progress(wh: &Warehouse, params: &reach_core::demo::DemoParams) -> CliResult<ImportSummary> {
    let watch = Watch::start(false);
    let result = wh.import_demo_with(params, &watch.control).await;
    watch.finish(result, false)
}

/// A store error worded in Chinese or English, with its exit status.
fn store_error(e: StoreError, zh: bool) -> CliError {
    let message = e.message(zh);
    if e.is_bad_input() {
        CliError::BadInput(message)
    } else {
        CliError::Failure(message)
    }
}

/// The progress bar (only when stderr is a terminal) and the Ctrl-C watcher of one import.
struct Watch {
    control: ImportControl,
    bar: ProgressBar,
    ctrl_c: tokio::task::JoinHandle<()>,
}

impl Watch {
    fn start(zh: bool) -> Watch {
        let cancel = Arc::new(AtomicBool::new(false));
        let bar = if std::io::IsTerminal::is_terminal(&std::io::stderr()) {
            ProgressBar::with_draw_target(Some(0), ProgressDrawTarget::stderr())
        } else {
            ProgressBar::hidden()
        };
        let template = if zh {
            "{spinner} 导入中 [{bar:30}] {percent:>3}% {msg} 行 （Ctrl-C 取消）"
        } else {
            "{spinner} importing [{bar:30}] {percent:>3}% {msg} rows (Ctrl-C cancels)"
        };
        if let Ok(style) = ProgressStyle::with_template(template) {
            bar.set_style(style.progress_chars("=> "));
        }
        let shown = bar.clone();
        let control = ImportControl::default().cancelled_by(Arc::clone(&cancel)).on_progress(move |p| {
            shown.set_length(p.bytes_total.max(1));
            shown.set_position(p.bytes_done);
            shown.set_message(format_count(p.rows.into()));
        });
        let ctrl_c = tokio::spawn(async move {
            if tokio::signal::ctrl_c().await.is_ok() {
                cancel.store(true, Ordering::Relaxed);
            }
        });
        Watch { control, bar, ctrl_c }
    }

    fn finish(self, result: Result<ImportSummary, StoreError>, zh: bool) -> CliResult<ImportSummary> {
        self.ctrl_c.abort();
        self.bar.finish_and_clear();
        match result {
            Err(StoreError::Cancelled) => Err(CliError::BadInput(if zh {
                "已取消；没有任何改动".into()
            } else {
                "cancelled; nothing changed".into()
            })),
            other => other.map_err(|e| store_error(e, zh)),
        }
    }
}
