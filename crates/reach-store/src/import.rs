//! Bringing a book into the warehouse: a customers file, CSV or workbook (with an optional
//! branches file), or the calibrated demo book. Either way the source streams customers on a
//! blocking thread while the writer inserts them in batches, all in one transaction, reporting
//! progress and honouring a cancel flag (`ImportControl`); a refusal or a cancel leaves the
//! warehouse unchanged and is recorded in the import history.

use std::path::Path;
use std::time::Instant;

use reach_core::book::Customer;
use reach_core::demo::{self, DemoParams};
use serde::Serialize;
use tokio::sync::mpsc;

use crate::book_meta::{BookMeta, BookSource};
use crate::book_write::{BookWriter, Headcounts, ROWS_PER_INSERT};
use crate::branches_file::read_branches;
use crate::clock::now_utc;
use crate::customers_file::{read_customers, CustomersRead};
use crate::error::StoreError;
use crate::history::Attempt;
use crate::import_control::{ImportControl, Progress};
use crate::warehouse::Warehouse;

/// Customers handed from the reading thread to the writer at a time.
const CUSTOMERS_PER_BATCH: usize = ROWS_PER_INSERT * 4;
/// Batches in flight between the reading thread and the writer.
const BATCHES_IN_FLIGHT: usize = 8;

/// What an import did.
#[derive(Debug, Clone, Serialize)]
pub struct ImportSummary {
    /// The new book's description.
    pub meta: BookMeta,
    /// Things the user should know that did not stop the import (unused columns).
    pub warnings: Vec<String>,
    /// Wall-clock time of the whole import, in milliseconds.
    pub elapsed_ms: u64,
    /// What the customers file was read as: `CSV, UTF-8`, `CSV, GB18030`, `XLSX, sheet 客户`
    /// (none for the demo book).
    pub file_format: Option<String>,
}

impl Warehouse {
    /// Imports a customers file (and optionally a branches file) as the warehouse's book, with
    /// no progress reports and no cancel: `import_file` with the default control.
    pub async fn import_csv(
        &self,
        customers: &Path,
        branches: Option<&Path>,
        replace: bool,
    ) -> Result<ImportSummary, StoreError> {
        self.import_file(customers, branches, replace, &ImportControl::default()).await
    }

    /// Imports a customers file — CSV (UTF-8 or GB18030) or an Excel workbook, told apart by
    /// content — and optionally a branches file, as the warehouse's book. Refused whole
    /// (nothing changes) on any bad row, when cancelled through `control`, or when a book
    /// exists and `replace` is false; with `replace` the old book is swapped for the new one
    /// in the same transaction.
    pub async fn import_file(
        &self,
        customers: &Path,
        branches: Option<&Path>,
        replace: bool,
        control: &ImportControl,
    ) -> Result<ImportSummary, StoreError> {
        let started = Instant::now();
        let attempt = Attempt::start(
            BookSource::Csv,
            Some(customers.display().to_string()),
            branches.map(|b| b.display().to_string()),
        );
        let mut rows = 0;
        let result = self.import_csv_in_transaction(customers, branches, replace, control, &attempt, &mut rows).await;
        match result {
            Ok((meta, warnings, format)) => {
                Ok(ImportSummary { meta, warnings, elapsed_ms: elapsed_ms(started), file_format: Some(format) })
            }
            Err(e) => {
                self.record_refusal(&attempt, rows, &e).await;
                Err(e)
            }
        }
    }

    async fn import_csv_in_transaction(
        &self,
        customers: &Path,
        branches: Option<&Path>,
        replace: bool,
        control: &ImportControl,
        attempt: &Attempt,
        rows: &mut u64,
    ) -> Result<(BookMeta, Vec<String>, String), StoreError> {
        let headcounts = if branches.is_some() { Headcounts::File } else { Headcounts::Derived };
        let mut writer = BookWriter::begin(&self.pool, replace, headcounts).await?;

        let mut warnings = Vec::new();
        let listed = match branches {
            Some(path) => {
                let path = path.to_path_buf();
                let read = tokio::task::spawn_blocking(move || read_branches(&path)).await.map_err(join_error)??;
                warnings.extend(read.warnings);
                Some((read.branches, read.sha256))
            }
            None => None,
        };

        let path = customers.to_path_buf();
        let reading = control.clone();
        let (file_rows, read) =
            stream_into(&mut writer, move |send| read_customers(&path, CUSTOMERS_PER_BATCH, &reading, send)).await?;
        *rows = file_rows;
        let CustomersRead { sha256, warnings: column_warnings, format } = read?;
        warnings.extend(column_warnings);

        let (listed, branches_sha256) = match listed {
            Some((list, sha)) => (Some(list), Some(sha)),
            None => (None, None),
        };
        let meta = BookMeta {
            source: BookSource::Csv,
            label: file_name(customers),
            snapshot_date: None,
            customers: 0,
            branches: 0,
            imported_at: now_utc(),
            seed: None,
            customers_file: Some(file_name(customers)),
            customers_sha256: Some(sha256),
            branches_file: branches.map(file_name),
            branches_sha256,
            synthetic: false,
        };
        if control.is_cancelled() {
            return Err(StoreError::Cancelled);
        }
        let meta = writer.finish(listed, meta, attempt).await?;
        Ok((meta, warnings, format))
    }

    /// Builds the calibrated demo book (synthetic customers, labelled as such) and makes it
    /// the warehouse's book, replacing any other in one transaction, then (re)builds the
    /// synthetic demo pilot on it (`build_demo_pilot`): `import_demo_with` with the default
    /// control.
    pub async fn import_demo(&self, params: &DemoParams) -> Result<ImportSummary, StoreError> {
        self.import_demo_with(params, &ImportControl::default()).await
    }

    /// Builds the demo book as `import_demo` does, reporting progress in customers built (of
    /// customers to build) and stopping, changing nothing, when cancelled through `control`.
    pub async fn import_demo_with(
        &self,
        params: &DemoParams,
        control: &ImportControl,
    ) -> Result<ImportSummary, StoreError> {
        let started = Instant::now();
        let attempt = Attempt::start(BookSource::Demo, None, None);
        let params = *params;
        let result = async {
            let mut writer = BookWriter::begin(&self.pool, true, Headcounts::Demo).await?;
            let building = control.clone();
            let branches = stream_into(&mut writer, move |send| {
                let mut batch = Vec::with_capacity(CUSTOMERS_PER_BATCH);
                let mut open = true;
                let mut built = 0u64;
                let total = params.customers as u64;
                let branches = demo::generate(&params, |c| {
                    batch.push(c);
                    if batch.len() == CUSTOMERS_PER_BATCH && open {
                        built += batch.len() as u64;
                        building.report(Progress { rows: built, bytes_done: built, bytes_total: total });
                        open = !building.is_cancelled()
                            && send(std::mem::replace(&mut batch, Vec::with_capacity(CUSTOMERS_PER_BATCH)));
                    }
                });
                if open && !batch.is_empty() {
                    send(batch);
                }
                building.report(Progress { rows: total, bytes_done: total, bytes_total: total });
                branches
            })
            .await?;
            if control.is_cancelled() {
                return Err(StoreError::Cancelled);
            }
            let meta = BookMeta {
                source: BookSource::Demo,
                label: demo::DEMO_LABEL.to_string(),
                snapshot_date: None,
                customers: 0,
                branches: 0,
                imported_at: now_utc(),
                seed: Some(params.seed),
                customers_file: None,
                customers_sha256: None,
                branches_file: None,
                branches_sha256: None,
                synthetic: true,
            };
            writer.finish(Some(branches), meta, &attempt).await
        }
        .await;
        match result {
            Ok(meta) => {
                self.build_demo_pilot(&params).await?;
                Ok(ImportSummary { meta, warnings: Vec::new(), elapsed_ms: elapsed_ms(started), file_format: None })
            }
            Err(e) => {
                self.record_refusal(&attempt, 0, &e).await;
                Err(e)
            }
        }
    }
}

/// Runs `produce` on a blocking thread, handing it a `send` function for batches of
/// customers (it returns false once the writer has stopped), and writes every batch as it
/// arrives. Returns what `produce` returned, or the writer's error.
async fn stream_into<T: Send + 'static>(
    writer: &mut BookWriter,
    produce: impl FnOnce(&mut dyn FnMut(Vec<Customer>) -> bool) -> T + Send + 'static,
) -> Result<T, StoreError> {
    let (tx, mut rx) = mpsc::channel::<Vec<Customer>>(BATCHES_IN_FLIGHT);
    let producer = tokio::task::spawn_blocking(move || produce(&mut |batch| tx.blocking_send(batch).is_ok()));
    let mut failure = None;
    while let Some(batch) = rx.recv().await {
        if let Err(e) = writer.write(batch).await {
            failure = Some(e);
            break;
        }
    }
    drop(rx);
    let produced = producer.await.map_err(join_error)?;
    match failure {
        Some(e) => Err(e),
        None => Ok(produced),
    }
}

fn join_error(e: tokio::task::JoinError) -> StoreError {
    StoreError::Io { path: String::new(), source: std::io::Error::other(format!("the import thread failed: {e}")) }
}

fn file_name(path: &Path) -> String {
    path.file_name().map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned())
}

fn elapsed_ms(started: Instant) -> u64 {
    started.elapsed().as_millis() as u64
}
