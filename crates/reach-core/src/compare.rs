//! Comparing scenarios: the headline metrics of a result (one list, with their Chinese and
//! English names, used by the CLI, the reports and the app), their deltas against a base
//! scenario, and the branches that win or lose credit and advisors when the policy moves.

use rust_decimal::Decimal;
use serde::Serialize;

use crate::result::{ScenarioResult, Totals};

/// What kind of quantity a metric is, which decides how it is formatted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum MetricKind {
    /// A whole number of customers or advisors.
    Count,
    /// An expected number of customers (two decimals in the model; whole on screen).
    Expected,
    /// CNY.
    Money,
}

/// A headline figure of a scenario's totals.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct Metric {
    /// The field of `Totals` (and of the JSON).
    pub key: &'static str,
    pub zh: &'static str,
    pub en: &'static str,
    pub kind: MetricKind,
    /// True where more is better for the broker (used for the colour of a delta).
    pub more_is_better: bool,
}

const fn m(key: &'static str, zh: &'static str, en: &'static str, kind: MetricKind, more_is_better: bool) -> Metric {
    Metric { key, zh, en, kind, more_is_better }
}

/// The totals, in the order every view shows them.
pub const METRICS: [Metric; 23] = [
    m("eligible", "可服务客户", "Eligible customers", MetricKind::Count, true),
    m("served", "覆盖客户（期望）", "Customers reached (expected)", MetricKind::Expected, true),
    m("newly_served", "新增覆盖客户", "Newly reached customers", MetricKind::Expected, true),
    m("advisors_needed", "所需投顾", "Advisors needed", MetricKind::Count, false),
    m("current_advisors", "现有投顾", "Current advisors", MetricKind::Count, true),
    m("hires", "需新增投顾", "Hires", MetricKind::Count, false),
    m("base_revenue", "基础收入", "Base revenue", MetricKind::Money, true),
    m("incremental_revenue", "增量收入", "Incremental revenue", MetricKind::Money, true),
    m("projected_revenue", "预测总收入", "Projected revenue", MetricKind::Money, true),
    m("cost", "成本", "Cost", MetricKind::Money, false),
    m("net", "净收益", "Net", MetricKind::Money, true),
    m("hq_credit", "总部收入归属", "HQ credit", MetricKind::Money, true),
    m("branch_credit", "分支机构收入归属", "Branch credit", MetricKind::Money, true),
    m("new_assets", "新增资产", "New assets", MetricKind::Money, true),
    m("placed_assets", "财富产品保有", "Assets placed in wealth products", MetricKind::Money, true),
    m("commission_revenue", "佣金收入（增量）", "Commission revenue (incremental)", MetricKind::Money, true),
    m("wealth_revenue", "财富管理收入", "Wealth revenue", MetricKind::Money, true),
    m("asset_revenue", "资产收益", "Asset revenue", MetricKind::Money, true),
    m("acquisition_cost", "获客成本", "Acquisition cost", MetricKind::Money, false),
    m("acquisition_revenue", "获客首年收入", "Acquisition revenue (first year)", MetricKind::Money, true),
    m("total_net", "含获客净收益", "Total net incl. acquisition", MetricKind::Money, true),
    m("double_counted", "双计收入", "Double counted", MetricKind::Money, false),
    m("branches_losing", "考核受损分支机构", "Branches losing", MetricKind::Count, false),
];

impl Totals {
    /// The value of a metric, as an exact decimal (counts as whole numbers).
    pub fn value(&self, key: &str) -> Option<Decimal> {
        Some(match key {
            "eligible" => Decimal::from(self.eligible),
            "served" => self.served,
            "newly_served" => self.newly_served,
            "advisors_needed" => Decimal::from(self.advisors_needed),
            "current_advisors" => Decimal::from(self.current_advisors),
            "hires" => Decimal::from(self.hires),
            "base_revenue" => self.base_revenue,
            "incremental_revenue" => self.incremental_revenue,
            "projected_revenue" => self.projected_revenue,
            "cost" => self.cost,
            "net" => self.net,
            "hq_credit" => self.hq_credit,
            "branch_credit" => self.branch_credit,
            "new_assets" => self.lines.new_assets,
            "placed_assets" => self.lines.placed_assets,
            "commission_revenue" => self.lines.commission_revenue,
            "wealth_revenue" => self.lines.wealth_revenue,
            "asset_revenue" => self.lines.asset_revenue,
            "acquisition_cost" => self.acquisition_cost,
            "acquisition_revenue" => self.acquisition_revenue,
            "total_net" => self.total_net,
            "double_counted" => self.double_counted,
            "branches_losing" => Decimal::from(self.branches_losing),
            _ => return None,
        })
    }
}

/// One metric across scenarios: values and deltas against the first (the base).
#[derive(Debug, Clone, Serialize)]
pub struct ComparisonRow {
    pub metric: Metric,
    pub values: Vec<Decimal>,
    /// `values[i] - values[0]`; the first is always zero.
    pub deltas: Vec<Decimal>,
}

/// The headline metrics of several results side by side, deltas against the first.
pub fn compare_totals(results: &[ScenarioResult]) -> Vec<ComparisonRow> {
    METRICS
        .iter()
        .map(|metric| {
            let values: Vec<Decimal> =
                results.iter().map(|r| r.totals.value(metric.key).expect("every metric is a field")).collect();
            let base = values.first().copied().unwrap_or_default();
            let deltas = values.iter().map(|v| *v - base).collect();
            ComparisonRow { metric: *metric, values, deltas }
        })
        .collect()
}

/// How one branch fares in `other` compared with `base`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct BranchShift {
    pub branch: String,
    pub eligible_delta: i64,
    pub advisors_needed_delta: i64,
    pub hires_delta: i64,
    pub credited_revenue_delta: Decimal,
}

/// Every branch's change from `base` to `other`, biggest credit gain first (ties by name).
pub fn branch_shifts(base: &ScenarioResult, other: &ScenarioResult) -> Vec<BranchShift> {
    let delta = |a: u64, b: u64| i64::try_from(b).unwrap_or(i64::MAX) - i64::try_from(a).unwrap_or(i64::MAX);
    let mut shifts: Vec<BranchShift> = other
        .branches
        .iter()
        .map(|o| {
            let b = base.branches.iter().find(|b| b.branch == o.branch);
            BranchShift {
                branch: o.branch.clone(),
                eligible_delta: delta(b.map_or(0, |b| b.eligible), o.eligible),
                advisors_needed_delta: delta(b.map_or(0, |b| b.advisors_needed), o.advisors_needed),
                hires_delta: delta(b.map_or(0, |b| b.hires), o.hires),
                credited_revenue_delta: o.credited_revenue - b.map_or(Decimal::ZERO, |b| b.credited_revenue),
            }
        })
        .collect();
    shifts
        .sort_by(|a, b| b.credited_revenue_delta.cmp(&a.credited_revenue_delta).then_with(|| a.branch.cmp(&b.branch)));
    shifts
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::book::{Book, Channel, Customer, RiskProfile};
    use crate::scenario::{Scenario, ServiceModel, Tier};
    use std::str::FromStr;

    fn book() -> Book {
        let c = |id: &str, branch: &str, assets: i64| Customer {
            customer_id: id.into(),
            branch: branch.into(),
            total_assets_fen: assets,
            age: 40,
            risk_profile: RiskProfile::C3,
            channel: Channel::Online,
            trades_12m: 3,
            revenue_12m_fen: 10_000,
            advisor_id: None,
        };
        Book::from_customers(&[c("1", "A", 60_000_000), c("2", "B", 20_000_000), c("3", "B", 20_000_000)], None)
            .unwrap()
    }

    fn scenario(threshold: i64) -> Scenario {
        let mut t = Tier::new("t", Decimal::from(threshold), ServiceModel::Advisor);
        t.clients_per_advisor = Some(Decimal::from(300));
        t.uplift = Decimal::from_str("0.1").unwrap();
        Scenario { tiers: vec![t], ..Scenario::new(&format!("{threshold}"), Decimal::from(1000)) }
    }

    #[test]
    fn deltas_are_against_the_first_scenario() {
        let b = book();
        let results: Vec<_> = [500_000, 100_000].iter().map(|&t| crate::run(&b, &scenario(t)).unwrap()).collect();
        let rows = compare_totals(&results);
        let eligible = rows.iter().find(|r| r.metric.key == "eligible").unwrap();
        assert_eq!(eligible.values, vec![Decimal::from(1), Decimal::from(3)]);
        assert_eq!(eligible.deltas, vec![Decimal::ZERO, Decimal::from(2)]);
        let hires = rows.iter().find(|r| r.metric.key == "hires").unwrap();
        assert_eq!(hires.deltas[1], Decimal::from(1));
        assert_eq!(rows.len(), METRICS.len());
    }

    #[test]
    fn branch_shifts_put_the_biggest_winner_first() {
        let b = book();
        let base = crate::run(&b, &scenario(500_000)).unwrap();
        let lowered = crate::run(&b, &scenario(100_000)).unwrap();
        let shifts = branch_shifts(&base, &lowered);
        assert_eq!(shifts[0].branch, "B");
        assert_eq!(shifts[0].eligible_delta, 2);
        assert_eq!(shifts[0].credited_revenue_delta, Decimal::from_str("20.00").unwrap());
        assert_eq!(shifts[1].credited_revenue_delta, Decimal::ZERO);
    }

    #[test]
    fn every_metric_key_is_a_totals_field() {
        let t = crate::run(&book(), &scenario(0)).unwrap().totals;
        let json = serde_json::to_value(&t).unwrap();
        for m in METRICS {
            assert!(t.value(m.key).is_some() && json.get(m.key).is_some(), "{}", m.key);
        }
        assert_eq!(json.as_object().unwrap().len(), METRICS.len());
    }
}
