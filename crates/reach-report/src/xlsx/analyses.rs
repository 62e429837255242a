//! The workbook's sheets for the analyses (MODEL section 10) and evaluation (section 11): the
//! tornado of net per scenario with a native bar chart, the Monte Carlo summary and histogram
//! of net with a native column chart, and — when a scenario uses estimates applied from a
//! pilot — their provenance.

use reach_core::analysis::montecarlo::Summary;
use rust_decimal::Decimal;
use rust_xlsxwriter::{Chart, ChartLegendPosition, ChartType, Worksheet, XlsxError};

use super::{cell_number, headers, page_setup, write_value, Col, Formats, SHEETS};
use crate::charts::{histogram_bins, takeaway::field_label};
use crate::format::Lang;
use crate::input::ReportInput;

pub(super) const TORNADO: &str = SHEETS[11];
pub(super) const MONTE_CARLO: &str = SHEETS[12];
pub(super) const EVALUATION: &str = SHEETS[13];

/// Bins of the Monte Carlo histogram in the workbook.
pub const HISTOGRAM_BINS: usize = 20;

fn no_analyses(ws: &mut Worksheet, input: &ReportInput, f: &Formats) -> Result<bool, XlsxError> {
    if input.scenarios.iter().any(|s| s.analyses.is_some()) {
        return Ok(false);
    }
    ws.write_string_with_format(
        1,
        0,
        "没有情景设定分析区间，或本报告未包含分析。No scenario has [ranges], or the report was made without analyses.",
        &f.note,
    )?;
    Ok(true)
}

/// Tornado: one row per range of each analysed scenario, largest swing first.
pub(super) fn tornado(ws: &mut Worksheet, input: &ReportInput, f: &Formats) -> Result<(), XlsxError> {
    ws.set_name(TORNADO)?;
    page_setup(ws, 0)?;
    let cols = [
        ("情景\nScenario", 30.0),
        ("字段\nField", 34.0),
        ("名称\nName", 30.0),
        ("区间低值\nRange low", 14.0),
        ("区间高值\nRange high", 14.0),
        ("低值时净收益（元）\nNet at low", 20.0),
        ("高值时净收益（元）\nNet at high", 20.0),
        ("波动（元）\nSwing", 18.0),
        ("点值净收益（元）\nNet (point)", 20.0),
    ];
    headers(ws, 0, &cols, f)?;
    if no_analyses(ws, input, f)? {
        return Ok(());
    }
    let mut r = 1u32;
    let mut chart_row = 1u32;
    for s in &input.scenarios {
        let Some(a) = &s.analyses else { continue };
        let first = r;
        for row in &a.tornado {
            let range = s.scenario.ranges.iter().find(|x| x.path == row.field);
            ws.write_string_with_format(r, 0, &s.scenario.name, &f.text)?;
            ws.write_string_with_format(r, 1, &row.field, &f.text)?;
            let name = format!("{} {}", field_label(&row.field, Lang::Zh), field_label(&row.field, Lang::En));
            ws.write_string_with_format(r, 2, name, &f.bold)?;
            if let Some(x) = range {
                ws.write_number_with_format(r, 3, cell_number(x.low), &f.plain_number)?;
                ws.write_number_with_format(r, 4, cell_number(x.high), &f.plain_number)?;
            }
            write_value(ws, r, 5, Col::Money, row.low, f)?;
            write_value(ws, r, 6, Col::Money, row.high, f)?;
            write_value(ws, r, 7, Col::Money, row.swing, f)?;
            write_value(ws, r, 8, Col::Money, s.result.totals.net, f)?;
            r += 1;
        }
        if r > first {
            let last = r - 1;
            let mut chart = Chart::new(ChartType::Bar);
            chart.title().set_name(&format!("龙卷风图 Tornado · 净收益 net · {}", s.scenario.name));
            for (col, name) in [(5, "字段取低值 Field at low"), (6, "字段取高值 Field at high")] {
                chart
                    .add_series()
                    .set_name(name)
                    .set_categories((TORNADO, first, 2, last, 2))
                    .set_values((TORNADO, first, col, last, col));
            }
            chart.y_axis().set_reverse();
            chart.legend().set_position(ChartLegendPosition::Top);
            chart.set_width(720).set_height(360);
            ws.insert_chart(chart_row, 10, &chart)?;
            chart_row += 20;
        }
        r += 1;
    }
    ws.set_freeze_panes(1, 1)?;
    Ok(())
}

fn summary_cells(ws: &mut Worksheet, r: u32, at: u16, s: &Summary, f: &Formats) -> Result<(), XlsxError> {
    for (k, v) in [s.p5, s.p10, s.p50, s.p90, s.p95, s.mean].into_iter().enumerate() {
        write_value(ws, r, at + k as u16, Col::Money, v, f)?;
    }
    Ok(())
}

/// Monte Carlo: the summary of net per analysed scenario (rows from 1), then each scenario's
/// histogram of net (`HISTOGRAM_BINS` bins) with a native column chart.
pub(super) fn monte_carlo(ws: &mut Worksheet, input: &ReportInput, f: &Formats) -> Result<(), XlsxError> {
    ws.set_name(MONTE_CARLO)?;
    page_setup(ws, 0)?;
    let cols = [
        ("情景\nScenario", 30.0),
        ("抽样次数\nDraws", 12.0),
        ("种子\nSeed", 10.0),
        ("P5 净收益（元）\nNet P5", 18.0),
        ("P10 净收益（元）\nNet P10", 18.0),
        ("P50 净收益（元）\nNet P50", 18.0),
        ("P90 净收益（元）\nNet P90", 18.0),
        ("P95 净收益（元）\nNet P95", 18.0),
        ("均值（元）\nMean", 18.0),
        ("P(净收益 > 0)\nP(net > 0)", 14.0),
        ("未抽样字段\nNot drawn", 30.0),
    ];
    headers(ws, 0, &cols, f)?;
    if no_analyses(ws, input, f)? {
        return Ok(());
    }
    let analysed: Vec<_> = input.scenarios.iter().filter_map(|s| s.analyses.as_ref().map(|a| (s, a))).collect();
    let mut r = 1u32;
    for (s, a) in &analysed {
        let mc = &a.monte_carlo;
        ws.write_string_with_format(r, 0, &s.scenario.name, &f.bold)?;
        write_value(ws, r, 1, Col::Count, Decimal::from(mc.draws), f)?;
        write_value(ws, r, 2, Col::Count, Decimal::from(mc.seed), f)?;
        summary_cells(ws, r, 3, &mc.figures.net, f)?;
        ws.write_number_with_format(r, 9, cell_number(mc.p_net_positive), &f.share)?;
        ws.write_string_with_format(r, 10, mc.not_drawn.join(" "), &f.text)?;
        r += 1;
    }
    r += 1;
    let mut chart_row = 1u32;
    for (s, a) in &analysed {
        let head = [
            ("情景\nScenario", 30.0),
            ("区间下限（元）\nNet from", 18.0),
            ("区间上限（元）\nNet to", 18.0),
            ("抽样次数\nDraws", 12.0),
        ];
        for (c, (name, _)) in head.iter().enumerate() {
            ws.write_string_with_format(r, c as u16, *name, &f.header)?;
        }
        r += 1;
        let first = r;
        for (from, to, count) in histogram_bins(&a.nets, HISTOGRAM_BINS) {
            ws.write_string_with_format(r, 0, &s.scenario.name, &f.text)?;
            write_value(ws, r, 1, Col::Money, from, f)?;
            write_value(ws, r, 2, Col::Money, to, f)?;
            write_value(ws, r, 3, Col::Count, Decimal::from(count), f)?;
            r += 1;
        }
        let mut chart = Chart::new(ChartType::Column);
        chart.title().set_name(&format!("蒙特卡洛 Monte Carlo · 净收益分布 net · {}", s.scenario.name));
        chart
            .add_series()
            .set_name("抽样次数 Draws")
            .set_categories((MONTE_CARLO, first, 1, r - 1, 1))
            .set_values((MONTE_CARLO, first, 3, r - 1, 3))
            .set_gap(10);
        chart.legend().set_hidden();
        chart.set_width(720).set_height(320);
        ws.insert_chart(chart_row, 12, &chart)?;
        chart_row += 18;
        r += 1;
    }
    ws.set_freeze_panes(1, 1)?;
    Ok(())
}

/// Whether any scenario uses estimates applied from a pilot (then the workbook has the
/// evaluation sheet).
pub fn has_evaluation(input: &ReportInput) -> bool {
    input.scenarios.iter().any(|s| !s.scenario.provenance.is_empty())
}

/// Evaluation: every estimate applied from a pilot, with its interval and date.
pub(super) fn evaluation(ws: &mut Worksheet, input: &ReportInput, f: &Formats) -> Result<(), XlsxError> {
    ws.set_name(EVALUATION)?;
    page_setup(ws, 0)?;
    let cols = [
        ("情景\nScenario", 30.0),
        ("字段\nField", 34.0),
        ("名称\nName", 30.0),
        ("试点\nPilot", 20.0),
        ("估计值\nEstimate", 12.0),
        ("区间下限\nLow", 12.0),
        ("区间上限\nHigh", 12.0),
        ("应用日期\nApplied", 14.0),
        ("提示\nFlagged", 26.0),
    ];
    headers(ws, 0, &cols, f)?;
    let mut r = 1u32;
    for s in &input.scenarios {
        for p in &s.scenario.provenance {
            ws.write_string_with_format(r, 0, &s.scenario.name, &f.text)?;
            ws.write_string_with_format(r, 1, &p.field, &f.text)?;
            let name = format!("{} {}", field_label(&p.field, Lang::Zh), field_label(&p.field, Lang::En));
            ws.write_string_with_format(r, 2, name, &f.bold)?;
            ws.write_string_with_format(r, 3, &p.pilot, &f.text)?;
            ws.write_number_with_format(r, 4, cell_number(p.estimate), &f.plain_number)?;
            ws.write_number_with_format(r, 5, cell_number(p.low), &f.plain_number)?;
            ws.write_number_with_format(r, 6, cell_number(p.high), &f.plain_number)?;
            ws.write_string_with_format(r, 7, &p.applied, &f.text)?;
            let flag = if p.flagged { "⚠ 需谨慎 flagged" } else { "" };
            ws.write_string_with_format(r, 8, flag, &f.warn)?;
            r += 1;
        }
    }
    ws.set_freeze_panes(1, 1)?;
    Ok(())
}
