//! The executive view's decision: policies run side by side on the book, each net broken into
//! what makes it — the revenue lines (commission, wealth, asset), the hiring cost, the service
//! cost and the acquisition block — with exact deltas against the first (the base), and the
//! split between head office and the branches (their programme nets, MODEL §9).

use reach_core::{Book, Scenario, ScenarioError, ScenarioResult};
use rust_decimal::Decimal;

use crate::convert::{self, dec2};
use crate::dto::{Decision, PolicyView};

/// Each of `scenarios` run on `book` (in parallel), the first the base of the deltas.
pub fn decide(book: &Book, scenarios: &[Scenario]) -> Result<Decision, ScenarioError> {
    let results: Vec<Result<ScenarioResult, ScenarioError>> = std::thread::scope(|scope| {
        let jobs: Vec<_> = scenarios.iter().map(|s| scope.spawn(move || reach_core::run(book, s))).collect();
        jobs.into_iter().map(|j| j.join().expect("the engine does not panic")).collect()
    });
    let results = results.into_iter().collect::<Result<Vec<_>, _>>()?;
    let policies = scenarios
        .iter()
        .zip(&results)
        .map(|(scenario, result)| policy(scenario, result, results.first().unwrap_or(result)))
        .collect();
    Ok(Decision { policies })
}

fn policy(scenario: &Scenario, result: &ScenarioResult, base: &ScenarioResult) -> PolicyView {
    let hiring = scenario.advisor_cost * Decimal::from(result.totals.hires);
    let branches_net: Decimal = result.branches.iter().map(|b| b.net).sum();
    let branches_change: Decimal = result.branches.iter().map(|b| b.assessed_change).sum();
    PolicyView {
        result: result.clone(),
        hiring_cost: dec2(hiring),
        service_cost: dec2(result.totals.cost - hiring),
        branches_net: dec2(branches_net),
        branches_assessed_change: dec2(branches_change),
        deltas: convert::deltas(&result.totals, &base.totals),
    }
}
