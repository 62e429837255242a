//! The HTML report's sections for the new economics (MODEL sections 7–9): revenue by line,
//! acquisition, and the assessment of every branch and HQ (losers marked, split and dual side
//! by side, branches losing and double counting stated), each with its chart.

use std::fmt::Write as _;

use reach_core::compare::MetricKind;
use rust_decimal::Decimal;

use super::{delta_html, esc, exact_text, figure, table_head};
use crate::charts::{self, rule_name, short_name, takeaway::channel_name};
use crate::format::{self, Lang};
use crate::input::ReportInput;
use crate::ReportError;

fn money(v: Decimal) -> String {
    esc(&format::money_exact(v))
}

pub(super) fn revenue_lines(h: &mut String, input: &ReportInput, lang: Lang) -> Result<(), ReportError> {
    let t = |zh: &'static str, en: &'static str| lang.pick(zh, en);
    let _ = writeln!(h, "<section id=\"revenue-lines\">\n<h2>{}</h2>", t("增量收入构成", "Revenue by line"));
    let named: Vec<_> = input.scenarios.iter().map(|s| (s.scenario.name.as_str(), &s.result)).collect();
    figure(h, &charts::revenue(named), lang)?;
    table_head(
        h,
        &[
            t("情景", "Scenario"),
            t("层级", "Tier"),
            t("新增资产（元）", "New assets (CNY)"),
            t("配置资产（元）", "Placed assets (CNY)"),
            t("交易佣金（元）", "Commission (CNY)"),
            t("财富管理（元）", "Wealth (CNY)"),
            t("资产收益（元）", "Asset (CNY)"),
            t("增量收入（元）", "Incremental revenue (CNY)"),
        ],
        2,
    );
    for s in &input.scenarios {
        let name = esc(&short_name(&s.scenario.name, lang));
        let rows = s.result.tiers.iter().map(|t| (esc(&t.name), &t.lines, t.incremental_revenue, false));
        let total = std::iter::once((
            esc(t("合计", "Total")),
            &s.result.totals.lines,
            s.result.totals.incremental_revenue,
            true,
        ));
        for (tier, l, inc, bold) in rows.chain(total) {
            let _ = writeln!(
                h,
                "<tr{}><td>{name}</td><td>{tier}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td></tr>",
                if bold { " class=\"total\"" } else { "" },
                money(l.new_assets),
                money(l.placed_assets),
                money(l.commission_revenue),
                money(l.wealth_revenue),
                money(l.asset_revenue),
                money(inc)
            );
        }
    }
    h.push_str("</tbody></table>\n");
    for s in &input.scenarios {
        if let Some(sw) = &s.sweep {
            figure(h, &charts::revenue_sweep(sw, &s.scenario.name), lang)?;
        }
    }
    h.push_str("</section>\n");
    Ok(())
}

pub(super) fn acquisition(h: &mut String, input: &ReportInput, lang: Lang) -> Result<(), ReportError> {
    let t = |zh: &'static str, en: &'static str| lang.pick(zh, en);
    let _ = writeln!(
        h,
        "<section id=\"acquisition\">\n<h2>{}</h2>",
        t("获客：线上与线下", "Acquisition: online and offline")
    );
    for s in input.scenarios.iter().filter(|s| !s.result.acquisition.rows.is_empty()) {
        figure(h, &charts::acquisition(&s.scenario.name, &s.result), lang)?;
    }
    table_head(
        h,
        &[
            t("情景", "Scenario"),
            t("渠道", "Channel"),
            t("开户数", "Accounts"),
            t("有效户（期望）", "Funded (expected)"),
            t("获客成本（元）", "Cost (CNY)"),
            t("首年收入（元）", "First-year revenue (CNY)"),
            t("首年资产（元）", "First-year assets (CNY)"),
            t("净额（元）", "Net (CNY)"),
            t("每个有效户成本（元）", "Cost per funded (CNY)"),
            t("回收期（年）", "Payback (years)"),
        ],
        2,
    );
    for s in &input.scenarios {
        let name = esc(&short_name(&s.scenario.name, lang));
        for a in &s.result.acquisition.rows {
            let _ = writeln!(
                h,
                "<tr><td>{name}</td><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td></tr>",
                esc(channel_name(a.channel, lang)),
                format::count(a.accounts),
                esc(&format::expected_exact(a.funded)),
                money(a.cost),
                money(a.revenue),
                money(a.new_assets),
                money(a.net),
                a.cost_per_funded.map_or_else(|| "—".to_string(), money),
                a.payback_years.map_or_else(|| esc(t("无法回收", "never")), |y| esc(&format::expected_exact(y))),
            );
        }
    }
    h.push_str("</tbody></table>\n</section>\n");
    Ok(())
}

pub(super) fn assessment(h: &mut String, input: &ReportInput, lang: Lang) -> Result<(), ReportError> {
    let t = |zh: &'static str, en: &'static str| lang.pick(zh, en);
    let _ = writeln!(
        h,
        "<section id=\"assessment\">\n<h2>{}</h2>",
        t("考核：总部与分支机构", "Assessment: HQ and branches")
    );
    for s in &input.scenarios {
        let r = &s.result;
        let _ = writeln!(
            h,
            "<h3>{} · {}</h3>",
            esc(&short_name(&s.scenario.name, lang)),
            esc(rule_name(s.scenario.credit_rule, lang))
        );
        let _ = writeln!(
            h,
            "<p class=\"takeaway\">{}</p>",
            esc(&charts::takeaway::assessment(r, s.scenario.credit_rule, lang))
        );
        let (split, dual) = s.split_and_dual();
        figure(h, &charts::assessment_rules(&s.scenario.name, split, dual), lang)?;
        table_head(
            h,
            &[
                t("单位", "Unit"),
                t("存量收入（元）", "Base revenue (CNY)"),
                t("收入归属（元）", "Credited revenue (CNY)"),
                t("考核收入（元）", "Assessed revenue (CNY)"),
                t("考核收入变化（元）", "Assessed change (CNY)"),
                t("成本（元）", "Cost (CNY)"),
                t("净收益（元）", "Net (CNY)"),
            ],
            1,
        );
        for b in &r.branches {
            let loses = b.assessed_change < Decimal::ZERO;
            let _ = writeln!(
                h,
                "<tr{}><td>{}{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td></tr>",
                if loses { " class=\"loses\"" } else { "" },
                if loses { "▼ " } else { "" },
                esc(&b.branch),
                money(b.base_revenue),
                money(b.credited_revenue),
                money(b.assessed_revenue),
                delta_html(MetricKind::Money, b.assessed_change, true, lang, true),
                money(b.cost),
                money(b.net),
            );
        }
        let hq = &r.hq;
        let _ = writeln!(
            h,
            "<tr class=\"total\"><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td></tr>",
            esc(t("总部", "HQ")),
            money(Decimal::ZERO),
            money(hq.credited_revenue),
            money(hq.assessed_revenue),
            delta_html(MetricKind::Money, hq.assessed_revenue, true, lang, true),
            money(hq.cost),
            money(hq.net),
        );
        h.push_str("</tbody></table>\n");
        let _ = writeln!(
            h,
            "<p class=\"sub\">{} {}；{} {}</p>",
            esc(t("考核收入下降的分支机构：", "Branches assessed lower:")),
            format::count(r.totals.branches_losing),
            esc(t("重复计算：", "counted twice:")),
            esc(&exact_text(MetricKind::Money, r.totals.double_counted)),
        );
    }
    h.push_str("</section>\n");
    Ok(())
}
