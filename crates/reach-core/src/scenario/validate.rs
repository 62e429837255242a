//! Every rule a scenario must satisfy (docs/spec/MODEL.md sections 3, 7–10) and the bounds that keep
//! the engine's exact arithmetic far from overflow (docs/model.md, "Bounds"); the first broken
//! rule is returned as a `ScenarioError` naming the field (`tiers[2].coverage`,
//! `ranges."hq_share"`) and what is wrong. A value that passes here can never overflow a `Decimal`, wrap an integer or panic in
//! the engine.

use std::collections::BTreeSet;

use rust_decimal::Decimal;

use super::path::FieldPath;
use super::{Acquisition, Provenance, Scenario, ScenarioError, ServiceModel, Tier};
use crate::name::check_name;

/// The largest amount of money any input may hold: 10^13 CNY, more than any broker's book.
pub const MAX_MONEY: i64 = 10_000_000_000_000;
/// The most clients one advisor can be given.
pub const MAX_CLIENTS_PER_ADVISOR: i64 = 10_000_000;
/// The largest uplift and asset growth: 10 (1000%).
pub const MAX_GROWTH: i64 = 10;
/// The largest wealth fee and asset yield: 0.05 (5% a year).
pub const MAX_FEE_PERCENT: i64 = 5;
/// The largest HQ advisor headcount.
pub const MAX_HQ_ADVISORS: u32 = 1_000_000;
/// The most accounts one acquisition row may open in a year.
pub const MAX_ACCOUNTS: u64 = 1_000_000_000;
/// The most tiers in one scenario.
pub const MAX_TIERS: usize = 50;
/// The most provenance entries in one scenario.
pub const MAX_PROVENANCE: usize = 500;
/// The most decimal places any number may be written with, so that exact products of a few
/// inputs and a book's sums stay within `Decimal`'s 28 digits.
pub const MAX_DECIMAL_PLACES: u32 = 10;
/// The oldest age a tier filter may name.
pub const MAX_AGE: u8 = 150;

impl Scenario {
    /// Checks every rule: the values and bounds, then the ranges (section 10).
    pub fn validate(&self) -> Result<(), ScenarioError> {
        self.validate_values()?;
        self.validate_ranges()
    }

    /// Checks every rule and bound on the scenario's values, its ranges aside.
    pub fn validate_values(&self) -> Result<(), ScenarioError> {
        name("name", &self.name)?;
        money("advisor_cost", self.advisor_cost)?;
        share("hq_share", self.hq_share)?;
        if self.hq_advisors > MAX_HQ_ADVISORS {
            return Err(ScenarioError::new(
                "hq_advisors",
                format!("must be at most {MAX_HQ_ADVISORS} (got {})", self.hq_advisors),
            ));
        }
        fee("asset_yield", self.asset_yield)?;
        share("base_transfer", self.base_transfer)?;
        if self.tiers.len() > MAX_TIERS {
            return Err(ScenarioError::new(
                "tiers",
                format!("at most {MAX_TIERS} tiers are allowed (got {})", self.tiers.len()),
            ));
        }
        let mut names = BTreeSet::new();
        for (i, t) in self.tiers.iter().enumerate() {
            if !names.insert(t.name.as_str()) {
                return Err(ScenarioError::new(
                    format!("tiers[{i}].name"),
                    format!("`{}` is used by an earlier tier; tier names must be unique", t.name),
                ));
            }
            tier(t, &|field| format!("tiers[{i}].{field}"))?;
        }
        let mut channels = BTreeSet::new();
        for (i, a) in self.acquisition.iter().enumerate() {
            if !channels.insert(a.channel) {
                return Err(ScenarioError::new(
                    format!("acquisition[{i}].channel"),
                    format!("`{}` has an earlier row; at most one row per channel", a.channel),
                ));
            }
            acquisition(a, &|field| format!("acquisition[{i}].{field}"))?;
        }
        if self.provenance.len() > MAX_PROVENANCE {
            return Err(ScenarioError::new(
                "provenance",
                format!("at most {MAX_PROVENANCE} entries are allowed (got {})", self.provenance.len()),
            ));
        }
        for (i, p) in self.provenance.iter().enumerate() {
            provenance(self, p, &|field| format!("provenance[{i}].{field}"))?;
        }
        Ok(())
    }

    /// Each range names a field that can be varied, once; low <= high; the scenario's value
    /// lies within; and both ends are valid values of the field by the same rules as the
    /// value itself, so no analysis can take the engine outside the valid inputs.
    fn validate_ranges(&self) -> Result<(), ScenarioError> {
        let mut seen = BTreeSet::new();
        for r in &self.ranges {
            let field = format!("ranges.{}", super::toml::key(&r.path));
            let bad = |message: String| ScenarioError::new(&field, message);
            if !seen.insert(r.path.as_str()) {
                return Err(bad("is given twice".into()));
            }
            let path = FieldPath::parse(self, &r.path).map_err(|e| bad(e.message))?;
            if r.low > r.high {
                return Err(bad(format!("low {} is above high {}", r.low, r.high)));
            }
            let value = path.get(self).map_err(|e| bad(e.message))?;
            if value < r.low || value > r.high {
                return Err(bad(format!("the scenario's value {value} is outside [{}, {}]", r.low, r.high)));
            }
            for (end, v) in [("low", r.low), ("high", r.high)] {
                path.apply(self, v).map_err(|e| bad(format!("{end}: {}", e.message)))?;
            }
        }
        Ok(())
    }
}

fn tier(t: &Tier, f: &dyn Fn(&str) -> String) -> Result<(), ScenarioError> {
    name(&f("name"), &t.name)?;
    money(&f("min_assets"), t.min_assets)?;
    match (t.model.needs_advisors(), t.clients_per_advisor) {
        (true, None) => {
            return Err(ScenarioError::new(
                f("clients_per_advisor"),
                format!(
                    "is required for a{} {} tier",
                    if t.model == ServiceModel::Advisor { "n" } else { "" },
                    t.model.as_str()
                ),
            ))
        }
        (_, Some(c)) => {
            places(&f("clients_per_advisor"), c)?;
            let max = Decimal::from(MAX_CLIENTS_PER_ADVISOR);
            if c < Decimal::ONE || c > max {
                return Err(ScenarioError::new(
                    f("clients_per_advisor"),
                    format!("must be between 1 and {MAX_CLIENTS_PER_ADVISOR} (got {c})"),
                ));
            }
        }
        (false, None) => {}
    }
    share(&f("coverage"), t.coverage)?;
    growth(&f("uplift"), t.uplift)?;
    share(&f("activation"), t.activation)?;
    money(&f("cost_per_client"), t.cost_per_client)?;
    for (field, age) in [("min_age", t.min_age), ("max_age", t.max_age)] {
        if let Some(a) = age.filter(|&a| a > MAX_AGE) {
            return Err(ScenarioError::new(f(field), format!("must be at most {MAX_AGE} (got {a})")));
        }
    }
    if let (Some(lo), Some(hi)) = (t.min_age, t.max_age) {
        if lo > hi {
            return Err(ScenarioError::new(
                f("max_age"),
                format!("{hi} is below min_age {lo}: the tier would match no one"),
            ));
        }
    }
    if t.risk_profiles.as_ref().is_some_and(BTreeSet::is_empty) {
        return Err(ScenarioError::new(
            f("risk_profiles"),
            "must list at least one of C1..C5 (leave it out to allow all)",
        ));
    }
    if t.channels.as_ref().is_some_and(BTreeSet::is_empty) {
        return Err(ScenarioError::new(f("channels"), "must list online and/or offline (leave it out to allow both)"));
    }
    growth(&f("asset_growth"), t.asset_growth)?;
    share(&f("wealth_share"), t.wealth_share)?;
    fee(&f("wealth_fee"), t.wealth_fee)
}

fn acquisition(a: &Acquisition, f: &dyn Fn(&str) -> String) -> Result<(), ScenarioError> {
    if a.accounts > MAX_ACCOUNTS {
        return Err(ScenarioError::new(f("accounts"), format!("must be at most {MAX_ACCOUNTS} (got {})", a.accounts)));
    }
    share(&f("funded_rate"), a.funded_rate)?;
    money(&f("cost_per_account"), a.cost_per_account)?;
    money(&f("assets_per_funded"), a.assets_per_funded)?;
    money(&f("revenue_per_funded"), a.revenue_per_funded)
}

fn provenance(s: &Scenario, p: &Provenance, f: &dyn Fn(&str) -> String) -> Result<(), ScenarioError> {
    FieldPath::parse(s, &p.field)
        .map_err(|e| ScenarioError::new(f("field"), format!("`{}`: {}", p.field, e.message)))?;
    name(&f("pilot"), &p.pilot)?;
    for (field, v) in [("estimate", p.estimate), ("low", p.low), ("high", p.high)] {
        places(&f(field), v)?;
        let max = Decimal::from(MAX_MONEY);
        if v.abs() > max {
            return Err(ScenarioError::new(f(field), format!("must be between -{max} and {max} (got {v})")));
        }
    }
    if p.low > p.high {
        return Err(ScenarioError::new(f("high"), format!("{} is below low {}", p.high, p.low)));
    }
    check_date(&p.applied).map_err(|m| ScenarioError::new(f("applied"), m))
}

/// A calendar date written `YYYY-MM-DD`.
fn check_date(text: &str) -> Result<(), String> {
    let bad = || format!("`{text}` is not a date written YYYY-MM-DD");
    let b = text.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return Err(bad());
    }
    let num = |r: std::ops::Range<usize>| text[r].parse::<u32>().map_err(|_| bad());
    if !text.bytes().enumerate().all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit()) {
        return Err(bad());
    }
    let (year, month, day) = (num(0..4)?, num(5..7)?, num(8..10)?);
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return Err(format!("`{text}`: month {month} is not 1..12")),
    };
    if day == 0 || day > days {
        return Err(format!("`{text}`: day {day} is not in month {month}"));
    }
    Ok(())
}

fn name(field: &str, v: &str) -> Result<(), ScenarioError> {
    check_name(v).map_err(|m| ScenarioError::new(field, m))
}

fn places(field: &str, v: Decimal) -> Result<(), ScenarioError> {
    let p = v.normalize().scale();
    if p > MAX_DECIMAL_PLACES {
        return Err(ScenarioError::new(
            field,
            format!("has {p} decimal places; at most {MAX_DECIMAL_PLACES} are allowed (got {v})"),
        ));
    }
    Ok(())
}

fn between(field: &str, v: Decimal, lo: Decimal, hi: Decimal) -> Result<(), ScenarioError> {
    places(field, v)?;
    if v < lo || v > hi {
        return Err(ScenarioError::new(field, format!("must be between {lo} and {hi} (got {v})")));
    }
    Ok(())
}

/// CNY, 0..=10^13.
fn money(field: &str, v: Decimal) -> Result<(), ScenarioError> {
    if v < Decimal::ZERO {
        places(field, v)?;
        return Err(ScenarioError::new(field, format!("must not be negative (got {v})")));
    }
    between(field, v, Decimal::ZERO, Decimal::from(MAX_MONEY))
}

/// A share, 0..=1.
fn share(field: &str, v: Decimal) -> Result<(), ScenarioError> {
    between(field, v, Decimal::ZERO, Decimal::ONE)
}

/// A growth rate (uplift, asset growth), 0..=10.
fn growth(field: &str, v: Decimal) -> Result<(), ScenarioError> {
    if v < Decimal::ZERO {
        return Err(ScenarioError::new(field, format!("must not be negative (got {v})")));
    }
    between(field, v, Decimal::ZERO, Decimal::from(MAX_GROWTH))
}

/// A yearly fee or yield on assets, 0..=0.05.
fn fee(field: &str, v: Decimal) -> Result<(), ScenarioError> {
    between(field, v, Decimal::ZERO, Decimal::new(MAX_FEE_PERCENT, 2))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_calendar_dates() {
        assert!(check_date("2026-11-25").is_ok());
        assert!(check_date("2024-02-29").is_ok());
        for bad in ["2026-02-29", "2026-13-01", "2026-1-01", "26-11-25", "2026/11/25", "2026-11-2x", "2026-04-31"] {
            assert!(check_date(bad).is_err(), "{bad}");
        }
    }
}
