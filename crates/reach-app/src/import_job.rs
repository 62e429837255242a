//! The long work of the book card — an import or a demo build — while it runs: its progress
//! (rows, rate, time left), which the UI polls, and its cancel flag. One at a time: a second
//! import is refused while one runs. A cancelled import changes nothing (reach-store's rule).

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Instant;

use reach_store::{ImportControl, Progress};

use crate::dto::ImportProgressView;
use crate::error::{AppError, AppResult};

/// What the book card is doing, if anything.
#[derive(Default)]
pub struct ImportJob {
    running: Arc<Mutex<Option<Running>>>,
}

struct Running {
    task: &'static str,
    started: Instant,
    last: Progress,
    cancel: Arc<AtomicBool>,
}

/// Ends the job when dropped (finished, refused or cancelled alike).
pub struct JobGuard {
    running: Arc<Mutex<Option<Running>>>,
}

impl Drop for JobGuard {
    fn drop(&mut self) {
        *lock(&self.running) = None;
    }
}

fn lock(m: &Mutex<Option<Running>>) -> std::sync::MutexGuard<'_, Option<Running>> {
    m.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

impl ImportJob {
    /// Starts `task` (`import` or `demo`): the control to hand to reach-store, and the guard
    /// that ends the job. Refused while another runs.
    pub fn start(&self, task: &'static str) -> AppResult<(ImportControl, JobGuard)> {
        let mut running = lock(&self.running);
        if let Some(r) = running.as_ref() {
            return Err(AppError::new("busy", format!("an {} is already running: wait for it or cancel it", r.task)));
        }
        let cancel = Arc::new(AtomicBool::new(false));
        *running = Some(Running {
            task,
            started: Instant::now(),
            last: Progress { rows: 0, bytes_done: 0, bytes_total: 0 },
            cancel: Arc::clone(&cancel),
        });
        let shared = Arc::clone(&self.running);
        let control = ImportControl::default().cancelled_by(cancel).on_progress(move |p| {
            if let Some(r) = lock(&shared).as_mut() {
                r.last = p;
            }
        });
        Ok((control, JobGuard { running: Arc::clone(&self.running) }))
    }

    /// How far the running job has got, `None` when none runs.
    pub fn progress(&self) -> Option<ImportProgressView> {
        let running = lock(&self.running);
        let r = running.as_ref()?;
        let elapsed_ms = r.started.elapsed().as_millis() as u64;
        let Progress { rows, bytes_done: done, bytes_total: total } = r.last;
        let rows_per_second = rows.saturating_mul(1000).checked_div(elapsed_ms).unwrap_or(0);
        let left_ms = (done > 0 && total >= done)
            .then(|| ((total - done) as u128 * u128::from(elapsed_ms) / u128::from(done)) as u64);
        Some(ImportProgressView {
            task: r.task.to_string(),
            rows,
            done,
            total,
            elapsed_ms,
            rows_per_second,
            left_ms,
            cancelling: r.cancel.load(Ordering::Relaxed),
        })
    }

    /// Asks the running job to stop; false when none runs.
    pub fn cancel(&self) -> bool {
        match lock(&self.running).as_ref() {
            Some(r) => {
                r.cancel.store(true, Ordering::Relaxed);
                true
            }
            None => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_job_at_a_time_with_its_progress_and_cancel() {
        let job = ImportJob::default();
        assert!(job.progress().is_none());
        assert!(!job.cancel(), "nothing to cancel");
        let (control, guard) = job.start("import").unwrap();
        assert_eq!(job.start("demo").err().unwrap().code, "busy");
        let p = job.progress().unwrap();
        assert_eq!((p.task.as_str(), p.rows, p.left_ms, p.cancelling), ("import", 0, None, false));
        assert!(job.cancel());
        assert!(control.cancel_flag().load(Ordering::Relaxed), "reach-store sees the cancel");
        assert!(job.progress().unwrap().cancelling);
        drop(guard);
        assert!(job.progress().is_none(), "the job ends with its guard");
        assert!(job.start("demo").is_ok());
    }
}
