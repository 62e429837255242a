//! What the caller of an import sees and steers while it runs: progress (rows and bytes done,
//! of bytes total) through a callback, and a cancel flag. A cancelled import changes nothing.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use serde::Serialize;

/// How far an import has got.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Progress {
    /// Data rows read (customers built, for the demo book).
    pub rows: u64,
    /// Bytes of the customers file read (rows, for the demo book).
    pub bytes_done: u64,
    /// Bytes in the customers file (customers to build, for the demo book).
    pub bytes_total: u64,
}

/// Rows between two progress reports (and two looks at the cancel flag).
pub(crate) const ROWS_PER_REPORT: u64 = 16_384;

/// The progress callback and cancel flag of one import; the default reports nowhere and is
/// never cancelled.
#[derive(Clone, Default)]
pub struct ImportControl {
    progress: Option<Arc<dyn Fn(Progress) + Send + Sync>>,
    cancel: Arc<AtomicBool>,
}

impl ImportControl {
    /// Calls `report` as the import goes (from the reading thread).
    pub fn on_progress(mut self, report: impl Fn(Progress) + Send + Sync + 'static) -> Self {
        self.progress = Some(Arc::new(report));
        self
    }

    /// Stops the import, changing nothing, once `flag` is set.
    pub fn cancelled_by(mut self, flag: Arc<AtomicBool>) -> Self {
        self.cancel = flag;
        self
    }

    /// The flag that cancels this import.
    pub fn cancel_flag(&self) -> Arc<AtomicBool> {
        Arc::clone(&self.cancel)
    }

    pub(crate) fn is_cancelled(&self) -> bool {
        self.cancel.load(Ordering::Relaxed)
    }

    pub(crate) fn report(&self, progress: Progress) {
        if let Some(report) = &self.progress {
            report(progress);
        }
    }
}
