//! Each takeaway is made from its chart's figures: the numbers in the sentence are the
//! engine's, and English sentences carry no Chinese punctuation.

use reach_core::demo::{generate_book, DemoParams};
use reach_core::Scenario;

use super::*;
use crate::input::{Analyses, AnalysisSettings, ReportScenario};

const HYBRID: &str = include_str!("../../../../../scenarios/100k.toml");
const CONFLICT: &str = include_str!("../../../../../scenarios/assessment-split.toml");

fn computed(text: &str) -> ReportScenario {
    let book = generate_book(&DemoParams { customers: 3000, seed: 3 });
    let scenario = Scenario::from_toml(text).unwrap();
    ReportScenario::compute(&book, scenario, "s.toml", text, Some(AnalysisSettings { draws: 100, seed: 5 })).unwrap()
}

fn no_chinese_punctuation(s: &str) {
    assert!(!s.chars().any(|c| "，。；：（）、".contains(c)), "Chinese punctuation in {s:?}");
}

#[test]
fn assessment_names_the_losing_branches_and_the_double_counting() {
    let s = computed(CONFLICT);
    let (split, dual) = s.split_and_dual();
    let zh = assessment(split, CreditRule::Split, Lang::Zh);
    assert!(zh.contains("分账"), "{zh}");
    assert!(zh.contains(&format!("{} 家考核收入下降", split.totals.branches_losing)), "{zh}");
    assert!(zh.contains(&format::money(split.hq.assessed_revenue, Lang::Zh)), "{zh}");
    let en = assessment(dual, CreditRule::Dual, Lang::En);
    assert!(en.contains(&format!("{} of {} branches", dual.totals.branches_losing, dual.branches.len())), "{en}");
    assert!(en.contains(&format::money(dual.totals.double_counted, Lang::En)), "{en}");
    no_chinese_punctuation(&en);
    let both = assessment_rules(split, dual, Lang::En);
    assert!(both.starts_with(&format!("split: {} branches", split.totals.branches_losing)), "{both}");
    no_chinese_punctuation(&both);
}

#[test]
fn revenue_lines_give_each_lines_share_of_the_incremental_revenue() {
    let s = computed(HYBRID);
    let t = &s.result.totals;
    let text = revenue(&[("10万门槛 (100k)", &s.result)], Lang::En);
    assert!(text.starts_with("100k incremental revenue"), "{text}");
    assert!(text.contains(&format::money(t.incremental_revenue, Lang::En)), "{text}");
    let wealth = format::percent(to_f64(t.lines.wealth_revenue / t.incremental_revenue));
    assert!(text.contains(&format!("wealth {wealth}")), "{text}");
    no_chinese_punctuation(&text);
    let sweep = revenue_sweep(s.sweep.as_ref().unwrap(), Lang::Zh);
    assert!(sweep.starts_with("现行门槛 10万"), "{sweep}");
}

#[test]
fn acquisition_gives_each_channels_cost_and_payback() {
    let s = computed(HYBRID);
    let online = s.result.acquisition.rows.iter().find(|a| a.channel == Channel::Online).unwrap();
    let text = acquisition(&s.result, Lang::Zh);
    assert!(text.starts_with("线上有效户"), "{text}");
    assert!(text.contains(&format::money(online.cost_per_funded.unwrap(), Lang::Zh)), "{text}");
    assert!(text.contains(&format::plain(online.payback_years.unwrap().round_dp(1))), "{text}");
    no_chinese_punctuation(&acquisition(&s.result, Lang::En));
}

#[test]
fn tornado_and_monte_carlo_state_their_figures() {
    let s = computed(HYBRID);
    let a: &Analyses = s.analyses.as_ref().unwrap();
    let top = &a.tornado[0];
    let text = tornado(Analyses::figure(), s.result.totals.net, &a.tornado, Lang::En);
    assert!(text.starts_with(&format!("Net is {}", format::money(s.result.totals.net, Lang::En))), "{text}");
    assert!(text.contains(&field_label(&top.field, Lang::En)), "{text}");
    assert!(text.contains(&format::money(top.swing, Lang::En)), "{text}");
    no_chinese_punctuation(&text);
    let mc = montecarlo(&a.monte_carlo, Lang::Zh);
    assert!(mc.contains(&format!("P10 {}", format::money(a.monte_carlo.figures.net.p10, Lang::Zh))), "{mc}");
    assert!(mc.contains(&format::percent(to_f64(a.monte_carlo.p_net_positive))), "{mc}");
    assert!(mc.contains("100 次抽样"), "{mc}");
    no_chinese_punctuation(&montecarlo(&a.monte_carlo, Lang::En));
}

#[test]
fn range_paths_read_as_the_glossary_names_them() {
    assert_eq!(field_label("tiers.人机协同.uplift", Lang::Zh).split(" · ").next(), Some("人机协同"));
    assert!(!field_label("advisor_cost", Lang::En).contains("advisor_cost"));
    assert_eq!(field_label("no.such.thing", Lang::En), "no.such.thing");
}
