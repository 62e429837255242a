//! CSV for Excel on Chinese Windows: UTF-8 with a byte-order mark, CRLF line ends, headers in
//! Chinese with English alongside, money as exact decimal text with two places (no separators),
//! counts as integers. Three tables — totals, tiers, branches — each available alone, and
//! together as one report file with a titled section per table. Text cells that a
//! spreadsheet would take for a formula are neutralised ([`text_cell`]); numbers Reach writes
//! stay numbers.

use std::borrow::Cow;

use reach_core::compare::{compare_totals, METRICS};
use reach_core::money::round2;
use rust_decimal::Decimal;

use crate::input::ReportInput;
use crate::ReportError;

/// The UTF-8 byte-order mark Excel needs to read UTF-8 CSV as UTF-8.
pub const BOM: &str = "\u{feff}";

/// A text cell safe to open in a spreadsheet (OWASP's rule against CSV formula injection):
/// text that starts with `=`, `+`, `-`, `@`, a tab or a carriage return — or their full-width
/// forms, which some spreadsheets also read as formulas — gets a leading `'`, so it is shown
/// as written and never run. For names and labels only: numbers Reach writes itself (a
/// negative net) are not text cells and are written as they are.
pub fn text_cell(text: &str) -> Cow<'_, str> {
    match text.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r' | '＝' | '＋' | '－' | '＠') => Cow::Owned(format!("'{text}")),
        _ => Cow::Borrowed(text),
    }
}

fn text(s: &str) -> String {
    text_cell(s).into_owned()
}

fn money(d: Decimal) -> String {
    round2(d).to_string()
}

fn table(rows: &[Vec<String>]) -> Result<String, ReportError> {
    let mut w = csv::WriterBuilder::new().terminator(csv::Terminator::CRLF).flexible(true).from_writer(Vec::new());
    for r in rows {
        w.write_record(r).map_err(|e| ReportError::Csv(e.to_string()))?;
    }
    let bytes = w.into_inner().map_err(|e| ReportError::Csv(e.to_string()))?;
    String::from_utf8(bytes).map_err(|e| ReportError::Csv(e.to_string()))
}

/// Totals: one row per metric, one column per scenario, then the deltas against the first.
pub fn totals_rows(input: &ReportInput) -> Vec<Vec<String>> {
    let mut header = vec!["指标 Metric".to_string(), "key".to_string()];
    header.extend(input.scenarios.iter().map(|s| text(&s.scenario.name)));
    header.extend(
        input
            .scenarios
            .iter()
            .skip(1)
            .map(|s| text(&format!("Δ {} − {}", s.scenario.name, input.scenarios[0].scenario.name))),
    );
    let results: Vec<_> = input.scenarios.iter().map(|s| s.result.clone()).collect();
    let mut rows = vec![header];
    for row in compare_totals(&results) {
        let fmt = |v: &Decimal| match row.metric.kind {
            reach_core::compare::MetricKind::Count => v.normalize().to_string(),
            _ => money(*v),
        };
        let mut r = vec![format!("{} {}", row.metric.zh, row.metric.en), row.metric.key.to_string()];
        r.extend(row.values.iter().map(fmt));
        r.extend(row.deltas.iter().skip(1).map(fmt));
        rows.push(r);
    }
    debug_assert_eq!(rows.len(), METRICS.len() + 1);
    rows
}

/// Tiers of every scenario, in assignment order.
pub fn tiers_rows(input: &ReportInput) -> Vec<Vec<String>> {
    let mut rows = vec![[
        "情景 Scenario",
        "服务层级 Tier",
        "服务门槛 Min assets (CNY)",
        "服务模式 Model",
        "归属 Owner",
        "可服务客户 Eligible",
        "覆盖客户 Served (expected)",
        "所需投顾 Advisors needed",
        "增量收入 Incremental revenue (CNY)",
        "服务成本 Service cost (CNY)",
    ]
    .map(String::from)
    .to_vec()];
    for s in &input.scenarios {
        for t in &s.result.tiers {
            rows.push(vec![
                text(&s.scenario.name),
                text(&t.name),
                money(t.min_assets),
                t.model.as_str().to_string(),
                t.owner.as_str().to_string(),
                t.eligible.to_string(),
                money(t.served),
                t.advisors_needed.to_string(),
                money(t.incremental_revenue),
                money(t.cost),
            ]);
        }
    }
    rows
}

/// Every branch of every scenario, then a row for head office.
pub fn branches_rows(input: &ReportInput) -> Vec<Vec<String>> {
    let mut rows = vec![[
        "情景 Scenario",
        "分支机构 Branch",
        "可服务客户 Eligible",
        "覆盖客户 Served (expected)",
        "所需投顾 Advisors needed",
        "现有投顾 Current advisors",
        "需新增投顾 Hires",
        "负荷 Load",
        "增量收入 Incremental revenue (CNY)",
        "收入归属 Credited revenue (CNY)",
    ]
    .map(String::from)
    .to_vec()];
    for s in &input.scenarios {
        for b in &s.result.branches {
            rows.push(vec![
                text(&s.scenario.name),
                text(&b.branch),
                b.eligible.to_string(),
                money(b.served),
                b.advisors_needed.to_string(),
                b.current_advisors.to_string(),
                b.hires.to_string(),
                b.load.map(money).unwrap_or_default(),
                money(b.incremental_revenue),
                money(b.credited_revenue),
            ]);
        }
        let h = &s.result.hq;
        rows.push(vec![
            text(&s.scenario.name),
            HQ_ROW.to_string(),
            String::new(),
            String::new(),
            h.advisors_needed.to_string(),
            h.current_advisors.to_string(),
            h.hires.to_string(),
            h.load.map(money).unwrap_or_default(),
            String::new(),
            money(h.credited_revenue),
        ]);
    }
    rows
}

/// The branch name of the head-office row in the branches table.
pub const HQ_ROW: &str = "总部 HQ";

/// One table as a standalone CSV file (BOM, CRLF).
pub fn totals(input: &ReportInput) -> Result<String, ReportError> {
    Ok(format!("{BOM}{}", table(&totals_rows(input))?))
}

pub fn tiers(input: &ReportInput) -> Result<String, ReportError> {
    Ok(format!("{BOM}{}", table(&tiers_rows(input))?))
}

pub fn branches(input: &ReportInput) -> Result<String, ReportError> {
    Ok(format!("{BOM}{}", table(&branches_rows(input))?))
}

/// Section titles of the report file, in order.
pub const SECTIONS: [&str; 3] = ["# 汇总 Totals", "# 服务层级 Tiers", "# 分支机构 Branches"];

/// The report as one CSV file: a provenance block, then the three tables, each after a title
/// row (`# 汇总 Totals`) and separated by an empty line.
pub fn report(input: &ReportInput) -> Result<String, ReportError> {
    if input.scenarios.is_empty() {
        return Err(ReportError::NoScenario);
    }
    let b = &input.book;
    let mut prov = vec![
        vec!["# Reach 服务门槛情景报告 Service threshold scenario report".to_string()],
        vec!["客户数据 Book".into(), text(&b.label)],
        vec!["合成数据 Synthetic".into(), if b.synthetic { "yes".into() } else { "no".into() }],
        vec!["数据来源 Source".into(), text(&b.source)],
        vec!["客户数 Customers".into(), b.customers.to_string()],
        vec!["快照日期 Snapshot date".into(), text(b.snapshot_date.as_deref().unwrap_or_default())],
        vec!["导入时间 Imported at".into(), text(&b.imported_at)],
        vec!["Reach 版本 version".into(), input.reach_version.clone()],
        vec!["报告生成 Generated at".into(), input.generated_at.clone()],
    ];
    for s in &input.scenarios {
        prov.push(vec!["情景文件 Scenario file".into(), text(&s.source_name), format!("sha256:{}", s.source_sha256)]);
    }
    let mut out = String::from(BOM);
    out.push_str(&table(&prov)?);
    for (title, rows) in SECTIONS.iter().zip([totals_rows(input), tiers_rows(input), branches_rows(input)]) {
        out.push_str("\r\n");
        out.push_str(&table(&[vec![title.to_string()]])?);
        out.push_str(&table(&rows)?);
    }
    Ok(out)
}
