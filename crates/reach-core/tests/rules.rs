//! One test per rule of docs/spec/MODEL.md section 4, each on the smallest book that shows it.

mod common;

use common::{customer, d};
use reach_core::book::{BranchInfo, Channel::*, Customer, RiskProfile::*};
use reach_core::scenario::{Acquisition, CreditRule, Owner, Scenario, ServiceModel, Tier};
use reach_core::{run, Book, ScenarioResult};

fn scenario(tiers: Vec<Tier>) -> Scenario {
    Scenario { tiers, ..Scenario::new("rule", d("400000")) }
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

// docs/spec/MODEL.md sections 7–9.

fn wealth_tier(name: &str, min: &str, model: ServiceModel) -> Tier {
    let mut t = tier(name, min, model);
    t.coverage = d("0.5");
    t.asset_growth = d("0.1");
    t.wealth_share = d("0.2");
    t.wealth_fee = d("0.01");
    t
}

#[test]
fn new_and_placed_assets_follow_reach_active_sigma_dormant_sigma_times_activation_served_none() {
    let s = scenario(vec![wealth_tier("t", "0", ServiceModel::Digital)]);
    let served = customer("s", "b", "100000", 40, C3, Online, 5, "100", "A1");
    let r = result(&[active("a", "b", "100000", "100"), dormant("d", "b", "100000"), served], &s);
    // ρ = 0.5 + 0.5 × 0.5 = 0.75 over 100,000 each: new 0.75 × 0.1 × 100,000; placed × 0.2 × 1.1.
    assert_eq!(r.totals.lines.new_assets, d("7500.00"));
    assert_eq!(r.totals.lines.placed_assets, d("16500.00"));
    assert_eq!(r.tiers[0].lines.new_assets, d("7500.00"));
    assert_eq!(r.branches[0].new_assets, d("7500.00"));
}

#[test]
fn wealth_revenue_is_placed_times_fee_and_asset_revenue_new_assets_times_yield() {
    let mut s = scenario(vec![wealth_tier("t", "0", ServiceModel::Digital)]);
    s.asset_yield = d("0.002");
    let r = result(&[active("a", "b", "100000", "100")], &s);
    // placed 0.5 × 0.2 × 1.1 × 100,000 = 11,000 → 110; new 5,000 → 10; commission 0.5 × 0.1 × 100 = 5.
    let l = &r.totals.lines;
    assert_eq!((l.wealth_revenue, l.asset_revenue, l.commission_revenue), (d("110.00"), d("10.00"), d("5.00")));
    assert_eq!(r.totals.incremental_revenue, d("125.00"), "the lines add up to the incremental revenue");
    assert_eq!(r.branches[0].credited_revenue, d("125.00"), "and are credited like commission");
}

#[test]
fn base_transfer_moves_only_unserved_revenue_of_hq_owned_tiers() {
    let mut hq_tier = tier("hq", "100000", ServiceModel::Digital);
    hq_tier.owner = Owner::Hq;
    let mut branch_tier = tier("branch", "0", ServiceModel::Digital);
    branch_tier.owner = Owner::Branch;
    let mut s = scenario(vec![hq_tier, branch_tier]);
    s.base_transfer = d("0.5");
    let book = [
        active("hq-new", "b", "200000", "1000"),
        customer("hq-served", "b", "200000", 40, C3, Online, 5, "4000", "A1"),
        active("branch-new", "b", "5000", "300"),
    ];
    let r = result(&book, &s);
    assert_eq!(r.hq.transferred_base, d("500.00"), "half of 1,000; the served and branch-tier customers stay");
    assert_eq!(r.branches[0].base_revenue, d("5300.00"));
    assert_eq!(
        r.branches[0].assessed_change,
        r.branches[0].credited_revenue - d("500"),
        "split: base − transferred + credited"
    );
}

#[test]
fn split_counts_each_yuan_once_dual_lets_branches_keep_everything() {
    let mut t = tier("hq", "0", ServiceModel::Digital);
    t.owner = Owner::Hq;
    let mut s = scenario(vec![t]);
    s.base_transfer = d("0.6");
    s.hq_share = d("0.3");
    let book = [active("a", "上海", "100000", "1000"), active("b", "北京", "100000", "10")];
    let split = result(&book, &s);
    // 上海: −600 + 0.7 × 100 = −530; 北京: −6 + 0.7 × 1 = −5.30. Both lose.
    assert_eq!(split.totals.branches_losing, 2);
    assert_eq!(split.totals.double_counted, d("0.00"));
    assert_eq!(split.hq.assessed_revenue, d("606") + d("0.3") * d("101"));
    s.credit_rule = CreditRule::Dual;
    let dual = result(&book, &s);
    assert_eq!(dual.totals.branches_losing, 0);
    assert_eq!(dual.branches[0].branch, "上海");
    assert_eq!(dual.branches[0].assessed_change, d("100.00"), "上海 keeps its customers' whole 100");
    assert_eq!(dual.totals.double_counted, d("606") + d("101"), "HQ's transfers and its tiers' revenue again");
    assert_eq!(dual.totals.net, split.totals.net, "the rule changes assessment, not the P&L");
}

#[test]
fn each_units_cost_and_net_add_up_to_the_totals() {
    let mut hybrid = tier("hq", "100000", ServiceModel::Hybrid);
    hybrid.cost_per_client = d("10");
    let mut adv = tier("adv", "500000", ServiceModel::Advisor);
    adv.cost_per_client = d("7");
    let s = scenario(vec![adv, hybrid]);
    let book = [active("a", "x", "600000", "100"), active("b", "y", "200000", "100")];
    let r = result(&book, &s);
    assert_eq!(r.branches[0].cost, d("400007.00"), "x hires one advisor and pays its tier's service");
    assert_eq!(r.hq.cost, d("400010.00"));
    let nets: rust_decimal::Decimal = r.branches.iter().map(|b| b.net).sum::<rust_decimal::Decimal>() + r.hq.net;
    assert_eq!(nets, r.totals.net);
    assert_eq!(r.branches.iter().map(|b| b.cost).sum::<rust_decimal::Decimal>() + r.hq.cost, r.totals.cost);
}

#[test]
fn acquisition_rows_give_funded_cost_revenue_payback_and_null_where_undefined() {
    let mut s = scenario(vec![]);
    s.acquisition = vec![
        Acquisition {
            channel: Online,
            accounts: 3,
            funded_rate: d("0.5"),
            cost_per_account: d("100"),
            assets_per_funded: d("1000"),
            revenue_per_funded: d("0"),
            owner: Acquisition::default_owner(Online),
        },
        Acquisition {
            channel: Offline,
            accounts: 10,
            funded_rate: d("0"),
            cost_per_account: d("0"),
            assets_per_funded: d("0"),
            revenue_per_funded: d("50"),
            owner: Owner::Hq,
        },
    ];
    let r = result(&[active("a", "b", "1", "1")], &s);
    let a = &r.acquisition;
    assert_eq!(a.rows[0].funded, d("1.50"));
    assert_eq!(a.rows[0].cost_per_funded, Some(d("200.00")));
    assert_eq!(a.rows[0].payback_years, None, "no revenue: no payback");
    assert_eq!(a.rows[1].cost_per_funded, None, "nothing funded");
    assert_eq!((a.rows[0].owner, a.rows[1].owner), (Owner::Hq, Owner::Hq));
    assert_eq!((a.cost, a.revenue, a.new_assets), (d("300.00"), d("0.00"), d("1500.00")));
    assert_eq!(r.totals.total_net, r.totals.net - d("300"));
    assert_eq!(r.totals.acquisition_cost, d("300.00"));
}

#[test]
fn inputs_at_every_bound_on_a_book_at_the_largest_amounts_run_without_overflow() {
    let max = "10000000000000"; // 10^13 CNY, the bound of every money input
    let huge = reach_core::money::MAX_FEN;
    let mut t = tier("t", "0", ServiceModel::Advisor);
    t.clients_per_advisor = Some(d("1"));
    t.coverage = d("1");
    t.uplift = d("10");
    t.activation = d("1");
    t.cost_per_client = d(max);
    t.asset_growth = d("10");
    t.wealth_share = d("1");
    t.wealth_fee = d("0.05");
    let mut h = t.clone();
    h.name = "h".into();
    h.min_assets = d(max);
    h.owner = Owner::Hq;
    let mut s = scenario(vec![t, h]);
    s.advisor_cost = d(max);
    s.hq_share = d("1");
    s.asset_yield = d("0.05");
    s.base_transfer = d("1");
    s.credit_rule = CreditRule::Dual;
    s.acquisition = vec![Acquisition {
        channel: Online,
        accounts: 1_000_000_000,
        funded_rate: d("1"),
        cost_per_account: d(max),
        assets_per_funded: d(max),
        revenue_per_funded: d(max),
        owner: Owner::Hq,
    }];
    s.validate().unwrap();
    let big = |id: &str, trades: u32| Customer {
        customer_id: id.into(),
        branch: "b".into(),
        // The dormant at the largest amount go to the HQ tier, the active one fen below to the branch tier.
        total_assets_fen: if trades == 0 { huge } else { huge - 1 },
        age: 40,
        risk_profile: C3,
        channel: Online,
        trades_12m: trades,
        revenue_12m_fen: huge,
        advisor_id: None,
    };
    let book: Vec<Customer> = (0..200).map(|i| big(&format!("c{i}"), i % 2)).collect();
    let r = result(&book, &s);
    assert_eq!(r.totals.eligible, 200);
    assert_eq!((r.branches[0].hires, r.hq.hires), (100, 100), "one advisor per customer at capacity 1");
    // 100 active customers at 10^13 CNY revenue with uplift 10, and the wealth lines on top.
    assert_eq!(r.tiers[1].lines.commission_revenue, d("10000000000000000.00"));
    assert!(r.to_json_pretty().contains("\"total_net\""));
    assert_eq!(r.acquisition.cost, d("10000000000000000000000.00"));
}
