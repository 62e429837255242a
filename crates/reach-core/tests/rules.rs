//! One test per rule of MODEL.md section 4, each on the smallest book that shows it.

mod common;

use common::{customer, d};
use reach_core::book::{BranchInfo, Channel::*, Customer, RiskProfile::*};
use reach_core::scenario::{Owner, Scenario, ServiceModel, Tier};
use reach_core::{run, Book, ScenarioResult};

fn scenario(tiers: Vec<Tier>) -> Scenario {
    Scenario {
        name: "rule".into(),
        advisor_cost: d("400000"),
        hq_share: d("0"),
        hq_advisors: 0,
        tiers,
        ranges: Vec::new(),
    }
}

fn tier(name: &str, min: &str, model: ServiceModel) -> Tier {
    let mut t = Tier::new(name, d(min), model);
    if model.needs_advisors() {
        t.clients_per_advisor = Some(d("300"));
    }
    t.uplift = d("0.1");
    t.activation = d("0.5");
    t
}

fn active(id: &str, branch: &str, assets: &str, revenue: &str) -> Customer {
    customer(id, branch, assets, 40, C3, Online, 5, revenue, "")
}

fn dormant(id: &str, branch: &str, assets: &str) -> Customer {
    customer(id, branch, assets, 40, C3, Online, 0, "0", "")
}

fn result(book: &[Customer], s: &Scenario) -> ScenarioResult {
    run(&Book::from_customers(book, None).unwrap(), s).unwrap()
}

#[test]
fn a_customer_exactly_at_the_threshold_is_eligible_one_fen_below_is_not() {
    let s = scenario(vec![tier("t", "100000", ServiceModel::Digital)]);
    let r = result(&[active("a", "b", "100000", "10"), active("c", "b", "99999.99", "10")], &s);
    assert_eq!(r.totals.eligible, 1);
    let s = scenario(vec![tier("t", "100000.001", ServiceModel::Digital)]);
    assert_eq!(result(&[active("a", "b", "100000", "10"), active("c", "b", "100000.01", "1")], &s).totals.eligible, 1);
}

#[test]
fn a_customer_failing_a_higher_tiers_filter_falls_to_the_next_tier() {
    let mut high = tier("high", "500000", ServiceModel::Advisor);
    high.risk_profiles = Some([C4, C5].into_iter().collect());
    let low = tier("low", "100000", ServiceModel::Digital);
    let book = [customer("a", "b", "900000", 40, C3, Online, 5, "100", "")];
    let r = result(&book, &scenario(vec![low, high]));
    assert_eq!(r.tiers[0].name, "high", "assignment order: highest threshold first");
    assert_eq!((r.tiers[0].eligible, r.tiers[1].eligible), (0, 1));
}

#[test]
fn age_and_channel_filters_are_inclusive_bounds_and_sets() {
    let mut t = tier("t", "0", ServiceModel::Digital);
    t.min_age = Some(30);
    t.max_age = Some(60);
    t.channels = Some([Offline].into_iter().collect());
    let book = [
        customer("a", "b", "1", 30, C1, Offline, 1, "1", ""),
        customer("b", "b", "1", 60, C1, Offline, 1, "1", ""),
        customer("c", "b", "1", 29, C1, Offline, 1, "1", ""),
        customer("d", "b", "1", 61, C1, Offline, 1, "1", ""),
        customer("e", "b", "1", 45, C1, Online, 1, "1", ""),
    ];
    assert_eq!(result(&book, &scenario(vec![t])).totals.eligible, 2);
}

#[test]
fn a_dormant_customer_passes_only_where_include_dormant_is_true() {
    let mut high = tier("high", "100000", ServiceModel::Digital);
    high.include_dormant = false;
    let low = tier("low", "0", ServiceModel::Digital);
    let r = result(&[dormant("a", "b", "200000"), active("c", "b", "200000", "5")], &scenario(vec![high, low]));
    assert_eq!((r.tiers[0].eligible, r.tiers[1].eligible), (1, 1));
}

#[test]
fn already_served_customers_count_as_reached_but_bring_no_new_revenue() {
    let mut t = tier("t", "0", ServiceModel::Digital);
    t.coverage = d("0.5");
    let book = [customer("a", "b", "1000", 40, C3, Online, 5, "1000", "ADV1"), active("c", "b", "1000", "1000")];
    let r = result(&book, &scenario(vec![t]));
    assert_eq!(r.totals.served, d("1.00"));
    assert_eq!(r.totals.newly_served, d("0.50"));
    assert_eq!(r.totals.incremental_revenue, d("50.00"), "only the unserved customer: 0.5 × 0.1 × 1000");
}

#[test]
fn dormant_revenue_uses_the_peer_mean_of_active_customers_in_the_band() {
    let t = tier("t", "0", ServiceModel::Digital);
    // Band [10k,30k): two active customers (100 and 201) → peer 150.5; one dormant.
    let book = [active("a", "b", "10000", "100"), active("c", "b", "29999.99", "201"), dormant("d", "b", "20000")];
    let r = result(&book, &scenario(vec![t]));
    // active: 0.1 × 301 = 30.1; dormant: 0.5 × 150.5 = 75.25
    assert_eq!(r.totals.incremental_revenue, d("105.35"));
}

#[test]
fn a_band_without_active_customers_has_peer_revenue_zero() {
    let t = tier("t", "0", ServiceModel::Digital);
    let book = [dormant("d", "b", "20000"), active("a", "b", "500", "100")];
    assert_eq!(result(&book, &scenario(vec![t])).totals.incremental_revenue, d("10.00"));
}

#[test]
fn branch_owned_tiers_round_advisors_up_per_branch_hq_owned_once_overall() {
    let book = [active("a", "north", "1", "0"), active("b", "south", "1", "0")];
    let mut t = tier("t", "0", ServiceModel::Hybrid);
    t.owner = Owner::Branch;
    let r = result(&book, &scenario(vec![t.clone()]));
    assert_eq!((r.totals.advisors_needed, r.hq.advisors_needed), (2, 0));
    t.owner = Owner::Hq;
    let r = result(&book, &scenario(vec![t]));
    assert_eq!((r.totals.advisors_needed, r.hq.advisors_needed), (1, 1));
    assert!(r.branches.iter().all(|b| b.advisors_needed == 0));
}

#[test]
fn hires_never_go_negative_and_load_is_null_without_advisors() {
    let mut t = tier("t", "0", ServiceModel::Advisor);
    t.clients_per_advisor = Some(d("2"));
    let book = [active("a", "b", "1", "0"), active("c", "b", "1", "0"), active("e", "z", "1", "0")];
    let file = [
        BranchInfo { name: "b".into(), region: None, current_advisors: 5 },
        BranchInfo { name: "empty".into(), region: None, current_advisors: 0 },
    ];
    let r = run(&Book::from_customers(&book, Some(&file)).unwrap(), &scenario(vec![t])).unwrap();
    let by = |n: &str| r.branches.iter().find(|b| b.branch == n).unwrap().clone();
    assert_eq!((by("b").advisors_needed, by("b").hires, by("b").load), (1, 0, Some(d("0.40"))));
    assert_eq!((by("z").current_advisors, by("z").hires, by("z").load), (0, 1, None), "not in the file: 0 advisors");
    assert_eq!((by("empty").eligible, by("empty").load), (0, None), "a file-only branch is listed");
    assert_eq!(r.totals.cost, d("400000.00"));
}

#[test]
fn hq_owned_revenue_is_split_by_hq_share_branch_owned_stays_whole() {
    let mut hq = tier("hq", "1000", ServiceModel::Digital);
    hq.coverage = d("1");
    let branch = Tier { owner: Owner::Branch, ..tier("br", "0", ServiceModel::Digital) };
    let mut s = scenario(vec![hq, branch]);
    s.hq_share = d("0.25");
    let r = result(&[active("a", "b", "1000", "100"), active("c", "b", "10", "100")], &s);
    // hq tier: 10 → 2.5 to HQ, 7.5 to the branch; branch tier: 10 to the branch.
    assert_eq!((r.totals.hq_credit, r.totals.branch_credit), (d("2.50"), d("17.50")));
    assert_eq!(r.hq.credited_revenue, d("2.50"));
}

#[test]
fn money_is_rounded_half_to_even_only_at_output() {
    let mut t = tier("t", "0", ServiceModel::Digital);
    t.uplift = d("0.005");
    // Each customer brings 0.005 × 1 = 0.005: rounded per customer it would be 0.00 + 0.00 + 0.00;
    // exact then rounded it is 0.015 → 0.02 (half to even).
    let book = [active("a", "b", "1", "1"), active("c", "b", "1", "1"), active("e", "b", "1", "1")];
    assert_eq!(result(&book, &scenario(vec![t.clone()])).totals.incremental_revenue, d("0.02"));
    let book = [active("a", "b", "1", "1"), active("c", "b", "1", "4")];
    // 0.025 → 0.02 (half to even, not up)
    assert_eq!(result(&book, &scenario(vec![t])).totals.incremental_revenue, d("0.02"));
}

#[test]
fn tiers_with_equal_thresholds_keep_their_written_order() {
    let a = tier("first", "100", ServiceModel::Digital);
    let b = tier("second", "100", ServiceModel::Digital);
    let r = result(&[active("a", "b", "100", "1")], &scenario(vec![a, b]));
    assert_eq!((r.tiers[0].name.as_str(), r.tiers[0].eligible), ("first", 1));
}

#[test]
fn an_invalid_scenario_is_refused_naming_the_field() {
    let mut t = tier("t", "0", ServiceModel::Digital);
    t.coverage = d("1.5");
    let e = run(&Book::from_customers(&[], None).unwrap(), &scenario(vec![t])).unwrap_err();
    assert_eq!(e.field, "tiers[0].coverage");
}
