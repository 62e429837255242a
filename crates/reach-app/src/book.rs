//! The book: the warehouse the CLI also uses, and the book loaded from it once and kept in
//! memory behind a lock, so a scenario is answered from memory. An import, a new demo book, an
//! undone import or a restore replaces it and bumps its generation, which every cache of the
//! workbench keys on. What a replace would set aside and drop is asked first
//! (`replace_preview`); the book it set aside comes back with `undo_import`. Imports and demo
//! builds report their progress and can be cancelled through [`ImportJob`].

use std::path::Path;
use std::sync::{Arc, RwLock};

use reach_core::book::{BAND_COUNT, BAND_LOWER_FEN};
use reach_core::demo::DemoParams;
use reach_core::money::yuan;
use reach_store::{BookMeta, LoadedBook, StoreError, Warehouse};

use crate::charts;
use crate::convert::dec2;
use crate::dto::{BandView, BookMetaView, BookView, HistoryView, ImportView, Lang, ReplaceView, RestoreView};
use crate::error::{AppError, AppResult};
use crate::import_job::ImportJob;

/// The most customers a demo book built from the app may hold.
pub const MAX_DEMO_CUSTOMERS: u64 = 10_000_000;

/// The book in memory, with the generation it belongs to.
#[derive(Clone)]
pub struct Current {
    pub loaded: Arc<LoadedBook>,
    /// Bumped whenever the book in memory is replaced.
    pub generation: u64,
}

/// The warehouse, its book in memory and the import under way.
pub struct BookKeeper {
    warehouse: Warehouse,
    held: RwLock<Held>,
    job: ImportJob,
}

/// The book in memory, the previous book the warehouse keeps (for undo), and the generation.
struct Held {
    book: Option<Arc<LoadedBook>>,
    previous: Option<BookMeta>,
    generation: u64,
}

impl BookKeeper {
    /// Loads the warehouse's book (if it holds one) into memory.
    pub async fn open(warehouse: Warehouse) -> AppResult<BookKeeper> {
        let book = warehouse.load_book().await?.map(Arc::new);
        let previous = warehouse.previous_book().await?;
        Ok(BookKeeper {
            warehouse,
            held: RwLock::new(Held { book, previous, generation: 0 }),
            job: ImportJob::default(),
        })
    }

    pub fn warehouse(&self) -> &Warehouse {
        &self.warehouse
    }

    /// The import or demo build under way.
    pub fn job(&self) -> &ImportJob {
        &self.job
    }

    /// The book in memory, if any.
    pub fn current(&self) -> Option<Current> {
        let held = self.held.read().expect("the book lock is never poisoned");
        held.book.as_ref().map(|loaded| Current { loaded: Arc::clone(loaded), generation: held.generation })
    }

    /// The book in memory, or the warehouse's "no book" error.
    pub fn loaded(&self) -> AppResult<Current> {
        self.current().ok_or_else(|| StoreError::NoBook.into())
    }

    async fn reload(&self) -> AppResult<()> {
        let book = self.warehouse.load_book().await?.map(Arc::new);
        let previous = self.warehouse.previous_book().await?;
        let mut held = self.held.write().expect("the book lock is never poisoned");
        *held = Held { book, previous, generation: held.generation + 1 };
        Ok(())
    }

    /// What is loaded, with its band distribution chart.
    pub fn view(&self, lang: Lang) -> Option<BookView> {
        let loaded = self.current()?.loaded;
        let stats = loaded.book.stats();
        let meta = &loaded.meta;
        let bands = (0..BAND_COUNT)
            .map(|b| BandView {
                lower: dec2(yuan(BAND_LOWER_FEN[b])),
                upper: BAND_LOWER_FEN.get(b + 1).map(|&f| dec2(yuan(f))),
                customers: stats.band_customers[b],
                dormant: stats.band_dormant[b],
            })
            .collect();
        Some(BookView {
            source: meta.source.as_str().to_string(),
            label: meta.label.clone(),
            synthetic: meta.synthetic,
            imported_at: meta.imported_at.clone(),
            snapshot_date: meta.snapshot_date.clone(),
            customers_file: meta.customers_file.clone(),
            customers: stats.customers,
            branches: loaded.book.branches().len() as u64,
            active: stats.active,
            dormant: stats.dormant,
            already_served: stats.already_served,
            current_advisors: loaded.book.branches().iter().map(|b| u64::from(b.current_advisors)).sum(),
            base_revenue: dec2(reach_core::money::yuan_i128(stats.base_revenue_fen)),
            bands,
            chart: charts::bands(&meta.label, stats, lang),
            previous: self.held.read().expect("the book lock is never poisoned").previous.as_ref().map(meta_view),
        })
    }

    fn fresh_view(&self, lang: Lang) -> AppResult<BookView> {
        self.view(lang).ok_or_else(|| StoreError::NoBook.into())
    }

    /// What importing now would set aside (the current book) and drop for good (the previous
    /// book kept so far); `None` when no book is loaded, so an import replaces nothing.
    pub async fn replace_preview(&self) -> AppResult<Option<ReplaceView>> {
        Ok(self
            .warehouse
            .replace_preview()
            .await?
            .map(|p| ReplaceView { replaced: meta_view(&p.replaced), dropped: p.dropped.as_ref().map(meta_view) }))
    }

    /// Builds the calibrated demo book (synthetic, labelled so) as the warehouse's book, the
    /// book it replaces kept as the previous one; its progress is polled through `job`.
    pub async fn build_demo(&self, customers: u64, lang: Lang) -> AppResult<BookView> {
        if customers == 0 || customers > MAX_DEMO_CUSTOMERS {
            return Err(AppError::new("invalid_input", "the demo book holds from 1 to 10,000,000 customers"));
        }
        let params = DemoParams { customers: customers as usize, ..DemoParams::default() };
        let (control, _job) = self.job.start("demo")?;
        self.warehouse.import_demo_with(&params, &control).await.map_err(|e| AppError::store(e, lang))?;
        self.reload().await?;
        self.fresh_view(lang)
    }

    /// Imports a customers file — CSV (UTF-8 or GBK) or an Excel workbook — and optionally a
    /// branches file. Over a loaded book only with `replace` (asked first, see
    /// `replace_preview`); the replaced book is kept as the previous one. A file with any bad
    /// row is refused whole, with the rows' reasons in `lang`: the warehouse and the book in
    /// memory are unchanged. Its progress is polled through `job`, and cancel changes nothing.
    pub async fn import_file(
        &self,
        customers: &Path,
        branches: Option<&Path>,
        replace: bool,
        lang: Lang,
    ) -> AppResult<ImportView> {
        let (control, _job) = self.job.start("import")?;
        let summary = self
            .warehouse
            .import_file(customers, branches, replace, &control)
            .await
            .map_err(|e| AppError::store(e, lang))?;
        self.reload().await?;
        Ok(ImportView {
            book: self.fresh_view(lang)?,
            file_format: summary.file_format,
            warnings: summary.warnings,
            elapsed_ms: summary.elapsed_ms,
        })
    }

    /// Undoes the last import: the previous book becomes the loaded one again (and the one it
    /// replaced the previous one). Saved scenarios are untouched.
    pub async fn undo_import(&self, lang: Lang) -> AppResult<BookView> {
        self.warehouse.undo_import().await.map_err(|e| AppError::store(e, lang))?;
        self.reload().await?;
        self.fresh_view(lang)
    }

    /// Drops the previous book for good; the loaded book stays.
    pub async fn drop_previous(&self, lang: Lang) -> AppResult<BookView> {
        self.warehouse.drop_previous_book().await.map_err(|e| AppError::store(e, lang))?;
        self.reload().await?;
        self.fresh_view(lang)
    }

    /// Replaces the warehouse with the backup at `from` (checked first; the current one kept
    /// beside it) and loads its book.
    pub async fn restore(&self, from: &Path, lang: Lang) -> AppResult<RestoreView> {
        let summary = self.warehouse.restore(from).await.map_err(|e| AppError::store(e, lang))?;
        self.reload().await?;
        Ok(RestoreView {
            book: self.view(lang),
            kept_at: summary.replaced_kept_at.display().to_string(),
            scenarios: summary.scenarios,
        })
    }

    /// Every import attempt, newest first.
    pub async fn history(&self) -> AppResult<Vec<HistoryView>> {
        Ok(self
            .warehouse
            .import_history()
            .await?
            .into_iter()
            .map(|r| HistoryView {
                started_at: r.started_at,
                kind: r.kind.as_str().to_string(),
                customers_file: r.customers_file,
                rows: r.rows,
                ok: r.outcome == reach_store::ImportOutcome::Ok,
                message: r.message,
            })
            .collect())
    }
}

/// A book as a question or a history line names it.
pub fn meta_view(m: &BookMeta) -> BookMetaView {
    BookMetaView {
        source: m.source.as_str().to_string(),
        label: m.label.clone(),
        synthetic: m.synthetic,
        imported_at: m.imported_at.clone(),
        customers: m.customers,
        branches: m.branches,
    }
}
