//! The TOML form of a scenario (docs/spec/MODEL.md sections 6 and 10): reading, with exact decimals taken
//! from the number's raw text and every unknown key refused by name, and writing, which reads
//! back to an equal scenario (its `[ranges]` included).

use std::collections::BTreeSet;
use std::str::FromStr;

use rust_decimal::Decimal;
use toml_edit::{DocumentMut, Item, TableLike, Value};

use super::{Acquisition, CreditRule, FieldRange, Owner, Provenance, Scenario, ScenarioError, ServiceModel, Tier};
use crate::book::{Channel, RiskProfile};

impl Scenario {
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
        let asset_yield = top.decimal("asset_yield")?.unwrap_or(Decimal::ZERO);
        let base_transfer = top.decimal("base_transfer")?.unwrap_or(Decimal::ZERO);
        let credit_rule = top.parsed::<CreditRule>("credit_rule")?.unwrap_or_default();
        let tiers = top.tables("tiers", tier_from_toml)?;
        let acquisition = top.tables("acquisition", acquisition_from_toml)?;
        let provenance = top.tables("provenance", provenance_from_toml)?;
        let ranges = match top.take("ranges") {
            Some(item) => ranges_from_toml(item)?,
            None => Vec::new(),
        };
        top.finish()?;
        let scenario = Scenario {
            name,
            advisor_cost,
            hq_share,
            hq_advisors,
            tiers,
            asset_yield,
            base_transfer,
            credit_rule,
            acquisition,
            provenance,
            ranges,
        };
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
        if !self.asset_yield.is_zero() {
            out.push_str(&format!("asset_yield = {}\n", self.asset_yield));
        }
        if !self.base_transfer.is_zero() {
            out.push_str(&format!("base_transfer = {}\n", self.base_transfer));
        }
        if self.credit_rule != CreditRule::default() {
            out.push_str(&format!("credit_rule = {}\n", s(self.credit_rule.as_str())));
        }
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
            for (key, v) in
                [("asset_growth", t.asset_growth), ("wealth_share", t.wealth_share), ("wealth_fee", t.wealth_fee)]
            {
                if !v.is_zero() {
                    out.push_str(&format!("{key} = {v}\n"));
                }
            }
        }
        for a in &self.acquisition {
            out.push_str("\n[[acquisition]]\n");
            out.push_str(&format!("channel = {}\n", s(&a.channel.to_string())));
            out.push_str(&format!("accounts = {}\n", a.accounts));
            out.push_str(&format!("funded_rate = {}\n", a.funded_rate));
            out.push_str(&format!("cost_per_account = {}\n", a.cost_per_account));
            out.push_str(&format!("assets_per_funded = {}\n", a.assets_per_funded));
            out.push_str(&format!("revenue_per_funded = {}\n", a.revenue_per_funded));
            out.push_str(&format!("owner = {}\n", s(a.owner.as_str())));
        }
        for p in &self.provenance {
            out.push_str("\n[[provenance]]\n");
            out.push_str(&format!("field = {}\n", s(&p.field)));
            out.push_str(&format!("pilot = {}\n", s(&p.pilot)));
            out.push_str(&format!("estimate = {}\n", p.estimate));
            out.push_str(&format!("low = {}\n", p.low));
            out.push_str(&format!("high = {}\n", p.high));
            out.push_str(&format!("applied = {}\n", s(&p.applied)));
            out.push_str(&format!("flagged = {}\n", p.flagged));
        }
        if !self.ranges.is_empty() {
            out.push_str("\n[ranges]\n");
            for r in &self.ranges {
                out.push_str(&format!("{} = [{}, {}]\n", key(&r.path), r.low, r.high));
            }
        }
        out
    }
}

/// A field path as a TOML key: always quoted, since paths hold dots.
pub(super) fn key(path: &str) -> String {
    Value::from(path).to_string().trim().to_string()
}

/// The `[ranges]` table: `"path" = [low, high]` in written order, each number exact as written.
fn ranges_from_toml(item: &Item) -> Result<Vec<FieldRange>, ScenarioError> {
    let table = item
        .as_table_like()
        .ok_or_else(|| ScenarioError::new("ranges", "must be a table of \"path\" = [low, high]"))?;
    let mut ranges = Vec::new();
    for (path, value) in table.iter() {
        let field = format!("ranges.{}", key(path));
        let bad = || ScenarioError::new(&field, "must be [low, high], two numbers");
        let ends = value.as_array().filter(|a| a.len() == 2).ok_or_else(bad)?;
        let number = |v: &Value| match v {
            Value::Integer(i) => parse_decimal(&i.display_repr()).map_err(|m| ScenarioError::new(&field, m)),
            Value::Float(f) => parse_decimal(&f.display_repr()).map_err(|m| ScenarioError::new(&field, m)),
            _ => Err(bad()),
        };
        let (low, high) = (number(ends.get(0).ok_or_else(bad)?)?, number(ends.get(1).ok_or_else(bad)?)?);
        ranges.push(FieldRange { path: path.to_string(), low, high });
    }
    Ok(ranges)
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
    let asset_growth = f.decimal("asset_growth")?.unwrap_or(Decimal::ZERO);
    let wealth_share = f.decimal("wealth_share")?.unwrap_or(Decimal::ZERO);
    let wealth_fee = f.decimal("wealth_fee")?.unwrap_or(Decimal::ZERO);
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
        asset_growth,
        wealth_share,
        wealth_fee,
    })
}

fn acquisition_from_toml(table: &dyn TableLike, i: usize) -> Result<Acquisition, ScenarioError> {
    let mut f = Fields::new(table, format!("acquisition[{i}]."));
    let channel: Channel = f.parsed("channel")?.ok_or_else(|| f.missing("channel"))?;
    let accounts = f.integer("accounts", i64::MAX)?.ok_or_else(|| f.missing("accounts"))?;
    let funded_rate = f.decimal("funded_rate")?.ok_or_else(|| f.missing("funded_rate"))?;
    let cost_per_account = f.decimal("cost_per_account")?.ok_or_else(|| f.missing("cost_per_account"))?;
    let assets_per_funded = f.decimal("assets_per_funded")?.unwrap_or(Decimal::ZERO);
    let revenue_per_funded = f.decimal("revenue_per_funded")?.ok_or_else(|| f.missing("revenue_per_funded"))?;
    let owner = f.parsed::<Owner>("owner")?.unwrap_or(Acquisition::default_owner(channel));
    f.finish()?;
    Ok(Acquisition {
        channel,
        accounts: accounts.unsigned_abs(),
        funded_rate,
        cost_per_account,
        assets_per_funded,
        revenue_per_funded,
        owner,
    })
}

fn provenance_from_toml(table: &dyn TableLike, i: usize) -> Result<Provenance, ScenarioError> {
    let mut f = Fields::new(table, format!("provenance[{i}]."));
    let field = f.string("field")?.ok_or_else(|| f.missing("field"))?;
    let pilot = f.string("pilot")?.ok_or_else(|| f.missing("pilot"))?;
    let estimate = f.decimal("estimate")?.ok_or_else(|| f.missing("estimate"))?;
    let low = f.decimal("low")?.ok_or_else(|| f.missing("low"))?;
    let high = f.decimal("high")?.ok_or_else(|| f.missing("high"))?;
    let applied = f.string("applied")?.ok_or_else(|| f.missing("applied"))?;
    let flagged = f.boolean("flagged")?.unwrap_or(false);
    f.finish()?;
    Ok(Provenance { field, pilot, estimate, low, high, applied, flagged })
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

    fn missing(&self, key: &str) -> ScenarioError {
        ScenarioError::new(self.field(key), "is required")
    }

    /// An array of tables (`[[key]]`, or an inline array of inline tables), each read by `read`
    /// with its index; absent means none.
    fn tables<T>(
        &mut self,
        key: &str,
        read: fn(&dyn TableLike, usize) -> Result<T, ScenarioError>,
    ) -> Result<Vec<T>, ScenarioError> {
        let field = self.field(key);
        let tables: Vec<&dyn TableLike> = match self.take(key) {
            None => return Ok(Vec::new()),
            Some(Item::ArrayOfTables(a)) => a.iter().map(|t| t as &dyn TableLike).collect(),
            Some(Item::Value(Value::Array(a))) => a
                .iter()
                .enumerate()
                .map(|(i, v)| {
                    v.as_inline_table()
                        .map(|t| t as &dyn TableLike)
                        .ok_or_else(|| ScenarioError::new(format!("{field}[{i}]"), "must be a table"))
                })
                .collect::<Result<_, _>>()?,
            Some(_) => return Err(ScenarioError::new(field, format!("must be an array of tables ([[{key}]])"))),
        };
        tables.into_iter().enumerate().map(|(i, t)| read(t, i)).collect()
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
pub(crate) fn parse_decimal(raw: &str) -> Result<Decimal, String> {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scenario::CreditRule;

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

    const RANGES: &str = "\n[ranges]\n\"advisor_cost\" = [300_000, 600000]\n\"tiers.人机协同.clients_per_advisor\" = [1500, 7000]\n\"tiers.专属投顾.uplift\" = [0.02, 0.15]\n";

    #[test]
    fn reads_ranges_in_written_order_and_writes_them_back() {
        let s = Scenario::from_toml(&format!("{GOOD}{RANGES}")).unwrap();
        let paths: Vec<&str> = s.ranges.iter().map(|r| r.path.as_str()).collect();
        assert_eq!(paths, ["advisor_cost", "tiers.人机协同.clients_per_advisor", "tiers.专属投顾.uplift"]);
        assert_eq!((s.ranges[0].low, s.ranges[0].high), (d("300000"), d("600000")));
        assert_eq!(s.ranges[2].low.to_string(), "0.02", "exact as written");
        let again = Scenario::from_toml(&s.to_toml()).unwrap();
        assert_eq!(s, again);
        assert!(Scenario::from_toml(GOOD).unwrap().ranges.is_empty());
    }

    #[test]
    fn bad_ranges_are_refused_naming_the_path() {
        let cases = [
            (
                "\"advisor_cost\" = [300_000, 600000]",
                "\"advisor_cost\" = [300000]",
                "ranges.\"advisor_cost\"",
                "[low, high]",
            ),
            ("\"advisor_cost\" = [300_000, 600000]", "\"advisor_cost\" = 3", "ranges.\"advisor_cost\"", "[low, high]"),
            (
                "\"advisor_cost\" = [300_000, 600000]",
                "\"advisor_cost\" = [\"a\", 1]",
                "ranges.\"advisor_cost\"",
                "two numbers",
            ),
            (
                "\"advisor_cost\" = [300_000, 600000]",
                "\"advisor_cost\" = [nan, 1]",
                "ranges.\"advisor_cost\"",
                "finite",
            ),
            (
                "\"advisor_cost\" = [300_000, 600000]",
                "\"adviser_cost\" = [1, 2]",
                "ranges.\"adviser_cost\"",
                "not a field",
            ),
            (
                "\"advisor_cost\" = [300_000, 600000]",
                "\"advisor_cost\" = [600000, 300000]",
                "ranges.\"advisor_cost\"",
                "above high",
            ),
            (
                "\"advisor_cost\" = [300_000, 600000]",
                "\"advisor_cost\" = [450000, 600000]",
                "ranges.\"advisor_cost\"",
                "outside",
            ),
            (
                "\"tiers.专属投顾.uplift\" = [0.02, 0.15]",
                "\"tiers.无.uplift\" = [0.02, 0.15]",
                "ranges.\"tiers.无.uplift\"",
                "no tier",
            ),
            (
                "\"tiers.专属投顾.uplift\" = [0.02, 0.15]",
                "\"tiers.专属投顾.coverage\" = [0.5, 1.2]",
                "ranges.\"tiers.专属投顾.coverage\"",
                "between 0 and 1",
            ),
            (
                "\"tiers.专属投顾.uplift\" = [0.02, 0.15]",
                "\"tiers.专属投顾.max_age\" = [60, 70]",
                "ranges.\"tiers.专属投顾.max_age\"",
                "not set",
            ),
            (
                "\"tiers.专属投顾.uplift\" = [0.02, 0.15]",
                "\"hq_advisors\" = [0, 5.5]",
                "ranges.\"hq_advisors\"",
                "whole number",
            ),
            (
                "\"tiers.专属投顾.uplift\" = [0.02, 0.15]",
                "\"tiers.人机协同.min_age\" = [18, 80]",
                "ranges.\"tiers.人机协同.min_age\"",
                "below min_age",
            ),
        ];
        for (old, new, field, words) in cases {
            let text = format!("{GOOD}{}", RANGES.replacen(old, new, 1));
            let e = error_of(&text);
            assert_eq!(e.field, field, "{new}: {e}");
            assert!(e.message.contains(words), "{new}: {e}");
        }
        assert_eq!(error_of(&format!("ranges = 3\n{GOOD}")).field, "ranges");
    }

    #[test]
    fn a_digital_tier_needs_no_capacity() {
        let text = "name = \"d\"\nadvisor_cost = 1\n[[tiers]]\nname = \"数字化\"\nmin_assets = 30000\nmodel = \"digital\"\ncoverage = 1\nuplift = 0\nactivation = 0\n";
        let s = Scenario::from_toml(text).unwrap();
        assert_eq!(s.tiers[0].owner, Owner::Hq);
        assert_eq!(s.tiers[0].clients_per_advisor, None);
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

    const ECONOMICS: &str = r#"
name = "e"
advisor_cost = 400000
asset_yield = 0.001
base_transfer = 0.2
credit_rule = "dual"

[[tiers]]
name = "人机协同"
min_assets = 100000
model = "hybrid"
clients_per_advisor = 3000
coverage = 0.65
uplift = 0.05
activation = 0.03
asset_growth = 0.05
wealth_share = 0.08
wealth_fee = 0.004

[[acquisition]]
channel = "online"
accounts = 20000
funded_rate = 0.35
cost_per_account = 150
assets_per_funded = 30000
revenue_per_funded = 120

[[acquisition]]
channel = "offline"
accounts = 3000
funded_rate = 0.7
cost_per_account = 900
assets_per_funded = 150000
revenue_per_funded = 600
owner = "hq"

[[provenance]]
field = "tiers.人机协同.uplift"
pilot = "2026Q3 AI试点"
estimate = 0.0812
low = 0.0511
high = 0.1113
applied = "2026-11-25"
flagged = false
"#;

    #[test]
    fn reads_and_round_trips_wealth_acquisition_assessment_and_provenance() {
        let s = Scenario::from_toml(ECONOMICS).unwrap();
        assert_eq!((s.asset_yield, s.base_transfer, s.credit_rule), (d("0.001"), d("0.2"), CreditRule::Dual));
        assert_eq!(
            (s.tiers[0].asset_growth, s.tiers[0].wealth_share, s.tiers[0].wealth_fee),
            (d("0.05"), d("0.08"), d("0.004"))
        );
        assert_eq!(s.acquisition[0].owner, Owner::Hq, "online defaults to hq");
        assert_eq!(s.acquisition[1].owner, Owner::Hq, "as written");
        assert_eq!(s.acquisition[1].accounts, 3000);
        assert_eq!(s.provenance[0].estimate.to_string(), "0.0812");
        assert_eq!(Scenario::from_toml(&s.to_toml()).unwrap(), s);
        let v1 = Scenario::from_toml(GOOD).unwrap();
        assert!(!v1.to_toml().contains("credit_rule"), "defaults are not written: v1 files stay v1");
        assert_eq!(v1.credit_rule, CreditRule::Split);
    }

    #[test]
    fn invalid_economics_name_their_field() {
        let cases = [
            ("wealth_fee = 0.004", "wealth_fee = 0.06", "tiers[0].wealth_fee"),
            ("wealth_share = 0.08", "wealth_share = 1.2", "tiers[0].wealth_share"),
            ("asset_growth = 0.05", "asset_growth = 11", "tiers[0].asset_growth"),
            ("asset_yield = 0.001", "asset_yield = -0.001", "asset_yield"),
            ("base_transfer = 0.2", "base_transfer = 1.01", "base_transfer"),
            ("credit_rule = \"dual\"", "credit_rule = \"both\"", "credit_rule"),
            ("funded_rate = 0.35", "funded_rate = 1.5", "acquisition[0].funded_rate"),
            ("accounts = 20000", "accounts = -1", "acquisition[0].accounts"),
            ("accounts = 20000", "accounts = 1000000001", "acquisition[0].accounts"),
            ("cost_per_account = 900", "cost_per_account = 1e14", "acquisition[1].cost_per_account"),
            ("channel = \"offline\"", "channel = \"online\"", "acquisition[1].channel"),
            ("channel = \"online\"", "channel = \"tv\"", "acquisition[0].channel"),
            ("owner = \"hq\"", "owner = \"head\"", "acquisition[1].owner"),
            ("revenue_per_funded = 120\n", "", "acquisition[0].revenue_per_funded"),
            ("field = \"tiers.人机协同.uplift\"", "field = \"tiers.专属投顾.uplift\"", "provenance[0].field"),
            ("field = \"tiers.人机协同.uplift\"", "field = \"hq_sharez\"", "provenance[0].field"),
            ("applied = \"2026-11-25\"", "applied = \"2026-02-30\"", "provenance[0].applied"),
            ("low = 0.0511", "low = 0.2", "provenance[0].high"),
            ("pilot = \"2026Q3 AI试点\"", "pilot = \" \"", "provenance[0].pilot"),
            ("flagged = false", "flaged = false", "provenance[0].flaged"),
            ("coverage = 0.65", "coverage = 0.12345678901", "tiers[0].coverage"),
            ("clients_per_advisor = 3000", "clients_per_advisor = 0.5", "tiers[0].clients_per_advisor"),
            ("clients_per_advisor = 3000", "clients_per_advisor = 10000001", "tiers[0].clients_per_advisor"),
            ("min_assets = 100000", "min_assets = 10000000000001", "tiers[0].min_assets"),
            ("advisor_cost = 400000", "advisor_cost = 1e13\nhq_advisors = 1000001", "hq_advisors"),
            ("name = \"e\"", "name = \"a\\u001bb\"", "name"),
        ];
        for (old, new, field) in cases {
            assert!(ECONOMICS.contains(old), "{old}");
            let e = Scenario::from_toml(&ECONOMICS.replacen(old, new, 1)).unwrap_err();
            assert_eq!(e.field, field, "{new}: {e}");
        }
        let many: String = (0..51).map(|i| format!("[[tiers]]\nname = \"t{i}\"\nmin_assets = 0\nmodel = \"digital\"\ncoverage = 1\nuplift = 0\nactivation = 0\n")).collect();
        assert_eq!(Scenario::from_toml(&format!("name = \"x\"\nadvisor_cost = 1\n{many}")).unwrap_err().field, "tiers");
    }

    #[test]
    fn a_threshold_no_customer_meets_is_valid() {
        let s = Scenario::from_toml(&ECONOMICS.replace("min_assets = 100000", "min_assets = 10000000000000")).unwrap();
        assert_eq!(s.tiers[0].min_assets, d("10000000000000"));
    }
}
