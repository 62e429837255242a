//! A scenario: named service tiers plus global assumptions (MODEL.md section 3), its
//! validation with errors that name the field, and its TOML form (section 6). Numbers are
//! exact decimals as written: `0.65` in a file is 0.65, never the nearest binary float.

use std::collections::BTreeSet;
use std::fmt;
use std::str::FromStr;

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use toml_edit::{DocumentMut, Item, TableLike, Value};

use crate::book::{Channel, RiskProfile};

/// How a tier's customers are served.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ServiceModel {
    /// 专属投顾 — a dedicated advisor.
    Advisor,
    /// 人机协同 — an AI-assisted advisor serving many more clients.
    Hybrid,
    /// 数字化集约运营 — central digital operations, no advisor headcount.
    Digital,
}

impl ServiceModel {
    pub fn needs_advisors(self) -> bool {
        !matches!(self, Self::Digital)
    }
    /// The owner when a tier does not say: branch for advisor, HQ for hybrid and digital.
    pub fn default_owner(self) -> Owner {
        match self {
            Self::Advisor => Owner::Branch,
            Self::Hybrid | Self::Digital => Owner::Hq,
        }
    }
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Advisor => "advisor",
            Self::Hybrid => "hybrid",
            Self::Digital => "digital",
        }
    }
}

impl FromStr for ServiceModel {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "advisor" => Ok(Self::Advisor),
            "hybrid" => Ok(Self::Hybrid),
            "digital" => Ok(Self::Digital),
            _ => Err(format!("`{s}` is not one of advisor, hybrid, digital")),
        }
    }
}

/// Who staffs a tier and is credited with its revenue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Owner {
    Branch,
    Hq,
}

impl Owner {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Branch => "branch",
            Self::Hq => "hq",
        }
    }
}

impl FromStr for Owner {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "branch" => Ok(Self::Branch),
            "hq" => Ok(Self::Hq),
            _ => Err(format!("`{s}` is not `branch` or `hq`")),
        }
    }
}

/// One service tier.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tier {
    pub name: String,
    /// CNY; a customer meets the tier when total_assets >= min_assets.
    pub min_assets: Decimal,
    pub model: ServiceModel,
    pub owner: Owner,
    /// Required (> 0) for advisor and hybrid tiers; unused for digital.
    pub clients_per_advisor: Option<Decimal>,
    /// Share of eligible customers actually reached, 0..=1.
    pub coverage: Decimal,
    /// Revenue uplift for a reached active customer, >= 0.
    pub uplift: Decimal,
    /// Share of reached dormant customers reactivated, 0..=1.
    pub activation: Decimal,
    /// CNY a year per reached customer, >= 0.
    pub cost_per_client: Decimal,
    pub min_age: Option<u8>,
    pub max_age: Option<u8>,
    pub risk_profiles: Option<BTreeSet<RiskProfile>>,
    pub channels: Option<BTreeSet<Channel>>,
    pub include_dormant: bool,
}

impl Tier {
    /// A tier with the model's defaults: owner by model, no filters, dormant included.
    pub fn new(name: &str, min_assets: Decimal, model: ServiceModel) -> Tier {
        Tier {
            name: name.into(),
            min_assets,
            model,
            owner: model.default_owner(),
            clients_per_advisor: None,
            coverage: Decimal::ONE,
            uplift: Decimal::ZERO,
            activation: Decimal::ZERO,
            cost_per_client: Decimal::ZERO,
            min_age: None,
            max_age: None,
            risk_profiles: None,
            channels: None,
            include_dormant: true,
        }
    }
}

/// A named set of tiers with the global assumptions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Scenario {
    pub name: String,
    /// Fully loaded CNY per advisor per year.
    pub advisor_cost: Decimal,
    /// Share of revenue from HQ-owned tiers credited to HQ, 0..=1.
    pub hq_share: Decimal,
    /// Current HQ advisor headcount.
    pub hq_advisors: u32,
    /// In written order; the engine orders them by min_assets, highest first.
    pub tiers: Vec<Tier>,
}

/// A scenario that is not valid, naming the field (`tiers[2].coverage`) and the reason.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{field}: {message}")]
pub struct ScenarioError {
    pub field: String,
    pub message: String,
}

impl ScenarioError {
    pub fn new(field: impl Into<String>, message: impl Into<String>) -> Self {
        Self { field: field.into(), message: message.into() }
    }
}

impl Scenario {
    /// Checks every rule of MODEL.md section 3; the first broken rule is returned.
    pub fn validate(&self) -> Result<(), ScenarioError> {
        if self.name.trim().is_empty() {
            return Err(ScenarioError::new("name", "must not be empty"));
        }
        non_negative("advisor_cost", self.advisor_cost)?;
        unit_interval("hq_share", self.hq_share)?;
        let mut names = BTreeSet::new();
        for (i, t) in self.tiers.iter().enumerate() {
            let f = |field: &str| format!("tiers[{i}].{field}");
            if t.name.trim().is_empty() {
                return Err(ScenarioError::new(f("name"), "must not be empty"));
            }
            if !names.insert(t.name.as_str()) {
                return Err(ScenarioError::new(
                    f("name"),
                    format!("`{}` is used by an earlier tier; tier names must be unique", t.name),
                ));
            }
            non_negative(&f("min_assets"), t.min_assets)?;
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
                (_, Some(c)) if c <= Decimal::ZERO => {
                    return Err(ScenarioError::new(
                        f("clients_per_advisor"),
                        format!("must be greater than 0 (got {c})"),
                    ))
                }
                _ => {}
            }
            unit_interval(&f("coverage"), t.coverage)?;
            non_negative(&f("uplift"), t.uplift)?;
            unit_interval(&f("activation"), t.activation)?;
            non_negative(&f("cost_per_client"), t.cost_per_client)?;
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
                return Err(ScenarioError::new(
                    f("channels"),
                    "must list online and/or offline (leave it out to allow both)",
                ));
            }
        }
        Ok(())
    }

    /// Indices of the tiers in assignment order: min_assets highest first, ties in written order.
    pub fn assignment_order(&self) -> Vec<usize> {
        let mut order: Vec<usize> = (0..self.tiers.len()).collect();
        order.sort_by(|&a, &b| self.tiers[b].min_assets.cmp(&self.tiers[a].min_assets));
        order
    }

    pub fn tier_index(&self, name: &str) -> Option<usize> {
        self.tiers.iter().position(|t| t.name == name)
    }

    /// Parses and validates a scenario file.
    pub fn from_toml(text: &str) -> Result<Scenario, ScenarioError> {
        let doc: DocumentMut = text.parse().map_err(|e: toml_edit::TomlError| {
            ScenarioError::new("(file)", format!("not valid TOML: {}", e.to_string().trim()))
        })?;
        let mut top = Fields::new(doc.as_table(), String::new());
        let name = top.string("name")?.ok_or_else(|| ScenarioError::new("name", "is required"))?;
        let advisor_cost =
            top.decimal("advisor_cost")?.ok_or_else(|| ScenarioError::new("advisor_cost", "is required"))?;
        let hq_share = top.decimal("hq_share")?.unwrap_or(Decimal::ZERO);
        let hq_advisors = top.integer("hq_advisors", u32::MAX.into())?.map_or(0, |v| v as u32);
        let mut tiers = Vec::new();
        if let Some(item) = top.take("tiers") {
            let tables: Vec<&dyn TableLike> = match item {
                Item::ArrayOfTables(a) => a.iter().map(|t| t as &dyn TableLike).collect(),
                Item::Value(Value::Array(a)) => a
                    .iter()
                    .enumerate()
                    .map(|(i, v)| {
                        v.as_inline_table()
                            .map(|t| t as &dyn TableLike)
                            .ok_or_else(|| ScenarioError::new(format!("tiers[{i}]"), "must be a table"))
                    })
                    .collect::<Result<_, _>>()?,
                _ => return Err(ScenarioError::new("tiers", "must be an array of tables ([[tiers]])")),
            };
            for (i, table) in tables.into_iter().enumerate() {
                tiers.push(tier_from_toml(table, i)?);
            }
        }
        top.finish()?;
        let scenario = Scenario { name, advisor_cost, hq_share, hq_advisors, tiers };
        scenario.validate()?;
        Ok(scenario)
    }

    /// Writes the scenario as TOML that `from_toml` reads back to an equal scenario.
    pub fn to_toml(&self) -> String {
        let mut out = String::new();
        let s = |v: &str| Value::from(v).to_string();
        out.push_str(&format!("name = {}\n", s(&self.name)));
        out.push_str(&format!("advisor_cost = {}\n", self.advisor_cost));
        out.push_str(&format!("hq_share = {}\n", self.hq_share));
        out.push_str(&format!("hq_advisors = {}\n", self.hq_advisors));
        for t in &self.tiers {
            out.push_str("\n[[tiers]]\n");
            out.push_str(&format!("name = {}\n", s(&t.name)));
            out.push_str(&format!("min_assets = {}\n", t.min_assets));
            out.push_str(&format!("model = {}\n", s(t.model.as_str())));
            out.push_str(&format!("owner = {}\n", s(t.owner.as_str())));
            if let Some(c) = t.clients_per_advisor {
                out.push_str(&format!("clients_per_advisor = {c}\n"));
            }
            out.push_str(&format!("coverage = {}\n", t.coverage));
            out.push_str(&format!("uplift = {}\n", t.uplift));
            out.push_str(&format!("activation = {}\n", t.activation));
            out.push_str(&format!("cost_per_client = {}\n", t.cost_per_client));
            if let Some(v) = t.min_age {
                out.push_str(&format!("min_age = {v}\n"));
            }
            if let Some(v) = t.max_age {
                out.push_str(&format!("max_age = {v}\n"));
            }
            if let Some(set) = &t.risk_profiles {
                let items: Vec<String> = set.iter().map(|r| s(&r.to_string())).collect();
                out.push_str(&format!("risk_profiles = [{}]\n", items.join(", ")));
            }
            if let Some(set) = &t.channels {
                let items: Vec<String> = set.iter().map(|c| s(&c.to_string())).collect();
                out.push_str(&format!("channels = [{}]\n", items.join(", ")));
            }
            if !t.include_dormant {
                out.push_str("include_dormant = false\n");
            }
        }
        out
    }
}

fn tier_from_toml(table: &dyn TableLike, i: usize) -> Result<Tier, ScenarioError> {
    let mut f = Fields::new(table, format!("tiers[{i}]."));
    let required =
        |v: Option<Decimal>, key: &str| v.ok_or_else(|| ScenarioError::new(format!("tiers[{i}].{key}"), "is required"));
    let name = f.string("name")?.ok_or_else(|| ScenarioError::new(format!("tiers[{i}].name"), "is required"))?;
    let min_assets = required(f.decimal("min_assets")?, "min_assets")?;
    let model: ServiceModel = f
        .parsed("model")?
        .ok_or_else(|| ScenarioError::new(format!("tiers[{i}].model"), "is required (advisor, hybrid or digital)"))?;
    let owner = f.parsed::<Owner>("owner")?.unwrap_or(model.default_owner());
    let clients_per_advisor = f.decimal("clients_per_advisor")?;
    let coverage = required(f.decimal("coverage")?, "coverage")?;
    let uplift = required(f.decimal("uplift")?, "uplift")?;
    let activation = required(f.decimal("activation")?, "activation")?;
    let cost_per_client = f.decimal("cost_per_client")?.unwrap_or(Decimal::ZERO);
    let min_age = f.integer("min_age", 255)?.map(|v| v as u8);
    let max_age = f.integer("max_age", 255)?.map(|v| v as u8);
    let risk_profiles = f.set::<RiskProfile>("risk_profiles")?;
    let channels = f.set::<Channel>("channels")?;
    let include_dormant = f.boolean("include_dormant")?.unwrap_or(true);
    f.finish()?;
    Ok(Tier {
        name,
        min_assets,
        model,
        owner,
        clients_per_advisor,
        coverage,
        uplift,
        activation,
        cost_per_client,
        min_age,
        max_age,
        risk_profiles,
        channels,
        include_dormant,
    })
}

fn non_negative(field: &str, v: Decimal) -> Result<(), ScenarioError> {
    if v < Decimal::ZERO {
        return Err(ScenarioError::new(field, format!("must not be negative (got {v})")));
    }
    Ok(())
}

fn unit_interval(field: &str, v: Decimal) -> Result<(), ScenarioError> {
    if v < Decimal::ZERO || v > Decimal::ONE {
        return Err(ScenarioError::new(field, format!("must be between 0 and 1 (got {v})")));
    }
    Ok(())
}

/// Reads typed fields from one TOML table, remembering which keys were used so that a
/// misspelt key is refused rather than silently ignored.
struct Fields<'a> {
    table: &'a dyn TableLike,
    prefix: String,
    used: BTreeSet<String>,
}

impl<'a> Fields<'a> {
    fn new(table: &'a dyn TableLike, prefix: String) -> Self {
        Self { table, prefix, used: BTreeSet::new() }
    }

    fn field(&self, key: &str) -> String {
        format!("{}{key}", self.prefix)
    }

    fn take(&mut self, key: &str) -> Option<&'a Item> {
        self.used.insert(key.to_string());
        self.table.get(key)
    }

    fn value(&mut self, key: &str) -> Result<Option<&'a Value>, ScenarioError> {
        match self.take(key) {
            None => Ok(None),
            Some(Item::Value(v)) => Ok(Some(v)),
            Some(_) => Err(ScenarioError::new(self.field(key), "must be a value, not a table")),
        }
    }

    fn string(&mut self, key: &str) -> Result<Option<String>, ScenarioError> {
        match self.value(key)? {
            None => Ok(None),
            Some(Value::String(s)) => Ok(Some(s.value().clone())),
            Some(_) => Err(ScenarioError::new(self.field(key), "must be a string")),
        }
    }

    fn parsed<T: FromStr<Err = String>>(&mut self, key: &str) -> Result<Option<T>, ScenarioError> {
        match self.string(key)? {
            None => Ok(None),
            Some(s) => s.parse().map(Some).map_err(|e| ScenarioError::new(self.field(key), e)),
        }
    }

    fn boolean(&mut self, key: &str) -> Result<Option<bool>, ScenarioError> {
        match self.value(key)? {
            None => Ok(None),
            Some(Value::Boolean(b)) => Ok(Some(*b.value())),
            Some(_) => Err(ScenarioError::new(self.field(key), "must be true or false")),
        }
    }

    /// An exact decimal from the number exactly as written in the file.
    fn decimal(&mut self, key: &str) -> Result<Option<Decimal>, ScenarioError> {
        let field = self.field(key);
        let raw = match self.value(key)? {
            None => return Ok(None),
            Some(Value::Integer(i)) => i.display_repr().into_owned(),
            Some(Value::Float(f)) => f.display_repr().into_owned(),
            Some(_) => return Err(ScenarioError::new(field, "must be a number")),
        };
        parse_decimal(&raw).map(Some).map_err(|m| ScenarioError::new(field, m))
    }

    fn integer(&mut self, key: &str, max: i64) -> Result<Option<i64>, ScenarioError> {
        let field = self.field(key);
        match self.value(key)? {
            None => Ok(None),
            Some(Value::Integer(i)) => {
                let v = *i.value();
                if v < 0 || v > max {
                    Err(ScenarioError::new(field, format!("must be a whole number from 0 to {max} (got {v})")))
                } else {
                    Ok(Some(v))
                }
            }
            Some(_) => Err(ScenarioError::new(field, "must be a whole number")),
        }
    }

    fn set<T: FromStr<Err = String> + Ord>(&mut self, key: &str) -> Result<Option<BTreeSet<T>>, ScenarioError> {
        let field = self.field(key);
        match self.value(key)? {
            None => Ok(None),
            Some(Value::Array(a)) => {
                let mut set = BTreeSet::new();
                for (j, v) in a.iter().enumerate() {
                    let s =
                        v.as_str().ok_or_else(|| ScenarioError::new(format!("{field}[{j}]"), "must be a string"))?;
                    set.insert(s.parse().map_err(|e| ScenarioError::new(format!("{field}[{j}]"), e))?);
                }
                Ok(Some(set))
            }
            Some(_) => Err(ScenarioError::new(field, "must be a list of strings")),
        }
    }

    fn finish(self) -> Result<(), ScenarioError> {
        for (key, _) in self.table.iter() {
            if !self.used.contains(key) {
                return Err(ScenarioError::new(self.field(key), "is not a known field"));
            }
        }
        Ok(())
    }
}

/// A TOML number's text (`0.65`, `500_000`, `5e5`) as an exact decimal; refuses inf and nan.
fn parse_decimal(raw: &str) -> Result<Decimal, String> {
    let t: String = raw.chars().filter(|&c| c != '_').collect();
    let lower = t.to_ascii_lowercase();
    if lower.contains("nan") || lower.contains("inf") {
        return Err(format!("must be a finite number (got {raw})"));
    }
    if lower.starts_with("0x") || lower.starts_with("0o") || lower.starts_with("0b") {
        let (radix, digits) = match &lower[..2] {
            "0x" => (16, &lower[2..]),
            "0o" => (8, &lower[2..]),
            _ => (2, &lower[2..]),
        };
        return i64::from_str_radix(digits, radix).map(Decimal::from).map_err(|e| format!("{raw}: {e}"));
    }
    let t = t.strip_prefix('+').unwrap_or(&t);
    let parsed = if lower.contains('e') { Decimal::from_scientific(t) } else { Decimal::from_str_exact(t) };
    parsed.map(|d| d.normalize()).map_err(|e| format!("{raw} is not a decimal number this tool can hold exactly ({e})"))
}

impl fmt::Display for Scenario {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = r#"
name = "人机协同 · 10万"
advisor_cost = 400_000
hq_share = 0.3
hq_advisors = 5

[[tiers]]
name = "专属投顾"
min_assets = 500000
model = "advisor"
clients_per_advisor = 300
coverage = 0.9
uplift = 0.08
activation = 0.03

[[tiers]]
name = "人机协同"
min_assets = 1e5
model = "hybrid"
clients_per_advisor = 1500
coverage = 0.65
uplift = 0.05
activation = 0.03
cost_per_client = 12.5
min_age = 25
max_age = 70
risk_profiles = ["C3", "C4", "C5"]
channels = ["online"]
include_dormant = false
"#;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    #[test]
    fn reads_a_scenario_with_exact_decimals_and_defaults() {
        let s = Scenario::from_toml(GOOD).unwrap();
        assert_eq!(s.advisor_cost, d("400000"));
        assert_eq!(s.hq_share, d("0.3"));
        assert_eq!(s.hq_advisors, 5);
        let t = &s.tiers[1];
        assert_eq!(t.coverage.to_string(), "0.65", "exact as written, not a binary float");
        assert_eq!(t.min_assets, d("100000"));
        assert_eq!(t.owner, Owner::Hq, "hybrid defaults to hq");
        assert_eq!(s.tiers[0].owner, Owner::Branch, "advisor defaults to branch");
        assert_eq!(s.tiers[0].cost_per_client, Decimal::ZERO);
        assert!(s.tiers[0].include_dormant);
        assert!(!t.include_dormant);
        assert_eq!(t.risk_profiles.as_ref().unwrap().len(), 3);
        assert_eq!(t.channels.as_ref().unwrap().iter().copied().collect::<Vec<_>>(), vec![Channel::Online]);
    }

    #[test]
    fn round_trips_through_toml() {
        let s = Scenario::from_toml(GOOD).unwrap();
        let again = Scenario::from_toml(&s.to_toml()).unwrap();
        assert_eq!(s, again);
    }

    fn error_of(text: &str) -> ScenarioError {
        Scenario::from_toml(text).unwrap_err()
    }

    fn with_tier_line(old: &str, new: &str) -> String {
        assert!(GOOD.contains(old), "{old}");
        GOOD.replacen(old, new, 1)
    }

    #[test]
    fn invalid_values_name_their_field() {
        let cases = [
            ("coverage = 0.9", "coverage = 1.5", "tiers[0].coverage"),
            ("min_assets = 500000", "min_assets = -1", "tiers[0].min_assets"),
            ("coverage = 0.9", "coverage = nan", "tiers[0].coverage"),
            ("uplift = 0.08", "uplift = -0.01", "tiers[0].uplift"),
            ("activation = 0.03\n\n", "activation = 1.01\n\n", "tiers[0].activation"),
            ("hq_share = 0.3", "hq_share = 2", "hq_share"),
            ("advisor_cost = 400_000", "advisor_cost = -5", "advisor_cost"),
            ("name = \"人机协同\"", "name = \"专属投顾\"", "tiers[1].name"),
            ("clients_per_advisor = 1500\n", "", "tiers[1].clients_per_advisor"),
            ("clients_per_advisor = 300", "clients_per_advisor = 0", "tiers[0].clients_per_advisor"),
            ("model = \"hybrid\"", "model = \"robot\"", "tiers[1].model"),
            ("max_age = 70", "max_age = 20", "tiers[1].max_age"),
            ("min_age = 25", "min_age = -3", "tiers[1].min_age"),
            ("risk_profiles = [\"C3\", \"C4\", \"C5\"]", "risk_profiles = [\"C6\"]", "tiers[1].risk_profiles[0]"),
            ("risk_profiles = [\"C3\", \"C4\", \"C5\"]", "risk_profiles = []", "tiers[1].risk_profiles"),
            ("channels = [\"online\"]", "channels = [\"web\"]", "tiers[1].channels[0]"),
            ("include_dormant = false", "include_dormant = 0", "tiers[1].include_dormant"),
            ("include_dormant = false", "covrage = 0.5", "tiers[1].covrage"),
            ("hq_advisors = 5", "hq_advisors = 5\nhq_shares = 1", "hq_shares"),
            ("coverage = 0.65", "coverage = \"0.65\"", "tiers[1].coverage"),
        ];
        for (old, new, field) in cases {
            let e = error_of(&with_tier_line(old, new));
            assert_eq!(e.field, field, "{new}: {e}");
        }
        assert_eq!(error_of("advisor_cost = 1").field, "name");
        assert_eq!(error_of("name = \"x\"").field, "advisor_cost");
        assert!(error_of("name = ").message.contains("not valid TOML"));
    }

    #[test]
    fn a_digital_tier_needs_no_capacity() {
        let text = "name = \"d\"\nadvisor_cost = 1\n[[tiers]]\nname = \"数字化\"\nmin_assets = 30000\nmodel = \"digital\"\ncoverage = 1\nuplift = 0\nactivation = 0\n";
        let s = Scenario::from_toml(text).unwrap();
        assert_eq!(s.tiers[0].owner, Owner::Hq);
        assert_eq!(s.tiers[0].clients_per_advisor, None);
    }

    #[test]
    fn assignment_order_is_highest_threshold_first_ties_in_written_order() {
        let mk = |n: &str, m: i64| Tier::new(n, Decimal::from(m), ServiceModel::Digital);
        let s = Scenario {
            name: "x".into(),
            advisor_cost: Decimal::ZERO,
            hq_share: Decimal::ZERO,
            hq_advisors: 0,
            tiers: vec![mk("a", 10), mk("b", 50), mk("c", 10), mk("d", 50)],
        };
        assert_eq!(s.assignment_order(), vec![1, 3, 0, 2]);
    }

    #[test]
    fn parses_toml_number_forms_exactly() {
        assert_eq!(parse_decimal("500_000").unwrap(), d("500000"));
        assert_eq!(parse_decimal("5e5").unwrap(), d("500000"));
        assert_eq!(parse_decimal("1.5E-2").unwrap(), d("0.015"));
        assert_eq!(parse_decimal("0.1").unwrap().to_string(), "0.1");
        assert_eq!(parse_decimal("+3").unwrap(), d("3"));
        assert_eq!(parse_decimal("0x10").unwrap(), d("16"));
        assert!(parse_decimal("inf").is_err());
        assert!(parse_decimal("-nan").is_err());
    }
}
