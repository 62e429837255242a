//! Human-readable output: results, sweeps, comparisons and the analyses (goal seek, tornado,
//! Monte Carlo) as aligned tables, CNY with thousands separators and two decimals, expected
//! counts with two decimals as the model keeps them. Every name is shown through
//! `output::escaped`.

use comfy_table::presets::UTF8_FULL_CONDENSED;
use comfy_table::{Cell, CellAlignment, Table};
use reach_core::analysis::montecarlo::{MonteCarlo, Summary};
use reach_core::analysis::seek::{Goal, Grid, Op, SeekAnswer};
use reach_core::analysis::tornado::TornadoRow;
use reach_core::analysis::Figure;
use reach_core::compare::{branch_shifts, compare_totals, MetricKind, METRICS};
use reach_core::money::{format_count, format_decimal};
use reach_core::result::{AcquisitionResult, RevenueLines, Totals};
use reach_core::scenario::path::FieldPath;
use reach_core::sweep::SweepPoint;
use reach_core::{Scenario, ScenarioResult};
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;

use crate::output::escaped;

fn table(header: &[&str]) -> Table {
    let mut t = Table::new();
    t.load_preset(UTF8_FULL_CONDENSED);
    t.set_header(header.iter().map(Cell::new));
    t
}

/// A name from the user's files or scenarios, control characters escaped.
fn name(text: &str) -> Cell {
    Cell::new(escaped(text))
}

fn right(text: String) -> Cell {
    Cell::new(text).set_alignment(CellAlignment::Right)
}

fn count(v: u64) -> Cell {
    right(format_count(i128::from(v)))
}

fn cny(v: Decimal) -> Cell {
    right(format_decimal(v))
}

fn expected(v: Decimal) -> Cell {
    right(format_decimal(v))
}

fn metric_value(kind: MetricKind, v: Decimal, signed: bool) -> Cell {
    let sign = if signed && v > Decimal::ZERO { "+" } else { "" };
    let text = match kind {
        MetricKind::Count => format_count(v.to_i128().unwrap_or_default()),
        MetricKind::Expected | MetricKind::Money => format_decimal(v),
    };
    right(format!("{sign}{text}"))
}

/// A full result: totals, tiers, revenue by line, branches and HQ, their assessment, and the
/// acquisition funnels.
pub fn result(r: &ScenarioResult) -> String {
    let mut out = format!(
        "Scenario: {}   ({} customers in the book)\n\n",
        escaped(&r.scenario),
        format_count(r.customers.into())
    );
    let mut totals = table(&["Totals", ""]);
    for row in compare_totals(std::slice::from_ref(r)) {
        totals.add_row(vec![
            Cell::new(format!("{} {}", row.metric.en, row.metric.zh)),
            metric_value(row.metric.kind, row.values[0], false),
        ]);
    }
    out.push_str(&format!("{totals}\n\n"));

    let mut tiers =
        table(&["Tier", "Min assets", "Model", "Owner", "Eligible", "Served", "Advisors", "Incremental", "Cost"]);
    for t in &r.tiers {
        tiers.add_row(vec![
            name(&t.name),
            cny(t.min_assets),
            Cell::new(t.model.as_str()),
            Cell::new(t.owner.as_str()),
            count(t.eligible),
            expected(t.served),
            count(t.advisors_needed),
            cny(t.incremental_revenue),
            cny(t.cost),
        ]);
    }
    out.push_str(&format!("{tiers}\n\n"));

    let mut lines = table(&["Revenue by line", "New assets", "Placed", "Commission", "Wealth", "Asset", "Incremental"]);
    let name_cell = name;
    let line_cells = |name: &str, l: &RevenueLines, incremental: Decimal| {
        vec![
            name_cell(name),
            cny(l.new_assets),
            cny(l.placed_assets),
            cny(l.commission_revenue),
            cny(l.wealth_revenue),
            cny(l.asset_revenue),
            cny(incremental),
        ]
    };
    for t in &r.tiers {
        lines.add_row(line_cells(&t.name, &t.lines, t.incremental_revenue));
    }
    lines.add_row(line_cells("Total 合计", &r.totals.lines, r.totals.incremental_revenue));
    out.push_str(&format!("{lines}\n\n"));

    let mut branches =
        table(&["Branch", "Eligible", "Served", "Needed", "Current", "Hires", "Load", "Incremental", "Credited"]);
    let load = |l: Option<Decimal>| l.map_or_else(|| right("—".into()), expected);
    for b in &r.branches {
        branches.add_row(vec![
            name(&b.branch),
            count(b.eligible),
            expected(b.served),
            count(b.advisors_needed),
            count(b.current_advisors),
            count(b.hires),
            load(b.load),
            cny(b.incremental_revenue),
            cny(b.credited_revenue),
        ]);
    }
    let h = &r.hq;
    branches.add_row(vec![
        Cell::new("HQ 总部"),
        right(String::new()),
        right(String::new()),
        count(h.advisors_needed),
        count(h.current_advisors),
        count(h.hires),
        load(h.load),
        right(String::new()),
        cny(h.credited_revenue),
    ]);
    out.push_str(&format!("{branches}\n\n"));
    out.push_str(&assessment(r));
    out.push_str(&acquisition(&r.acquisition));
    out
}

/// Each unit's assessment and programme P&L (MODEL section 9), losers marked.
fn assessment(r: &ScenarioResult) -> String {
    let mut t = table(&["Assessment 考核", "Base", "Assessed", "Change", "Credited", "Cost", "Net"]);
    for b in &r.branches {
        let mark = if b.assessed_change < Decimal::ZERO { " ▼" } else { "" };
        t.add_row(vec![
            Cell::new(format!("{}{mark}", escaped(&b.branch))),
            cny(b.base_revenue),
            cny(b.assessed_revenue),
            metric_value(MetricKind::Money, b.assessed_change, true),
            cny(b.credited_revenue),
            cny(b.cost),
            cny(b.net),
        ]);
    }
    let h = &r.hq;
    t.add_row(vec![
        Cell::new("HQ 总部"),
        right(format!("(+{} transferred)", format_decimal(h.transferred_base))),
        cny(h.assessed_revenue),
        right(String::new()),
        cny(h.credited_revenue),
        cny(h.cost),
        cny(h.net),
    ]);
    format!(
        "{t}\nBranches losing 考核受损: {}   Double counted 双计: {}\n\n",
        format_count(r.totals.branches_losing.into()),
        format_decimal(r.totals.double_counted)
    )
}

/// The acquisition funnels (MODEL section 8); nothing where the scenario has none.
fn acquisition(a: &AcquisitionResult) -> String {
    if a.rows.is_empty() {
        return String::new();
    }
    let mut t = table(&[
        "Acquisition 获客",
        "Owner",
        "Accounts",
        "Funded",
        "Cost",
        "Revenue (1st year)",
        "New assets",
        "Net",
        "Cost / funded",
        "Payback (years)",
    ]);
    let none = || right("—".into());
    for row in &a.rows {
        t.add_row(vec![
            Cell::new(row.channel.to_string()),
            Cell::new(row.owner.as_str()),
            count(row.accounts),
            expected(row.funded),
            cny(row.cost),
            cny(row.revenue),
            cny(row.new_assets),
            cny(row.net),
            row.cost_per_funded.map_or_else(none, cny),
            row.payback_years.map_or_else(none, expected),
        ]);
    }
    t.add_row(vec![
        Cell::new("Total 合计"),
        Cell::new(format!("HQ {} / branches {}", format_decimal(a.hq_credit), format_decimal(a.branch_credit))),
        right(String::new()),
        expected(a.funded),
        cny(a.cost),
        cny(a.revenue),
        cny(a.new_assets),
        cny(a.net),
        right(String::new()),
        right(String::new()),
    ]);
    format!("{t}\n")
}

/// One totals row per sweep point.
pub fn sweep(tier: &str, points: &[SweepPoint]) -> String {
    let mut t = table(&[
        &format!("{}: min assets", escaped(tier)),
        "Eligible",
        "Served",
        "Advisors",
        "Hires",
        "Incremental",
        "Wealth",
        "Cost",
        "Net",
        "Total net",
        "Losing",
    ]);
    for p in points {
        let x = &p.result.totals;
        t.add_row(vec![
            cny(p.min_assets),
            count(x.eligible),
            expected(x.served),
            count(x.advisors_needed),
            count(x.hires),
            cny(x.incremental_revenue),
            cny(x.lines.wealth_revenue),
            cny(x.cost),
            cny(x.net),
            cny(x.total_net),
            count(x.branches_losing),
        ]);
    }
    format!("{t}\n")
}

/// Totals side by side with deltas against the first scenario, then the branch shifts of
/// each scenario against the first.
pub fn comparison(results: &[ScenarioResult]) -> String {
    let mut header: Vec<String> = vec!["Metric".into()];
    for (i, r) in results.iter().enumerate() {
        header.push(escaped(&r.scenario).into_owned());
        if i > 0 {
            header.push(format!("Δ vs {}", escaped(&results[0].scenario)));
        }
    }
    let refs: Vec<&str> = header.iter().map(String::as_str).collect();
    let mut t = table(&refs);
    for row in compare_totals(results) {
        let mut cells = vec![Cell::new(format!("{} {}", row.metric.en, row.metric.zh))];
        for (i, (v, d)) in row.values.iter().zip(&row.deltas).enumerate() {
            cells.push(metric_value(row.metric.kind, *v, false));
            if i > 0 {
                cells.push(metric_value(row.metric.kind, *d, true));
            }
        }
        t.add_row(cells);
    }
    let mut out = format!("{t}\n");
    for other in results.iter().skip(1) {
        let mut b = table(&["Branch", "Δ eligible", "Δ advisors needed", "Δ hires", "Δ credited revenue"]);
        for s in branch_shifts(&results[0], other) {
            let signed =
                |v: i64| right(if v > 0 { format!("+{}", format_count(v.into())) } else { format_count(v.into()) });
            b.add_row(vec![
                name(&s.branch),
                signed(s.eligible_delta),
                signed(s.advisors_needed_delta),
                signed(s.hires_delta),
                metric_value(MetricKind::Money, s.credited_revenue_delta, true),
            ]);
        }
        out.push_str(&format!(
            "\nBranches, {} vs {} (biggest gain first):\n{b}\n",
            escaped(&other.scenario),
            escaped(&results[0].scenario)
        ));
    }
    out
}

/// Every totals figure, one row each.
fn totals(t: &Totals) -> Table {
    let mut table = table(&["Totals", ""]);
    for m in METRICS.iter() {
        let v = t.value(m.key).unwrap_or_default();
        table.add_row(vec![Cell::new(format!("{} {}", m.en, m.zh)), metric_value(m.kind, v, false)]);
    }
    table
}

/// The goal, the answer and the totals there.
pub fn seek(scenario: &str, grid: &Grid, goal: &Goal, answer: &SeekAnswer) -> String {
    let wanted = match goal {
        Goal::Meet { figure, op, value, aim } => {
            let op = if *op == Op::AtLeast { ">=" } else { "<=" };
            format!("the {aim:?} value with {} {op} {value}", figure.key()).to_lowercase()
        }
        Goal::Maximize(figure) => format!("the value with the largest {}", figure.key()),
    };
    let mut out = format!(
        "Goal seek in scenario `{}`: {wanted}, `{}` from {} to {} by {}\n",
        escaped(scenario),
        answer.field,
        grid.from,
        grid.to,
        grid.step
    );
    match (&answer.value, &answer.totals) {
        (Some(v), Some(t)) => out.push_str(&format!("Answer: {} = {v}\n\n{}\n", answer.field, totals(t))),
        _ => out.push_str("Answer: none — no grid value meets the condition\n"),
    }
    out
}

/// One row per range, largest swing first: the field's ends and the figure there.
pub fn tornado(scenario: &Scenario, figure: Figure, rows: &[TornadoRow]) -> String {
    let kind = figure.metric().kind;
    let mut out =
        format!("Tornado of {} ({}) in scenario `{}`\n", figure.key(), figure.metric().en, escaped(&scenario.name));
    if rows.is_empty() {
        out.push_str("The scenario has no [ranges]: add e.g. \"advisor_cost\" = [300000, 600000] under [ranges].\n");
        return out;
    }
    let mut t = table(&[
        "Field",
        "Value",
        "Low",
        &format!("{} at low", figure.key()),
        "High",
        &format!("{} at high", figure.key()),
        "Swing",
    ]);
    for row in rows {
        let range = scenario.ranges.iter().find(|r| r.path == row.field);
        let value = FieldPath::parse(scenario, &row.field).and_then(|p| p.get(scenario));
        let plain = |v: Option<Decimal>| right(v.map(|v| v.normalize().to_string()).unwrap_or_default());
        t.add_row(vec![
            Cell::new(&row.field),
            plain(value.ok()),
            plain(range.map(|r| r.low)),
            metric_value(kind, row.low, false),
            plain(range.map(|r| r.high)),
            metric_value(kind, row.high, false),
            metric_value(kind, row.swing, false),
        ]);
    }
    out.push_str(&format!("{t}\n"));
    out
}

/// The percentiles and mean of each figure, and the chance that net is positive.
pub fn monte_carlo(scenario: &str, mc: &MonteCarlo) -> String {
    let mut out = format!(
        "Monte Carlo of scenario `{}`: {} draws, seed {}\n",
        escaped(scenario),
        format_count(mc.draws as i128),
        mc.seed
    );
    let mut t = table(&["Figure", "P5", "P10", "P50", "P90", "P95", "Mean"]);
    let f = &mc.figures;
    let rows: [(&str, &Summary); 5] = [
        ("net", &f.net),
        ("incremental_revenue", &f.incremental_revenue),
        ("cost", &f.cost),
        ("hires", &f.hires),
        ("served", &f.served),
    ];
    for (key, s) in rows {
        let m = METRICS
            .iter()
            .find(|m| m.key == key)
            .map_or((key.to_string(), MetricKind::Money), |m| (format!("{} {}", m.en, m.zh), m.kind));
        let mut cells = vec![Cell::new(m.0)];
        cells.extend([s.p5, s.p10, s.p50, s.p90, s.p95, s.mean].map(|v| metric_value(m.1, v, false)));
        t.add_row(cells);
    }
    out.push_str(&format!("{t}\n"));
    out.push_str(&format!("P(net > 0) = {}%\n", (mc.p_net_positive * Decimal::ONE_HUNDRED).round_dp(2).normalize()));
    if !mc.not_drawn.is_empty() {
        out.push_str(&format!(
            "Not drawn (they move customers between tiers; held at the scenario's value): {}\n",
            mc.not_drawn.join(", ")
        ));
    }
    out
}
