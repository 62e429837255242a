//! Every input of a scenario as a labelled row, and which of them are assumptions.
//!
//! The labels, units, kinds (assumption, policy choice or fact), defaults, ranges and basis
//! come from the [`glossary`](crate::glossary), which follows docs/spec/CALIBRATION.md; this module only
//! lists a scenario's inputs with their values, globals first, then each tier in written order,
//! and for a report also its analysis ranges, the estimates applied from pilots and the Monte
//! Carlo draws and seed ([`report_rows`]).

use reach_core::scenario::{Scenario, ServiceModel};
use rust_decimal::Decimal;

use crate::format::{self, Lang};
use crate::glossary::{self, Entry, Text};

pub use crate::glossary::InputKind;

/// An input's value: a number (written exactly as in the scenario) or text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InputValue {
    Number(Decimal),
    Text(String),
}

impl InputValue {
    pub fn display(&self) -> String {
        match self {
            Self::Number(d) => format::plain(*d),
            Self::Text(t) => t.clone(),
        }
    }
}

/// One input of one scenario.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputRow {
    /// `全局 global` or the tier's name.
    pub scope: String,
    /// The field as in the TOML file (`clients_per_advisor`).
    pub field: &'static str,
    pub zh: &'static str,
    pub en: &'static str,
    pub value: InputValue,
    /// Unit in both languages, if any (`元/人/年 CNY per advisor a year`).
    pub unit: String,
    pub kind: InputKind,
    /// Default, valid range and basis in both languages (`默认…；范围…；依据… · default …`).
    pub basis: String,
}

/// The globals in the order the sheet lists them; any other global follows.
const GLOBAL_ORDER: [&str; 4] = ["name", "advisor_cost", "hq_share", "hq_advisors"];

/// A tier's fields in the order the sheet lists them; any other field follows.
const TIER_ORDER: [&str; 13] = [
    "min_assets",
    "model",
    "owner",
    "clients_per_advisor",
    "coverage",
    "uplift",
    "activation",
    "cost_per_client",
    "min_age",
    "max_age",
    "risk_profiles",
    "channels",
    "include_dormant",
];

/// Every input of `scenario`, globals first, then each tier in written order. A field left
/// unset (a digital tier's clients per advisor, an age bound not given) has no row. The
/// fields are read from the scenario's serialized form, so an input the model gains gets its
/// row, with its glossary texts, without a change here.
pub fn rows(scenario: &Scenario) -> Vec<InputRow> {
    let json = serde_json::to_value(scenario).expect("a scenario always serializes");
    let mut out = fields("全局 global", "global", &json, &GLOBAL_ORDER);
    let tiers = json.get("tiers").and_then(serde_json::Value::as_array).map_or(&[][..], Vec::as_slice);
    for (t, value) in scenario.tiers.iter().zip(tiers) {
        out.extend(fields(&t.name, "tier", value, &TIER_ORDER));
    }
    out
}

/// Every row a report lists for a scenario: its inputs ([`rows`]), then each range the
/// analyses vary (scope `分析区间 ranges · <path>`, labelled as the field it ranges over), each
/// estimate applied from a pilot (its pilot, interval and date), and the Monte Carlo draws and
/// seed when the report has the analyses.
pub fn report_rows(s: &crate::input::ReportScenario) -> Vec<InputRow> {
    let mut out = rows(&s.scenario);
    let ranges = glossary::term("ranges");
    for r in &s.scenario.ranges {
        let field = glossary::for_scenario_field(&r.path).unwrap_or(ranges);
        out.push(InputRow {
            scope: format!("分析区间 ranges · {}", r.path),
            field: "ranges",
            zh: field.zh.label,
            en: field.en.label,
            value: InputValue::Text(format!("{} – {}", format::plain(r.low), format::plain(r.high))),
            unit: both(field.zh.unit, field.en.unit),
            kind: InputKind::Assumption,
            basis: basis(ranges),
        });
    }
    let provenance = glossary::term("provenance");
    for p in &s.scenario.provenance {
        let field = glossary::for_scenario_field(&p.field).unwrap_or(provenance);
        out.push(InputRow {
            scope: format!("试点估计 pilot estimate · {}", p.field),
            field: "provenance",
            zh: field.zh.label,
            en: field.en.label,
            value: InputValue::Text(format!(
                "{} [{} – {}] · {} · {}{}",
                format::plain(p.estimate),
                format::plain(p.low),
                format::plain(p.high),
                p.pilot,
                p.applied,
                if p.flagged { " · ⚠ flagged" } else { "" }
            )),
            unit: both(field.zh.unit, field.en.unit),
            kind: InputKind::Assumption,
            basis: basis(provenance),
        });
    }
    if let Some(a) = &s.analyses {
        for (key, value) in [("montecarlo.draws", a.settings.draws as u64), ("montecarlo.seed", a.settings.seed)] {
            let entry = glossary::term(key);
            let mut r = row("蒙特卡洛 Monte Carlo", entry, InputValue::Number(Decimal::from(value)));
            r.kind = InputKind::Policy;
            out.push(r);
        }
    }
    out
}

/// The rows of one object's scalar fields (`prefix.<field>` in the glossary): those of
/// `order` first, then the others in name order; lists of tables and the tier's name are not
/// rows.
fn fields(scope: &str, prefix: &str, object: &serde_json::Value, order: &[&str]) -> Vec<InputRow> {
    let Some(map) = object.as_object() else { return Vec::new() };
    let listed = order.iter().filter_map(|k| map.get_key_value(*k));
    let others = map.iter().filter(|(k, _)| !order.contains(&k.as_str()) && k.as_str() != "name");
    listed
        .chain(others)
        .filter_map(|(field, value)| {
            let entry = glossary::get(&format!("{prefix}.{field}"))?;
            Some(row(scope, entry, input_value(field, value)?))
        })
        .collect()
}

/// A field's value as the sheet shows it: a number exactly as written, a choice by its label
/// in both languages (`人机协同 AI-assisted hybrid`), a set as its members, yes or no.
fn input_value(field: &str, value: &serde_json::Value) -> Option<InputValue> {
    use serde_json::Value;
    match value {
        Value::Null | Value::Object(_) => None,
        Value::Bool(b) => Some(InputValue::Text(if *b { "是 yes" } else { "否 no" }.to_string())),
        Value::Number(n) => n.to_string().parse().ok().map(InputValue::Number),
        Value::String(s) if field == "name" => Some(InputValue::Text(s.clone())),
        Value::String(s) => Some(match glossary::get(&format!("{field}.{s}")) {
            Some(choice) => InputValue::Text(both(choice.zh.label, choice.en.label)),
            None => s.parse().map_or_else(|_| InputValue::Text(s.clone()), InputValue::Number),
        }),
        Value::Array(items) => {
            let words: Option<Vec<&str>> = items.iter().map(Value::as_str).collect();
            words.filter(|w| !w.is_empty()).map(|w| InputValue::Text(w.join(" ")))
        }
    }
}

/// The row of the input `entry` explains, with its value.
fn row(scope: &str, entry: &'static Entry, value: InputValue) -> InputRow {
    let key = entry.key;
    InputRow {
        scope: scope.to_string(),
        field: key.rsplit('.').next().unwrap_or(key),
        zh: entry.zh.label,
        en: entry.en.label,
        value,
        unit: both(entry.zh.unit, entry.en.unit),
        kind: entry.kind.unwrap_or(InputKind::Policy),
        basis: basis(entry),
    }
}

/// `中文 English`, or empty where neither says anything.
fn both(zh: &str, en: &str) -> String {
    format!("{zh} {en}").trim().to_string()
}

/// Default, valid range and basis of an input, in Chinese and then in English.
fn basis(entry: &Entry) -> String {
    let one = |t: &Text, lang: Lang| {
        let parts = [
            (lang.pick("默认", "default"), t.default),
            (lang.pick("范围", "range"), t.range),
            (lang.pick("依据", "basis"), t.basis),
        ];
        parts
            .iter()
            .filter(|(_, v)| !v.is_empty())
            .map(|(name, v)| format!("{name} {v}"))
            .collect::<Vec<_>>()
            .join(lang.pick("；", "; "))
    };
    format!("{} · {}", one(&entry.zh, Lang::Zh), one(&entry.en, Lang::En))
}

/// The glossary entry of a tier's model (`model.hybrid`).
fn model_entry(m: ServiceModel) -> &'static Entry {
    glossary::term(match m {
        ServiceModel::Advisor => "model.advisor",
        ServiceModel::Hybrid => "model.hybrid",
        ServiceModel::Digital => "model.digital",
    })
}

/// The glossary entry of a tier's owner (`owner.hq`).
fn owner_entry(o: reach_core::Owner) -> &'static Entry {
    glossary::term(match o {
        reach_core::Owner::Branch => "owner.branch",
        reach_core::Owner::Hq => "owner.hq",
    })
}

/// `专属投顾 Dedicated advisor` etc.
pub fn model_label(m: ServiceModel) -> String {
    let e = model_entry(m);
    both(e.zh.label, e.en.label)
}

/// The model in one language.
pub fn model_name(m: ServiceModel, lang: Lang) -> &'static str {
    model_entry(m).text(lang).label
}

/// `分支机构 Branches` or `总部 Head office (HQ)`.
pub fn owner_label(o: reach_core::Owner) -> String {
    let e = owner_entry(o);
    both(e.zh.label, e.en.label)
}

/// The owner in one language.
pub fn owner_name(o: reach_core::Owner, lang: Lang) -> &'static str {
    owner_entry(o).text(lang).label
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn calibration_assumptions_are_labelled_as_such() {
        let text = include_str!("../../../scenarios/100k.toml");
        let s = Scenario::from_toml(text).unwrap();
        let rows = rows(&s);
        let kind = |scope: &str, field: &str| rows.iter().find(|r| r.scope == scope && r.field == field).unwrap().kind;
        assert_eq!(kind("全局 global", "advisor_cost"), InputKind::Assumption);
        assert_eq!(kind("人机协同", "clients_per_advisor"), InputKind::Assumption);
        assert_eq!(kind("人机协同", "uplift"), InputKind::Assumption);
        assert_eq!(kind("人机协同", "activation"), InputKind::Assumption);
        assert_eq!(kind("人机协同", "min_assets"), InputKind::Policy);
        assert_eq!(kind("全局 global", "hq_advisors"), InputKind::Fact);
        assert!(rows.iter().filter(|r| r.kind == InputKind::Assumption).all(|r| !r.basis.is_empty()));
    }

    #[test]
    fn every_row_reads_its_texts_from_the_glossary() {
        let text = include_str!("../../../scenarios/30k.toml")
            .replace("max_age = 75", "max_age = 75\nmin_age = 25\nchannels = [\"online\"]\ninclude_dormant = false");
        let s = Scenario::from_toml(&text).unwrap();
        let rows = rows(&s);
        let fields: Vec<&str> = rows.iter().map(|r| r.field).collect();
        assert_eq!(fields[..4], ["name", "advisor_cost", "hq_share", "hq_advisors"]);
        for f in [
            "asset_yield",
            "base_transfer",
            "min_assets",
            "model",
            "wealth_fee",
            "name",
            "min_age",
            "max_age",
            "risk_profiles",
            "channels",
            "include_dormant",
            "cost_per_client",
        ] {
            assert!(fields.contains(&f), "no row for {f}: {fields:?}");
        }
        for r in &rows {
            let prefix = if r.scope == "全局 global" { "global" } else { "tier" };
            let entry = glossary::get(&format!("{prefix}.{}", r.field)).unwrap();
            assert_eq!((r.zh, r.en), (entry.zh.label, entry.en.label));
            assert_eq!(Some(r.kind), entry.kind);
            assert!(r.basis.contains(entry.zh.range) && r.basis.contains(entry.en.range), "{}: {}", r.field, r.basis);
            assert!(r.basis.contains(entry.en.basis), "{}: {}", r.field, r.basis);
        }
        let cost = rows.iter().find(|r| r.field == "advisor_cost").unwrap();
        assert_eq!(cost.unit, "元/人/年 CNY per advisor a year");
        assert!(
            cost.basis.starts_with("默认 40万元（必填）；范围 ≥ 0；依据 上市券商人均成本约51万元"),
            "{}",
            cost.basis
        );
        assert_eq!(model_label(ServiceModel::Hybrid), "人机协同 AI-assisted hybrid");
        assert_eq!(owner_name(reach_core::Owner::Hq, Lang::Zh), "总部");
    }

    #[test]
    fn every_value_a_scenario_holds_has_a_row() {
        let text = include_str!("../../../scenarios/30k.toml")
            .replace("max_age = 75", "max_age = 75\nmin_age = 25\nchannels = [\"online\"]");
        let s = Scenario::from_toml(&text).unwrap();
        let rows = rows(&s);
        let has = |scope: &str, field: &str| rows.iter().any(|r| r.scope == scope && r.field == field);
        let json = serde_json::to_value(&s).unwrap();
        for (key, value) in json.as_object().unwrap() {
            match value {
                serde_json::Value::Array(_) | serde_json::Value::Object(_) | serde_json::Value::Null => {}
                _ => assert!(has("全局 global", key), "no Assumptions row for the global `{key}`"),
            }
        }
        for (tier, value) in s.tiers.iter().zip(json["tiers"].as_array().unwrap()) {
            for (key, v) in value.as_object().unwrap() {
                if !v.is_null() && key != "name" {
                    assert!(has(&tier.name, key), "no Assumptions row for `{key}` of tier {}", tier.name);
                }
            }
        }
    }
}
