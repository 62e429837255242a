//! Filling the warehouse: building the demo book, saying what a replace drops (for
//! `book_import` and the demo), and — on first use of an empty warehouse — offering the demo
//! book so a new user sees real numbers at once (importing a book is `book_import`).

use reach_core::demo::DemoParams;
use reach_core::money::format_count;
use reach_store::{BookMeta, LoadedBook, ReplacePreview, StoreError, Warehouse};

use crate::ask;
use crate::error::CliResult;
use crate::output::{errln, escaped, outln};
use crate::warehouse_path::Db;

pub async fn demo(db: &Db, params: DemoParams) -> CliResult {
    let wh = db.open().await?;
    let preview = wh.replace_preview().await?;
    let summary = crate::book_import::demo_with_progress(&wh, &params).await?;
    outln!(
        "Built the demo book: {} synthetic customers in {} branches (seed {}) in {:.1} s\nWarehouse: {}",
        format_count(summary.meta.customers.into()),
        summary.meta.branches,
        params.seed,
        summary.elapsed_ms as f64 / 1000.0,
        wh.path().display()
    )?;
    if let Some(p) = preview {
        outln!("{}", kept_note(&p.replaced))?;
    }
    Ok(())
}

/// One line about a book: its label, size, source and import date.
pub fn describe_book(meta: &BookMeta) -> String {
    format!(
        "`{}` ({} customers in {} branches; {}; imported {})",
        escaped(&meta.label),
        format_count(meta.customers.into()),
        meta.branches,
        escaped(&meta.provenance()),
        meta.imported_at
    )
}

/// What a replace drops, in words.
pub fn describe_replace(p: &ReplacePreview) -> String {
    let mut text = format!(
        "The warehouse holds the book {}.\nA replace sets it aside as the previous book (`reach book undo` brings it back)",
        describe_book(&p.replaced)
    );
    match &p.dropped {
        Some(old) => {
            text.push_str(&format!(", and drops for good the previous book kept so far, {}.", describe_book(old)))
        }
        None => text.push('.'),
    }
    text
}

/// Where the replaced book went, after an import or a demo build.
pub fn kept_note(replaced: &BookMeta) -> String {
    format!(
        "The book it replaced, `{}`, is kept as the previous book: `reach book undo` brings it back, \
         `reach book drop-previous` drops it.",
        escaped(&replaced.label)
    )
}

/// The warehouse's book. On an empty warehouse, asks (only when a person is at the terminal)
/// whether to build the demo book; otherwise says how to fill it and fails with status 2.
pub async fn book_or_offer_demo(db: &Db) -> CliResult<LoadedBook> {
    let wh: Warehouse = db.open().await?;
    if let Some(book) = wh.load_book().await? {
        return Ok(book);
    }
    let params = DemoParams::default();
    let explanation = format!("The warehouse at {} holds no customer book yet.", wh.path().display());
    let question = format!(
        "Build the synthetic demo book ({} customers, 30 branches) now?",
        format_count(params.customers as i128)
    );
    if ask::confirm(&explanation, &question, true)? {
        wh.import_demo(&params).await?;
        if let Some(book) = wh.load_book().await? {
            errln!("Demo book built.\n");
            return Ok(book);
        }
    }
    Err(StoreError::NoBook.into())
}
