//! Fuzzing every parser a user can feed — the customers CSV, the branches CSV, the pilot
//! outcome CSV (each through a real import into a real warehouse) and the scenario TOML (the
//! workbench's form input is fuzzed in reach-core's tests/properties.rs) — with generated hostile input:
//! random bytes, valid files mutated (cut, spliced, fields swapped for huge numbers, odd
//! Unicode, control characters, quotes). Nothing may panic; a refusal must be bad input that
//! names its place (the file and a line, or the field), and an accepted book must load whole.
//!
//! A short pass runs with the normal tests. The long one:
//! `REACH_FUZZ_CASES=200000 cargo test --release -p reach-store --test fuzz`.

mod common;

use common::{Fixture, HEADER, ROWS};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use reach_core::Scenario;
use reach_store::StoreError;

/// Cases per parser: `$REACH_FUZZ_CASES`, else a pass short enough for every test run.
fn cases(default: u32) -> u32 {
    std::env::var("REACH_FUZZ_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

/// Values that have broken parsers elsewhere: huge, tiny, signed, non-ASCII digits, formulas,
/// control and invisible characters, quotes and separators.
const HOSTILE: &[&str] = &[
    "",
    "0",
    "-0",
    "-1",
    "1e28",
    "1e400",
    "-1e-400",
    "NaN",
    "inf",
    "79228162514264337593543950335",
    "79228162514264337593543950336",
    "18446744073709551616",
    "9223372036854775808",
    "0.000000000000000000000000000001",
    "1_000",
    "1,000",
    "１２３",
    "٣",
    "=1+1",
    "\"",
    "\"\"",
    ",",
    "\n",
    "\r\n",
    "\r",
    "\u{0}",
    "\u{1b}[31m",
    "\u{7}",
    "\u{feff}",
    "\u{202e}",
    "\u{85}",
    "\u{fffd}",
    "🦀",
    "上海浦东营业部",
    "C6",
    "c3",
    "ONLINE",
    "121",
    "17",
    "  45  ",
];

/// A mutation of a valid text: the kind and where (as fractions of the length, so they apply to
/// any text), with a hostile value or random bytes to put there.
#[derive(Debug, Clone)]
enum Mutation {
    Insert(f64, Vec<u8>),
    Hostile(f64, usize),
    Delete(f64, f64),
    ReplaceField(usize, usize),
    Duplicate(f64, f64),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        (0.0..1.0, proptest::collection::vec(any::<u8>(), 1..8)).prop_map(|(at, b)| Mutation::Insert(at, b)),
        (0.0..1.0, 0..HOSTILE.len()).prop_map(|(at, h)| Mutation::Hostile(at, h)),
        (0.0..1.0, 0.0..0.3).prop_map(|(at, len)| Mutation::Delete(at, len)),
        (0..64usize, 0..HOSTILE.len()).prop_map(|(field, h)| Mutation::ReplaceField(field, h)),
        (0.0..1.0, 0.0..0.5).prop_map(|(at, len)| Mutation::Duplicate(at, len)),
    ]
}

fn apply(text: &[u8], mutations: &[Mutation]) -> Vec<u8> {
    let mut out = text.to_vec();
    for m in mutations {
        let at = |f: f64, len: usize| ((f * len as f64) as usize).min(len);
        match m {
            Mutation::Insert(f, bytes) => {
                let i = at(*f, out.len());
                out.splice(i..i, bytes.iter().copied());
            }
            Mutation::Hostile(f, h) => {
                let i = at(*f, out.len());
                out.splice(i..i, HOSTILE[*h].bytes());
            }
            Mutation::Delete(f, len) => {
                let i = at(*f, out.len());
                let j = (i + at(*len, out.len())).min(out.len());
                out.drain(i..j);
            }
            Mutation::ReplaceField(field, h) => {
                // The field-th comma- or newline-separated field, counted from the start.
                let bounds: Vec<usize> =
                    out.iter().enumerate().filter(|(_, b)| matches!(b, b',' | b'\n')).map(|(i, _)| i).collect();
                if bounds.len() > field + 1 {
                    let (i, j) = (bounds[*field] + 1, bounds[field + 1]);
                    out.splice(i..j, HOSTILE[*h].bytes());
                }
            }
            Mutation::Duplicate(f, len) => {
                let i = at(*f, out.len());
                let j = (i + at(*len, out.len())).min(out.len());
                let copy = out[i..j].to_vec();
                out.splice(j..j, copy);
            }
        }
    }
    out
}

/// Either random bytes or a mutation of `valid`.
fn hostile_file(valid: &'static str) -> BoxedStrategy<Vec<u8>> {
    prop_oneof![
        1 => proptest::collection::vec(any::<u8>(), 0..600),
        4 => proptest::collection::vec(mutation(), 1..6).prop_map(move |ms| apply(valid.as_bytes(), &ms)),
    ]
    .boxed()
}

/// A refusal of a file must be the user's to fix and name the file and a line.
fn assert_names_its_place(e: &StoreError, file: &str) {
    assert!(e.is_bad_input(), "not reported as bad input: {e}");
    let text = e.to_string();
    assert!(text.contains(file), "the refusal does not name {file}: {text}");
    if let StoreError::InvalidFile { errors, .. } = e {
        assert!(!errors.is_empty(), "{text}");
        for row in errors {
            assert!(row.line >= 1, "no line in: {text}");
            assert!(!row.reason.is_empty(), "{text}");
        }
    }
}

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap()
}

#[test]
fn hostile_customer_files_are_imported_whole_or_refused_naming_the_place() {
    let rt = runtime();
    let fx = rt.block_on(Fixture::new());
    let valid: &'static str = Box::leak(format!("{HEADER}{ROWS}").into_boxed_str());
    let mut runner = TestRunner::new(Config { cases: cases(48), ..Config::default() });
    runner
        .run(&hostile_file(valid), |bytes| {
            let path = fx.file("customers.csv", &bytes);
            rt.block_on(async {
                match fx.wh.import_csv(&path, None, true).await {
                    Ok(summary) => {
                        let loaded = fx.wh.load_book().await.unwrap().unwrap();
                        assert_eq!(loaded.book.len() as u64, summary.meta.customers);
                    }
                    Err(e) => assert_names_its_place(&e, "customers.csv"),
                }
            });
            Ok(())
        })
        .unwrap();
}

#[test]
fn hostile_branch_files_are_refused_naming_the_place() {
    let rt = runtime();
    let fx = rt.block_on(Fixture::new());
    let customers = fx.file("customers.csv", format!("{HEADER}{ROWS}"));
    let valid = "branch,region,advisors\n上海浦东营业部,华东,12\nBeijing,华北,3\n";
    let mut runner = TestRunner::new(Config { cases: cases(48), ..Config::default() });
    runner
        .run(&hostile_file(valid), |bytes| {
            let path = fx.file("branches.csv", &bytes);
            rt.block_on(async {
                match fx.wh.import_csv(&customers, Some(&path), true).await {
                    Ok(_) => assert!(fx.wh.load_book().await.unwrap().is_some()),
                    Err(e) => assert_names_its_place(&e, "branches.csv"),
                }
            });
            Ok(())
        })
        .unwrap();
}

#[test]
fn hostile_pilot_files_are_imported_whole_or_refused_naming_the_place() {
    let rt = runtime();
    let fx = rt.block_on(Fixture::new());
    let valid = "customer_id,group,revenue_before,revenue_after,assets_before,assets_after,trades_before,trades_after,placed_after\n\
                 C1,treated,10,12.5,\"1,000\",1100,3,4,200\nC2,control,8,8,500,490,0,1,\nC3,treated,0,0,0,0,0,0,0\n";
    let mut runner = TestRunner::new(Config { cases: cases(48), ..Config::default() });
    let n = std::cell::Cell::new(0u32);
    runner
        .run(&hostile_file(valid), |bytes| {
            let path = fx.file("pilot.csv", &bytes);
            n.set(n.get() + 1);
            let name = format!("试点{}", n.get());
            rt.block_on(async {
                match fx.wh.import_pilot(&path, &name).await {
                    Ok(done) => {
                        let customers = fx.wh.pilot_customers(&name).await.unwrap();
                        assert_eq!(customers.len() as u64, done.pilot.customers);
                        assert_eq!(done.pilot.treated + done.pilot.control, done.pilot.customers);
                    }
                    Err(e) => {
                        assert_names_its_place(&e, "pilot.csv");
                        assert!(fx.wh.pilot_info(&name).await.is_err(), "a refused pilot was kept: {e}");
                    }
                }
            });
            Ok(())
        })
        .unwrap();
}

#[test]
fn hostile_scenario_files_are_parsed_or_refused_naming_the_field() {
    let valid: &'static str = include_str!("../../../scenarios/100k.toml");
    let mut runner = TestRunner::new(Config { cases: cases(400), ..Config::default() });
    runner
        .run(&hostile_file(valid), |bytes| {
            let text = String::from_utf8_lossy(&bytes);
            match Scenario::from_toml(&text) {
                Ok(scenario) => {
                    prop_assert!(scenario.validate().is_ok());
                    for t in &scenario.tiers {
                        prop_assert!(reach_core::name::check_name(&t.name).is_ok(), "{:?}", t.name);
                    }
                }
                Err(e) => {
                    prop_assert!(!e.field.is_empty(), "a refusal without its field: {e}");
                    if e.field == "(file)" {
                        prop_assert!(e.message.contains("line"), "a syntax error without its line: {e}");
                    }
                    prop_assert!(!e.message.is_empty(), "{e}");
                }
            }
            Ok(())
        })
        .unwrap();
}
