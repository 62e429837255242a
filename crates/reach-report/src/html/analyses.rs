//! The HTML report's sections for the analyses (MODEL section 10: the tornado and Monte Carlo
//! of net, charts and tables, with the seed and draws) and, when a scenario uses estimates
//! applied from a pilot, the evaluation (section 11: pilot, estimate, interval, date).

use std::fmt::Write as _;

use super::{esc, figure, table_head};
use crate::charts::{self, short_name, takeaway::field_label};
use crate::format::{self, Lang};
use crate::input::{Analyses, ReportInput};
use crate::ReportError;

pub(super) fn analyses(h: &mut String, input: &ReportInput, lang: Lang) -> Result<(), ReportError> {
    let t = |zh: &'static str, en: &'static str| lang.pick(zh, en);
    let analysed: Vec<_> = input.scenarios.iter().filter_map(|s| s.analyses.as_ref().map(|a| (s, a))).collect();
    if analysed.is_empty() {
        return Ok(());
    }
    let _ = writeln!(
        h,
        "<section id=\"tornado\">\n<h2>{}</h2>",
        t("龙卷风图：哪个假设影响最大", "Tornado: which assumption moves net most")
    );
    for (s, a) in &analysed {
        figure(h, &charts::tornado(&s.scenario.name, Analyses::figure(), s.result.totals.net, &a.tornado), lang)?;
        table_head(
            h,
            &[
                t("情景", "Scenario"),
                t("字段", "Field"),
                t("低值时净收益（元）", "Net at low (CNY)"),
                t("高值时净收益（元）", "Net at high (CNY)"),
                t("波动（元）", "Swing (CNY)"),
            ],
            2,
        );
        for r in &a.tornado {
            let _ = writeln!(
                h,
                "<tr><td>{}</td><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td></tr>",
                esc(&short_name(&s.scenario.name, lang)),
                esc(&field_label(&r.field, lang)),
                esc(&format::money_exact(r.low)),
                esc(&format::money_exact(r.high)),
                esc(&format::money_exact(r.swing)),
            );
        }
        h.push_str("</tbody></table>\n");
    }
    h.push_str("</section>\n");
    let _ = writeln!(
        h,
        "<section id=\"montecarlo\">\n<h2>{}</h2>",
        t("蒙特卡洛模拟：净收益有多确定", "Monte Carlo: how sure is the net")
    );
    for (s, a) in &analysed {
        figure(h, &charts::montecarlo(&s.scenario.name, &a.monte_carlo, &a.nets), lang)?;
    }
    table_head(
        h,
        &[
            t("情景", "Scenario"),
            t("抽样次数", "Draws"),
            t("种子", "Seed"),
            "P10",
            "P50",
            "P90",
            t("均值", "Mean"),
            "P(net > 0)",
        ],
        1,
    );
    for (s, a) in &analysed {
        let mc = &a.monte_carlo;
        let n = &mc.figures.net;
        let _ = writeln!(
            h,
            "<tr><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td></tr>",
            esc(&short_name(&s.scenario.name, lang)),
            format::count(mc.draws as u64),
            mc.seed,
            esc(&format::money_exact(n.p10)),
            esc(&format::money_exact(n.p50)),
            esc(&format::money_exact(n.p90)),
            esc(&format::money_exact(n.mean)),
            esc(&format::percent(format::to_f64(mc.p_net_positive))),
        );
    }
    h.push_str("</tbody></table>\n</section>\n");
    Ok(())
}

pub(super) fn evaluation(h: &mut String, input: &ReportInput, lang: Lang) {
    let t = |zh: &'static str, en: &'static str| lang.pick(zh, en);
    if !crate::xlsx::has_evaluation(input) {
        return;
    }
    let _ = writeln!(
        h,
        "<section id=\"evaluation\">\n<h2>{}</h2>",
        t("试点评估：应用到情景的估计值", "Evaluation: estimates applied from pilots")
    );
    table_head(
        h,
        &[
            t("情景", "Scenario"),
            t("字段", "Field"),
            t("试点", "Pilot"),
            t("估计值", "Estimate"),
            t("95% 区间", "95% interval"),
            t("应用日期", "Applied"),
            t("提示", "Flagged"),
        ],
        3,
    );
    for s in &input.scenarios {
        for p in &s.scenario.provenance {
            let _ = writeln!(
                h,
                "<tr><td>{}</td><td>{}</td><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{} – {}</td><td class=\"n\">{}</td><td class=\"n\">{}</td></tr>",
                esc(&short_name(&s.scenario.name, lang)),
                esc(&field_label(&p.field, lang)),
                esc(&p.pilot),
                format::plain(p.estimate),
                format::plain(p.low),
                format::plain(p.high),
                esc(&p.applied),
                if p.flagged { esc(t("⚠ 需谨慎", "⚠ flagged")) } else { String::new() },
            );
        }
    }
    h.push_str("</tbody></table>\n</section>\n");
}
