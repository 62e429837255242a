//! Property tests over random small books and scenarios: the engine equals the independent
//! rational reference exactly, and the model's invariants hold (lowering a threshold never
//! loses eligible customers, branches and HQ add up to the totals, credit splits add up to the
//! incremental revenue, every sweep point equals a single run), and the analyses of MODEL
//! section 10 equal brute force by full runs (goal seek, tornado, Monte Carlo draws).

mod common;

use common::{d, engine_json, reference};
use proptest::prelude::*;
use reach_core::analysis::montecarlo::{monte_carlo, monte_carlo_watched, Draws, Watch};
use reach_core::analysis::seek::{seek, Aim, Goal, Grid, Op};
use reach_core::analysis::tornado::tornado;
use reach_core::analysis::{Aggregate, Figure};
use reach_core::book::{BranchInfo, Channel, Customer, RiskProfile};
use reach_core::compare::METRICS;
use reach_core::scenario::form::{input_from_scenario, scenario_from_input, ScenarioInput};
use reach_core::scenario::path::{paths, FieldPath};
use reach_core::scenario::{Acquisition, CreditRule, FieldRange, Owner, Scenario, ServiceModel, Tier};
use reach_core::sweep::sweep;
use reach_core::{run, Book};
use rust_decimal::Decimal;

const ASSETS: &[&str] = &[
    "0",
    "5000",
    "9999.99",
    "10000",
    "29999.99",
    "30000",
    "99999.99",
    "100000",
    "250000",
    "499999.99",
    "500000",
    "1000000",
    "5000000",
];
const THRESHOLDS: &[&str] =
    &["0", "10000", "30000", "99999.995", "100000", "100000.005", "250000", "500000", "1000000"];

fn arb_customer(i: usize) -> impl Strategy<Value = Customer> {
    (
        0..4usize,
        prop_oneof![
            prop::sample::select(ASSETS).prop_map(|s| reach_core::money::parse_fen(s).unwrap()),
            0i64..200_000_000
        ],
        18u8..=90,
        0..5usize,
        any::<bool>(),
        prop_oneof![Just(0u32), 1u32..50],
        0i64..2_000_000,
        prop::sample::select(vec!["", "", "A1", "A2", "B7"]),
    )
        .prop_map(move |(b, assets, age, risk, online, trades, revenue, advisor)| Customer {
            customer_id: format!("C{i}"),
            branch: ["上海", "北京", "Shenzhen", "深圳"][b].to_string(),
            total_assets_fen: assets,
            age,
            risk_profile: RiskProfile::ALL[risk],
            channel: if online { Channel::Online } else { Channel::Offline },
            trades_12m: trades,
            revenue_12m_fen: if trades == 0 { revenue % 3 } else { revenue },
            advisor_id: (!advisor.is_empty()).then(|| advisor.to_string()),
        })
}

fn arb_book() -> impl Strategy<Value = Vec<Customer>> {
    (0..40usize).prop_flat_map(|n| (0..n).map(arb_customer).collect::<Vec<_>>())
}

fn pick(values: &'static [&'static str]) -> impl Strategy<Value = Decimal> {
    prop::sample::select(values).prop_map(d)
}

fn arb_tier(i: usize) -> impl Strategy<Value = Tier> {
    (
        arb_v1_tier(i),
        pick(&["0", "0.05", "0.3", "1.5"]),
        pick(&["0", "0.1", "0.04", "1", "0.333"]),
        pick(&["0", "0.005", "0.003", "0.05"]),
    )
        .prop_map(|(mut t, growth, share, fee)| {
            t.asset_growth = growth;
            t.wealth_share = share;
            t.wealth_fee = fee;
            t
        })
}

fn arb_v1_tier(i: usize) -> impl Strategy<Value = Tier> {
    (
        pick(THRESHOLDS),
        0..3usize,
        prop::option::of(any::<bool>()),
        pick(&["1", "1.5", "2", "3", "1.25", "300"]),
        pick(&["0", "0.33", "0.5", "0.65", "1", "0.123"]),
        pick(&["0", "0.08", "1.5", "0.333"]),
        pick(&["0", "0.03", "1", "0.07"]),
        pick(&["0", "12.5", "0.01", "0.005"]),
        (prop::option::of(18u8..60), prop::option::of(40u8..100)),
        prop::option::of(prop::collection::btree_set(0..5usize, 1..=5)),
        prop::option::of(prop::collection::btree_set(any::<bool>(), 1..=2)),
        any::<bool>(),
    )
        .prop_map(
            move |(
                min_assets,
                model,
                owner,
                cap,
                coverage,
                uplift,
                activation,
                cost,
                (lo, hi),
                risks,
                channels,
                dormant,
            )| {
                let model = [ServiceModel::Advisor, ServiceModel::Hybrid, ServiceModel::Digital][model];
                let mut t = Tier::new(&format!("T{i}"), min_assets, model);
                t.owner = owner.map_or(model.default_owner(), |b| if b { Owner::Branch } else { Owner::Hq });
                t.clients_per_advisor = model.needs_advisors().then_some(cap);
                t.coverage = coverage;
                t.uplift = uplift;
                t.activation = activation;
                t.cost_per_client = cost;
                t.min_age = lo;
                t.max_age = hi.map(|h| h.max(lo.unwrap_or(0)));
                t.risk_profiles = risks.map(|s| s.into_iter().map(|r| RiskProfile::ALL[r]).collect());
                t.channels = channels
                    .map(|s| s.into_iter().map(|o| if o { Channel::Online } else { Channel::Offline }).collect());
                t.include_dormant = dormant;
                t
            },
        )
}

fn arb_acquisition() -> impl Strategy<Value = Vec<Acquisition>> {
    let row = |channel: Channel| {
        (
            0u64..50_000,
            pick(&["0", "0.35", "0.7", "1", "0.333"]),
            pick(&["0", "150", "900", "12.34"]),
            pick(&["0", "30000", "150000"]),
            pick(&["0", "120", "600", "0.01"]),
            prop::option::of(any::<bool>()),
        )
            .prop_map(
                move |(accounts, funded_rate, cost_per_account, assets_per_funded, revenue_per_funded, owner)| {
                    Acquisition {
                        channel,
                        accounts,
                        funded_rate,
                        cost_per_account,
                        assets_per_funded,
                        revenue_per_funded,
                        owner: owner.map_or(Acquisition::default_owner(channel), |b| {
                            if b {
                                Owner::Branch
                            } else {
                                Owner::Hq
                            }
                        }),
                    }
                },
            )
    };
    (prop::option::of(row(Channel::Online)), prop::option::of(row(Channel::Offline)), any::<bool>()).prop_map(
        |(online, offline, offline_first)| {
            let mut rows: Vec<Acquisition> = online.into_iter().chain(offline).collect();
            if offline_first {
                rows.reverse();
            }
            rows
        },
    )
}

fn arb_scenario() -> impl Strategy<Value = Scenario> {
    (
        (0..5usize).prop_flat_map(|n| (0..n).map(arb_tier).collect::<Vec<_>>()),
        pick(&["0", "400000", "123456.78"]),
        pick(&["0", "0.3", "1", "0.333"]),
        0u32..3,
        pick(&["0", "0.001", "0.05", "0.0015"]),
        pick(&["0", "0.2", "0.6", "1", "0.333"]),
        any::<bool>(),
        arb_acquisition(),
    )
        .prop_map(|(tiers, advisor_cost, hq_share, hq_advisors, asset_yield, base_transfer, dual, acquisition)| {
            Scenario {
                tiers,
                hq_share,
                hq_advisors,
                asset_yield,
                base_transfer,
                credit_rule: if dual { CreditRule::Dual } else { CreditRule::Split },
                acquisition,
                ..Scenario::new("p", advisor_cost)
            }
        })
}

fn arb_branches_file() -> impl Strategy<Value = Option<Vec<BranchInfo>>> {
    prop::option::of(prop::collection::btree_map(prop::sample::select(vec!["上海", "北京", "Xi'an"]), 0u32..4, 0..3))
        .prop_map(|m| {
            m.map(|m| {
                m.into_iter()
                    .map(|(name, n)| BranchInfo { name: name.into(), region: None, current_advisors: n })
                    .collect()
            })
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn the_engine_equals_the_literal_rational_reference(book in arb_book(), s in arb_scenario(), file in arb_branches_file()) {
        prop_assert_eq!(engine_json(&book, file.as_deref(), &s), reference(&book, file.as_deref(), &s));
    }

    #[test]
    fn lowering_a_threshold_never_lowers_eligible(book in arb_book(), s in arb_scenario(), which in any::<prop::sample::Index>(), lower in pick(THRESHOLDS)) {
        prop_assume!(!s.tiers.is_empty());
        let b = Book::from_customers(&book, None).unwrap();
        let t = which.index(s.tiers.len());
        prop_assume!(lower <= s.tiers[t].min_assets);
        let mut lowered = s.clone();
        lowered.tiers[t].min_assets = lower;
        let before = run(&b, &s).unwrap().totals.eligible;
        let after = run(&b, &lowered).unwrap().totals.eligible;
        prop_assert!(after >= before, "{} -> {}", before, after);
    }

    #[test]
    fn branches_and_hq_add_up_to_the_totals(book in arb_book(), s in arb_scenario(), file in arb_branches_file()) {
        let b = Book::from_customers(&book, file.as_deref()).unwrap();
        let r = run(&b, &s).unwrap();
        let t = &r.totals;
        let sum = |f: &dyn Fn(&reach_core::result::BranchResult) -> u64| r.branches.iter().map(f).sum::<u64>();
        prop_assert_eq!(sum(&|x| x.eligible), t.eligible);
        prop_assert_eq!(sum(&|x| x.advisors_needed) + r.hq.advisors_needed, t.advisors_needed);
        prop_assert_eq!(sum(&|x| x.current_advisors) + r.hq.current_advisors, t.current_advisors);
        prop_assert_eq!(sum(&|x| x.hires) + r.hq.hires, t.hires);
        prop_assert_eq!(r.tiers.iter().map(|x| x.eligible).sum::<u64>(), t.eligible);
        prop_assert_eq!(r.tiers.iter().map(|x| x.advisors_needed).sum::<u64>(), t.advisors_needed);
        // Rounded parts add up to the rounded whole within half a cent each.
        let n = Decimal::from(r.branches.len() + 2);
        let tol = d("0.005") * n;
        let served: Decimal = r.branches.iter().map(|x| x.served).sum();
        prop_assert!((served - t.served).abs() <= tol);
        let inc: Decimal = r.branches.iter().map(|x| x.incremental_revenue).sum();
        prop_assert!((inc - t.incremental_revenue).abs() <= tol);
        let credited: Decimal = r.branches.iter().map(|x| x.credited_revenue).sum();
        prop_assert!((credited - t.branch_credit).abs() <= tol);
        prop_assert_eq!(r.branches.len(), b.branches().len());
        let names: Vec<&str> = r.branches.iter().map(|x| x.branch.as_str()).collect();
        let mut sorted = names.clone();
        sorted.sort();
        prop_assert_eq!(names, sorted);
    }

    #[test]
    fn credit_splits_add_up_to_the_incremental_revenue(book in arb_book(), s in arb_scenario()) {
        let b = Book::from_customers(&book, None).unwrap();
        let t = run(&b, &s).unwrap().totals;
        prop_assert!((t.hq_credit + t.branch_credit - t.incremental_revenue).abs() <= d("0.01"));
        prop_assert!((t.projected_revenue - t.base_revenue - t.incremental_revenue).abs() <= d("0.01"));
    }

    #[test]
    fn every_sweep_point_equals_a_single_run(
        book in arb_book(), s in arb_scenario(), which in any::<prop::sample::Index>(),
        points in prop::collection::vec(pick(THRESHOLDS), 1..8),
    ) {
        prop_assume!(!s.tiers.is_empty());
        let b = Book::from_customers(&book, None).unwrap();
        let t = which.index(s.tiers.len());
        let name = s.tiers[t].name.clone();
        let swept = sweep(&b, &s, &name, &points).unwrap();
        prop_assert_eq!(swept.len(), points.len());
        for (p, x) in swept.iter().zip(&points) {
            let mut at = s.clone();
            at.tiers[t].min_assets = *x;
            prop_assert_eq!(p.min_assets, *x);
            prop_assert_eq!(&p.result, &run(&b, &at).unwrap());
        }
    }
}

/// A small grid over a field, of values that are mostly valid for it.
fn grid_for(path: &FieldPath) -> Grid {
    let field = path.as_str().rsplit('.').next().unwrap_or_default();
    let (from, to, step) = match field {
        "min_assets" => ("0", "600000", "99999.995"),
        "advisor_cost" => ("0", "500000", "125000"),
        "hq_advisors" => ("0", "4", "1"),
        "clients_per_advisor" => ("0.5", "4", "0.5"),
        "min_age" | "max_age" => ("20", "80", "15"),
        "uplift" | "cost_per_client" => ("0", "1.5", "0.25"),
        _ => ("0", "1", "0.125"),
    };
    Grid { from: d(from), to: d(to), step: d(step) }
}

/// The paths of `s` that have a value to vary.
fn set_paths(s: &Scenario) -> Vec<FieldPath> {
    paths(s).iter().map(|t| FieldPath::parse(s, t).unwrap()).filter(|p| p.get(s).is_ok()).collect()
}

/// Ranges over up to `n` of the scenario's fields, each from a valid low to a valid high
/// around the scenario's value (fields with no valid such pair are left out).
fn ranges_for(s: &Scenario, picks: &[prop::sample::Index]) -> Vec<FieldRange> {
    let candidates = set_paths(s);
    let mut ranges: Vec<FieldRange> = Vec::new();
    for pick in picks {
        if candidates.is_empty() {
            break;
        }
        let path = &candidates[pick.index(candidates.len())];
        if ranges.iter().any(|r| r.path == path.as_str()) {
            continue;
        }
        let value = path.get(s).unwrap();
        let xs = grid_for(path).values().unwrap();
        let low = xs.iter().copied().filter(|&x| x <= value && path.apply(s, x).is_ok()).nth(pick.index(2));
        let high = xs.iter().copied().rev().filter(|&x| x >= value && path.apply(s, x).is_ok()).nth(pick.index(2));
        if let (Some(low), Some(high)) = (low, high) {
            ranges.push(FieldRange { path: path.as_str().to_string(), low, high });
        }
    }
    ranges
}

fn small_book() -> impl Strategy<Value = Vec<Customer>> {
    (0..25usize).prop_flat_map(|n| (0..n).map(arb_customer).collect::<Vec<_>>())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn goal_seek_equals_brute_force_by_full_runs(
        book in small_book(), s in arb_scenario(), which in any::<prop::sample::Index>(),
        figure in any::<prop::sample::Index>(), op in any::<bool>(), highest in any::<bool>(),
        target in pick(&["0", "1", "2.5", "-100", "1000", "0.33"]), maximize in any::<bool>(),
    ) {
        let b = Book::from_customers(&book, None).unwrap();
        let candidates = set_paths(&s);
        let path = &candidates[which.index(candidates.len())];
        let grid = grid_for(path);
        let figure = Figure::parse(METRICS[figure.index(METRICS.len())].key).unwrap();
        let goal = if maximize {
            Goal::Maximize(figure)
        } else {
            let op = if op { Op::AtLeast } else { Op::AtMost };
            Goal::Meet { figure, op, value: target, aim: if highest { Aim::Highest } else { Aim::Lowest } }
        };
        let xs = grid.values().unwrap();
        let at: Result<Vec<Scenario>, _> = xs.iter().map(|&x| path.apply(&s, x)).collect();
        let answer = seek(&b, &s, path.as_str(), &grid, &goal);
        let Ok(at) = at else {
            prop_assert!(answer.is_err(), "an invalid grid point is refused");
            return Ok(());
        };
        let answer = answer.unwrap();
        let totals: Vec<_> = at.iter().map(|x| run(&b, x).unwrap().totals).collect();
        let values: Vec<Decimal> = totals.iter().map(|t| figure.of(t)).collect();
        let expected = match goal {
            Goal::Maximize(_) => {
                let best = values.iter().copied().max().unwrap();
                values.iter().position(|&v| v == best)
            }
            Goal::Meet { op, value, aim, .. } => {
                let meets: Vec<usize> = (0..xs.len())
                    .filter(|&k| if op == Op::AtLeast { values[k] >= value } else { values[k] <= value })
                    .collect();
                if aim == Aim::Lowest { meets.first().copied() } else { meets.last().copied() }
            }
        };
        prop_assert_eq!(answer.field.as_str(), path.as_str());
        prop_assert_eq!(answer.value, expected.map(|k| xs[k]));
        prop_assert_eq!(answer.totals, expected.map(|k| totals[k].clone()));
    }

    #[test]
    fn tornado_equals_brute_force_by_full_runs(
        book in small_book(), s in arb_scenario(), picks in prop::collection::vec(any::<prop::sample::Index>(), 1..6),
        figure in any::<prop::sample::Index>(),
    ) {
        let b = Book::from_customers(&book, None).unwrap();
        let mut s = s;
        s.ranges = ranges_for(&s, &picks);
        let figure = Figure::parse(METRICS[figure.index(METRICS.len())].key).unwrap();
        let rows = tornado(&b, &s, figure).unwrap();
        let mut expected: Vec<(String, Decimal, Decimal)> = s
            .ranges
            .iter()
            .map(|r| {
                let path = FieldPath::parse(&s, &r.path).unwrap();
                let at = |v| {
                    let mut x = s.clone();
                    x.ranges.clear();
                    path.set(&mut x, v).unwrap();
                    figure.of(&run(&b, &x).unwrap().totals)
                };
                (r.path.clone(), at(r.low), at(r.high))
            })
            .collect();
        expected.sort_by_key(|(_, lo, hi)| std::cmp::Reverse((*hi - *lo).abs()));
        prop_assert_eq!(rows.len(), expected.len());
        for (row, (field, low, high)) in rows.iter().zip(&expected) {
            prop_assert_eq!(&row.field, field);
            prop_assert_eq!((row.low, row.high, row.swing), (*low, *high, (*high - *low).abs()));
        }
    }

    #[test]
    fn every_monte_carlo_draw_equals_a_full_run_with_its_values(
        book in small_book(), s in arb_scenario(), picks in prop::collection::vec(any::<prop::sample::Index>(), 1..6),
        seed in any::<u64>(),
    ) {
        let b = Book::from_customers(&book, None).unwrap();
        let mut s = s;
        s.ranges = ranges_for(&s, &picks);
        let draws = Draws::new(&s, 6, seed).unwrap();
        let aggregate = Aggregate::new(&b, &s).unwrap();
        for k in 0..draws.count() {
            let at = draws.scenario(aggregate.scenario(), k).unwrap();
            for (path, v) in draws.values(k) {
                let r = s.ranges.iter().find(|r| r.path == path).unwrap();
                prop_assert!(r.low <= v && v <= r.high, "{} = {} outside its range", path, v);
                prop_assert!(v.scale() <= 6);
            }
            prop_assert_eq!(aggregate.result(&at).unwrap(), run(&b, &at).unwrap());
        }
        let one = monte_carlo(&b, &s, 1, seed).unwrap();
        let first = run(&b, &draws.scenario(aggregate.scenario(), 0).unwrap()).unwrap().totals;
        prop_assert_eq!(one.figures.net.p50, first.net);
        prop_assert_eq!(one.figures.hires.mean, Decimal::from(first.hires));
        prop_assert_eq!(one.figures.served.p95, first.served);
    }
}

fn demo_scenario() -> Scenario {
    Scenario::from_toml(include_str!("../../../scenarios/100k.toml")).unwrap()
}

fn with_calibration_ranges(mut s: Scenario) -> Scenario {
    let r = |path: &str, low: &str, high: &str| FieldRange { path: path.into(), low: d(low), high: d(high) };
    s.ranges = vec![
        r("advisor_cost", "300000", "600000"),
        r("tiers.人机协同.clients_per_advisor", "1500", "7000"),
        r("tiers.专属投顾.uplift", "0.02", "0.15"),
        r("tiers.人机协同.activation", "0.02", "0.05"),
        r("tiers.人机协同.min_assets", "50000", "200000"),
        r("hq_advisors", "0", "20"),
    ];
    s
}

#[test]
fn monte_carlo_is_reproducible_for_a_seed_and_differs_across_seeds() {
    let book = reach_core::demo::generate_book(&reach_core::demo::DemoParams { customers: 3_000, seed: 5 });
    let s = with_calibration_ranges(demo_scenario());
    let a = monte_carlo(&book, &s, 200, 7).unwrap();
    assert_eq!(a, monte_carlo(&book, &s, 200, 7).unwrap());
    let b = monte_carlo(&book, &s, 200, 8).unwrap();
    assert_ne!(a.figures, b.figures);
    assert_eq!(a.not_drawn, ["tiers.人机协同.min_assets"], "thresholds are not drawn");
    for f in [&a.figures.net, &a.figures.incremental_revenue, &a.figures.cost, &a.figures.hires, &a.figures.served] {
        assert!(f.p5 <= f.p10 && f.p10 <= f.p50 && f.p50 <= f.p90 && f.p90 <= f.p95, "{f:?}");
        assert!(f.p5 <= f.mean && f.mean <= f.p95 || f.p5 == f.p95, "{f:?}");
    }
    assert!(a.figures.net.p5 < a.figures.net.p95, "the draws spread");
    assert!(a.p_net_positive >= Decimal::ZERO && a.p_net_positive <= Decimal::ONE);
    let json = serde_json::to_value(&a).unwrap();
    assert_eq!(json["draws"], 200);
    assert_eq!(json["seed"], 7);
    assert!(json["figures"]["net"]["p50"].is_string() && json["figures"]["hires"]["mean"].is_string());
}

#[test]
fn monte_carlo_collapses_to_the_exact_run_when_every_range_is_one_value() {
    let book = reach_core::demo::generate_book(&reach_core::demo::DemoParams { customers: 3_000, seed: 6 });
    let mut s = demo_scenario();
    s.tiers[1].uplift = d("0.0812345678");
    s.ranges = ["advisor_cost", "tiers.人机协同.uplift", "tiers.专属投顾.coverage", "hq_advisors"]
        .iter()
        .map(|p| {
            let v = FieldPath::parse(&s, p).unwrap().get(&s).unwrap();
            FieldRange { path: p.to_string(), low: v, high: v }
        })
        .collect();
    let exact = run(&book, &s).unwrap().totals;
    let mc = monte_carlo(&book, &s, 50, 3).unwrap();
    for (f, v) in [(&mc.figures.net, exact.net), (&mc.figures.cost, exact.cost), (&mc.figures.served, exact.served)] {
        assert_eq!([f.p5, f.p10, f.p50, f.p90, f.p95, f.mean], [v; 6]);
    }
    assert_eq!(mc.figures.hires.p50, Decimal::from(exact.hires));
    assert_eq!(mc.p_net_positive, if exact.net > Decimal::ZERO { Decimal::ONE } else { Decimal::ZERO });
}

#[test]
fn monte_carlo_refuses_a_bad_number_of_draws() {
    let book = reach_core::demo::generate_book(&reach_core::demo::DemoParams { customers: 100, seed: 6 });
    let s = with_calibration_ranges(demo_scenario());
    assert_eq!(monte_carlo(&book, &s, 0, 1).unwrap_err().field, "draws");
    assert_eq!(monte_carlo(&book, &s, 100_001, 1).unwrap_err().field, "draws");
}

#[test]
fn a_watched_monte_carlo_counts_its_draws_and_a_cancelled_one_stops() {
    let book = reach_core::demo::generate_book(&reach_core::demo::DemoParams { customers: 2_000, seed: 9 });
    let s = with_calibration_ranges(demo_scenario());
    let watch = Watch::default();
    let outcome = monte_carlo_watched(&book, &s, 120, 4, &watch).unwrap().unwrap();
    assert_eq!(watch.done(), 120);
    assert_eq!(outcome.summary, monte_carlo(&book, &s, 120, 4).unwrap(), "watching changes nothing");
    assert_eq!(outcome.net.len(), 120);
    let positive = outcome.net.iter().filter(|n| **n > Decimal::ZERO).count();
    assert_eq!(outcome.summary.p_net_positive, (Decimal::from(positive) / Decimal::from(120)).round_dp(6).normalize());
    let cancelled = Watch::default();
    cancelled.cancel();
    assert_eq!(monte_carlo_watched(&book, &s, 5_000, 4, &cancelled).unwrap(), None);
    assert!(cancelled.done() < 5_000, "stopped before the end");
}

/// What a person (or a broken front end) can type into the workbench's form: huge, tiny,
/// signed, TOML-isms, separators, non-ASCII digits, control characters, formulas.
const TYPED: &[&str] = &[
    "",
    " ",
    "0",
    "-0",
    "-1",
    "0.7",
    "70%",
    "40万",
    "1e28",
    "1e-28",
    "1e400",
    "NaN",
    "inf",
    "0x10",
    "79228162514264337593543950335",
    "79228162514264337593543950336",
    "18446744073709551616",
    "0.000000000000000000000000000001",
    "1_000",
    "1,000.50",
    "１２３",
    "=1+1",
    "\u{1b}[31m",
    "\u{7}",
    "\n",
    "🦀",
    "advisor",
    "online",
    "dual",
    "C6",
];

/// Every text field of a workbench form, for the fuzz test to overwrite.
fn form_fields(f: &mut ScenarioInput) -> Vec<&mut String> {
    let mut out: Vec<&mut String> = vec![
        &mut f.name,
        &mut f.advisor_cost,
        &mut f.hq_share,
        &mut f.hq_advisors,
        &mut f.asset_yield,
        &mut f.base_transfer,
        &mut f.credit_rule,
    ];
    for t in &mut f.tiers {
        out.extend([
            &mut t.name,
            &mut t.min_assets,
            &mut t.clients_per_advisor,
            &mut t.coverage,
            &mut t.uplift,
            &mut t.activation,
            &mut t.cost_per_client,
            &mut t.min_age,
            &mut t.max_age,
            &mut t.asset_growth,
            &mut t.wealth_share,
            &mut t.wealth_fee,
        ]);
    }
    for a in &mut f.acquisition {
        out.extend([
            &mut a.channel,
            &mut a.accounts,
            &mut a.funded_rate,
            &mut a.cost_per_account,
            &mut a.assets_per_funded,
            &mut a.revenue_per_funded,
        ]);
    }
    for r in &mut f.ranges {
        out.extend([&mut r.path, &mut r.low, &mut r.high]);
    }
    out
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    /// The workbench's form, fuzzed: any text in any field is read into a valid scenario that
    /// runs, or refused naming its field — never a panic.
    #[test]
    fn any_form_input_is_read_into_a_valid_scenario_or_refused_naming_the_field(
        story in 0..3usize,
        edits in prop::collection::vec((any::<prop::sample::Index>(), 0..TYPED.len()), 1..6),
        book in small_book(),
    ) {
        let text = [
            include_str!("../../../scenarios/500k.toml"),
            include_str!("../../../scenarios/100k.toml"),
            include_str!("../../../scenarios/30k.toml"),
        ][story];
        let mut form = input_from_scenario(&Scenario::from_toml(text).unwrap());
        for (field, typed) in &edits {
            let mut fields = form_fields(&mut form);
            let i = field.index(fields.len());
            *fields[i] = TYPED[*typed].to_string();
        }
        match scenario_from_input(&form) {
            Ok(scenario) => {
                // Read means validated (scenario_from_input ends with validate): it must run.
                let book = Book::from_customers(&book, None).unwrap();
                prop_assert!(run(&book, &scenario).is_ok());
            }
            Err(e) => {
                prop_assert!(!e.field.is_empty(), "a refusal without its field: {e}");
                prop_assert!(!e.message.is_empty(), "{e}");
            }
        }
    }
}
