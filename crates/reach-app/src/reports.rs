//! Report building, shared by the app's "Export report" and `reach report` / `reach chart`:
//! each scenario computed on the book with the fingerprint of its text, the book described
//! with its provenance, and the time the report was made. Rendering and atomic writing are
//! reach-report's.

use reach_core::{Scenario, ScenarioError};
use reach_report::{AnalysisSettings, BookDescription, ReportInput, ReportScenario};
use reach_store::LoadedBook;

/// One scenario to report, with where it came from (a file, a saved scenario, the app) and
/// the text its fingerprint is taken from.
pub struct ReportSource {
    pub name: String,
    pub scenario: Scenario,
    pub text: String,
}

/// A scenario that could not be computed, with the source it came from.
#[derive(Debug)]
pub struct SourceError {
    pub source: String,
    pub error: ScenarioError,
}

impl std::fmt::Display for SourceError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.source, self.error)
    }
}

/// The book as a report describes it: label, provenance, snapshot date.
pub fn describe_book(loaded: &LoadedBook) -> BookDescription {
    let m = &loaded.meta;
    let mut d = BookDescription::of(&loaded.book, &m.label, m.synthetic, m.provenance(), &m.imported_at);
    d.snapshot_date = m.snapshot_date.clone();
    d
}

/// Everything a report shows: `sources` computed on the book (the first is the base of the
/// deltas), with the tornado and Monte Carlo of each scenario with ranges when `analyses` is
/// given, stamped with this version of Reach and the time now.
pub fn report_input(
    loaded: &LoadedBook,
    sources: Vec<ReportSource>,
    analyses: Option<AnalysisSettings>,
) -> Result<ReportInput, SourceError> {
    let mut scenarios = Vec::with_capacity(sources.len());
    for s in sources {
        let computed = ReportScenario::compute(&loaded.book, s.scenario, &s.name, &s.text, analyses)
            .map_err(|error| SourceError { source: s.name.clone(), error })?;
        scenarios.push(computed);
    }
    Ok(ReportInput {
        book: describe_book(loaded),
        scenarios,
        reach_version: env!("CARGO_PKG_VERSION").to_string(),
        generated_at: now_rfc3339(),
    })
}

/// Now, UTC, to the second (RFC 3339): when a report was made.
pub fn now_rfc3339() -> String {
    use time::format_description::well_known::Rfc3339;
    let now = time::OffsetDateTime::now_utc();
    let now = now.replace_nanosecond(0).unwrap_or(now);
    now.format(&Rfc3339).unwrap_or_else(|_| now.unix_timestamp().to_string())
}
