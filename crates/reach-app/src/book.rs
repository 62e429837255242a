//! The book: the warehouse the CLI also uses, and the book loaded from it once and kept in
//! memory behind a lock, so a scenario is answered from memory. An import or a new demo book
//! replaces it and bumps its generation, which every cache of the workbench keys on.

use std::path::Path;
use std::sync::{Arc, RwLock};

use reach_core::book::{BAND_COUNT, BAND_LOWER_FEN};
use reach_core::demo::DemoParams;
use reach_core::money::yuan;
use reach_store::{LoadedBook, StoreError, Warehouse};

use crate::charts;
use crate::convert::dec2;
use crate::dto::{BandView, BookView, Lang};
use crate::error::{AppError, AppResult};

/// The most customers a demo book built from the app may hold.
pub const MAX_DEMO_CUSTOMERS: u64 = 10_000_000;

/// The book in memory, with the generation it belongs to.
#[derive(Clone)]
pub struct Current {
    pub loaded: Arc<LoadedBook>,
    /// Bumped whenever the book in memory is replaced.
    pub generation: u64,
}

/// The warehouse and its book in memory.
pub struct BookKeeper {
    warehouse: Warehouse,
    current: RwLock<(Option<Arc<LoadedBook>>, u64)>,
}

impl BookKeeper {
    /// Loads the warehouse's book (if it holds one) into memory.
    pub async fn open(warehouse: Warehouse) -> AppResult<BookKeeper> {
        let book = warehouse.load_book().await?.map(Arc::new);
        Ok(BookKeeper { warehouse, current: RwLock::new((book, 0)) })
    }

    pub fn warehouse(&self) -> &Warehouse {
        &self.warehouse
    }

    /// The book in memory, if any.
    pub fn current(&self) -> Option<Current> {
        let guard = self.current.read().expect("the book lock is never poisoned");
        guard.0.as_ref().map(|loaded| Current { loaded: Arc::clone(loaded), generation: guard.1 })
    }

    /// The book in memory, or the warehouse's "no book" error.
    pub fn loaded(&self) -> AppResult<Current> {
        self.current().ok_or_else(|| StoreError::NoBook.into())
    }

    async fn reload(&self) -> AppResult<()> {
        let fresh = self.warehouse.load_book().await?.map(Arc::new);
        let mut guard = self.current.write().expect("the book lock is never poisoned");
        *guard = (fresh, guard.1 + 1);
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
        })
    }

    fn fresh_view(&self, lang: Lang) -> AppResult<BookView> {
        self.view(lang).ok_or_else(|| StoreError::NoBook.into())
    }

    /// Builds the calibrated demo book (synthetic, labelled so) as the warehouse's book.
    pub async fn build_demo(&self, customers: u64, lang: Lang) -> AppResult<BookView> {
        if customers == 0 || customers > MAX_DEMO_CUSTOMERS {
            return Err(AppError::new("invalid_input", "the demo book holds from 1 to 10,000,000 customers"));
        }
        let params = DemoParams { customers: customers as usize, ..DemoParams::default() };
        self.warehouse.import_demo(&params).await?;
        self.reload().await?;
        self.fresh_view(lang)
    }

    /// Imports a customers CSV (and optionally a branches file), replacing the book. A file
    /// with any bad row is refused whole: the warehouse and the book in memory are unchanged.
    pub async fn import_csv(&self, customers: &Path, branches: Option<&Path>, lang: Lang) -> AppResult<BookView> {
        self.warehouse.import_csv(customers, branches, true).await?;
        self.reload().await?;
        self.fresh_view(lang)
    }
}
