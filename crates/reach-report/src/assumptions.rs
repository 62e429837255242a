//! Every input of a scenario as a labelled row, and which of them are assumptions.
//!
//! Following CALIBRATION.md: advisor cost, advisor capacity (clients per advisor), revenue
//! uplift, reactivation and the service cost per client are *assumptions* — estimates to test,
//! with the public basis and range given. Thresholds, tier models, owners, coverage targets,
//! filters and the HQ share are *policy choices* the strategy team makes; the HQ headcount
//! today is a *fact* about the broker.

use reach_core::scenario::{Scenario, ServiceModel};
use rust_decimal::Decimal;

use crate::format::{self, Lang};

/// What kind of input a row is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputKind {
    /// An estimate to test (CALIBRATION.md "Assumptions").
    Assumption,
    /// A decision the scenario expresses.
    Policy,
    /// A fact about the broker today.
    Fact,
}

impl InputKind {
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Self::Assumption => lang.pick("假设", "assumption"),
            Self::Policy => lang.pick("策略选择", "policy choice"),
            Self::Fact => lang.pick("现状", "fact"),
        }
    }
    /// Both languages: `假设 assumption`.
    pub fn label_both(self) -> String {
        format!("{} {}", self.label(Lang::Zh), self.label(Lang::En))
    }
}

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
    /// Unit, if any (`元/年 CNY a year`).
    pub unit: &'static str,
    pub kind: InputKind,
    /// The public basis and usual range for an assumption (CALIBRATION.md), else empty.
    pub basis: &'static str,
}

const ADVISOR_COST_BASIS: &str = "默认40万元/年（30–60万）；上市券商人均成本约51万元（2024）· default 400k (300k–600k); listed brokers' cost per employee ≈ 510k (2024)";
const CAPACITY_ADVISOR_BASIS: &str =
    "传统投顾默认300人（150–300）· traditional advisor default 300 clients (150–300; \"a few hundred\", ideal 1:200)";
const CAPACITY_HYBRID_BASIS: &str = "人机协同默认1,500人（800–3,000）；行业约2,800名投资者/投顾 · AI-assisted default 1,500 (800–3,000); industry ≈ 2,800 investors per advisor (SAC, CSDC 2024)";
const UPLIFT_BASIS: &str =
    "默认8%（2%–15%），无公开来源，需检验 · default 8% (2%–15%); no public source, an assumption to test";
const ACTIVATION_BASIS: &str = "默认3%（2%–5%），证据较弱 · default 3% (2%–5%); weak evidence";
const COST_PER_CLIENT_BASIS: &str =
    "工具、内容与触达的运营成本估计 · an estimate of tools, content and messaging per reached client";

/// Every input of `scenario`, globals first, then each tier in written order.
pub fn rows(scenario: &Scenario) -> Vec<InputRow> {
    let global = "全局 global".to_string();
    let mut out = vec![
        row(
            &global,
            "name",
            "情景名称",
            "Scenario name",
            InputValue::Text(scenario.name.clone()),
            "",
            InputKind::Policy,
            "",
        ),
        row(
            &global,
            "advisor_cost",
            "投顾全成本",
            "Advisor cost (fully loaded)",
            InputValue::Number(scenario.advisor_cost),
            "元/人/年 CNY per advisor a year",
            InputKind::Assumption,
            ADVISOR_COST_BASIS,
        ),
        row(
            &global,
            "hq_share",
            "总部收入归属比例",
            "HQ share of HQ-owned tiers' revenue",
            InputValue::Number(scenario.hq_share),
            "0–1",
            InputKind::Policy,
            "",
        ),
        row(
            &global,
            "hq_advisors",
            "总部现有投顾",
            "Current HQ advisors",
            InputValue::Number(Decimal::from(scenario.hq_advisors)),
            "人 people",
            InputKind::Fact,
            "",
        ),
    ];
    for t in &scenario.tiers {
        let s = &t.name;
        let text = |v: String| InputValue::Text(v);
        out.push(row(
            s,
            "min_assets",
            "服务门槛（最低资产）",
            "Service threshold (min assets)",
            InputValue::Number(t.min_assets),
            "元 CNY",
            InputKind::Policy,
            "",
        ));
        out.push(row(s, "model", "服务模式", "Service model", text(model_label(t.model)), "", InputKind::Policy, ""));
        out.push(row(s, "owner", "归属", "Owner", text(owner_label(t.owner)), "", InputKind::Policy, ""));
        if let Some(c) = t.clients_per_advisor {
            let basis = if t.model == ServiceModel::Hybrid { CAPACITY_HYBRID_BASIS } else { CAPACITY_ADVISOR_BASIS };
            out.push(row(
                s,
                "clients_per_advisor",
                "人均服务客户数",
                "Clients per advisor",
                InputValue::Number(c),
                "人 clients",
                InputKind::Assumption,
                basis,
            ));
        }
        out.push(row(
            s,
            "coverage",
            "覆盖率",
            "Coverage",
            InputValue::Number(t.coverage),
            "0–1",
            InputKind::Policy,
            "",
        ));
        out.push(row(
            s,
            "uplift",
            "收入提升",
            "Revenue uplift",
            InputValue::Number(t.uplift),
            "比例 share",
            InputKind::Assumption,
            UPLIFT_BASIS,
        ));
        out.push(row(
            s,
            "activation",
            "激活率",
            "Activation rate",
            InputValue::Number(t.activation),
            "0–1",
            InputKind::Assumption,
            ACTIVATION_BASIS,
        ));
        out.push(row(
            s,
            "cost_per_client",
            "单客服务成本",
            "Service cost per client",
            InputValue::Number(t.cost_per_client),
            "元/人/年 CNY per client a year",
            InputKind::Assumption,
            COST_PER_CLIENT_BASIS,
        ));
        if let Some(v) = t.min_age {
            out.push(row(
                s,
                "min_age",
                "最低年龄",
                "Minimum age",
                InputValue::Number(Decimal::from(v)),
                "岁 years",
                InputKind::Policy,
                "",
            ));
        }
        if let Some(v) = t.max_age {
            out.push(row(
                s,
                "max_age",
                "最高年龄",
                "Maximum age",
                InputValue::Number(Decimal::from(v)),
                "岁 years",
                InputKind::Policy,
                "",
            ));
        }
        if let Some(set) = &t.risk_profiles {
            let v = set.iter().map(ToString::to_string).collect::<Vec<_>>().join(" ");
            out.push(row(s, "risk_profiles", "风险等级", "Risk profiles", text(v), "", InputKind::Policy, ""));
        }
        if let Some(set) = &t.channels {
            let v = set.iter().map(ToString::to_string).collect::<Vec<_>>().join(" ");
            out.push(row(s, "channels", "获客渠道", "Channels", text(v), "", InputKind::Policy, ""));
        }
        let dormant = if t.include_dormant { "是 yes" } else { "否 no" };
        out.push(row(
            s,
            "include_dormant",
            "含沉睡客户",
            "Includes dormant customers",
            text(dormant.into()),
            "",
            InputKind::Policy,
            "",
        ));
    }
    out
}

#[allow(clippy::too_many_arguments)]
fn row(
    scope: &str,
    field: &'static str,
    zh: &'static str,
    en: &'static str,
    value: InputValue,
    unit: &'static str,
    kind: InputKind,
    basis: &'static str,
) -> InputRow {
    InputRow { scope: scope.to_string(), field, zh, en, value, unit, kind, basis }
}

/// `专属投顾 dedicated advisor` etc.
pub fn model_label(m: ServiceModel) -> String {
    match m {
        ServiceModel::Advisor => "专属投顾 dedicated advisor",
        ServiceModel::Hybrid => "人机协同 AI-assisted hybrid",
        ServiceModel::Digital => "数字化集约运营 digital intensive",
    }
    .to_string()
}

/// The model in one language.
pub fn model_name(m: ServiceModel, lang: Lang) -> &'static str {
    match m {
        ServiceModel::Advisor => lang.pick("专属投顾", "dedicated advisor"),
        ServiceModel::Hybrid => lang.pick("人机协同", "AI-assisted hybrid"),
        ServiceModel::Digital => lang.pick("数字化集约运营", "digital intensive"),
    }
}

/// `分支机构 branch` or `总部 HQ`.
pub fn owner_label(o: reach_core::Owner) -> String {
    match o {
        reach_core::Owner::Branch => "分支机构 branch",
        reach_core::Owner::Hq => "总部 HQ",
    }
    .to_string()
}

/// The owner in one language.
pub fn owner_name(o: reach_core::Owner, lang: Lang) -> &'static str {
    match o {
        reach_core::Owner::Branch => lang.pick("分支机构", "branches"),
        reach_core::Owner::Hq => lang.pick("总部", "HQ"),
    }
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
}
