//! The glossary's promises: every field of the result JSON and of a scenario file has an entry,
//! every entry is complete in both languages and written in that language's punctuation, and
//! `docs/glossary.md` is the entries as they are.

use std::collections::BTreeSet;
use std::path::Path;

use reach_core::analysis::montecarlo::monte_carlo;
use reach_core::analysis::seek::{seek, Goal, Grid};
use reach_core::analysis::tornado::tornado;
use reach_core::analysis::Figure;
use reach_core::demo::{generate_book, DemoParams};
use reach_core::evaluation::{Evaluation, Group, PilotCustomer};
use reach_core::sweep::sweep;
use reach_core::Scenario;
use rust_decimal::Decimal;
use serde_json::Value;

use super::*;

fn workspace_file(relative: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").join(relative)
}

/// The scenario files a user meets first: the three of the story and the worked example.
fn shipped_scenarios() -> Vec<(String, String)> {
    ["scenarios/500k.toml", "scenarios/100k.toml", "scenarios/30k.toml", "docs/examples/golden.toml"]
        .iter()
        .map(|p| {
            let text = std::fs::read_to_string(workspace_file(p)).unwrap_or_else(|e| panic!("{p}: {e}"));
            (p.to_string(), text)
        })
        .collect()
}

/// Every leaf path of a JSON value: `totals.net`, `tiers[].served`; `prefix` names the root.
fn json_paths(value: &Value, prefix: &str, out: &mut BTreeSet<String>) {
    let join = |key: &str| if prefix.is_empty() { key.to_string() } else { format!("{prefix}.{key}") };
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                json_paths(v, &join(k), out);
            }
        }
        Value::Array(items) if items.iter().any(|v| v.is_object()) => {
            for v in items {
                json_paths(v, &format!("{prefix}[]"), out);
            }
        }
        _ => {
            out.insert(prefix.to_string());
        }
    }
}

#[test]
fn every_field_of_the_result_json_has_an_entry() {
    let book = generate_book(&DemoParams { customers: 400, seed: 7 });
    let mut paths = BTreeSet::new();
    for (file, text) in shipped_scenarios() {
        let scenario = Scenario::from_toml(&text).unwrap_or_else(|e| panic!("{file}: {e}"));
        let result = reach_core::run(&book, &scenario).unwrap_or_else(|e| panic!("{file}: {e}"));
        let json = serde_json::to_value(&result).expect("a result serializes");
        json_paths(&json, "", &mut paths);
    }
    for must in ["totals.net", "tiers[].served", "branches[].load", "hq.hires", "scenario", "customers"] {
        assert!(paths.contains(must), "the walk missed {must}: {paths:?}");
    }
    let missing: Vec<&String> = paths.iter().filter(|p| get(p).is_none()).collect();
    assert!(missing.is_empty(), "result fields without a glossary entry: {missing:?}");
}

/// The entry for `path` of the JSON an analysis prints under `root`: the path itself, else
/// the path without its root (a seek answer's `totals.net`), else the root with the last
/// field (`montecarlo.figures.net.p10` is `montecarlo.p10`, `evaluate.uplift.low` is
/// `evaluate.low`).
fn analysis_entry(root: &str, path: &str) -> Option<&'static Entry> {
    let without_root = path.strip_prefix(root).map(|p| p.trim_start_matches("[]").trim_start_matches('.'));
    let last = path.rsplit('.').next().map(|l| format!("{root}.{l}"));
    get(path).or_else(|| without_root.and_then(get)).or_else(|| last.as_deref().and_then(get))
}

fn pilot_customer(i: i64, group: Group) -> PilotCustomer {
    let treated = group == Group::Treated;
    PilotCustomer {
        customer_id: format!("P{i}"),
        group,
        revenue_before_fen: 10_000 + 100 * i,
        revenue_after_fen: 10_000 + 100 * i + if treated { 900 + 37 * i } else { 50 * i },
        assets_before_fen: 5_000_000 + 1_000 * i,
        assets_after_fen: 5_000_000 + if treated { 9_000 * i } else { 1_000 * i },
        trades_before: u32::from(i % 3 != 0),
        trades_after: u32::from(i % 2 == 0),
        placed_after_fen: Some(if treated { 400_000 + 100 * i } else { 100_000 }),
        profile: None,
    }
}

#[test]
fn every_field_of_the_analyses_json_has_an_entry() {
    let book = generate_book(&DemoParams { customers: 400, seed: 7 });
    let text = std::fs::read_to_string(workspace_file("scenarios/100k.toml")).expect("scenarios/100k.toml");
    // The story's own [ranges] are replaced by these, which include a threshold.
    let text = text.split("\n[ranges]").next().unwrap_or_default();
    let text = format!(
        "{text}\n[ranges]\n\"advisor_cost\" = [300000, 600000]\n\"tiers.人机协同.clients_per_advisor\" = [1000, 3000]\n\"tiers.人机协同.min_assets\" = [50000, 200000]\n"
    );
    let scenario = Scenario::from_toml(&text).unwrap_or_else(|e| panic!("{e}"));
    let net = Figure::parse("net").expect("net is a figure");
    let grid = Grid { from: Decimal::from(1000), to: Decimal::from(3000), step: Decimal::from(1000) };
    let answers = [
        (
            "seek",
            serde_json::to_value(
                seek(&book, &scenario, "tiers.人机协同.clients_per_advisor", &grid, &Goal::Maximize(net)).unwrap(),
            ),
        ),
        ("tornado", serde_json::to_value(tornado(&book, &scenario, net).unwrap())),
        ("montecarlo", serde_json::to_value(monte_carlo(&book, &scenario, 20, 3).unwrap())),
        (
            "sweep",
            serde_json::to_value(
                sweep(&book, &scenario, "人机协同", &[Decimal::from(50_000), Decimal::from(200_000)])
                    .unwrap()
                    .iter()
                    .map(|p| p.row("人机协同"))
                    .collect::<Vec<_>>(),
            ),
        ),
    ];
    let pilot: Vec<PilotCustomer> = (0..30)
        .map(|i| pilot_customer(i, Group::Treated))
        .chain((30..60).map(|i| pilot_customer(i, Group::Control)))
        .collect();
    let evaluation = ("evaluate", serde_json::to_value(Evaluation::of(&pilot)));
    let mut missing = Vec::new();
    for (root, json) in answers.into_iter().chain([evaluation]) {
        let mut paths = BTreeSet::new();
        json_paths(&json.expect("an analysis serializes"), root, &mut paths);
        assert!(paths.len() > 2, "{root}: {paths:?}");
        missing.extend(paths.into_iter().filter(|p| analysis_entry(root, p).is_none()));
    }
    assert!(missing.is_empty(), "analysis fields without a glossary entry: {missing:?}");
}

/// A scenario's fields as glossary paths: globals as `global.<field>`, the fields of
/// `[[tiers]]` as `tier.<field>`, of any other array of tables `[[x]]` as `x.<field>`, and a
/// table such as `[ranges]` by its own name.
fn scenario_paths(value: &Value, out: &mut BTreeSet<String>) {
    let Value::Object(top) = value else { panic!("a scenario serializes to an object") };
    for (key, v) in top {
        match v {
            // A list of tables with none written (`acquisition = []`): the list itself.
            Value::Array(items) if items.is_empty() => {
                out.insert(key.clone());
            }
            Value::Array(items) if items.iter().any(Value::is_object) => {
                let prefix = if key == "tiers" { "tier" } else { key.as_str() };
                for item in items.iter().filter_map(Value::as_object) {
                    out.extend(item.keys().map(|f| format!("{prefix}.{f}")));
                }
            }
            Value::Object(_) => {
                out.insert(key.clone());
            }
            _ => {
                out.insert(format!("global.{key}"));
            }
        }
    }
}

#[test]
fn every_field_of_a_scenario_has_an_entry() {
    let mut paths = BTreeSet::new();
    for (file, text) in shipped_scenarios() {
        // The fields the model has (every field of the type, set or not) …
        let scenario = Scenario::from_toml(&text).unwrap_or_else(|e| panic!("{file}: {e}"));
        scenario_paths(&serde_json::to_value(&scenario).expect("a scenario serializes"), &mut paths);
        // … and the keys the shipped files are written with.
        let doc: toml_edit::DocumentMut = text.parse().unwrap_or_else(|e| panic!("{file}: {e}"));
        for (key, item) in doc.iter() {
            match item {
                toml_edit::Item::ArrayOfTables(tables) => {
                    let prefix = if key == "tiers" { "tier" } else { key };
                    for t in tables.iter() {
                        paths.extend(t.iter().map(|(f, _)| format!("{prefix}.{f}")));
                    }
                }
                toml_edit::Item::Table(_) => {
                    paths.insert(key.to_string());
                }
                _ => {
                    paths.insert(format!("global.{key}"));
                }
            }
        }
    }
    for must in ["global.advisor_cost", "tier.coverage", "tier.include_dormant", "tier.risk_profiles"] {
        assert!(paths.contains(must), "the walk missed {must}: {paths:?}");
    }
    let missing: Vec<&String> = paths.iter().filter(|p| get(p).is_none()).collect();
    assert!(missing.is_empty(), "scenario fields without a glossary entry: {missing:?}");
    let not_inputs: Vec<&String> = paths.iter().filter(|p| get(p).is_some_and(|e| e.kind.is_none())).collect();
    assert!(
        not_inputs.is_empty(),
        "scenario fields whose entry does not say assumption, policy or fact: {not_inputs:?}"
    );
}

#[test]
fn the_fields_models_7_to_11_name_have_entries_before_they_land() {
    let named = [
        "tier.asset_growth",
        "tier.wealth_share",
        "tier.wealth_fee",
        "global.asset_yield",
        "totals.new_assets",
        "tiers[].placed_assets",
        "totals.commission_revenue",
        "totals.wealth_revenue",
        "totals.asset_revenue",
        "branches[].new_assets",
        "acquisition.channel",
        "acquisition.accounts",
        "acquisition.funded_rate",
        "acquisition.cost_per_account",
        "acquisition.assets_per_funded",
        "acquisition.revenue_per_funded",
        "acquisition.owner",
        "acquisition.rows[].cost_per_funded",
        "acquisition.rows[].payback_years",
        "acquisition.hq_credit",
        "totals.acquisition_cost",
        "totals.acquisition_revenue",
        "totals.total_net",
        "global.base_transfer",
        "global.credit_rule",
        "branches[].base_revenue",
        "branches[].assessed_revenue",
        "branches[].assessed_change",
        "branches[].cost",
        "branches[].net",
        "hq.transferred_base",
        "hq.assessed_revenue",
        "hq.cost",
        "hq.net",
        "totals.double_counted",
        "totals.branches_losing",
        "ranges",
        "montecarlo.p10",
        "montecarlo.p50",
        "montecarlo.p90",
        "montecarlo.p_net_positive",
        "tornado.swing",
        "seek.value",
        "pilot.treated",
        "pilot.control",
        "evaluate.confidence_interval",
        "evaluate.flagged",
        "evaluate.welch",
        "evaluate.newcombe",
        "provenance.pilot",
        "provenance.estimate",
    ];
    let missing: Vec<&str> = named.into_iter().filter(|p| get(p).is_none()).collect();
    assert!(missing.is_empty(), "MODEL §7–11 names without an entry: {missing:?}");
}

#[test]
fn keys_and_other_paths_name_one_entry_each() {
    let mut seen = BTreeSet::new();
    for e in entries() {
        for path in std::iter::once(e.key).chain(e.also.iter().copied()) {
            assert!(seen.insert(path), "`{path}` names more than one entry");
        }
    }
}

fn parts(t: &Text) -> [(&'static str, &'static str); 7] {
    [
        ("label", t.label),
        ("definition", t.definition),
        ("formula", t.formula),
        ("unit", t.unit),
        ("default", t.default),
        ("range", t.range),
        ("basis", t.basis),
    ]
}

#[test]
fn every_entry_is_complete_in_both_languages() {
    for e in entries() {
        for (lang, t) in [("zh", &e.zh), ("en", &e.en)] {
            for (part, text) in parts(t) {
                assert_eq!(text.trim(), text, "{} {lang} {part}: spaces at an end", e.key);
            }
            assert!(!t.label.is_empty(), "{} {lang}: no label", e.key);
            assert!(!t.definition.is_empty(), "{} {lang}: no definition", e.key);
            // Both languages say the same parts.
            for ((part, a), (_, b)) in parts(&e.zh).into_iter().zip(parts(&e.en)) {
                assert_eq!(a.is_empty(), b.is_empty(), "{}: {part} is given in one language only", e.key);
            }
            if e.kind.is_some() {
                assert!(!t.range.is_empty(), "{} {lang}: an input without its valid range", e.key);
            }
            if e.kind == Some(InputKind::Assumption) {
                assert!(!t.default.is_empty(), "{} {lang}: an assumption without its default", e.key);
                assert!(!t.basis.is_empty(), "{} {lang}: an assumption without its basis", e.key);
            }
        }
        assert!(e.zh.definition.ends_with('。'), "{}: a Chinese definition ends with 。", e.key);
        assert!(e.en.definition.ends_with('.'), "{}: an English definition ends with a full stop", e.key);
    }
}

#[test]
fn weak_evidence_is_said_where_the_calibration_says_so() {
    let activation = get("tier.activation").expect("an entry for activation");
    assert!(activation.zh.basis.contains("证据较弱"));
    assert!(activation.en.basis.contains("weak evidence"));
    assert_eq!(activation.kind, Some(InputKind::Assumption));
}

fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x3000..=0x303F | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xFF00..=0xFFEF) || "“”‘’…—·".contains(c)
}

/// `text` without what is quoted: between `open` and `close`.
fn unquoted(text: &str, open: char, close: char) -> String {
    let mut out = String::new();
    let mut depth = 0;
    for c in text.chars() {
        if c == open && (open != close || depth == 0) {
            depth += 1;
        } else if c == close && depth > 0 {
            depth -= 1;
        } else if depth == 0 {
            out.push(c);
        }
    }
    out
}

#[test]
fn english_texts_have_no_chinese_characters_or_punctuation() {
    for e in entries() {
        for (part, text) in parts(&e.en) {
            let bad: String = unquoted(text, '"', '"').chars().filter(|&c| is_cjk(c)).collect();
            assert!(bad.is_empty(), "{} en {part}: Chinese characters or punctuation {bad:?} in {text:?}", e.key);
        }
    }
}

#[test]
fn chinese_texts_use_chinese_punctuation() {
    for e in entries() {
        for (part, text) in parts(&e.zh) {
            let plain: Vec<char> = unquoted(text, '“', '”').chars().collect();
            for (i, &c) in plain.iter().enumerate() {
                let digits_around =
                    i > 0 && plain[i - 1].is_ascii_digit() && plain.get(i + 1).is_some_and(char::is_ascii_digit);
                let ok = match c {
                    ',' | '.' => digits_around,
                    ';' | ':' | '(' | ')' | '?' | '!' | '"' | '[' | ']' => false,
                    _ => true,
                };
                assert!(ok, "{} zh {part}: `{c}` in {text:?} (use Chinese punctuation)", e.key);
            }
        }
    }
}

#[test]
fn a_lookup_finds_an_entry_by_its_key_or_another_path() {
    let by_key = get("totals.eligible").expect("an entry for eligible");
    assert_eq!(by_key.zh.label, "可服务客户");
    assert_eq!(by_key.en.label, "Eligible customers");
    assert_eq!(get("branches[].eligible"), Some(by_key));
    assert_eq!(get("hq.credited_revenue").map(|e| e.key), Some("totals.hq_credit"));
    assert!(get("totals.no_such_figure").is_none());
}

#[test]
fn the_glossary_serializes_with_both_languages() {
    let json = serde_json::to_value(entries()).expect("the glossary serializes");
    let net = json
        .as_array()
        .and_then(|all| all.iter().find(|e| e["key"] == "totals.net"))
        .expect("totals.net is in the JSON");
    assert_eq!(net["zh"]["label"], "净收益");
    assert_eq!(net["en"]["label"], "Net");
    assert_eq!(net["zh"]["unit"], "元/年");
    assert_eq!(net["topic"], "result");
    assert_eq!(net["kind"], Value::Null);
    let cost = json.as_array().and_then(|all| all.iter().find(|e| e["key"] == "global.advisor_cost")).unwrap();
    assert_eq!(cost["kind"], "assumption");
    assert_eq!(cost["en"]["default"], "400k (required)");
}

#[test]
fn the_committed_glossary_page_is_fresh() {
    let path = workspace_file(FILE);
    let fresh = markdown();
    if std::env::var_os("UPDATE_GLOSSARY").is_some() {
        std::fs::write(&path, &fresh).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == fresh,
        "{} is stale: run `UPDATE_GLOSSARY=1 cargo test -p reach-report glossary` and commit the result",
        path.display()
    );
    // Read back: one row per entry in each language's table.
    let rows = committed.lines().filter(|l| l.starts_with("| ") && l.contains("| **")).count();
    assert_eq!(rows, 2 * entries().len());
}

#[test]
fn a_refused_scenario_names_a_field_the_glossary_explains() {
    let text = std::fs::read_to_string(workspace_file("scenarios/100k.toml")).expect("scenarios/100k.toml");
    let bad = text.replacen("coverage = 0.7", "coverage = 1.5", 1);
    let error = Scenario::from_toml(&bad).expect_err("a coverage of 1.5 is refused");
    assert_eq!(error.field, "tiers[1].coverage");
    let entry = for_scenario_field(&error.field).expect("the field has an entry");
    assert_eq!((entry.zh.label, entry.zh.range), ("覆盖率", "0–100%"));
    let bad = text.replacen("activation = 0.03", "activation = 0.03\nchannels = [\"online\", \"mail\"]", 1);
    let error = Scenario::from_toml(&bad).expect_err("an unknown channel is refused");
    assert_eq!(for_scenario_field(&error.field).map(|e| e.key), Some("tier.channels"), "{}", error.field);
    for (path, key) in [
        ("advisor_cost", "global.advisor_cost"),
        ("tiers.人机协同.clients_per_advisor", "tier.clients_per_advisor"),
        ("tiers.a.b.min_assets", "tier.min_assets"),
        ("acquisition[1].accounts", "acquisition.accounts"),
        ("acquisition.online.funded_rate", "acquisition.funded_rate"),
        ("ranges.\"advisor_cost\"", "ranges"),
    ] {
        assert_eq!(for_scenario_field(path).map(|e| e.key), Some(key), "{path}");
    }
    assert!(for_scenario_field("tiers[0].no_such_field").is_none());
    assert_eq!(for_scenario_field("tiers").map(|e| e.key), Some("tier"));
}

#[test]
fn the_walk_finds_every_leaf_so_a_new_field_is_caught() {
    let json = serde_json::json!({
        "totals": { "net": "1.00", "mystery": 2 },
        "tiers": [{ "served": 1.0 }, { "served": 2.0, "load": null }],
        "not_drawn": ["advisor_cost"]
    });
    let mut paths = BTreeSet::new();
    json_paths(&json, "", &mut paths);
    let paths: Vec<String> = paths.into_iter().collect();
    assert_eq!(paths, ["not_drawn", "tiers[].load", "tiers[].served", "totals.mystery", "totals.net"]);
    let missing: Vec<&String> = paths.iter().filter(|p| get(p).is_none()).collect();
    assert_eq!(missing, ["not_drawn", "tiers[].load", "totals.mystery"]);
}

#[test]
fn every_figure_a_comparison_shows_has_an_entry() {
    for m in reach_core::compare::METRICS {
        let entry = get(&format!("totals.{}", m.key)).unwrap_or_else(|| panic!("no entry for totals.{}", m.key));
        assert_eq!(entry.kind, None, "{}", m.key);
    }
}

#[test]
fn labels_use_the_word_table_of_the_ui_notes() {
    // docs/spec/UI-NOTES.md, "Words": one term per idea, in both languages.
    let words = [
        ("tier.min_assets", "服务门槛", "Service threshold"),
        ("model.advisor", "专属投顾", "Dedicated advisor"),
        ("model.hybrid", "人机协同", "AI-assisted hybrid"),
        ("model.digital", "数字化集约运营", "Digital intensive"),
        ("totals.eligible", "可服务客户", "Eligible customers"),
        ("tier.coverage", "覆盖率", "Coverage"),
        ("tier.uplift", "收入提升", "Revenue uplift"),
        ("tier.activation", "激活率", "Activation rate"),
        ("book.dormant", "沉睡客户", "Dormant customers"),
        ("book.effective_account", "有效户", "Effective accounts"),
        ("tier.clients_per_advisor", "人均服务客户数", "Clients per advisor"),
        ("totals.hires", "需新增投顾", "Hires"),
        ("owner.hq", "总部", "Head office (HQ)"),
        ("branches[].credited_revenue", "收入归属", "Revenue credit"),
        ("compare.base", "基准情景", "Base scenario"),
        ("totals.new_assets", "新增资产", "Net new assets"),
        ("totals.placed_assets", "产品保有资产", "Placed assets"),
        ("totals.commission_revenue", "佣金收入", "Commission revenue"),
        ("totals.wealth_revenue", "财富管理收入", "Wealth revenue"),
        ("totals.acquisition_cost", "获客成本", "Acquisition cost"),
        ("acquisition.rows[].cost_per_funded", "有效户成本", "Cost per funded account"),
        ("acquisition.rows[].payback_years", "回本周期", "Payback"),
        ("branches[].assessed_revenue", "考核收入", "Assessed revenue"),
        ("credit_rule.dual", "双计", "Dual credit"),
        ("global.base_transfer", "收入划转比例", "Base transfer"),
        ("seek.value", "目标求解", "Goal seek"),
        ("tornado.swing", "龙卷风图", "Tornado chart"),
        ("montecarlo.draws", "蒙特卡洛模拟", "Monte Carlo"),
        ("pilot.treated", "实验组", "Treated"),
        ("pilot.control", "对照组", "Control"),
        ("evaluate.confidence_interval", "置信区间", "Confidence interval"),
    ];
    for (key, zh, en) in words {
        let e = get(key).unwrap_or_else(|| panic!("no entry for {key}"));
        assert_eq!((e.zh.label, e.en.label), (zh, en), "{key}");
    }
    assert_eq!(Topic::Tier.title(crate::Lang::Zh), get("tier").map_or("", |e| e.zh.label));
    assert_eq!(Topic::Analysis.title(crate::Lang::Zh), "敏感性分析");
    assert_eq!(Topic::Pilot.title(crate::Lang::En), "Pilot evaluation");
}

#[test]
fn a_topics_key_is_its_serialized_name() {
    for topic in Topic::ALL {
        assert_eq!(serde_json::to_value(topic).unwrap(), serde_json::Value::from(topic.key()));
    }
}
