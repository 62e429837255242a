//! `reach book`: what the warehouse holds — the book's source and size, its asset bands and
//! dormant share, the branches, and the import history.

use std::path::Path;

use reach_core::book::{BAND_COUNT, BAND_LABELS};
use reach_core::money::{format_count, format_decimal, yuan_i128};
use reach_store::Warehouse;
use serde_json::json;

use crate::error::{CliError, CliResult};

pub async fn show(db: &Path, json: bool) -> CliResult {
    let wh = Warehouse::open(db).await?;
    let history = wh.import_history().await?;
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
        }, "branches": book.branches(), "history": history });
        println!("{}", serde_json::to_string_pretty(&out).map_err(|e| CliError::Failure(e.to_string()))?);
        return Ok(());
    }
    println!("Warehouse: {}", wh.path().display());
    println!(
        "Book: {}{}\n  {} customers in {} branches, imported {}",
        meta.label,
        if meta.synthetic { "  [synthetic]" } else { "" },
        format_count(s.customers.into()),
        book.branches().len(),
        meta.imported_at
    );
    let pct = |n: u64| if s.customers == 0 { 0.0 } else { n as f64 * 100.0 / s.customers as f64 };
    println!(
        "  dormant {} ({:.1}%), already served by an advisor {} ({:.1}%), base revenue {} CNY",
        format_count(s.dormant.into()),
        pct(s.dormant),
        format_count(s.already_served.into()),
        pct(s.already_served),
        format_decimal(yuan_i128(s.base_revenue_fen))
    );
    println!("\n  {:<14} {:>12} {:>8} {:>10}", "band (CNY)", "customers", "share", "dormant");
    for ((label, &n), &dormant) in BAND_LABELS.iter().zip(&s.band_customers).zip(&s.band_dormant) {
        let dormant = if n == 0 { 0.0 } else { dormant as f64 * 100.0 / n as f64 };
        println!("  {:<14} {:>12} {:>7.2}% {:>9.1}%", label, format_count(n.into()), pct(n), dormant);
    }
    if !history.is_empty() {
        println!("\nImports (newest first):");
        for h in history.iter().take(10) {
            println!("  {}  {:?}  {:?}  {} rows  {}", h.finished_at, h.kind, h.outcome, h.rows, h.message);
        }
    }
    Ok(())
}
