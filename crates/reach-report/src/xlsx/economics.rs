//! The workbook's sheets for the new economics (MODEL sections 7–9): revenue by line per tier
//! and in total (with a native stacked chart per scenario), acquisition per channel, the
//! assessment of every branch and HQ (losers marked, branches losing and double counting
//! stated), and the branches side by side across the scenarios with change columns.

use reach_core::money::round2;
use reach_core::result::RevenueLines;
use rust_decimal::Decimal;
use rust_xlsxwriter::{Chart, ChartLegendPosition, ChartType, Worksheet, XlsxError};

use super::{headers, page_setup, write_value, Col, Formats, SHEETS};
use crate::charts::{rule_name, short_name, takeaway::channel_name};
use crate::format::Lang;
use crate::input::ReportInput;

pub(super) const REVENUE: &str = SHEETS[7];
pub(super) const ACQUISITION: &str = SHEETS[8];
pub(super) const ASSESSMENT: &str = SHEETS[9];
pub(super) const COMPARED: &str = SHEETS[10];

fn lines(ws: &mut Worksheet, r: u32, l: &RevenueLines, total: Decimal, f: &Formats) -> Result<(), XlsxError> {
    write_value(ws, r, 2, Col::Money, l.new_assets, f)?;
    write_value(ws, r, 3, Col::Money, l.placed_assets, f)?;
    write_value(ws, r, 4, Col::Money, l.commission_revenue, f)?;
    write_value(ws, r, 5, Col::Money, l.wealth_revenue, f)?;
    write_value(ws, r, 6, Col::Money, l.asset_revenue, f)?;
    write_value(ws, r, 7, Col::Money, total, f)
}

/// Revenue lines: one row per tier of each scenario, then the scenario's total row.
pub(super) fn revenue(ws: &mut Worksheet, input: &ReportInput, f: &Formats) -> Result<(), XlsxError> {
    ws.set_name(REVENUE)?;
    page_setup(ws, 0)?;
    let cols = [
        ("情景\nScenario", 30.0),
        ("服务层级\nTier", 16.0),
        ("新增资产（元）\nNew assets", 20.0),
        ("配置资产（元）\nPlaced assets", 20.0),
        ("交易佣金（元）\nCommission revenue", 20.0),
        ("财富管理（元）\nWealth revenue", 20.0),
        ("资产收益（元）\nAsset revenue", 20.0),
        ("增量收入（元）\nIncremental revenue", 20.0),
    ];
    headers(ws, 0, &cols, f)?;
    let mut r = 1u32;
    let mut chart_row = 1u32;
    for s in &input.scenarios {
        let first = r;
        for t in &s.result.tiers {
            ws.write_string_with_format(r, 0, &s.scenario.name, &f.text)?;
            ws.write_string_with_format(r, 1, &t.name, &f.bold)?;
            lines(ws, r, &t.lines, t.incremental_revenue, f)?;
            r += 1;
        }
        let last = r.saturating_sub(1);
        ws.write_string_with_format(r, 0, &s.scenario.name, &f.bold)?;
        ws.write_string_with_format(r, 1, "合计 Total", &f.bold)?;
        lines(ws, r, &s.result.totals.lines, s.result.totals.incremental_revenue, f)?;
        r += 1;
        if r > first + 1 {
            let mut chart = Chart::new(ChartType::BarStacked);
            chart.title().set_name(&format!("增量收入构成 Revenue by line · {}", s.scenario.name));
            for (col, name) in [(4, "交易佣金 Commission"), (5, "财富管理 Wealth"), (6, "资产收益 Asset")] {
                chart
                    .add_series()
                    .set_name(name)
                    .set_categories((REVENUE, first, 1, last, 1))
                    .set_values((REVENUE, first, col, last, col));
            }
            chart.y_axis().set_reverse();
            chart.legend().set_position(ChartLegendPosition::Top);
            chart.set_width(640).set_height(300);
            ws.insert_chart(chart_row, 9, &chart)?;
            chart_row += 16;
        }
    }
    ws.set_freeze_panes(1, 2)?;
    Ok(())
}

/// Acquisition: one row per funnel of each scenario, then the scenario's total.
pub(super) fn acquisition(ws: &mut Worksheet, input: &ReportInput, f: &Formats) -> Result<(), XlsxError> {
    ws.set_name(ACQUISITION)?;
    page_setup(ws, 0)?;
    let cols = [
        ("情景\nScenario", 30.0),
        ("渠道\nChannel", 14.0),
        ("归属\nOwner", 14.0),
        ("开户数\nAccounts", 12.0),
        ("有效户（期望）\nFunded (expected)", 16.0),
        ("获客成本（元）\nCost", 18.0),
        ("首年收入（元）\nFirst-year revenue", 18.0),
        ("首年资产（元）\nFirst-year assets", 20.0),
        ("净额（元）\nNet", 18.0),
        ("每个有效户成本（元）\nCost per funded", 18.0),
        ("回收期（年）\nPayback (years)", 14.0),
    ];
    headers(ws, 0, &cols, f)?;
    let mut r = 1u32;
    for s in &input.scenarios {
        let a = &s.result.acquisition;
        for row in &a.rows {
            ws.write_string_with_format(r, 0, &s.scenario.name, &f.text)?;
            let channel = format!("{} {}", channel_name(row.channel, Lang::Zh), channel_name(row.channel, Lang::En));
            ws.write_string_with_format(r, 1, channel, &f.bold)?;
            ws.write_string_with_format(r, 2, crate::assumptions::owner_label(row.owner), &f.text)?;
            write_value(ws, r, 3, Col::Count, Decimal::from(row.accounts), f)?;
            write_value(ws, r, 4, Col::Expected, row.funded, f)?;
            write_value(ws, r, 5, Col::Money, row.cost, f)?;
            write_value(ws, r, 6, Col::Money, row.revenue, f)?;
            write_value(ws, r, 7, Col::Money, row.new_assets, f)?;
            write_value(ws, r, 8, Col::Money, row.net, f)?;
            match row.cost_per_funded {
                Some(c) => write_value(ws, r, 9, Col::Money, c, f)?,
                None => {
                    ws.write_string_with_format(r, 9, "—", &f.text)?;
                }
            }
            match row.payback_years {
                Some(y) => write_value(ws, r, 10, Col::Expected, y, f)?,
                None => {
                    ws.write_string_with_format(r, 10, "无法回收 never", &f.text)?;
                }
            }
            r += 1;
        }
        ws.write_string_with_format(r, 0, &s.scenario.name, &f.bold)?;
        ws.write_string_with_format(r, 1, "合计 Total", &f.bold)?;
        write_value(ws, r, 4, Col::Expected, a.funded, f)?;
        write_value(ws, r, 5, Col::Money, a.cost, f)?;
        write_value(ws, r, 6, Col::Money, a.revenue, f)?;
        write_value(ws, r, 7, Col::Money, a.new_assets, f)?;
        write_value(ws, r, 8, Col::Money, a.net, f)?;
        r += 1;
    }
    ws.set_freeze_panes(1, 2)?;
    Ok(())
}

/// The label of a losing unit.
pub(super) const LOSES: &str = "▼ 考核下降 assessed lower";

/// Assessment: each branch and HQ of each scenario under its credit rule, then the number of
/// branches losing and the double counting.
pub(super) fn assessment(ws: &mut Worksheet, input: &ReportInput, f: &Formats) -> Result<(), XlsxError> {
    ws.set_name(ASSESSMENT)?;
    page_setup(ws, 0)?;
    let cols = [
        ("情景\nScenario", 30.0),
        ("考核口径\nCredit rule", 14.0),
        ("单位\nUnit", 24.0),
        ("存量收入（元）\nBase revenue", 18.0),
        ("收入归属（元）\nCredited revenue", 18.0),
        ("考核收入（元）\nAssessed revenue", 18.0),
        ("考核收入变化（元）\nAssessed change", 18.0),
        ("成本（元）\nCost", 18.0),
        ("净收益（元）\nNet", 18.0),
        ("下降\nLoses", 24.0),
    ];
    headers(ws, 0, &cols, f)?;
    let mut r = 1u32;
    for s in &input.scenarios {
        let rule =
            format!("{} {}", rule_name(s.scenario.credit_rule, Lang::Zh), rule_name(s.scenario.credit_rule, Lang::En));
        let res = &s.result;
        for b in &res.branches {
            let loses = b.assessed_change < Decimal::ZERO;
            ws.write_string_with_format(r, 0, &s.scenario.name, &f.text)?;
            ws.write_string_with_format(r, 1, &rule, &f.text)?;
            ws.write_string_with_format(r, 2, &b.branch, if loses { &f.warn } else { &f.bold })?;
            write_value(ws, r, 3, Col::Money, b.base_revenue, f)?;
            write_value(ws, r, 4, Col::Money, b.credited_revenue, f)?;
            write_value(ws, r, 5, Col::Money, b.assessed_revenue, f)?;
            write_value(ws, r, 6, Col::Money, b.assessed_change, f)?;
            write_value(ws, r, 7, Col::Money, b.cost, f)?;
            write_value(ws, r, 8, Col::Money, b.net, f)?;
            ws.write_string_with_format(r, 9, if loses { LOSES } else { "" }, &f.warn)?;
            r += 1;
        }
        let hq = &res.hq;
        ws.write_string_with_format(r, 0, &s.scenario.name, &f.text)?;
        ws.write_string_with_format(r, 1, &rule, &f.text)?;
        ws.write_string_with_format(r, 2, "总部 HQ", &f.bold)?;
        write_value(ws, r, 3, Col::Money, Decimal::ZERO, f)?;
        write_value(ws, r, 4, Col::Money, hq.credited_revenue, f)?;
        write_value(ws, r, 5, Col::Money, hq.assessed_revenue, f)?;
        write_value(ws, r, 6, Col::Money, hq.assessed_revenue, f)?;
        write_value(ws, r, 7, Col::Money, hq.cost, f)?;
        write_value(ws, r, 8, Col::Money, hq.net, f)?;
        r += 1;
        ws.write_string_with_format(r, 0, &s.scenario.name, &f.text)?;
        ws.write_string_with_format(r, 2, "考核下降的分支机构 Branches losing", &f.warn)?;
        write_value(ws, r, 6, Col::Count, Decimal::from(res.totals.branches_losing), f)?;
        r += 1;
        ws.write_string_with_format(r, 0, &s.scenario.name, &f.text)?;
        ws.write_string_with_format(r, 2, "重复计算 Double counted", &f.warn)?;
        write_value(ws, r, 6, Col::Money, res.totals.double_counted, f)?;
        r += 1;
    }
    ws.write_string_with_format(
        r + 1,
        0,
        "总部没有存量收入：其考核收入变化即考核收入。HQ has no base revenue: its assessed change is its assessed revenue. 重复计算 = Σ 考核收入 − 存量收入 − 增量收入（分账口径为 0）。Double counted = Σ assessed − base − incremental revenue (0 under split).",
        &f.note,
    )?;
    ws.set_freeze_panes(1, 3)?;
    Ok(())
}

/// The per-scenario columns of the branches compared.
const PER_SCENARIO: [(&str, Col); 5] = [
    ("需新增投顾 Hires", Col::Count),
    ("收入归属 Credited", Col::Money),
    ("成本 Cost", Col::Money),
    ("净收益 Net", Col::Money),
    ("考核收入变化 Assessed change", Col::Money),
];

/// Branches compared: one row per branch (then HQ), each scenario's figures side by side, then
/// the change of net and of assessed change of each scenario against the first.
pub(super) fn compared(ws: &mut Worksheet, input: &ReportInput, f: &Formats) -> Result<(), XlsxError> {
    ws.set_name(COMPARED)?;
    page_setup(ws, 0)?;
    let names: Vec<String> = input.scenarios.iter().map(|s| short_name(&s.scenario.name, Lang::Zh)).collect();
    let mut cols: Vec<(String, f64)> = vec![("分支机构\nBranch".into(), 24.0)];
    for n in &names {
        cols.extend(PER_SCENARIO.iter().map(|(c, _)| (format!("{n}\n{c}"), 18.0)));
    }
    for n in names.iter().skip(1) {
        cols.push((format!("{n} − {}\nΔ 净收益 net", names[0]), 20.0));
        cols.push((format!("{n} − {}\nΔ 考核收入变化 assessed change", names[0]), 22.0));
    }
    let refs: Vec<(&str, f64)> = cols.iter().map(|(c, w)| (c.as_str(), *w)).collect();
    headers(ws, 0, &refs, f)?;
    let base = &input.scenarios[0].result;
    let per = PER_SCENARIO.len() as u16;
    let change_at = 1 + per * input.scenarios.len() as u16;
    let mut r = 1u32;
    let figures = |res: &reach_core::ScenarioResult, branch: Option<&str>| -> [Decimal; 5] {
        match branch.and_then(|b| res.branches.iter().find(|x| x.branch == b)) {
            Some(b) => [Decimal::from(b.hires), b.credited_revenue, b.cost, b.net, b.assessed_change],
            None => {
                let h = &res.hq;
                [Decimal::from(h.hires), h.credited_revenue, h.cost, h.net, h.assessed_revenue]
            }
        }
    };
    let units: Vec<Option<&str>> =
        base.branches.iter().map(|b| Some(b.branch.as_str())).chain(std::iter::once(None)).collect();
    for unit in units {
        ws.write_string_with_format(r, 0, unit.unwrap_or("总部 HQ"), &f.bold)?;
        let first = figures(base, unit);
        for (j, s) in input.scenarios.iter().enumerate() {
            let v = figures(&s.result, unit);
            for (k, (_, col)) in PER_SCENARIO.iter().enumerate() {
                write_value(ws, r, 1 + per * j as u16 + k as u16, *col, v[k], f)?;
            }
            if j > 0 {
                let c = change_at + 2 * (j as u16 - 1);
                ws.write_number_with_format(r, c, super::cell_number(round2(v[3]) - round2(first[3])), &f.deltas[0])?;
                ws.write_number_with_format(
                    r,
                    c + 1,
                    super::cell_number(round2(v[4]) - round2(first[4])),
                    &f.deltas[0],
                )?;
            }
        }
        r += 1;
    }
    if input.scenarios.len() > 1 {
        let last_col = change_at + 2 * (input.scenarios.len() as u16 - 1) - 1;
        for row in 1..r {
            f.colour_deltas(ws, row, change_at, last_col, true)?;
        }
    }
    ws.set_freeze_panes(1, 1)?;
    Ok(())
}
