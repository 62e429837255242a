//! The golden book: ten customers and a three-tier scenario small enough to check by hand.
//! Every output field is asserted against figures worked out on paper (docs/model.md walks
//! through the same example), and the independent reference implementation must agree.

mod common;

use common::{customer, engine_json, reference};
use reach_core::book::{Channel::*, Customer, RiskProfile::*};
use reach_core::Scenario;
use serde_json::{json, Value};

pub fn golden_book() -> Vec<Customer> {
    vec![
        customer("C01", "上海", "800000", 50, C3, Offline, 20, "4000", "A1"),
        customer("C02", "上海", "600000", 45, C4, Online, 10, "3000", ""),
        customer("C03", "北京", "500000", 60, C2, Offline, 0, "0", ""),
        customer("C04", "北京", "200000", 35, C4, Online, 5, "1500", ""),
        customer("C05", "上海", "100000", 30, C5, Online, 0, "0", ""),
        customer("C06", "北京", "150000", 72, C1, Offline, 3, "900", ""),
        customer("C07", "上海", "50000", 28, C3, Online, 8, "400", ""),
        customer("C08", "北京", "20000", 40, C3, Online, 0, "0", ""),
        customer("C09", "北京", "99999.99", 33, C4, Online, 2, "250.50", ""),
        customer("C10", "上海", "5000", 25, C2, Online, 1, "30", ""),
    ]
}

pub const GOLDEN_SCENARIO: &str = include_str!("../../../docs/examples/golden.toml");

fn expected() -> Value {
    json!({
      "scenario": "Worked example",
      "customers": 10,
      "totals": {
        "eligible": 7, "served": 4.90, "newly_served": 4.00,
        "advisors_needed": 3, "current_advisors": 2, "hires": 1,
        "base_revenue": "10080.50", "incremental_revenue": "390.80", "projected_revenue": "10471.30",
        "cost": "400029.00", "net": "-399638.20", "hq_credit": "24.09", "branch_credit": "366.71"
      },
      "tiers": [
        { "name": "专属投顾", "min_assets": "500000.00", "model": "advisor", "owner": "branch",
          "eligible": 3, "served": 2.70, "advisors_needed": 2, "incremental_revenue": "310.50", "cost": "0.00" },
        { "name": "人机协同", "min_assets": "100000.00", "model": "hybrid", "owner": "hq",
          "eligible": 2, "served": 1.20, "advisors_needed": 1, "incremental_revenue": "73.80", "cost": "24.00" },
        { "name": "数字化运营", "min_assets": "30000.00", "model": "digital", "owner": "hq",
          "eligible": 2, "served": 1.00, "advisors_needed": 0, "incremental_revenue": "6.50", "cost": "5.00" }
      ],
      "branches": [
        { "branch": "上海", "eligible": 4, "served": 2.90, "advisors_needed": 1, "current_advisors": 1,
          "hires": 0, "load": 1.80, "incremental_revenue": "248.80", "credited_revenue": "238.96" },
        { "branch": "北京", "eligible": 3, "served": 2.00, "advisors_needed": 1, "current_advisors": 0,
          "hires": 1, "load": null, "incremental_revenue": "142.00", "credited_revenue": "127.75" }
      ],
      "hq": { "advisors_needed": 1, "current_advisors": 1, "hires": 0, "load": 1.20, "credited_revenue": "24.09" }
    })
}

#[test]
fn the_engine_matches_the_hand_worked_example_field_by_field() {
    let scenario = Scenario::from_toml(GOLDEN_SCENARIO).unwrap();
    assert_eq!(engine_json(&golden_book(), None, &scenario), expected());
}

#[test]
fn the_reference_implementation_agrees_with_the_hand_worked_example() {
    let scenario = Scenario::from_toml(GOLDEN_SCENARIO).unwrap();
    assert_eq!(reference(&golden_book(), None, &scenario), expected());
}

#[test]
fn the_json_text_keeps_two_decimals_and_the_documented_key_order() {
    let scenario = Scenario::from_toml(GOLDEN_SCENARIO).unwrap();
    let book = reach_core::Book::from_customers(&golden_book(), None).unwrap();
    let text = serde_json::to_string(&reach_core::run(&book, &scenario).unwrap()).unwrap();
    assert!(
        text.starts_with(
            r#"{"scenario":"Worked example","customers":10,"totals":{"eligible":7,"served":4.90,"newly_served":4.00,"#
        ),
        "{text}"
    );
    assert!(text.contains(r#""load":null"#));
    assert!(text.contains(r#""net":"-399638.20""#));
}
