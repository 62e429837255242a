//! On a book large enough for the engine to split its passes over threads (120,000 demo
//! customers), the result still equals the literal rational reference field by field, and
//! sweep points still equal single runs.

mod common;

use common::{engine_json, reference};
use reach_core::demo::{generate_all, DemoParams};
use reach_core::sweep::sweep;
use reach_core::{run, Book, Scenario};
use rust_decimal::Decimal;

fn scenario() -> Scenario {
    Scenario::from_toml(include_str!("../../../scenarios/30k.toml")).unwrap()
}

#[test]
fn a_threaded_run_equals_the_reference_on_a_large_book() {
    let (branches, customers) = generate_all(&DemoParams { customers: 120_000, seed: 11 });
    let s = scenario();
    assert_eq!(engine_json(&customers, Some(&branches), &s), reference(&customers, Some(&branches), &s));
}

#[test]
fn a_threaded_sweep_equals_threaded_runs_on_a_large_book() {
    let book = reach_core::demo::generate_book(&DemoParams { customers: 120_000, seed: 12 });
    let s = scenario();
    let xs: Vec<Decimal> = [20_000, 30_000, 99_999, 100_000, 250_000, 500_000, 700_000].map(Decimal::from).to_vec();
    let points = sweep(&book, &s, "数字化运营", &xs).unwrap();
    for (p, x) in points.iter().zip(&xs) {
        let mut at = s.clone();
        at.tiers[2].min_assets = *x;
        assert_eq!(p.result, run(&book, &at).unwrap(), "at {x}");
    }
    assert!(Book::len(&book) >= 100_000);
}
