//! Property tests over random small books and scenarios: the engine equals the independent
//! rational reference exactly, and the model's invariants hold (lowering a threshold never
//! loses eligible customers, branches and HQ add up to the totals, credit splits add up to the
//! incremental revenue, every sweep point equals a single run).

mod common;

use common::{d, engine_json, reference};
use proptest::prelude::*;
use reach_core::book::{BranchInfo, Channel, Customer, RiskProfile};
use reach_core::scenario::{Owner, Scenario, ServiceModel, Tier};
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
        pick(THRESHOLDS),
        0..3usize,
        prop::option::of(any::<bool>()),
        pick(&["1", "1.5", "2", "3", "0.7", "300"]),
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

fn arb_scenario() -> impl Strategy<Value = Scenario> {
    (
        (0..5usize).prop_flat_map(|n| (0..n).map(arb_tier).collect::<Vec<_>>()),
        pick(&["0", "400000", "123456.78"]),
        pick(&["0", "0.3", "1", "0.333"]),
        0u32..3,
    )
        .prop_map(|(tiers, advisor_cost, hq_share, hq_advisors)| Scenario {
            name: "p".into(),
            advisor_cost,
            hq_share,
            hq_advisors,
            tiers,
            ranges: Vec::new(),
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
