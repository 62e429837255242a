//! The book read once for many evaluations: a run's figures depend on the book only through
//! the per-(tier, branch) integer cells that `engine::assign` builds, and those cells do not
//! change when coverage, uplift, activation, costs, capacities or shares do. An `Aggregate`
//! assigns the book once and finishes any scenario that assigns customers the same way from the
//! cells — O(tiers × branches) — and runs the book again for one that does not (a new threshold
//! or age bound). Either way the result equals `engine::run` exactly.

use crate::book::Book;
use crate::engine::{assign, finish, Cells, TierRules};
use crate::result::ScenarioResult;
use crate::scenario::{Scenario, ScenarioError};

/// A scenario's assignment of a book, kept to finish variants of the scenario.
pub struct Aggregate<'a> {
    book: &'a Book,
    /// The scenario assigned, without its ranges (its variants leave them).
    scenario: Scenario,
    cells: Cells,
}

impl<'a> Aggregate<'a> {
    /// Validates `scenario` (ranges included) and assigns the book once.
    pub fn new(book: &'a Book, scenario: &Scenario) -> Result<Self, ScenarioError> {
        scenario.validate()?;
        let scenario = Scenario { ranges: Vec::new(), ..scenario.clone() };
        let cells = assign(book, &TierRules::new(&scenario));
        Ok(Self { book, scenario, cells })
    }

    /// The scenario aggregated, without ranges: the base every variant starts from.
    pub fn scenario(&self) -> &Scenario {
        &self.scenario
    }

    /// The full result of `at` (validated by the rules of the model, its ranges aside): finished
    /// from the cells where `at` assigns every customer as the aggregated scenario does, else
    /// from a new pass over the book.
    pub fn result(&self, at: &Scenario) -> Result<ScenarioResult, ScenarioError> {
        at.validate_values()?;
        if same_assignment(&self.scenario, at) {
            Ok(finish(self.book, at, &self.cells))
        } else {
            Ok(finish(self.book, at, &assign(self.book, &TierRules::new(at))))
        }
    }
}

/// True where both scenarios put every customer in the same tier (by written index): the same
/// tiers with the same thresholds and filters.
fn same_assignment(a: &Scenario, b: &Scenario) -> bool {
    a.tiers.len() == b.tiers.len()
        && a.tiers.iter().zip(&b.tiers).all(|(x, y)| {
            x.min_assets == y.min_assets
                && x.min_age == y.min_age
                && x.max_age == y.max_age
                && x.risk_profiles == y.risk_profiles
                && x.channels == y.channels
                && x.include_dormant == y.include_dormant
        })
}
