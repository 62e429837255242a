//! The one-line takeaway of each chart: a sentence made from the chart's figures, never fixed
//! text, in Chinese or in English (English without Chinese punctuation). The charts draw it
//! under their title; the app and the reports may show it on its own.

use reach_core::analysis::montecarlo::MonteCarlo;
use reach_core::analysis::tornado::TornadoRow;
use reach_core::analysis::Figure;
use reach_core::book::{BookStats, Channel};
use reach_core::compare::MetricKind;
use reach_core::result::{AcquisitionRow, ScenarioResult};
use reach_core::scenario::CreditRule;
use rust_decimal::Decimal;

use super::{rule_name, short_name};
use crate::format::{self, to_f64, Lang};
use crate::input::SweepInput;

/// Chinese punctuation in a sentence built from Chinese templates, made English.
fn english(s: String, lang: Lang) -> String {
    if lang == Lang::Zh {
        return s;
    }
    s.replace('：', ": ")
        .replace('，', ", ")
        .replace('；', "; ")
        .replace('（', " (")
        .replace('）', ")")
        .replace('、', ", ")
}

fn share(part: Decimal, whole: Decimal) -> String {
    if whole.is_zero() {
        format::percent(0.0)
    } else {
        format::percent(to_f64(part / whole))
    }
}

/// The sweep: the current threshold's eligible, advisors and net, and the threshold of the best net.
pub fn sweep(s: &SweepInput, lang: Lang) -> String {
    let cur = s.points.iter().find(|p| p.min_assets == s.current);
    let best = s
        .points
        .iter()
        .max_by(|a, b| a.result.totals.net.cmp(&b.result.totals.net).then(b.min_assets.cmp(&a.min_assets)));
    let (Some(c), Some(b)) = (cur, best) else { return String::new() };
    let t = &c.result.totals;
    english(
        format!(
            "{} {}：{} {}，{} {}，{} {}；{} {}（{}）",
            lang.pick("现行门槛", "At the current threshold"),
            format::threshold(s.current, lang),
            lang.pick("可服务客户", "eligible"),
            format::count(t.eligible),
            lang.pick("所需投顾", "advisors needed"),
            format::count(t.advisors_needed),
            lang.pick("净收益", "net"),
            format::money(t.net, lang),
            lang.pick("净收益最高的门槛为", "the best net is at"),
            format::threshold(b.min_assets, lang),
            format::money(b.result.totals.net, lang),
        ),
        lang,
    )
}

/// Tiers: the tier bringing the first scenario the most incremental revenue, and its share.
pub fn tiers(scenarios: &[(&str, &ScenarioResult)], lang: Lang) -> String {
    let Some((name, r)) = scenarios.first() else { return String::new() };
    let top = r.tiers.iter().max_by(|a, b| a.incremental_revenue.cmp(&b.incremental_revenue));
    let total = r.totals.incremental_revenue;
    match top {
        Some(t) if !total.is_zero() => english(
            format!(
                "{}{}{} {}（{}{}）",
                short_name(name, lang),
                lang.pick("：增量收入最多来自", ": most incremental revenue comes from "),
                t.name,
                format::money(t.incremental_revenue, lang),
                share(t.incremental_revenue, total),
                lang.pick("", " of the total"),
            ),
            lang,
        ),
        _ => String::new(),
    }
}

/// Load: the overloaded branches, the hires they need, and HQ's advisors.
pub fn load(r: &ScenarioResult, lang: Lang) -> String {
    let over = r.branches.iter().filter(|b| b.hires > 0).count();
    let hires: u64 = r.branches.iter().map(|b| b.hires).sum();
    let hq = &r.hq;
    let hq_note = if hq.advisors_needed > 0 || hq.current_advisors > 0 {
        format!(
            "{} {} / {} {}",
            lang.pick("；总部所需投顾", "; HQ needs"),
            format::count(hq.advisors_needed),
            lang.pick("现有", "has"),
            format::count(hq.current_advisors)
        )
    } else {
        String::new()
    };
    format!(
        "{} {} {}{} {} {}{}",
        lang.pick("超负荷分支机构", "Overloaded branches:"),
        over,
        lang.pick("家，", "of"),
        if lang == Lang::En { format!(" {},", r.branches.len()) } else { String::new() },
        lang.pick("需新增投顾", "hires needed"),
        format::count(hires),
        hq_note
    )
}

/// Credit: HQ's share of the credited revenue, per scenario.
pub fn credit(scenarios: &[(&str, &ScenarioResult)], lang: Lang) -> String {
    scenarios
        .iter()
        .map(|(name, r)| {
            let total = r.totals.hq_credit + r.totals.branch_credit;
            format!("{} {} {}", short_name(name, lang), lang.pick("总部占", "HQ"), share(r.totals.hq_credit, total))
        })
        .collect::<Vec<_>>()
        .join(lang.pick("；", "; "))
}

/// Bands: the share of customers under 100k and the dormant share.
pub fn bands(book: &str, s: &BookStats, lang: Lang) -> String {
    let total = s.customers.max(1) as f64;
    let under_100k: u64 = s.band_customers[..3].iter().sum();
    format!(
        "{}{}{} {}{} {}{}",
        book,
        lang.pick("：", ": "),
        format::percent(under_100k as f64 / total),
        lang.pick("的客户资产低于10万；", "of customers hold under 100k; "),
        lang.pick("沉睡客户占", "dormant:"),
        format::percent(s.dormant as f64 / total),
        lang.pick("", " of the book"),
    )
}

/// The three lines of a total as `佣金 30%、财富 50%、资产 20%`.
fn line_shares(lines: &reach_core::result::RevenueLines, total: Decimal, lang: Lang) -> String {
    format!(
        "{} {}、{} {}、{} {}",
        lang.pick("佣金", "commission"),
        share(lines.commission_revenue, total),
        lang.pick("财富管理", "wealth"),
        share(lines.wealth_revenue, total),
        lang.pick("资产收益", "asset"),
        share(lines.asset_revenue, total),
    )
}

/// Revenue lines: each scenario's incremental revenue and the share of each line.
pub fn revenue(scenarios: &[(&str, &ScenarioResult)], lang: Lang) -> String {
    let parts: Vec<String> = scenarios
        .iter()
        .map(|(name, r)| {
            let t = &r.totals;
            format!(
                "{} {} {}（{}）",
                short_name(name, lang),
                lang.pick("增量收入", "incremental revenue"),
                format::money(t.incremental_revenue, lang),
                line_shares(&t.lines, t.incremental_revenue, lang)
            )
        })
        .collect();
    english(parts.join("；"), lang)
}

/// Revenue lines along a sweep: the lines at the current threshold and the total at the lowest.
pub fn revenue_sweep(s: &SweepInput, lang: Lang) -> String {
    let (Some(cur), Some(low)) = (s.points.iter().find(|p| p.min_assets == s.current), s.points.first()) else {
        return String::new();
    };
    let t = &cur.result.totals;
    english(
        format!(
            "{} {}：{}（{}）；{} {} {}{}",
            lang.pick("现行门槛", "At the current threshold"),
            format::threshold(s.current, lang),
            format::money(t.incremental_revenue, lang),
            line_shares(&t.lines, t.incremental_revenue, lang),
            lang.pick("门槛降至", "at"),
            format::threshold(low.min_assets, lang),
            lang.pick("时增量收入为 ", "incremental revenue is "),
            format::money(low.result.totals.incremental_revenue, lang),
        ),
        lang,
    )
}

/// A channel's name in `lang`.
pub fn channel_name(c: Channel, lang: Lang) -> &'static str {
    match c {
        Channel::Online => lang.pick("线上", "online"),
        Channel::Offline => lang.pick("线下", "offline"),
    }
}

fn acquisition_row(a: &AcquisitionRow, lang: Lang) -> String {
    let cost = a.cost_per_funded.map_or_else(|| "—".to_string(), |c| format::money(c, lang));
    let payback = a.payback_years.map_or_else(
        || lang.pick("无法回收", "never paid back").to_string(),
        |y| format!("{} {}", format::plain(y.round_dp(1)), lang.pick("年回收", "years to pay back")),
    );
    format!(
        "{}{} {} {}，{} {}，{}",
        channel_name(a.channel, lang),
        lang.pick("有效户", " funded"),
        format::expected(a.funded),
        lang.pick("户", "accounts"),
        lang.pick("每户成本", "cost per funded"),
        cost,
        payback
    )
}

/// Acquisition: each channel's funded accounts, cost per funded account and payback.
pub fn acquisition(r: &ScenarioResult, lang: Lang) -> String {
    if r.acquisition.rows.is_empty() {
        return lang.pick("本情景未设获客渠道", "This scenario has no acquisition funnel").to_string();
    }
    let rows: Vec<String> = r.acquisition.rows.iter().map(|a| acquisition_row(a, lang)).collect();
    english(rows.join("；"), lang)
}

/// Assessment: how many branches lose under the rule and by how much in all, HQ's assessed
/// revenue, and what is counted twice.
pub fn assessment(r: &ScenarioResult, rule: CreditRule, lang: Lang) -> String {
    let losing: Decimal = r.branches.iter().map(|b| b.assessed_change).filter(|c| c.is_sign_negative()).sum();
    let (hq, twice) = (format::money(r.hq.assessed_revenue, lang), format::money(r.totals.double_counted, lang));
    match lang {
        Lang::Zh => format!(
            "按{}口径：{} 家分支机构中 {} 家考核收入下降（合计 {}）；总部考核收入 {}；重复计算 {}",
            rule_name(rule, lang),
            r.branches.len(),
            r.totals.branches_losing,
            format::money(losing, lang),
            hq,
            twice
        ),
        Lang::En => format!(
            "Under {} credit: {} of {} branches are assessed lower (by {} in all); HQ is assessed on {}; counted twice: {}",
            rule_name(rule, lang),
            r.totals.branches_losing,
            r.branches.len(),
            format::money(losing, lang),
            hq,
            twice
        ),
    }
}

/// Split against dual: the branches losing and the double counting under each.
pub fn assessment_rules(split: &ScenarioResult, dual: &ScenarioResult, lang: Lang) -> String {
    let one = |r: &ScenarioResult, rule: CreditRule| {
        format!(
            "{}：{} {}，{} {}",
            rule_name(rule, lang),
            r.totals.branches_losing,
            lang.pick("家分支机构考核收入下降", "branches assessed lower"),
            lang.pick("重复计算", "counted twice"),
            format::money(r.totals.double_counted, lang)
        )
    };
    english(format!("{}；{}", one(split, CreditRule::Split), one(dual, CreditRule::Dual)), lang)
}

/// A value of `figure` in words: money as money, counts as counts.
pub fn figure_value(figure: Figure, v: Decimal, lang: Lang) -> String {
    match figure.metric().kind {
        MetricKind::Money => format::money(v, lang),
        MetricKind::Count => format::count(v.trunc().try_into().unwrap_or(0)),
        _ => format::expected(v),
    }
}

/// A range's path in words: `人机协同 · 服务客户上限` for `tiers.人机协同.clients_per_advisor`,
/// the glossary's label for a global.
pub fn field_label(path: &str, lang: Lang) -> String {
    let label = crate::glossary::for_scenario_field(path).map(|e| e.text(lang).label);
    match (path.strip_prefix("tiers.").or_else(|| path.strip_prefix("acquisition.")), label) {
        (Some(rest), Some(l)) => match rest.rsplit_once('.') {
            Some((owner, _)) => format!("{owner} · {l}"),
            None => l.to_string(),
        },
        (None, Some(l)) => l.to_string(),
        (_, None) => path.to_string(),
    }
}

/// Tornado: the field that moves the figure most, its ends, and the point value.
pub fn tornado(figure: Figure, point: Decimal, rows: &[TornadoRow], lang: Lang) -> String {
    let name = lang.pick(figure.metric().zh, figure.metric().en);
    let Some(top) = rows.first() else {
        return lang.pick("本情景未设分析区间", "This scenario has no ranges").to_string();
    };
    english(
        format!(
            "{} {} {}；{}{}：{} {} {}（{} {}）",
            name,
            lang.pick("点值", "is"),
            figure_value(figure, point, lang),
            lang.pick("影响最大的是", "it moves most with "),
            field_label(&top.field, lang),
            figure_value(figure, top.low, lang),
            lang.pick("至", "to"),
            figure_value(figure, top.high, lang),
            lang.pick("波动", "a swing of"),
            figure_value(figure, top.swing, lang),
        ),
        lang,
    )
}

/// Monte Carlo: the probability that net is positive and the P10–P90 band.
pub fn montecarlo(mc: &MonteCarlo, lang: Lang) -> String {
    let n = &mc.figures.net;
    english(
        format!(
            "P({} > 0) = {}；P10 {}，P50 {}，P90 {}（{} {}，{} {}）",
            lang.pick("净收益", "net"),
            format::percent(to_f64(mc.p_net_positive)),
            format::money(n.p10, lang),
            format::money(n.p50, lang),
            format::money(n.p90, lang),
            format::count(mc.draws as u64),
            lang.pick("次抽样", "draws"),
            lang.pick("种子", "seed"),
            mc.seed,
        ),
        lang,
    )
}

#[cfg(test)]
mod tests;
