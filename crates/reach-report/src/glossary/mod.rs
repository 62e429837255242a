//! The glossary: one bilingual entry for every term a user meets — each input of a scenario,
//! each figure of a result, each concept of the customer book and of the analyses — with its
//! label, a one-sentence definition, the formula in words, the unit and, for inputs, whether it
//! is an assumption, a policy choice or a fact, its default, valid range and basis
//! (docs/spec/CALIBRATION.md). It is the one source of these texts: the Assumptions sheet of the
//! reports, `docs/glossary.md` and the app's ⓘ and 术语表 pages all read it.
//!
//! Keys are the names users see in files: `global.advisor_cost` and `tier.coverage` for the
//! scenario file, `totals.net`, `tiers[].served`, `branches[].load`, `hq.hires` for the result
//! JSON (an array's elements as `[]`). An entry may also stand for other paths that show the
//! same idea (`tier.min_assets` is also the result's `tiers[].min_assets`); [`get`] finds an
//! entry by its key or by any of those paths.

mod analyses;
mod book;
mod figures;
mod markdown;
mod scenario;

use serde::Serialize;

pub use markdown::{markdown, FILE};

/// What kind of input an entry is (docs/spec/CALIBRATION.md labels each).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum InputKind {
    /// An estimate to test (docs/spec/CALIBRATION.md "Assumptions").
    Assumption,
    /// A decision the scenario expresses.
    Policy,
    /// A fact about the broker today.
    Fact,
}

impl InputKind {
    pub fn label(self, lang: crate::Lang) -> &'static str {
        match self {
            Self::Assumption => lang.pick("假设", "assumption"),
            Self::Policy => lang.pick("策略选择", "policy choice"),
            Self::Fact => lang.pick("现状", "fact"),
        }
    }
    /// Both languages: `假设 assumption`.
    pub fn label_both(self) -> String {
        format!("{} {}", self.label(crate::Lang::Zh), self.label(crate::Lang::En))
    }
}

/// Where a term belongs, for grouping on the glossary page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Topic {
    /// The customer book and the branches file (MODEL §1–2).
    Book,
    /// A scenario's global inputs (§3, §7, §9).
    Global,
    /// A service tier's inputs and their values (§3, §7).
    Tier,
    /// The acquisition rows of a scenario (§8).
    Acquisition,
    /// A figure of the result (§5, §7–9).
    Result,
    /// Goal seek, tornado and Monte Carlo (§10).
    Analysis,
    /// Pilot evaluation (§11).
    Pilot,
}

impl Topic {
    pub const ALL: [Topic; 7] =
        [Topic::Book, Topic::Global, Topic::Tier, Topic::Acquisition, Topic::Result, Topic::Analysis, Topic::Pilot];

    /// Its name in files and JSON (`book`, `global`, … as serialized).
    pub fn key(self) -> &'static str {
        match self {
            Self::Book => "book",
            Self::Global => "global",
            Self::Tier => "tier",
            Self::Acquisition => "acquisition",
            Self::Result => "result",
            Self::Analysis => "analysis",
            Self::Pilot => "pilot",
        }
    }

    pub fn title(self, lang: crate::Lang) -> &'static str {
        match self {
            Self::Book => lang.pick("客户数据", "Customer book"),
            Self::Global => lang.pick("全局假设", "Global inputs"),
            Self::Tier => lang.pick("服务层级", "Service tiers"),
            Self::Acquisition => lang.pick("获客", "Acquisition"),
            Self::Result => lang.pick("计算结果", "Result figures"),
            Self::Analysis => lang.pick("敏感性分析", "Sensitivity analysis"),
            Self::Pilot => lang.pick("试点评估", "Pilot evaluation"),
        }
    }
}

/// One term in one language. Empty strings where a part does not apply (a figure has no
/// default; a text input has no unit).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Text {
    /// As the UI and the reports show it.
    pub label: &'static str,
    /// What it is, in one sentence.
    pub definition: &'static str,
    /// How it is computed, in words (docs/model.md).
    pub formula: &'static str,
    /// 元, 人, %, 年 …
    pub unit: &'static str,
    /// Inputs: the value used when the file leaves it out, or the calibrated default.
    pub default: &'static str,
    /// Inputs: what the validation accepts.
    pub range: &'static str,
    /// Inputs: where the default comes from, in a few words.
    pub basis: &'static str,
}

impl Text {
    /// Nothing said yet: the base for `Text { label: …, ..Text::NONE }`.
    pub const NONE: Text = Text { label: "", definition: "", formula: "", unit: "", default: "", range: "", basis: "" };
}

/// One term, in both languages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Entry {
    /// Stable: the field's name in the scenario file or the result JSON.
    pub key: &'static str,
    /// Other paths that show the same term.
    pub also: &'static [&'static str],
    pub topic: Topic,
    /// For inputs: assumption, policy choice or fact.
    pub kind: Option<InputKind>,
    pub zh: Text,
    pub en: Text,
}

impl Entry {
    pub fn text(&self, lang: crate::Lang) -> &Text {
        match lang {
            crate::Lang::Zh => &self.zh,
            crate::Lang::En => &self.en,
        }
    }

    /// Whether `path` names this entry (its key or one of its other paths).
    pub fn names(&self, path: &str) -> bool {
        self.key == path || self.also.contains(&path)
    }
}

/// Every entry, topic by topic in [`Topic::ALL`] order.
pub fn entries() -> Vec<&'static Entry> {
    [
        book::ENTRIES,
        scenario::GLOBAL,
        scenario::TIER,
        scenario::ACQUISITION,
        figures::ENTRIES,
        analyses::ANALYSIS,
        analyses::PILOT,
    ]
    .into_iter()
    .flatten()
    .collect()
}

/// The entry whose key, or one of whose other paths, is `path`.
pub fn get(path: &str) -> Option<&'static Entry> {
    entries().into_iter().find(|e| e.names(path))
}

/// The entry of the scenario field an error or a range names, in the engine's notation:
/// `tiers[2].coverage` and `tiers.人机协同.coverage` are `tier.coverage`,
/// `tiers[0].channels[1]` is `tier.channels`, `acquisition[1].accounts` is
/// `acquisition.accounts` as is `acquisition.online.accounts`, `ranges."advisor_cost"` is
/// `ranges`, `advisor_cost` is
/// `global.advisor_cost` and `tiers` is `tier`. So a refusal can name the field as its label does ("覆盖率").
pub fn for_scenario_field(path: &str) -> Option<&'static Entry> {
    let field = |rest: &str| rest.split('[').next().unwrap_or(rest).to_string();
    let key = if path == "ranges" || path.starts_with("ranges.") {
        "ranges".to_string()
    } else if let Some(rest) = path.strip_prefix("tiers.") {
        // A range's path: `tiers.<tier name>.<field>`; the name may hold dots, the field not.
        format!("tier.{}", field(rest.rsplit('.').next().unwrap_or(rest)))
    } else if let Some(rest) = path.strip_prefix("acquisition.") {
        // A range's path: `acquisition.<channel>.<field>`.
        format!("acquisition.{}", field(rest.rsplit('.').next().unwrap_or(rest)))
    } else if let Some((table, rest)) = path.split_once("].") {
        let table = table.split('[').next().unwrap_or(table);
        let prefix = if table == "tiers" { "tier" } else { table };
        format!("{prefix}.{}", field(rest))
    } else {
        // A global, or a whole table or list of tables (`tiers`, `acquisition`).
        let name = field(path);
        return get(&format!("global.{name}")).or_else(|| get(&name));
    };
    get(&key)
}

/// The entry for `path`, which the code names and the glossary must hold (checked by the
/// tests for every key the code asks for).
pub(crate) fn term(path: &str) -> &'static Entry {
    get(path).unwrap_or_else(|| panic!("the glossary has no entry for `{path}`"))
}

#[cfg(test)]
mod tests;
