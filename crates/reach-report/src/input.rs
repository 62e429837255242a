//! What a report is made from: the book it was computed on, each scenario with its source,
//! fingerprint, result and threshold sweep, and Reach's version — everything a reader needs to
//! trace a number in a deck back to its inputs. The caller (CLI or app) assembles it; the
//! helpers here run the engine, the assessment under both credit rules, the analyses (tornado
//! and Monte Carlo over the scenario's ranges) and pick the tier to sweep, so every caller does
//! it the same way.

use reach_core::analysis::montecarlo::{monte_carlo_watched, MonteCarlo, Outcome, Watch, DEFAULT_DRAWS, DEFAULT_SEED};
use reach_core::analysis::tornado::{tornado, TornadoRow};
use reach_core::analysis::Figure;
use reach_core::book::{Book, BookStats};
use reach_core::scenario::{CreditRule, Scenario, ScenarioError, Tier};
use reach_core::sweep::{chart_points, sweep, SweepPoint};
use reach_core::ScenarioResult;
use rust_decimal::Decimal;
use sha2::{Digest, Sha256};

/// The book a report was computed on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BookDescription {
    /// What to call the book (the demo's label, or the customers file's name).
    pub label: String,
    /// True for the generated demo book: every report says so prominently.
    pub synthetic: bool,
    /// Where it came from, in a line: `demo (seed 42)`, `customers.csv (sha256 …)`.
    pub source: String,
    pub customers: u64,
    pub branches: u64,
    /// When it was imported (RFC 3339).
    pub imported_at: String,
    /// The date the book describes, when known (YYYY-MM-DD).
    pub snapshot_date: Option<String>,
    /// Book-wide figures: band distribution, dormancy, base revenue.
    pub stats: BookStats,
}

impl BookDescription {
    /// A description of `book` with the stats taken from it.
    pub fn of(
        book: &Book,
        label: impl Into<String>,
        synthetic: bool,
        source: impl Into<String>,
        imported_at: impl Into<String>,
    ) -> Self {
        BookDescription {
            label: label.into(),
            synthetic,
            source: source.into(),
            customers: book.stats().customers,
            branches: book.branches().len() as u64,
            imported_at: imported_at.into(),
            snapshot_date: None,
            stats: book.stats().clone(),
        }
    }
}

/// The threshold sweep shown for a scenario: one tier's min_assets varied, the rest held.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SweepInput {
    /// The swept tier's name.
    pub tier: String,
    /// Its threshold in the scenario as written (the "current" point, marked on the chart).
    pub current: Decimal,
    /// Ascending thresholds, the current one among them.
    pub points: Vec<SweepPoint>,
}

/// One scenario of a report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportScenario {
    pub scenario: Scenario,
    /// The file (or saved scenario) it came from, as the user named it.
    pub source_name: String,
    /// sha256 of the scenario's text, hex.
    pub source_sha256: String,
    pub result: ScenarioResult,
    /// None for a scenario without tiers.
    pub sweep: Option<SweepInput>,
    /// The same scenario under the other credit rule (split ↔ dual), for the assessment's
    /// side-by-side.
    pub counter_rule: ScenarioResult,
    /// Tornado and Monte Carlo of net over the scenario's ranges; None when the report leaves
    /// the analyses out or the scenario has no ranges.
    pub analyses: Option<Analyses>,
}

/// How many Monte Carlo draws a report makes, from which seed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AnalysisSettings {
    pub draws: usize,
    pub seed: u64,
}

impl Default for AnalysisSettings {
    /// MODEL section 10's defaults: 1,000 draws, seed 1.
    fn default() -> Self {
        AnalysisSettings { draws: DEFAULT_DRAWS, seed: DEFAULT_SEED }
    }
}

/// A scenario's analyses of net (MODEL section 10), as `reach tornado` and `reach montecarlo`
/// give them, with each draw's net for the histogram.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Analyses {
    pub settings: AnalysisSettings,
    /// Largest swing first.
    pub tornado: Vec<TornadoRow>,
    pub monte_carlo: MonteCarlo,
    /// Each draw's net, in draw order.
    pub nets: Vec<Decimal>,
}

impl Analyses {
    /// The figure the analyses look at: net.
    pub fn figure() -> Figure {
        Figure::parse("net").expect("net is a totals figure")
    }

    /// Runs the tornado and the Monte Carlo of net over `scenario`'s ranges on `book`.
    pub fn compute(book: &Book, scenario: &Scenario, settings: AnalysisSettings) -> Result<Self, ScenarioError> {
        let rows = tornado(book, scenario, Self::figure())?;
        // One run gives both the summary and each draw's net.
        let Outcome { summary, net } =
            monte_carlo_watched(book, scenario, settings.draws, settings.seed, &Watch::default())?
                .expect("an unwatched run is never cancelled");
        Ok(Analyses { settings, tornado: rows, monte_carlo: summary, nets: net })
    }
}

impl ReportScenario {
    /// Runs the engine, the report's sweep, the other credit rule and (with `analyses`, when
    /// the scenario has ranges) the tornado and Monte Carlo for `scenario` on `book`.
    pub fn compute(
        book: &Book,
        scenario: Scenario,
        source_name: impl Into<String>,
        source_text: &str,
        analyses: Option<AnalysisSettings>,
    ) -> Result<Self, ScenarioError> {
        let result = reach_core::run(book, &scenario)?;
        let mut other = scenario.clone();
        other.credit_rule = match scenario.credit_rule {
            CreditRule::Split => CreditRule::Dual,
            CreditRule::Dual => CreditRule::Split,
        };
        let counter_rule = reach_core::run(book, &other)?;
        let analyses = match analyses {
            Some(settings) if !scenario.ranges.is_empty() => Some(Analyses::compute(book, &scenario, settings)?),
            _ => None,
        };
        let sweep = match sweep_tier(&scenario) {
            Some(tier) => {
                let current = tier.min_assets;
                let name = tier.name.clone();
                let t = scenario.tier_index(&name).expect("the swept tier is in the scenario");
                let points = sweep(book, &scenario, &name, &chart_points(&scenario, t, SWEEP_STEPS))?;
                Some(SweepInput { tier: name, current, points })
            }
            None => None,
        };
        Ok(ReportScenario {
            scenario,
            source_name: source_name.into(),
            source_sha256: sha256_hex(source_text.as_bytes()),
            result,
            sweep,
            counter_rule,
            analyses,
        })
    }
}

impl ReportScenario {
    /// The scenario's result under `split` and under `dual`, whichever it was written with.
    pub fn split_and_dual(&self) -> (&ScenarioResult, &ScenarioResult) {
        match self.scenario.credit_rule {
            CreditRule::Split => (&self.result, &self.counter_rule),
            CreditRule::Dual => (&self.counter_rule, &self.result),
        }
    }
}

/// Everything a report shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportInput {
    pub book: BookDescription,
    /// The first is the base: deltas are against it.
    pub scenarios: Vec<ReportScenario>,
    /// Reach's version (`env!("CARGO_PKG_VERSION")` of the caller).
    pub reach_version: String,
    /// When the report was made (RFC 3339); given by the caller so output is reproducible.
    pub generated_at: String,
}

/// The tier a report sweeps: the scenario's lowest-threshold advisor or hybrid tier (the
/// threshold above which people serve customers — the decision the report is about), or,
/// failing that, its lowest tier. Ties keep the written order.
pub fn sweep_tier(scenario: &Scenario) -> Option<&Tier> {
    reach_core::sweep::chart_tier(scenario).map(|t| &scenario.tiers[t])
}

/// The report's sweep density; the range is `reach_core::sweep::chart_points`'.
pub const SWEEP_STEPS: usize = 25;

/// Lower-case hex sha256 of `bytes`.
pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use reach_core::scenario::ServiceModel;

    fn tier(name: &str, min: i64, model: ServiceModel) -> Tier {
        let mut t = Tier::new(name, Decimal::from(min), model);
        t.clients_per_advisor = Some(Decimal::from(300));
        t
    }

    fn scenario(tiers: Vec<Tier>) -> Scenario {
        Scenario { tiers, ..Scenario::new("s", Decimal::from(1)) }
    }

    #[test]
    fn sweeps_the_lowest_tier_served_by_people() {
        let s = scenario(vec![
            tier("a", 500_000, ServiceModel::Advisor),
            tier("h", 100_000, ServiceModel::Hybrid),
            tier("d", 30_000, ServiceModel::Digital),
        ]);
        assert_eq!(sweep_tier(&s).unwrap().name, "h");
        let digital_only =
            scenario(vec![tier("d2", 50_000, ServiceModel::Digital), tier("d1", 30_000, ServiceModel::Digital)]);
        assert_eq!(sweep_tier(&digital_only).unwrap().name, "d1");
        assert!(sweep_tier(&scenario(vec![])).is_none());
    }

    #[test]
    fn sha256_is_lower_hex() {
        assert_eq!(sha256_hex(b"abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
