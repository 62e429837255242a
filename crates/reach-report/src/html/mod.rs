//! The HTML report: one self-contained file (styles and SVG charts inline, no external request)
//! with the executive summary, the charts the app shows, the tables, the assumptions and the
//! model's formulas in short, and the provenance that traces every figure back to its book and
//! scenario files, then the economics ([`economics`]: revenue lines, acquisition, assessment)
//! and the analyses ([`analyses`]: tornado, Monte Carlo, evaluation). It prints to A4 with a
//! page break between sections.

use std::fmt::Write as _;

use reach_core::compare::{compare_totals, MetricKind};
use rust_decimal::Decimal;

use crate::assumptions::{self, InputKind};
use crate::charts::{self, short_name, Chart};
use crate::format::{self, Lang, Tone};
use crate::glossary;
use crate::input::{ReportInput, SWEEP_STEPS};
use crate::{font, ReportError};
use reach_core::sweep::CHART_RANGE;

mod analyses;
mod economics;

/// Escapes text for HTML element content and attribute values.
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// The charts a report shows, in order: each scenario's sweep, the tiers, each scenario's
/// branch load, the credit split and the book's bands.
pub fn report_charts(input: &ReportInput) -> Vec<Chart<'_>> {
    let named: Vec<_> = input.scenarios.iter().map(|s| (s.scenario.name.as_str(), &s.result)).collect();
    let mut out: Vec<Chart<'_>> =
        input.scenarios.iter().filter_map(|s| s.sweep.as_ref().map(|sw| charts::sweep(sw, &s.scenario.name))).collect();
    out.push(charts::tiers(named.clone()));
    out.extend(
        input.scenarios.iter().map(|s| charts::load(&s.scenario.name, &s.result, charts::branch_capacity(&s.scenario))),
    );
    out.push(charts::credit(named));
    out.push(charts::bands(&input.book.label, &input.book.stats));
    out
}

const CSS: &str = r#"
:root { --ink:#1f2937; --muted:#6b7280; --line:#e5e7eb; --navy:#1f4e79; --warn:#b45309; --pale:#f3f4f6; }
* { box-sizing: border-box; }
body { font-family: FAMILY; color: var(--ink); margin: 0; background: #fff; font-size: 14px; line-height: 1.5; }
main { max-width: 1180px; margin: 0 auto; padding: 28px 36px 48px; }
h1 { font-size: 28px; margin: 0 0 4px; color: var(--navy); }
h2 { font-size: 21px; margin: 0 0 12px; padding-bottom: 6px; border-bottom: 2px solid var(--navy); color: var(--navy); }
h3 { font-size: 16px; margin: 18px 0 8px; }
.sub { color: var(--muted); margin: 0 0 16px; }
.synthetic { display: inline-block; background: #fef3c7; color: var(--warn); font-weight: bold; padding: 2px 10px; border-radius: 4px; margin: 6px 0; }
.prov { color: var(--muted); font-size: 12px; margin: 0; }
.prov b { color: var(--ink); font-weight: normal; }
section { margin-top: 34px; }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(340px, 1fr)); gap: 14px; }
.card { border: 1px solid var(--line); border-radius: 8px; padding: 14px 16px; break-inside: avoid; }
.card h3 { margin: 0 0 10px; color: var(--navy); }
.kpis { display: grid; grid-template-columns: 1fr 1fr; gap: 8px 16px; }
.kpi .label { color: var(--muted); font-size: 12px; }
.kpi .value { font-size: 22px; font-weight: bold; }
.kpi .delta { font-size: 12px; font-weight: bold; }
.takeaways { margin: 14px 0 0; padding-left: 20px; }
figure { margin: 18px 0; break-inside: avoid; page-break-inside: avoid; }
figure svg { width: 100%; height: auto; display: block; border: 1px solid var(--line); border-radius: 6px; }
figcaption { color: var(--muted); font-size: 12px; margin-top: 4px; }
table { border-collapse: collapse; width: 100%; font-size: 12px; margin: 8px 0 16px; }
th, td { padding: 4px 8px; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top; }
th { background: var(--navy); color: #fff; font-weight: bold; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
tr.total td { font-weight: bold; }
tr.loses td:first-child { color: var(--warn); font-weight: bold; }
.takeaway { font-weight: bold; margin: 4px 0 8px; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tr.assumption td { background: #fef3c7; }
tr.over td { background: #fff7ed; }
.tag { font-size: 11px; padding: 1px 6px; border-radius: 3px; background: var(--pale); white-space: nowrap; }
.tag.a { background: #fde68a; color: #78350f; }
.formulas li { margin: 4px 0; }
code { font-family: inherit; background: var(--pale); padding: 0 4px; border-radius: 3px; }
footer { margin-top: 36px; color: var(--muted); font-size: 12px; border-top: 1px solid var(--line); padding-top: 10px; }
@page { size: A4; margin: 14mm 12mm; }
@media print {
  main { max-width: none; padding: 0; }
  body { font-size: 11px; }
  section { margin-top: 0; break-before: page; page-break-before: always; }
  section.first { break-before: auto; page-break-before: auto; }
  .cards { grid-template-columns: 1fr 1fr; }
  figure svg { border: none; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
"#;

/// The report as one HTML document.
pub fn report(input: &ReportInput, lang: Lang) -> Result<String, ReportError> {
    if input.scenarios.is_empty() {
        return Err(ReportError::NoScenario);
    }
    let t = |zh: &'static str, en: &'static str| lang.pick(zh, en);
    let mut h = String::with_capacity(512 * 1024);
    let title = t("服务门槛情景报告", "Service threshold scenario report");
    let _ = write!(
        h,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"generator\" content=\"Reach {}\">\n<title>Reach · {}</title>\n<style>{}</style>\n</head>\n<body>\n<main>\n",
        t("zh-CN", "en"),
        esc(&input.reach_version),
        esc(title),
        CSS.replace("FAMILY", font::CSS_FAMILY)
    );
    // Header and provenance.
    let b = &input.book;
    let _ = write!(h, "<header>\n<h1>Reach · {}</h1>\n", esc(title));
    let names: Vec<String> = input.scenarios.iter().map(|s| esc(&s.scenario.name)).collect();
    let _ = writeln!(h, "<p class=\"sub\">{}{}</p>", t("情景：", "Scenarios: "), names.join(" · "));
    if b.synthetic {
        let _ = writeln!(
            h,
            "<p class=\"synthetic\">{}</p>",
            t(
                "合成演示数据：并非真实客户，数字仅供演示",
                "Synthetic demo book: not real customers; figures are for demonstration"
            )
        );
    }
    let _ = writeln!(h, "{}", provenance(input, lang));
    h.push_str("</header>\n");

    summary(&mut h, input, lang);
    charts_section(&mut h, input, lang)?;
    tables(&mut h, input, lang);
    economics::revenue_lines(&mut h, input, lang)?;
    economics::acquisition(&mut h, input, lang)?;
    economics::assessment(&mut h, input, lang)?;
    analyses::analyses(&mut h, input, lang)?;
    analyses::evaluation(&mut h, input, lang);
    assumptions_section(&mut h, input, lang);
    formulas(&mut h, lang);

    let _ = writeln!(
        h,
        "<footer>{} Reach {} · {} {} · {}</footer>",
        t("由", "Made by"),
        esc(&input.reach_version),
        t("生成于", "generated"),
        esc(&input.generated_at),
        t(
            "金额单位为元（人民币），表格精确到分（四舍六入五成双）；覆盖客户为期望值。",
            "Money in CNY; tables exact to the fen (half to even); customers reached are expected values."
        )
    );
    h.push_str("</main>\n</body>\n</html>\n");
    Ok(h)
}

fn provenance(input: &ReportInput, lang: Lang) -> String {
    let t = |zh: &'static str, en: &'static str| lang.pick(zh, en);
    let b = &input.book;
    let mut p = String::new();
    let _ = write!(
        p,
        "<p class=\"prov\">{} <b>{}</b> · {} <b>{}</b> · {} <b>{}</b> · {} <b>{}</b> · {} <b>{}</b> · {} <b>{}</b> · Reach <b>{}</b> · {} <b>{}</b></p>",
        t("客户数据", "Book"),
        esc(&b.label),
        t("来源", "source"),
        esc(&b.source),
        t("客户数", "customers"),
        format::count(b.customers),
        t("分支机构", "branches"),
        b.branches,
        t("快照日期", "snapshot"),
        esc(b.snapshot_date.as_deref().unwrap_or("—")),
        t("导入时间", "imported"),
        esc(&b.imported_at),
        esc(&input.reach_version),
        t("生成时间", "generated"),
        esc(&input.generated_at),
    );
    for s in &input.scenarios {
        let _ = write!(
            p,
            "\n<p class=\"prov\">{} <b>{}</b> · {} <b>{}</b> · sha256 <b>{}</b></p>",
            t("情景", "Scenario"),
            esc(&s.scenario.name),
            t("文件", "file"),
            esc(&s.source_name),
            esc(&s.source_sha256)
        );
    }
    p
}

fn value_text(kind: MetricKind, v: Decimal, lang: Lang) -> String {
    match kind {
        MetricKind::Money => format::money(v, lang),
        MetricKind::Count => format::count(v.trunc().try_into().unwrap_or(0)),
        MetricKind::Expected => format::expected(v),
    }
}

fn exact_text(kind: MetricKind, v: Decimal) -> String {
    match kind {
        MetricKind::Money | MetricKind::Expected => format::money_exact(v),
        MetricKind::Count => format::count(v.trunc().try_into().unwrap_or(0)),
    }
}

fn delta_html(kind: MetricKind, d: Decimal, more_is_better: bool, lang: Lang, exact: bool) -> String {
    let tone = Tone::of(d, more_is_better);
    let text = format::delta(d, |v| if exact { exact_text(kind, v) } else { value_text(kind, v, lang) });
    format!("<span class=\"delta\" style=\"color:{}\">{}</span>", tone.colour(lang), esc(&text))
}

const SUMMARY_KEYS: [&str; 8] =
    ["eligible", "served", "advisors_needed", "hires", "incremental_revenue", "cost", "net", "hq_credit"];

fn summary(h: &mut String, input: &ReportInput, lang: Lang) {
    let t = |zh: &'static str, en: &'static str| lang.pick(zh, en);
    let _ = writeln!(h, "<section class=\"first\" id=\"summary\">\n<h2>{}</h2>", t("执行摘要", "Executive summary"));
    let results: Vec<_> = input.scenarios.iter().map(|s| s.result.clone()).collect();
    let rows = compare_totals(&results);
    h.push_str("<div class=\"cards\">\n");
    for (i, s) in input.scenarios.iter().enumerate() {
        let _ = write!(h, "<div class=\"card\"><h3>{}</h3><div class=\"kpis\">", esc(&s.scenario.name));
        for key in SUMMARY_KEYS {
            let Some(row) = rows.iter().find(|r| r.metric.key == key) else { continue };
            let v = row.values[i];
            let label = lang.pick(row.metric.zh, row.metric.en);
            let delta = if i == 0 {
                format!("<span class=\"delta\" style=\"color:{}\">{}</span>", format::GREY, t("基准", "base"))
            } else {
                delta_html(row.metric.kind, row.deltas[i], row.metric.more_is_better, lang, false)
            };
            let _ = write!(
                h,
                "<div class=\"kpi\"><div class=\"label\">{}</div><div class=\"value\" title=\"{}\">{}</div>{}</div>",
                esc(label),
                esc(&exact_text(row.metric.kind, v)),
                esc(&value_text(row.metric.kind, v, lang)),
                delta
            );
        }
        h.push_str("</div></div>\n");
    }
    h.push_str("</div>\n<ul class=\"takeaways\">\n");
    for line in takeaways(input, lang) {
        let _ = writeln!(h, "<li>{}</li>", esc(&line));
    }
    h.push_str("</ul>\n</section>\n");
}

/// One line per scenario against the base: what changes, in words.
pub fn takeaways(input: &ReportInput, lang: Lang) -> Vec<String> {
    let base = &input.scenarios[0];
    let mut out = Vec::new();
    let bt = &base.result.totals;
    out.push(match lang {
        Lang::Zh => format!(
            "基准「{}」：可服务客户 {}，所需投顾 {}（需新增 {}），增量收入 {}，成本 {}，净收益 {}。",
            short_name(&base.scenario.name, lang),
            format::count(bt.eligible),
            format::count(bt.advisors_needed),
            format::count(bt.hires),
            format::money(bt.incremental_revenue, lang),
            format::money(bt.cost, lang),
            format::money(bt.net, lang)
        ),
        Lang::En => format!(
            "Base \"{}\": {} eligible customers, {} advisors needed ({} hires), incremental revenue {}, cost {}, net {}.",
            short_name(&base.scenario.name, lang),
            format::count(bt.eligible),
            format::count(bt.advisors_needed),
            format::count(bt.hires),
            format::money(bt.incremental_revenue, lang),
            format::money(bt.cost, lang),
            format::money(bt.net, lang)
        ),
    });
    for s in input.scenarios.iter().skip(1) {
        let tt = &s.result.totals;
        let de = i128::from(tt.eligible) - i128::from(bt.eligible);
        let dh = i128::from(tt.hires) - i128::from(bt.hires);
        let dn = tt.net - bt.net;
        let signed = |v: i128| format::delta(Decimal::from(v), |x| format::count(x.trunc().try_into().unwrap_or(0)));
        out.push(match lang {
            Lang::Zh => format!(
                "「{}」相对基准：可服务客户 {}，需新增投顾 {}，净收益 {}；总部收入归属 {}。",
                short_name(&s.scenario.name, lang),
                signed(de),
                signed(dh),
                format::delta(dn, |v| format::money(v, lang)),
                format::money(tt.hq_credit, lang)
            ),
            Lang::En => format!(
                "\"{}\" against the base: eligible customers {}, hires {}, net {}; HQ credit {}.",
                short_name(&s.scenario.name, lang),
                signed(de),
                signed(dh),
                format::delta(dn, |v| format::money(v, lang)),
                format::money(tt.hq_credit, lang)
            ),
        });
    }
    // Who gains and who loses between HQ and branches, and how sure the net is.
    for s in &input.scenarios {
        let name = short_name(&s.scenario.name, lang);
        let sep = lang.pick("：", ": ");
        let assessed = charts::takeaway::assessment(&s.result, s.scenario.credit_rule, lang);
        let mut line = format!("{name}{sep}{assessed}");
        if let Some(a) = &s.analyses {
            line.push_str(lang.pick("；", "; "));
            line.push_str(&charts::takeaway::montecarlo(&a.monte_carlo, lang));
        }
        line.push_str(lang.pick("。", "."));
        out.push(line);
    }
    out
}

fn charts_section(h: &mut String, input: &ReportInput, lang: Lang) -> Result<(), ReportError> {
    let t = |zh: &'static str, en: &'static str| lang.pick(zh, en);
    let _ = writeln!(h, "<section id=\"charts\">\n<h2>{}</h2>", t("图表", "Charts"));
    let note = match lang {
        Lang::Zh => format!(
            "门槛扫描：每个情景中门槛最低的专属投顾/人机协同层级（若无，则门槛最低的层级），服务门槛在相邻层级门槛之间（不低于{}、不高于{}）按对数取{}个点，另加现行门槛（虚线）；其余条件不变。",
            format::threshold(Decimal::from(CHART_RANGE.0), lang),
            format::threshold(Decimal::from(CHART_RANGE.1), lang),
            SWEEP_STEPS
        ),
        Lang::En => format!(
            "Sweeps vary each scenario's lowest-threshold advisor/hybrid tier (else its lowest tier) over {} log-spaced thresholds between its neighbouring tiers' thresholds (within {} to {}), plus the current one (dashed); everything else held.",
            SWEEP_STEPS,
            format::threshold(Decimal::from(CHART_RANGE.0), lang),
            format::threshold(Decimal::from(CHART_RANGE.1), lang)
        ),
    };
    let _ = writeln!(h, "<p class=\"sub\">{}</p>", esc(&note));
    for chart in report_charts(input) {
        figure(h, &chart, lang)?;
    }
    h.push_str("</section>\n");
    Ok(())
}

/// A chart as an inline SVG figure with its title as caption.
fn figure(h: &mut String, chart: &Chart<'_>, lang: Lang) -> Result<(), ReportError> {
    let _ = writeln!(
        h,
        "<figure data-chart=\"{}\">\n{}\n<figcaption>{}</figcaption>\n</figure>",
        chart.kind(),
        chart.svg(lang)?,
        esc(&chart.title(lang))
    );
    Ok(())
}

fn tables(h: &mut String, input: &ReportInput, lang: Lang) {
    let t = |zh: &'static str, en: &'static str| lang.pick(zh, en);
    let _ = writeln!(h, "<section id=\"tables\">\n<h2>{}</h2>", t("明细表", "Tables"));
    // Totals side by side with deltas.
    let _ = writeln!(h, "<h3>{}</h3>", t("汇总（与基准的差额）", "Totals (deltas against the base)"));
    h.push_str("<table><thead><tr><th>");
    h.push_str(t("指标", "Metric"));
    h.push_str("</th>");
    for s in &input.scenarios {
        let _ = write!(h, "<th class=\"n\">{}</th>", esc(&short_name(&s.scenario.name, lang)));
    }
    for s in input.scenarios.iter().skip(1) {
        let _ = write!(h, "<th class=\"n\">Δ {}</th>", esc(&short_name(&s.scenario.name, lang)));
    }
    h.push_str("</tr></thead><tbody>\n");
    let results: Vec<_> = input.scenarios.iter().map(|s| s.result.clone()).collect();
    for row in compare_totals(&results) {
        let _ = write!(h, "<tr><td>{}</td>", esc(lang.pick(row.metric.zh, row.metric.en)));
        for v in &row.values {
            let _ = write!(h, "<td class=\"n\">{}</td>", esc(&exact_text(row.metric.kind, *v)));
        }
        for d in row.deltas.iter().skip(1) {
            let _ = write!(
                h,
                "<td class=\"n\">{}</td>",
                delta_html(row.metric.kind, *d, row.metric.more_is_better, lang, true)
            );
        }
        h.push_str("</tr>\n");
    }
    h.push_str("</tbody></table>\n");

    // Tiers.
    let _ = writeln!(h, "<h3>{}</h3>", t("服务层级", "Service tiers"));
    let head = [
        t("情景", "Scenario"),
        t("层级", "Tier"),
        t("服务门槛（元）", "Threshold (CNY)"),
        t("模式", "Model"),
        t("归属", "Owner"),
        t("可服务客户", "Eligible"),
        t("覆盖客户（期望）", "Reached (expected)"),
        t("所需投顾", "Advisors needed"),
        t("增量收入（元）", "Incremental revenue (CNY)"),
        t("服务成本（元）", "Service cost (CNY)"),
    ];
    table_head(h, &head, 5);
    for s in &input.scenarios {
        for tr in &s.result.tiers {
            let _ = writeln!(
                h,
                "<tr><td>{}</td><td>{}</td><td class=\"n\">{}</td><td>{}</td><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td></tr>",
                esc(&short_name(&s.scenario.name, lang)),
                esc(&tr.name),
                format::money_exact(tr.min_assets),
                esc(assumptions::model_name(tr.model, lang)),
                esc(assumptions::owner_name(tr.owner, lang)),
                format::count(tr.eligible),
                format::expected_exact(tr.served),
                format::count(tr.advisors_needed),
                format::money_exact(tr.incremental_revenue),
                format::money_exact(tr.cost)
            );
        }
    }
    h.push_str("</tbody></table>\n");

    // HQ.
    let _ = writeln!(h, "<h3>{}</h3>", t("总部", "Head office"));
    let head = [
        t("情景", "Scenario"),
        t("所需投顾", "Advisors needed"),
        t("现有投顾", "Current advisors"),
        t("需新增投顾", "Hires"),
        t("负荷", "Load"),
        t("总部收入归属（元）", "HQ credit (CNY)"),
    ];
    table_head(h, &head, 1);
    for s in &input.scenarios {
        let q = &s.result.hq;
        let _ = writeln!(
            h,
            "<tr><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td></tr>",
            esc(&short_name(&s.scenario.name, lang)),
            format::count(q.advisors_needed),
            format::count(q.current_advisors),
            format::count(q.hires),
            q.load.map(format::expected_exact).unwrap_or_else(|| "—".into()),
            format::money_exact(q.credited_revenue)
        );
    }
    h.push_str("</tbody></table>\n");

    // Branches, per scenario.
    for s in &input.scenarios {
        let _ = writeln!(h, "<h3>{} · {}</h3>", t("分支机构", "Branches"), esc(&s.scenario.name));
        let head = [
            t("分支机构", "Branch"),
            t("可服务客户", "Eligible"),
            t("覆盖客户（期望）", "Reached (expected)"),
            t("所需投顾", "Advisors needed"),
            t("现有投顾", "Current"),
            t("需新增", "Hires"),
            t("负荷", "Load"),
            t("增量收入（元）", "Incremental revenue (CNY)"),
            t("收入归属（元）", "Credited revenue (CNY)"),
        ];
        table_head(h, &head, 1);
        for b in &s.result.branches {
            let hires = if b.hires > 0 { format!("▲ {}", format::count(b.hires)) } else { "0".into() };
            let _ = writeln!(
                h,
                "<tr{}><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td></tr>",
                if b.hires > 0 { " class=\"over\"" } else { "" },
                esc(&b.branch),
                format::count(b.eligible),
                format::expected_exact(b.served),
                format::count(b.advisors_needed),
                format::count(b.current_advisors),
                hires,
                b.load.map(format::expected_exact).unwrap_or_else(|| "—".into()),
                format::money_exact(b.incremental_revenue),
                format::money_exact(b.credited_revenue)
            );
        }
        h.push_str("</tbody></table>\n");
    }
    h.push_str("</section>\n");
}

/// `<table><thead>…</thead><tbody>`; columns from `first_numeric` on are right-aligned numbers.
fn table_head(h: &mut String, head: &[&str], first_numeric: usize) {
    h.push_str("<table><thead><tr>");
    for (i, c) in head.iter().enumerate() {
        let _ = write!(h, "<th{}>{}</th>", if i >= first_numeric { " class=\"n\"" } else { "" }, esc(c));
    }
    h.push_str("</tr></thead><tbody>\n");
}

fn assumptions_section(h: &mut String, input: &ReportInput, lang: Lang) {
    let t = |zh: &'static str, en: &'static str| lang.pick(zh, en);
    let _ = writeln!(
        h,
        "<section id=\"assumptions\">\n<h2>{}</h2>\n<p class=\"sub\">{}</p>",
        t("输入与假设", "Inputs and assumptions"),
        t(
            "黄色标注为假设（估计值，依据见最后一列，需检验）；其余为策略选择或现状。",
            "Highlighted rows are assumptions (estimates, basis in the last column, to be tested); the rest are policy choices or facts."
        )
    );
    for s in &input.scenarios {
        let _ = writeln!(h, "<h3>{}</h3>", esc(&s.scenario.name));
        let head = [
            t("范围", "Scope"),
            t("输入", "Input"),
            t("值", "Value"),
            t("单位", "Unit"),
            t("类型", "Kind"),
            t("默认、范围与依据", "Default, range and basis"),
        ];
        table_head(h, &head, 9);
        for r in assumptions::report_rows(s) {
            let a = r.kind == InputKind::Assumption;
            let _ = writeln!(
                h,
                "<tr{}><td>{}</td><td>{} <code>{}</code></td><td>{}</td><td>{}</td><td><span class=\"tag{}\">{}</span></td><td>{}</td></tr>",
                if a { " class=\"assumption\"" } else { "" },
                esc(&r.scope),
                esc(lang.pick(r.zh, r.en)),
                r.field,
                esc(&r.value.display()),
                esc(&r.unit),
                if a { " a" } else { "" },
                esc(r.kind.label(lang)),
                esc(&r.basis)
            );
        }
        h.push_str("</tbody></table>\n");
    }
    h.push_str("</section>\n");
}

/// The figures whose formulas the report spells out, in the order the model computes them.
const FORMULAS: [&str; 13] = [
    "book.peer_revenue",
    "tier.min_assets",
    "totals.served",
    "totals.commission_revenue",
    "totals.incremental_revenue",
    "totals.advisors_needed",
    "totals.hires",
    "branches[].load",
    "totals.cost",
    "totals.net",
    "totals.projected_revenue",
    "totals.hq_credit",
    "totals.branch_credit",
];

fn formulas(h: &mut String, lang: Lang) {
    let mut items: Vec<String> = FORMULAS
        .iter()
        .map(|key| glossary::term(key))
        .map(|e| {
            let t = e.text(lang);
            format!("{}{}{}", t.label, lang.pick("：", ": "), t.formula)
        })
        .collect();
    items.push(
        lang.pick(
            "金额以精确十进制计算，仅在输出时按四舍六入五成双保留到分。",
            "Money is exact decimal arithmetic, rounded to the fen (half to even) only when shown.",
        )
        .to_string(),
    );
    let _ = writeln!(
        h,
        "<section id=\"model\">\n<h2>{}</h2>\n<ol class=\"formulas\">",
        lang.pick("模型公式（简要）", "The model in short")
    );
    for i in &items {
        let _ = writeln!(h, "<li>{}</li>", esc(i));
    }
    h.push_str("</ol>\n</section>\n");
}
