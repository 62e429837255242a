//! Field paths (docs/spec/MODEL.md section 10): the one table of every numeric field of a scenario that an
//! analysis can vary — a global by name (`advisor_cost`), a tier field as
//! `tiers.<tier name>.<field>` — with how to read it, how to set it to an exact decimal, whether
//! it is a whole number, and whether changing it moves customers between tiers (and so needs a
//! new pass over the book).

use std::fmt;

use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;

use super::{Scenario, ScenarioError, Tier};

/// One variable field of a record `R` (the scenario's globals, or a tier).
struct Field<R> {
    name: &'static str,
    /// A whole number (a headcount, an age).
    integer: bool,
    /// Changing it changes which customers a tier gets.
    assignment: bool,
    /// The value, or None where the optional field is not set.
    get: fn(&R) -> Option<Decimal>,
    /// Sets the value; refuses one the field's type cannot hold.
    set: fn(&mut R, Decimal) -> Result<(), String>,
}

/// The globals a path can name.
const GLOBAL_FIELDS: &[Field<Scenario>] = &[
    Field {
        name: "advisor_cost",
        integer: false,
        assignment: false,
        get: |s| Some(s.advisor_cost),
        set: |s, v| {
            s.advisor_cost = v;
            Ok(())
        },
    },
    Field {
        name: "hq_share",
        integer: false,
        assignment: false,
        get: |s| Some(s.hq_share),
        set: |s, v| {
            s.hq_share = v;
            Ok(())
        },
    },
    Field {
        name: "hq_advisors",
        integer: true,
        assignment: false,
        get: |s| Some(Decimal::from(s.hq_advisors)),
        set: |s, v| {
            s.hq_advisors = whole(v, Decimal::to_u32)?;
            Ok(())
        },
    },
    Field {
        name: "asset_yield",
        integer: false,
        assignment: false,
        get: |s| Some(s.asset_yield),
        set: |s, v| {
            s.asset_yield = v;
            Ok(())
        },
    },
    Field {
        name: "base_transfer",
        integer: false,
        assignment: false,
        get: |s| Some(s.base_transfer),
        set: |s, v| {
            s.base_transfer = v;
            Ok(())
        },
    },
];

/// The tier fields a path can name.
const TIER_FIELDS: &[Field<Tier>] = &[
    Field {
        name: "min_assets",
        integer: false,
        assignment: true,
        get: |t| Some(t.min_assets),
        set: |t, v| {
            t.min_assets = v;
            Ok(())
        },
    },
    Field {
        name: "clients_per_advisor",
        integer: false,
        assignment: false,
        get: |t| t.clients_per_advisor,
        set: |t, v| {
            t.clients_per_advisor = Some(v);
            Ok(())
        },
    },
    Field {
        name: "coverage",
        integer: false,
        assignment: false,
        get: |t| Some(t.coverage),
        set: |t, v| {
            t.coverage = v;
            Ok(())
        },
    },
    Field {
        name: "uplift",
        integer: false,
        assignment: false,
        get: |t| Some(t.uplift),
        set: |t, v| {
            t.uplift = v;
            Ok(())
        },
    },
    Field {
        name: "activation",
        integer: false,
        assignment: false,
        get: |t| Some(t.activation),
        set: |t, v| {
            t.activation = v;
            Ok(())
        },
    },
    Field {
        name: "cost_per_client",
        integer: false,
        assignment: false,
        get: |t| Some(t.cost_per_client),
        set: |t, v| {
            t.cost_per_client = v;
            Ok(())
        },
    },
    Field {
        name: "min_age",
        integer: true,
        assignment: true,
        get: |t| t.min_age.map(Decimal::from),
        set: |t, v| {
            t.min_age = Some(whole(v, Decimal::to_u8)?);
            Ok(())
        },
    },
    Field {
        name: "max_age",
        integer: true,
        assignment: true,
        get: |t| t.max_age.map(Decimal::from),
        set: |t, v| {
            t.max_age = Some(whole(v, Decimal::to_u8)?);
            Ok(())
        },
    },
    Field {
        name: "asset_growth",
        integer: false,
        assignment: false,
        get: |t| Some(t.asset_growth),
        set: |t, v| {
            t.asset_growth = v;
            Ok(())
        },
    },
    Field {
        name: "wealth_share",
        integer: false,
        assignment: false,
        get: |t| Some(t.wealth_share),
        set: |t, v| {
            t.wealth_share = v;
            Ok(())
        },
    },
    Field {
        name: "wealth_fee",
        integer: false,
        assignment: false,
        get: |t| Some(t.wealth_fee),
        set: |t, v| {
            t.wealth_fee = v;
            Ok(())
        },
    },
];

/// `v` as a whole number of the field's type, or why not.
fn whole<T: fmt::Display + Copy>(v: Decimal, to: fn(&Decimal) -> Option<T>) -> Result<T, String> {
    if !v.fract().is_zero() {
        return Err(format!("must be a whole number (got {v})"));
    }
    to(&v).ok_or_else(|| format!("{v} is out of range for this field"))
}

fn names<R>(fields: &[Field<R>]) -> String {
    fields.iter().map(|f| f.name).collect::<Vec<_>>().join(", ")
}

#[derive(Clone, Copy)]
enum Target {
    Global(&'static Field<Scenario>),
    /// A tier by written index.
    Tier(usize, &'static Field<Tier>),
}

/// A numeric field of one scenario, parsed from its path and resolved against the scenario's
/// tiers (so it stays valid only for scenarios with the same tiers in the same order).
#[derive(Clone)]
pub struct FieldPath {
    text: String,
    target: Target,
}

impl fmt::Debug for FieldPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

impl PartialEq for FieldPath {
    fn eq(&self, other: &Self) -> bool {
        self.text == other.text
    }
}

impl fmt::Display for FieldPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

impl FieldPath {
    /// Parses `advisor_cost` or `tiers.<tier name>.<field>` against `scenario`; an unknown
    /// path is refused naming it and what could be meant.
    pub fn parse(scenario: &Scenario, text: &str) -> Result<FieldPath, ScenarioError> {
        let bad = |message: String| ScenarioError::new(text, message);
        let target = if let Some(rest) = text.strip_prefix("tiers.") {
            let (tier, field) = rest
                .rsplit_once('.')
                .ok_or_else(|| bad("a tier field is written `tiers.<tier name>.<field>`".into()))?;
            let t = scenario.tier_index(tier).ok_or_else(|| {
                let known: Vec<&str> = scenario.tiers.iter().map(|t| t.name.as_str()).collect();
                bad(format!("no tier is named `{tier}` (tiers: {})", known.join(", ")))
            })?;
            let spec = TIER_FIELDS.iter().find(|f| f.name == field).ok_or_else(|| {
                bad(format!("`{field}` is not a tier field that can be varied ({})", names(TIER_FIELDS)))
            })?;
            Target::Tier(t, spec)
        } else {
            let spec = GLOBAL_FIELDS.iter().find(|f| f.name == text).ok_or_else(|| {
                bad(format!(
                    "not a field that can be varied: globals are {}; tier fields are tiers.<tier name>.<field>",
                    names(GLOBAL_FIELDS)
                ))
            })?;
            Target::Global(spec)
        };
        Ok(FieldPath { text: text.to_string(), target })
    }

    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// True for whole-number fields (`hq_advisors`, ages): their values are integers.
    pub fn is_integer(&self) -> bool {
        match self.target {
            Target::Global(f) => f.integer,
            Target::Tier(_, f) => f.integer,
        }
    }

    /// True where a new value moves customers between tiers (thresholds and age bounds): the
    /// book must be passed over again. Every other field only changes how the same customers
    /// are counted.
    pub fn changes_assignment(&self) -> bool {
        match self.target {
            Target::Global(f) => f.assignment,
            Target::Tier(_, f) => f.assignment,
        }
    }

    /// The tier (by written index) whose `min_assets` this path names, if it names a threshold.
    pub fn threshold_of(&self) -> Option<usize> {
        match self.target {
            Target::Tier(t, f) if f.name == "min_assets" => Some(t),
            _ => None,
        }
    }

    /// The field's value in `scenario`; an optional field that is not set is refused.
    pub fn get(&self, scenario: &Scenario) -> Result<Decimal, ScenarioError> {
        let value = match self.target {
            Target::Global(f) => (f.get)(scenario),
            Target::Tier(t, f) => scenario.tiers.get(t).and_then(f.get),
        };
        value.ok_or_else(|| ScenarioError::new(&self.text, "is not set in the scenario: give it a value to vary it"))
    }

    /// Sets the field to `value` exactly (the scenario is not validated here; see `apply`).
    pub fn set(&self, scenario: &mut Scenario, value: Decimal) -> Result<(), ScenarioError> {
        let result = match self.target {
            Target::Global(f) => (f.set)(scenario, value),
            Target::Tier(t, f) => match scenario.tiers.get_mut(t) {
                Some(tier) => (f.set)(tier, value),
                None => Err("names a tier the scenario does not have".into()),
            },
        };
        result.map_err(|m| ScenarioError::new(&self.text, m))
    }

    /// A copy of `scenario` with the field at `value`, checked by every rule of the model
    /// (its ranges aside): an invalid value is refused naming the path, the value and the rule.
    pub fn apply(&self, scenario: &Scenario, value: Decimal) -> Result<Scenario, ScenarioError> {
        let mut at = scenario.clone();
        self.set(&mut at, value)?;
        at.validate_values().map_err(|e| ScenarioError::new(&self.text, format!("{value} is not valid here: {e}")))?;
        Ok(at)
    }
}

/// Every path `scenario` offers, globals first, then each tier's fields in written order.
pub fn paths(scenario: &Scenario) -> Vec<String> {
    let globals = GLOBAL_FIELDS.iter().map(|f| f.name.to_string());
    let tiers =
        scenario.tiers.iter().flat_map(|t| TIER_FIELDS.iter().map(move |f| format!("tiers.{}.{}", t.name, f.name)));
    globals.chain(tiers).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::ServiceModel;
    use std::str::FromStr;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    fn scenario() -> Scenario {
        let mut advisor = Tier::new("专属投顾", d("500000"), ServiceModel::Advisor);
        advisor.clients_per_advisor = Some(d("300"));
        let mut hybrid = Tier::new("人机.协同", d("100000"), ServiceModel::Hybrid);
        hybrid.clients_per_advisor = Some(d("1500"));
        hybrid.min_age = Some(25);
        Scenario { hq_share: d("0.3"), hq_advisors: 2, tiers: vec![advisor, hybrid], ..Scenario::new("s", d("400000")) }
    }

    #[test]
    fn every_listed_path_parses_and_reads_back_what_it_sets() {
        let s = scenario();
        for text in paths(&s) {
            let p = FieldPath::parse(&s, &text).unwrap();
            assert_eq!(p.as_str(), text);
            let mut at = s.clone();
            p.set(&mut at, d("7")).unwrap();
            assert_eq!(p.get(&at).unwrap(), d("7"), "{text}");
        }
    }

    #[test]
    fn paths_know_integers_assignment_and_thresholds() {
        let s = scenario();
        let p = |t: &str| FieldPath::parse(&s, t).unwrap();
        assert!(p("hq_advisors").is_integer() && !p("hq_advisors").changes_assignment());
        assert!(p("tiers.人机.协同.min_age").is_integer() && p("tiers.人机.协同.min_age").changes_assignment());
        assert!(!p("tiers.专属投顾.min_assets").is_integer() && p("tiers.专属投顾.min_assets").changes_assignment());
        assert_eq!(p("tiers.人机.协同.min_assets").threshold_of(), Some(1));
        assert_eq!(p("tiers.人机.协同.coverage").threshold_of(), None);
        assert!(!p("tiers.专属投顾.clients_per_advisor").changes_assignment());
        assert_eq!(p("tiers.人机.协同.min_age").get(&s).unwrap(), d("25"));
    }

    #[test]
    fn unknown_paths_and_bad_values_are_refused_naming_the_path() {
        let s = scenario();
        for bad in ["advisor_costs", "tiers.专属投顾", "tiers.nobody.coverage", "tiers.专属投顾.colour", "tiers"]
        {
            assert_eq!(FieldPath::parse(&s, bad).unwrap_err().field, bad);
        }
        let e = FieldPath::parse(&s, "tiers.nobody.coverage").unwrap_err();
        assert!(e.message.contains("专属投顾"), "{e}");
        let ages = FieldPath::parse(&s, "tiers.专属投顾.max_age").unwrap();
        assert!(ages.get(&s).unwrap_err().message.contains("not set"));
        let hq = FieldPath::parse(&s, "hq_advisors").unwrap();
        assert!(hq.set(&mut s.clone(), d("1.5")).unwrap_err().message.contains("whole number"));
        assert!(hq.set(&mut s.clone(), d("-1")).is_err());
        let cov = FieldPath::parse(&s, "tiers.人机.协同.coverage").unwrap();
        let e = cov.apply(&s, d("1.5")).unwrap_err();
        assert_eq!(e.field, "tiers.人机.协同.coverage");
        assert!(e.message.contains("between 0 and 1"), "{e}");
        assert_eq!(cov.apply(&s, d("0.25")).unwrap().tiers[1].coverage, d("0.25"));
    }
}
