//! Filling the warehouse: building the demo book and — on first use of an empty warehouse —
//! offering the demo book so a new user sees real numbers at once (importing a book is
//! `book_import`).

use std::io::{BufRead, IsTerminal, Write};
use std::path::Path;

use reach_core::demo::DemoParams;
use reach_core::money::format_count;
use reach_store::{LoadedBook, StoreError, Warehouse};

use crate::error::{CliError, CliResult};

pub async fn demo(db: &Path, customers: usize, seed: u64) -> CliResult {
    if customers == 0 {
        return Err(CliError::bad("--customers must be at least 1"));
    }
    let wh = Warehouse::open(db).await?;
    let summary = crate::book_import::demo_with_progress(&wh, &DemoParams { customers, seed }).await?;
    println!(
        "Built the demo book: {} synthetic customers in {} branches (seed {seed}) in {:.1} s\nWarehouse: {}",
        format_count(summary.meta.customers.into()),
        summary.meta.branches,
        summary.elapsed_ms as f64 / 1000.0,
        wh.path().display()
    );
    Ok(())
}

/// The warehouse's book. On an empty warehouse, asks (only when a person is at the terminal)
/// whether to build the demo book; otherwise says how to fill it and fails with status 2.
pub async fn book_or_offer_demo(db: &Path) -> CliResult<LoadedBook> {
    let wh = Warehouse::open(db).await?;
    if let Some(book) = wh.load_book().await? {
        return Ok(book);
    }
    let stdin = std::io::stdin();
    if stdin.is_terminal() && std::io::stderr().is_terminal() {
        let params = DemoParams::default();
        eprint!(
            "The warehouse at {} holds no customer book yet.\nBuild the synthetic demo book ({} customers, 30 branches) now? [Y/n] ",
            wh.path().display(),
            format_count(params.customers as i128)
        );
        std::io::stderr().flush()?;
        let mut answer = String::new();
        stdin.lock().read_line(&mut answer)?;
        if matches!(answer.trim(), "" | "y" | "Y" | "yes" | "是") {
            wh.import_demo(&params).await?;
            if let Some(book) = wh.load_book().await? {
                eprintln!("Demo book built.\n");
                return Ok(book);
            }
        }
    }
    Err(StoreError::NoBook.into())
}
