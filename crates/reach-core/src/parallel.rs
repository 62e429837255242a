//! Splitting work over the machine's cores with scoped threads: the engine's passes over the
//! book and the finishing of sweep points. Results are combined by the caller in chunk order,
//! and everything combined is exact integer or decimal arithmetic, so the answer never depends
//! on the number of threads.

use std::ops::Range;

/// Below this many items the work runs on the calling thread.
const MIN_PER_THREAD: usize = 50_000;

/// Runs `work` on consecutive chunks of `0..n`, in parallel where worth it, and returns the
/// chunk results in order.
pub(crate) fn map_chunks<T: Send>(n: usize, min_per_thread: usize, work: impl Fn(Range<usize>) -> T + Sync) -> Vec<T> {
    let threads = std::thread::available_parallelism().map_or(1, |p| p.get()).min(8);
    let chunks = (n / min_per_thread.max(1)).clamp(1, threads);
    if chunks == 1 {
        return vec![work(0..n)];
    }
    let size = n.div_ceil(chunks);
    std::thread::scope(|scope| {
        let handles: Vec<_> = (0..chunks)
            .map(|c| {
                let work = &work;
                scope.spawn(move || work(c * size..((c + 1) * size).min(n)))
            })
            .collect();
        handles.into_iter().map(|h| h.join().expect("an engine thread panicked")).collect()
    })
}

/// `map_chunks` for passes over the customers of a book.
pub(crate) fn over_customers<T: Send>(n: usize, work: impl Fn(Range<usize>) -> T + Sync) -> Vec<T> {
    map_chunks(n, MIN_PER_THREAD, work)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chunks_cover_the_range_once_in_order() {
        for n in [0, 1, 7, 100_000, 100_001, 1_000_003] {
            let parts = over_customers(n, |r| r);
            assert_eq!(parts.first().map(|r| r.start), Some(0));
            assert_eq!(parts.last().map(|r| r.end), Some(n));
            assert!(parts.windows(2).all(|w| w[0].end == w[1].start));
        }
    }
}
