//! The assessment view's answer (MODEL §9): one scenario run under both credit rules — `split`
//! (each CNY credited once) and `dual` (双计: branches keep everything their customers bring) —
//! so each branch's assessed change, HQ's assessed revenue, the double counting and the
//! branches losing show side by side. Only the assessment differs between the two runs; every
//! other figure is the same.

use reach_core::{Book, CreditRule, Scenario, ScenarioError};

use crate::dto::Assessment;

/// `scenario` run on `book` as written and with the other credit rule, in parallel (one pass
/// over the book each).
pub fn assess(book: &Book, scenario: &Scenario) -> Result<Assessment, ScenarioError> {
    let under = |rule: CreditRule| {
        let mut s = scenario.clone();
        s.credit_rule = rule;
        s
    };
    let (split, dual) = (under(CreditRule::Split), under(CreditRule::Dual));
    let (split, dual) = std::thread::scope(|scope| {
        let dual_job = scope.spawn(|| reach_core::run(book, &dual));
        let split = reach_core::run(book, &split);
        (split, dual_job.join().expect("the engine does not panic"))
    });
    Ok(Assessment { rule: scenario.credit_rule.as_str().to_string(), split: split?, dual: dual? })
}
