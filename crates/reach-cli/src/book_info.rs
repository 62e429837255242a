//! `reach book`: what the warehouse holds — the book's source and size, its asset bands and
//! dormant share, the branches, the previous book and the import history; `reach book undo`
//! and `drop-previous`; `reach backup` and `reach restore` of the whole warehouse.

use std::path::Path;

use reach_core::book::{BAND_COUNT, BAND_LABELS};
use reach_core::money::{format_count, format_decimal, yuan_i128};
use serde_json::json;

use crate::cli::BookCommand;
use crate::error::{CliError, CliResult};
use crate::output::{escaped, outln};
use crate::warehouse_path::Db;
use crate::warehouse_setup::describe_book;

pub async fn show(db: &Db, json: bool) -> CliResult {
    let wh = db.open().await?;
    let history = wh.import_history().await?;
    let previous = wh.previous_book().await?;
    let Some(loaded) = wh.load_book().await? else {
        return Err(reach_store::StoreError::NoBook.into());
    };
    let (book, meta) = (&loaded.book, &loaded.meta);
    let s = book.stats();
    if json {
        let bands: Vec<_> = (0..BAND_COUNT)
            .map(|b| {
                json!({
                    "band": BAND_LABELS[b], "customers": s.band_customers[b], "dormant": s.band_dormant[b],
                    "assets": format!("{}", reach_core::money::round2(yuan_i128(s.band_assets_fen[b]))),
                })
            })
            .collect();
        let out = json!({ "warehouse": wh.path(), "book": meta, "stats": {
            "customers": s.customers, "active": s.active, "dormant": s.dormant, "already_served": s.already_served,
            "base_revenue": format!("{}", reach_core::money::round2(yuan_i128(s.base_revenue_fen))), "bands": bands,
        }, "branches": book.branches(), "previous_book": previous, "history": history });
        return outln!("{}", serde_json::to_string_pretty(&out).map_err(|e| CliError::Failure(e.to_string()))?);
    }
    outln!("Warehouse: {}", wh.path().display())?;
    outln!(
        "Book: {}{}\n  {} customers in {} branches, imported {}",
        escaped(&meta.label),
        if meta.synthetic { "  [synthetic]" } else { "" },
        format_count(s.customers.into()),
        book.branches().len(),
        meta.imported_at
    )?;
    let pct = |n: u64| if s.customers == 0 { 0.0 } else { n as f64 * 100.0 / s.customers as f64 };
    outln!(
        "  dormant {} ({:.1}%), already served by an advisor {} ({:.1}%), base revenue {} CNY",
        format_count(s.dormant.into()),
        pct(s.dormant),
        format_count(s.already_served.into()),
        pct(s.already_served),
        format_decimal(yuan_i128(s.base_revenue_fen))
    )?;
    outln!("\n  {:<14} {:>12} {:>8} {:>10}", "band (CNY)", "customers", "share", "dormant")?;
    for ((label, &n), &dormant) in BAND_LABELS.iter().zip(&s.band_customers).zip(&s.band_dormant) {
        let dormant = if n == 0 { 0.0 } else { dormant as f64 * 100.0 / n as f64 };
        outln!("  {:<14} {:>12} {:>7.2}% {:>9.1}%", label, format_count(n.into()), pct(n), dormant)?;
    }
    if let Some(p) = &previous {
        outln!(
            "\nPrevious book, kept by the last import: {}\n  `reach book undo` brings it back; `reach book drop-previous` drops it.",
            describe_book(p)
        )?;
    }
    if !history.is_empty() {
        outln!("\nImports (newest first):")?;
        for h in history.iter().take(10) {
            outln!("  {}  {:?}  {:?}  {} rows  {}", h.finished_at, h.kind, h.outcome, h.rows, escaped(&h.message))?;
        }
    }
    Ok(())
}

pub async fn manage(db: &Db, action: BookCommand) -> CliResult {
    let wh = db.open().await?;
    match action {
        BookCommand::Undo => {
            let now = wh.undo_import().await?;
            outln!(
                "Undone: the book is again {}.\nThe book it replaced is kept as the previous book \
                 (`reach book undo` again brings it back).",
                describe_book(&now)
            )
        }
        BookCommand::DropPrevious => match wh.drop_previous_book().await? {
            Some(dropped) => outln!("Dropped the previous book {}.", describe_book(&dropped)),
            None => outln!("No previous book was kept; nothing to drop."),
        },
    }
}

pub async fn backup(db: &Db, out: &Path) -> CliResult {
    let wh = db.open().await?;
    let bytes = wh.backup(out).await?;
    outln!(
        "Backed up {} to {} ({} KB). `reach restore {}` brings it back.",
        wh.path().display(),
        out.display(),
        bytes.div_ceil(1024),
        out.display()
    )
}

pub async fn restore(db: &Db, file: &Path) -> CliResult {
    let wh = db.open().await?;
    let summary = wh.restore(file).await?;
    let book = summary.book.as_ref().map_or_else(|| "no book".to_string(), describe_book);
    outln!(
        "Restored {} from {}: the book is {book}; {} saved scenarios.\nThe warehouse it replaced is kept at {}.",
        wh.path().display(),
        file.display(),
        summary.scenarios,
        summary.replaced_kept_at.display()
    )
}
