//! The Excel workbook: sheets Summary, Tiers, Branches, HQ, Sweep, Assumptions and Book, then
//! the economics ([`economics`]: revenue lines, acquisition, assessment, branches compared) and
//! the analyses ([`analyses`]: tornado, Monte Carlo, and the evaluation when a scenario uses
//! estimates applied from a pilot), with Chinese titles and English alongside. Every figure is a real number cell (never text) with a
//! CNY or count number format, equal to the engine's value to the fen; native Excel charts show
//! each scenario's sweep and branch load; header rows are frozen.

use reach_core::book::{BAND_COUNT, BAND_LOWER_FEN};
use reach_core::compare::{compare_totals, MetricKind, METRICS};
use reach_core::money::{round2, yuan, yuan_i128};
use rust_decimal::Decimal;
use rust_xlsxwriter::{
    Chart, ChartLegendPosition, ChartMarker, ChartMarkerType, ChartType, Color, ConditionalFormatCell,
    ConditionalFormatCellRule, DocProperties, Format, FormatAlign, FormatBorder, Workbook, Worksheet, XlsxError,
};

use crate::assumptions::{self, InputKind, InputValue};
use crate::charts::{band_labels, branch_capacity};
use crate::format::{Lang, Tone};
use crate::input::ReportInput;
use crate::ReportError;

mod analyses;
mod economics;

pub use analyses::{has_evaluation, HISTOGRAM_BINS};

/// Sheet names (at most 31 characters each), in workbook order; the last (Evaluation) only when
/// a scenario uses estimates applied from a pilot (see [`sheet_names`]).
pub const SHEETS: [&str; 14] = [
    "汇总 Summary",
    "服务层级 Tiers",
    "分支机构 Branches",
    "总部 HQ",
    "门槛扫描 Sweep",
    "假设 Assumptions",
    "客户分布 Book",
    "收入构成 Revenue lines",
    "获客 Acquisition",
    "考核 Assessment",
    "分支对比 Branches compared",
    "龙卷风图 Tornado",
    "蒙特卡洛 Monte Carlo",
    "试点评估 Evaluation",
];

/// The sheets of `input`'s workbook, in order.
pub fn sheet_names(input: &ReportInput) -> Vec<&'static str> {
    let n = if has_evaluation(input) { SHEETS.len() } else { SHEETS.len() - 1 };
    SHEETS[..n].to_vec()
}

/// The CNY number format (Chinese yuan, two decimals).
pub const MONEY_FORMAT: &str = "[$¥-804]#,##0.00;-[$¥-804]#,##0.00";
pub const COUNT_FORMAT: &str = "#,##0";
pub const EXPECTED_FORMAT: &str = "#,##0.00";

/// The workbook for `input`. `lang` decides the colour of deltas (gains red in Chinese).
pub fn workbook(input: &ReportInput, lang: Lang) -> Result<Vec<u8>, ReportError> {
    if input.scenarios.is_empty() {
        return Err(ReportError::NoScenario);
    }
    let mut wb = Workbook::new();
    let props = DocProperties::new()
        .set_title("Reach — 服务门槛情景报告 Service threshold scenario report")
        .set_subject(&input.book.label)
        .set_author(format!("Reach {}", input.reach_version))
        .set_comment(format!(
            "Book: {} · {} customers · imported {}",
            input.book.label, input.book.customers, input.book.imported_at
        ));
    wb.set_properties(&props);
    let f = Formats::new(lang);
    summary(wb.add_worksheet(), input, &f)?;
    tiers(wb.add_worksheet(), input, &f)?;
    branches(wb.add_worksheet(), input, &f)?;
    hq(wb.add_worksheet(), input, &f)?;
    sweep(wb.add_worksheet(), input, &f)?;
    assumptions_sheet(wb.add_worksheet(), input, &f)?;
    book(wb.add_worksheet(), input, &f)?;
    economics::revenue(wb.add_worksheet(), input, &f)?;
    economics::acquisition(wb.add_worksheet(), input, &f)?;
    economics::assessment(wb.add_worksheet(), input, &f)?;
    economics::compared(wb.add_worksheet(), input, &f)?;
    analyses::tornado(wb.add_worksheet(), input, &f)?;
    analyses::monte_carlo(wb.add_worksheet(), input, &f)?;
    if has_evaluation(input) {
        analyses::evaluation(wb.add_worksheet(), input, &f)?;
    }
    Ok(wb.save_to_buffer()?)
}

/// A Decimal as the nearest f64 (correctly rounded through its decimal text).
pub fn cell_number(d: Decimal) -> f64 {
    d.to_string().parse().unwrap_or_default()
}

struct Formats {
    title: Format,
    note: Format,
    warn: Format,
    header: Format,
    text: Format,
    bold: Format,
    money: Format,
    count: Format,
    expected: Format,
    share: Format,
    plain_number: Format,
    assumption: Format,
    /// Delta number formats (▲ / ▼) for money, count, expected.
    deltas: [Format; 3],
    /// Font colours of good and bad news, applied by conditional formats.
    good: Format,
    bad: Format,
}

impl Formats {
    fn new(lang: Lang) -> Self {
        let border = |f: Format| f.set_border_bottom(FormatBorder::Hair).set_border_bottom_color(Color::RGB(0xD1D5DB));
        let delta = |body: &str| border(Format::new().set_num_format(format!("\"▲ \"{body};\"▼ \"{body};\"±\"{body}")));
        let bodies = ["[$¥-804]#,##0.00", "#,##0", "#,##0.00"];
        let colour = |hex: &str| Color::RGB(u32::from_str_radix(hex.trim_start_matches('#'), 16).unwrap_or(0));
        Formats {
            title: Format::new().set_bold().set_font_size(16).set_font_color(Color::RGB(0x1F2937)),
            note: Format::new().set_font_color(Color::RGB(0x6B7280)),
            warn: Format::new().set_bold().set_font_color(Color::RGB(0xB45309)),
            header: Format::new()
                .set_bold()
                .set_text_wrap()
                .set_align(FormatAlign::VerticalCenter)
                .set_background_color(Color::RGB(0x1F4E79))
                .set_font_color(Color::White)
                .set_border(FormatBorder::Thin)
                .set_border_color(Color::RGB(0x1F4E79)),
            text: border(Format::new()),
            bold: border(Format::new().set_bold()),
            money: border(Format::new().set_num_format(MONEY_FORMAT)),
            count: border(Format::new().set_num_format(COUNT_FORMAT)),
            expected: border(Format::new().set_num_format(EXPECTED_FORMAT)),
            share: border(Format::new().set_num_format("0.00%")),
            plain_number: border(Format::new().set_num_format("General")),
            assumption: border(Format::new().set_background_color(Color::RGB(0xFEF3C7))),
            deltas: bodies.map(delta),
            // In Chinese a good change is red (涨红), a bad one green; in English the reverse.
            good: Format::new().set_font_color(colour(Tone::Good.colour(lang))).set_bold(),
            bad: Format::new().set_font_color(colour(Tone::Bad.colour(lang))).set_bold(),
        }
    }

    fn of_kind(&self, kind: MetricKind) -> &Format {
        match kind {
            MetricKind::Money => &self.money,
            MetricKind::Count => &self.count,
            MetricKind::Expected => &self.expected,
        }
    }

    fn delta(&self, kind: MetricKind) -> &Format {
        &self.deltas[match kind {
            MetricKind::Money => 0,
            MetricKind::Count => 1,
            MetricKind::Expected => 2,
        }]
    }

    /// Colours a row of delta cells by whether a rise is good news.
    fn colour_deltas(
        &self,
        ws: &mut Worksheet,
        row: u32,
        first: u16,
        last: u16,
        more_is_better: bool,
    ) -> Result<(), XlsxError> {
        let (up, down) = if more_is_better { (&self.good, &self.bad) } else { (&self.bad, &self.good) };
        let rise = ConditionalFormatCell::new().set_rule(ConditionalFormatCellRule::GreaterThan(0)).set_format(up);
        let fall = ConditionalFormatCell::new().set_rule(ConditionalFormatCellRule::LessThan(0)).set_format(down);
        ws.add_conditional_format(row, first, row, last, &rise)?;
        ws.add_conditional_format(row, first, row, last, &fall)?;
        Ok(())
    }
}

/// How a number cell is formatted.
#[derive(Clone, Copy)]
enum Col {
    Money,
    Count,
    Expected,
}

fn headers(ws: &mut Worksheet, row: u32, cols: &[(&str, f64)], f: &Formats) -> Result<(), XlsxError> {
    for (c, (name, width)) in cols.iter().enumerate() {
        ws.write_string_with_format(row, c as u16, *name, &f.header)?;
        ws.set_column_width(c as u16, *width)?;
    }
    ws.set_row_height(row, 34)?;
    Ok(())
}

fn write_value(ws: &mut Worksheet, row: u32, col: u16, kind: Col, v: Decimal, f: &Formats) -> Result<(), XlsxError> {
    let fmt = match kind {
        Col::Money => &f.money,
        Col::Count => &f.count,
        Col::Expected => &f.expected,
    };
    ws.write_number_with_format(row, col, cell_number(v), fmt)?;
    Ok(())
}

/// Prints on A4 landscape, one page wide, with the header row repeated on every page.
fn page_setup(ws: &mut Worksheet, header_row: u32) -> Result<(), XlsxError> {
    ws.set_landscape().set_paper_size(9).set_print_fit_to_pages(1, 0);
    ws.set_repeat_rows(header_row, header_row)?;
    Ok(())
}

fn book_line(input: &ReportInput) -> String {
    let b = &input.book;
    format!(
        "{}{} · {} 位客户 customers · {} 家分支机构 branches · 快照 snapshot {} · 导入 imported {}",
        if b.synthetic { "【合成演示数据 SYNTHETIC】" } else { "" },
        b.label,
        crate::format::count(b.customers),
        b.branches,
        b.snapshot_date.as_deref().unwrap_or("—"),
        b.imported_at
    )
}

fn summary(ws: &mut Worksheet, input: &ReportInput, f: &Formats) -> Result<(), XlsxError> {
    ws.set_name(SHEETS[0])?;
    page_setup(ws, 3)?;
    ws.set_row_height(0, 26)?;
    ws.write_string_with_format(0, 0, "Reach 服务门槛情景报告 · Service threshold scenario report", &f.title)?;
    ws.write_string_with_format(1, 0, book_line(input), if input.book.synthetic { &f.warn } else { &f.note })?;
    let n = input.scenarios.len();
    let mut cols: Vec<(String, f64)> = vec![("指标\nMetric".into(), 22.0), ("Metric".into(), 28.0)];
    for s in &input.scenarios {
        cols.push((s.scenario.name.clone(), 24.0));
    }
    for s in input.scenarios.iter().skip(1) {
        cols.push((format!("差额 Δ vs 基准 base\n{}", s.scenario.name), 26.0));
    }
    let col_refs: Vec<(&str, f64)> = cols.iter().map(|(a, b)| (a.as_str(), *b)).collect();
    let header_row = 3;
    headers(ws, header_row, &col_refs, f)?;
    ws.set_row_height(header_row, 48)?;
    let results: Vec<_> = input.scenarios.iter().map(|s| s.result.clone()).collect();
    for (i, row) in compare_totals(&results).iter().enumerate() {
        let r = header_row + 1 + i as u32;
        ws.write_string_with_format(r, 0, row.metric.zh, &f.bold)?;
        ws.write_string_with_format(r, 1, row.metric.en, &f.text)?;
        for (j, v) in row.values.iter().enumerate() {
            ws.write_number_with_format(r, 2 + j as u16, cell_number(*v), f.of_kind(row.metric.kind))?;
        }
        for (j, d) in row.deltas.iter().enumerate().skip(1) {
            ws.write_number_with_format(r, (2 + n + j - 1) as u16, cell_number(*d), f.delta(row.metric.kind))?;
        }
        if n > 1 {
            f.colour_deltas(ws, r, (2 + n) as u16, (2 + 2 * n - 2) as u16, row.metric.more_is_better)?;
        }
    }
    ws.set_freeze_panes(header_row + 1, 2)?;
    // Provenance: the book, each scenario's file and fingerprint, Reach's version.
    let mut r = header_row + 2 + METRICS.len() as u32;
    ws.write_string_with_format(r, 0, "来源 Provenance", &f.bold)?;
    r += 1;
    let b = &input.book;
    let rows: Vec<(&str, String)> = vec![
        ("客户数据 Book", b.label.clone()),
        ("数据来源 Source", b.source.clone()),
        (
            "合成数据 Synthetic",
            if b.synthetic { "是 yes — 非真实客户 not real customers".into() } else { "否 no".into() },
        ),
        ("快照日期 Snapshot date", b.snapshot_date.clone().unwrap_or_else(|| "—".into())),
        ("导入时间 Imported at", b.imported_at.clone()),
        ("报告生成 Generated at", input.generated_at.clone()),
        ("Reach 版本 version", input.reach_version.clone()),
    ];
    for (k, v) in rows {
        ws.write_string_with_format(r, 0, k, &f.note)?;
        ws.write_string(r, 2, v)?;
        r += 1;
    }
    ws.write_string_with_format(r, 0, "客户数 Customers", &f.note)?;
    ws.write_number_with_format(r, 2, b.customers as f64, &f.count)?;
    r += 2;
    ws.write_string_with_format(r, 0, "情景文件 Scenario files", &f.bold)?;
    r += 1;
    for s in &input.scenarios {
        ws.write_string(r, 0, &s.scenario.name)?;
        ws.write_string(r, 2, &s.source_name)?;
        ws.write_string_with_format(r, 3, format!("sha256 {}", s.source_sha256), &f.note)?;
        r += 1;
    }
    r += 1;
    ws.write_string_with_format(r, 0, "金额单位：元（人民币），精确到分；覆盖客户为期望值。Money in CNY to the fen; customers reached are expected values.", &f.note)?;
    Ok(())
}

fn tiers(ws: &mut Worksheet, input: &ReportInput, f: &Formats) -> Result<(), XlsxError> {
    ws.set_name(SHEETS[1])?;
    page_setup(ws, 0)?;
    let cols = [
        ("情景\nScenario", 30.0),
        ("服务层级\nTier", 16.0),
        ("服务门槛（元）\nMin assets (CNY)", 18.0),
        ("服务模式\nModel", 26.0),
        ("归属\nOwner", 14.0),
        ("可服务客户\nEligible", 14.0),
        ("覆盖客户（期望）\nServed (expected)", 18.0),
        ("所需投顾\nAdvisors needed", 14.0),
        ("增量收入（元）\nIncremental revenue", 22.0),
        ("服务成本（元）\nService cost", 18.0),
    ];
    headers(ws, 0, &cols, f)?;
    let mut r = 1;
    for s in &input.scenarios {
        for t in &s.result.tiers {
            ws.write_string_with_format(r, 0, &s.scenario.name, &f.text)?;
            ws.write_string_with_format(r, 1, &t.name, &f.bold)?;
            write_value(ws, r, 2, Col::Money, t.min_assets, f)?;
            ws.write_string_with_format(r, 3, assumptions::model_label(t.model), &f.text)?;
            ws.write_string_with_format(r, 4, assumptions::owner_label(t.owner), &f.text)?;
            write_value(ws, r, 5, Col::Count, Decimal::from(t.eligible), f)?;
            write_value(ws, r, 6, Col::Expected, t.served, f)?;
            write_value(ws, r, 7, Col::Count, Decimal::from(t.advisors_needed), f)?;
            write_value(ws, r, 8, Col::Money, t.incremental_revenue, f)?;
            write_value(ws, r, 9, Col::Money, t.cost, f)?;
            r += 1;
        }
    }
    ws.set_freeze_panes(1, 2)?;
    ws.autofilter(0, 0, r.saturating_sub(1).max(1), (cols.len() - 1) as u16)?;
    Ok(())
}

fn branches(ws: &mut Worksheet, input: &ReportInput, f: &Formats) -> Result<(), XlsxError> {
    ws.set_name(SHEETS[2])?;
    page_setup(ws, 0)?;
    let cols = [
        ("情景\nScenario", 30.0),
        ("分支机构\nBranch", 24.0),
        ("可服务客户\nEligible", 13.0),
        ("覆盖客户（期望）\nServed (expected)", 17.0),
        ("所需投顾\nAdvisors needed", 13.0),
        ("现有投顾\nCurrent advisors", 13.0),
        ("需新增投顾\nHires", 12.0),
        ("负荷（人/投顾）\nLoad (per advisor)", 17.0),
        ("增量收入（元）\nIncremental revenue", 20.0),
        ("收入归属（元）\nCredited revenue", 20.0),
    ];
    headers(ws, 0, &cols, f)?;
    let mut r = 1u32;
    let mut chart_row = 1u32;
    for s in &input.scenarios {
        let first = r;
        for b in &s.result.branches {
            ws.write_string_with_format(r, 0, &s.scenario.name, &f.text)?;
            ws.write_string_with_format(r, 1, &b.branch, &f.bold)?;
            write_value(ws, r, 2, Col::Count, Decimal::from(b.eligible), f)?;
            write_value(ws, r, 3, Col::Expected, b.served, f)?;
            write_value(ws, r, 4, Col::Count, Decimal::from(b.advisors_needed), f)?;
            write_value(ws, r, 5, Col::Count, Decimal::from(b.current_advisors), f)?;
            write_value(ws, r, 6, Col::Count, Decimal::from(b.hires), f)?;
            match b.load {
                Some(l) => write_value(ws, r, 7, Col::Expected, l, f)?,
                None => {
                    ws.write_blank(r, 7, &f.expected)?;
                }
            }
            write_value(ws, r, 8, Col::Money, b.incremental_revenue, f)?;
            write_value(ws, r, 9, Col::Money, b.credited_revenue, f)?;
            r += 1;
        }
        if r > first {
            let last = r - 1;
            let mut chart = Chart::new(ChartType::Bar);
            let title = match branch_capacity(&s.scenario) {
                Some(c) => format!(
                    "投顾负荷 Advisor load · {} (人均容量 capacity {})",
                    s.scenario.name,
                    crate::format::plain(c)
                ),
                None => format!("投顾负荷 Advisor load · {}", s.scenario.name),
            };
            chart.title().set_name(&title);
            chart
                .add_series()
                .set_name("负荷 Load")
                .set_categories((SHEETS[2], first, 1, last, 1))
                .set_values((SHEETS[2], first, 7, last, 7));
            chart
                .add_series()
                .set_name("需新增投顾 Hires")
                .set_categories((SHEETS[2], first, 1, last, 1))
                .set_values((SHEETS[2], first, 6, last, 6));
            chart.y_axis().set_reverse();
            chart.x_axis().set_name("客户/投顾 customers per advisor");
            chart.legend().set_position(ChartLegendPosition::Top);
            chart.set_width(720).set_height(760);
            ws.insert_chart(chart_row, 11, &chart)?;
            chart_row += 40;
        }
    }
    ws.set_freeze_panes(1, 2)?;
    ws.autofilter(0, 0, r.saturating_sub(1).max(1), (cols.len() - 1) as u16)?;
    Ok(())
}

fn hq(ws: &mut Worksheet, input: &ReportInput, f: &Formats) -> Result<(), XlsxError> {
    ws.set_name(SHEETS[3])?;
    page_setup(ws, 0)?;
    let cols = [
        ("情景\nScenario", 34.0),
        ("所需投顾\nAdvisors needed", 14.0),
        ("现有投顾\nCurrent advisors", 14.0),
        ("需新增投顾\nHires", 12.0),
        ("负荷（人/投顾）\nLoad (per advisor)", 17.0),
        ("总部收入归属（元）\nHQ credited revenue", 22.0),
    ];
    headers(ws, 0, &cols, f)?;
    for (i, s) in input.scenarios.iter().enumerate() {
        let r = 1 + i as u32;
        let h = &s.result.hq;
        ws.write_string_with_format(r, 0, &s.scenario.name, &f.bold)?;
        write_value(ws, r, 1, Col::Count, Decimal::from(h.advisors_needed), f)?;
        write_value(ws, r, 2, Col::Count, Decimal::from(h.current_advisors), f)?;
        write_value(ws, r, 3, Col::Count, Decimal::from(h.hires), f)?;
        match h.load {
            Some(l) => write_value(ws, r, 4, Col::Expected, l, f)?,
            None => {
                ws.write_blank(r, 4, &f.expected)?;
            }
        }
        write_value(ws, r, 5, Col::Money, h.credited_revenue, f)?;
    }
    ws.set_freeze_panes(1, 1)?;
    Ok(())
}

/// The Sweep sheet's columns after scenario, tier and threshold: (header, metric key).
const SWEEP_METRICS: [&str; 11] = [
    "eligible",
    "served",
    "advisors_needed",
    "current_advisors",
    "hires",
    "incremental_revenue",
    "cost",
    "net",
    "hq_credit",
    "branch_credit",
    "projected_revenue",
];

fn sweep(ws: &mut Worksheet, input: &ReportInput, f: &Formats) -> Result<(), XlsxError> {
    ws.set_name(SHEETS[4])?;
    page_setup(ws, 0)?;
    let mut cols: Vec<(String, f64)> = vec![
        ("情景\nScenario".into(), 30.0),
        ("扫描层级\nTier swept".into(), 14.0),
        ("服务门槛（元）\nThreshold (CNY)".into(), 18.0),
        ("现行\nCurrent".into(), 9.0),
    ];
    for key in SWEEP_METRICS {
        let m = METRICS.iter().find(|m| m.key == key).map_or((key, key), |m| (m.zh, m.en));
        cols.push((
            format!("{}\n{}", m.0, m.1),
            if key.contains("revenue") || key.contains("credit") { 20.0 } else { 15.0 },
        ));
    }
    let col_refs: Vec<(&str, f64)> = cols.iter().map(|(a, b)| (a.as_str(), *b)).collect();
    headers(ws, 0, &col_refs, f)?;
    ws.set_row_height(0, 48)?;
    let mut r = 1u32;
    let mut chart_row = 1u32;
    let chart_col = (cols.len() + 1) as u16;
    for s in &input.scenarios {
        let Some(sw) = &s.sweep else { continue };
        let first = r;
        for p in &sw.points {
            ws.write_string_with_format(r, 0, &s.scenario.name, &f.text)?;
            ws.write_string_with_format(r, 1, &sw.tier, &f.text)?;
            write_value(ws, r, 2, Col::Money, p.min_assets, f)?;
            ws.write_string_with_format(r, 3, if p.min_assets == sw.current { "◀ 现行" } else { "" }, &f.bold)?;
            for (j, key) in SWEEP_METRICS.iter().enumerate() {
                let m = METRICS.iter().find(|m| m.key == *key);
                let kind = m.map_or(MetricKind::Money, |m| m.kind);
                let col = match kind {
                    MetricKind::Money => Col::Money,
                    MetricKind::Count => Col::Count,
                    MetricKind::Expected => Col::Expected,
                };
                write_value(ws, r, 4 + j as u16, col, p.result.totals.value(key).unwrap_or_default(), f)?;
            }
            r += 1;
        }
        let last = r.saturating_sub(1);
        if last >= first {
            let col_of = |key: &str| 4 + SWEEP_METRICS.iter().position(|k| *k == key).unwrap_or(0) as u16;
            let mut people = Chart::new(ChartType::ScatterStraightWithMarkers);
            people.title().set_name(&format!(
                "门槛扫描 Sweep · {} · {}：可服务客户与所需投顾 eligible & advisors",
                s.scenario.name, sw.tier
            ));
            people
                .add_series()
                .set_name("可服务客户 Eligible customers")
                .set_categories((SHEETS[4], first, 2, last, 2))
                .set_values((SHEETS[4], first, col_of("eligible"), last, col_of("eligible")))
                .set_marker(ChartMarker::new().set_type(ChartMarkerType::Circle).set_size(4));
            people
                .add_series()
                .set_name("所需投顾 Advisors needed (右轴 right axis)")
                .set_categories((SHEETS[4], first, 2, last, 2))
                .set_values((SHEETS[4], first, col_of("advisors_needed"), last, col_of("advisors_needed")))
                .set_marker(ChartMarker::new().set_type(ChartMarkerType::Square).set_size(4))
                .set_secondary_axis(true);
            people
                .x_axis()
                .set_name("服务门槛（元，对数） threshold (CNY, log)")
                .set_log_base(10)
                .set_num_format("#,##0");
            people.y_axis().set_name("客户 customers").set_num_format("#,##0");
            people.y2_axis().set_name("投顾 advisors").set_num_format("#,##0");
            people.legend().set_position(ChartLegendPosition::Bottom);
            people.set_width(760).set_height(380);
            ws.insert_chart(chart_row, chart_col, &people)?;
            let mut money = Chart::new(ChartType::ScatterStraightWithMarkers);
            money.title().set_name(&format!(
                "门槛扫描 Sweep · {} · {}：增量收入、成本与净收益 revenue, cost & net",
                s.scenario.name, sw.tier
            ));
            for (key, name) in
                [("incremental_revenue", "增量收入 Incremental revenue"), ("cost", "成本 Cost"), ("net", "净收益 Net")]
            {
                money
                    .add_series()
                    .set_name(name)
                    .set_categories((SHEETS[4], first, 2, last, 2))
                    .set_values((SHEETS[4], first, col_of(key), last, col_of(key)))
                    .set_marker(ChartMarker::new().set_type(ChartMarkerType::Circle).set_size(4));
            }
            money
                .x_axis()
                .set_name("服务门槛（元，对数） threshold (CNY, log)")
                .set_log_base(10)
                .set_num_format("#,##0");
            money.y_axis().set_name("元 CNY").set_num_format("#,##0");
            money.legend().set_position(ChartLegendPosition::Bottom);
            money.set_width(760).set_height(380);
            ws.insert_chart(chart_row + 20, chart_col, &money)?;
            chart_row += 41;
        }
    }
    ws.write_string_with_format(
        r + 1,
        0,
        "扫描：每个情景中门槛最低的专属投顾/人机协同层级（若无，则门槛最低的层级）的服务门槛在1万至100万元之间按对数取25个点，另加现行门槛；其余条件不变。\
         Sweep: each scenario's lowest-threshold advisor/hybrid tier (else its lowest tier), 25 log-spaced thresholds from 10k to 1M CNY plus the current one; everything else held.",
        &f.note,
    )?;
    ws.set_freeze_panes(1, 3)?;
    Ok(())
}

fn assumptions_sheet(ws: &mut Worksheet, input: &ReportInput, f: &Formats) -> Result<(), XlsxError> {
    ws.set_name(SHEETS[5])?;
    page_setup(ws, 0)?;
    let cols = [
        ("情景\nScenario", 30.0),
        ("范围\nScope", 14.0),
        ("字段\nField", 18.0),
        ("名称\nName", 20.0),
        ("Name", 30.0),
        ("值\nValue", 14.0),
        ("单位\nUnit", 24.0),
        ("类型\nKind", 20.0),
        ("默认、范围与依据（术语表）\nDefault, range and basis (glossary)", 90.0),
    ];
    headers(ws, 0, &cols, f)?;
    let mut r = 1;
    for s in &input.scenarios {
        for row in assumptions::report_rows(s) {
            let is_assumption = row.kind == InputKind::Assumption;
            let text_fmt = if is_assumption { &f.assumption } else { &f.text };
            ws.write_string_with_format(r, 0, &s.scenario.name, text_fmt)?;
            ws.write_string_with_format(r, 1, &row.scope, text_fmt)?;
            ws.write_string_with_format(r, 2, row.field, text_fmt)?;
            ws.write_string_with_format(r, 3, row.zh, text_fmt)?;
            ws.write_string_with_format(r, 4, row.en, text_fmt)?;
            match &row.value {
                InputValue::Number(d) => {
                    ws.write_number_with_format(r, 5, cell_number(*d), &f.plain_number)?;
                }
                InputValue::Text(t) => {
                    ws.write_string_with_format(r, 5, t, text_fmt)?;
                }
            }
            ws.write_string_with_format(r, 6, row.unit, text_fmt)?;
            ws.write_string_with_format(r, 7, row.kind.label_both(), if is_assumption { &f.warn } else { text_fmt })?;
            ws.write_string_with_format(r, 8, row.basis, text_fmt)?;
            r += 1;
        }
    }
    ws.write_string_with_format(
        r + 1,
        0,
        "黄色行为假设（估计值，需检验）；策略选择由战略团队决定；现状为券商当前事实。Yellow rows are assumptions (estimates to test); policy choices are the team's decisions; facts describe the broker today.",
        &f.note,
    )?;
    ws.set_freeze_panes(1, 2)?;
    ws.autofilter(0, 0, r.saturating_sub(1).max(1), (cols.len() - 1) as u16)?;
    Ok(())
}

fn book(ws: &mut Worksheet, input: &ReportInput, f: &Formats) -> Result<(), XlsxError> {
    ws.set_name(SHEETS[6])?;
    page_setup(ws, 0)?;
    let cols = [
        ("资产段\nBand", 14.0),
        ("Band", 14.0),
        ("下限（元）\nLower bound (CNY)", 18.0),
        ("客户数\nCustomers", 14.0),
        ("占比\nShare", 10.0),
        ("有效交易客户\nActive", 14.0),
        ("沉睡客户\nDormant", 14.0),
        ("资产合计（元）\nTotal assets", 24.0),
        ("有效客户收入（元）\nRevenue of active", 22.0),
        ("同段收入均值（元）\nPeer revenue", 18.0),
    ];
    headers(ws, 0, &cols, f)?;
    let st = &input.book.stats;
    let zh = band_labels(Lang::Zh);
    let en = band_labels(Lang::En);
    let total = st.customers.max(1);
    for i in 0..BAND_COUNT {
        let r = 1 + i as u32;
        ws.write_string_with_format(r, 0, zh[i], &f.bold)?;
        ws.write_string_with_format(r, 1, en[i], &f.text)?;
        write_value(ws, r, 2, Col::Money, yuan(BAND_LOWER_FEN[i]), f)?;
        write_value(ws, r, 3, Col::Count, Decimal::from(st.band_customers[i]), f)?;
        ws.write_number_with_format(r, 4, st.band_customers[i] as f64 / total as f64, &f.share)?;
        write_value(ws, r, 5, Col::Count, Decimal::from(st.band_customers[i] - st.band_dormant[i]), f)?;
        write_value(ws, r, 6, Col::Count, Decimal::from(st.band_dormant[i]), f)?;
        write_value(ws, r, 7, Col::Money, yuan_i128(st.band_assets_fen[i]), f)?;
        write_value(ws, r, 8, Col::Money, yuan_i128(st.band_active_revenue_fen[i]), f)?;
        write_value(ws, r, 9, Col::Money, peer_revenue(st, i), f)?;
    }
    let r = 1 + BAND_COUNT as u32;
    ws.write_string_with_format(r, 0, "合计", &f.bold)?;
    ws.write_string_with_format(r, 1, "Total", &f.bold)?;
    write_value(ws, r, 3, Col::Count, Decimal::from(st.customers), f)?;
    ws.write_number_with_format(r, 4, 1.0, &f.share)?;
    write_value(ws, r, 5, Col::Count, Decimal::from(st.active), f)?;
    write_value(ws, r, 6, Col::Count, Decimal::from(st.dormant), f)?;
    write_value(ws, r, 7, Col::Money, yuan_i128(st.band_assets_fen.iter().sum()), f)?;
    write_value(ws, r, 8, Col::Money, yuan_i128(st.band_active_revenue_fen.iter().sum()), f)?;
    ws.write_string_with_format(r + 2, 0, "基础收入 Base revenue（元 CNY）", &f.bold)?;
    write_value(ws, r + 2, 3, Col::Money, yuan_i128(st.base_revenue_fen), f)?;
    ws.write_string_with_format(r + 3, 0, "已有投顾服务 Already served", &f.bold)?;
    write_value(ws, r + 3, 3, Col::Count, Decimal::from(st.already_served), f)?;
    ws.write_string_with_format(
        r + 5,
        0,
        "同段收入均值 = 该资产段有效交易客户12个月收入的平均值，用于估算被激活沉睡客户的收入。Peer revenue = mean 12-month revenue of the band's active customers; what a reactivated dormant customer is expected to bring.",
        &f.note,
    )?;
    ws.set_freeze_panes(1, 1)?;
    Ok(())
}

/// peer(band) of docs/model.md ("How the figures are computed"), rounded to the fen: mean
/// revenue of the band's active customers (0 without any).
pub fn peer_revenue(st: &reach_core::book::BookStats, band: usize) -> Decimal {
    if st.band_active[band] == 0 {
        return Decimal::ZERO;
    }
    round2(yuan_i128(st.band_active_revenue_fen[band]) / Decimal::from(st.band_active[band]))
}
