//! The `reach` binary end to end, on real warehouse files in temporary folders: exit codes and
//! messages on bad input, and JSON that equals the engine's result (and the analyses' answers)
//! computed in-process.

use std::process::Output;

mod common;
use common::{repo, Env};

use reach_core::{run, Scenario};

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

const GOLDEN_CSV: &str =
    "\u{feff}customer_id,branch,total_assets,age,risk_profile,channel,trades_12m,revenue_12m,advisor_id\r\n\
C01,上海,800000,50,C3,offline,20,4000,A1\r\n\
C02,上海,600000.00,45,C4,online,10,3000,\r\n\
C03,北京,500000,60,C2,offline,0,0,\r\n\
C04,北京,200000,35,C4,online,5,1500,\r\n\
C05,上海,100000,30,C5,online,0,0,\r\n\
C06,北京,150000,72,C1,offline,3,900,\r\n\
C07,上海,50000,28,C3,online,8,400,\r\n\
C08,北京,20000,40,C3,online,0,0,\r\n\
C09,北京,99999.99,33,C4,online,2,250.50,\r\n\
C10,上海,5000,25,C2,online,1,30,\r\n";

#[test]
fn the_worked_example_through_csv_warehouse_and_cli_matches_the_hand_figures() {
    let env = Env::new();
    let csv = env.file("golden.csv", GOLDEN_CSV);
    env.ok(&["import", "--customers", csv.to_str().unwrap()]);
    let out = env.ok(&["run", &repo("docs/examples/golden.toml"), "--json"]);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["totals"]["incremental_revenue"], "390.80");
    assert_eq!(v["totals"]["net"], "-399638.20");
    assert_eq!(v["totals"]["hq_credit"], "24.09");
    assert_eq!(v["branches"][1]["credited_revenue"], "127.75");
    assert_eq!(v["branches"][1]["load"], serde_json::Value::Null);
    assert!(out.contains("\"served\": 4.90"), "two decimals kept in the JSON text");
}

#[test]
fn the_economics_example_shows_revenue_lines_acquisition_and_assessment() {
    let env = Env::new();
    let csv = env.file("golden.csv", GOLDEN_CSV);
    env.ok(&["import", "--customers", csv.to_str().unwrap()]);
    let file = repo("docs/examples/golden-economics.toml");
    let v: serde_json::Value = serde_json::from_str(&env.ok(&["run", &file, "--json"])).unwrap();
    assert_eq!(v["totals"]["wealth_revenue"], "340.98");
    assert_eq!(v["totals"]["total_net"], "-555261.17");
    assert_eq!(v["totals"]["branches_losing"], 1);
    assert_eq!(v["branches"][1]["assessed_change"], "-176.78");
    assert_eq!(v["hq"]["transferred_base"], "430.10");
    assert_eq!(v["acquisition"]["rows"][0]["cost_per_funded"], "428.57");
    assert_eq!(v["acquisition"]["rows"][1]["payback_years"].to_string(), "2.14");
    let human = env.ok(&["run", &file]);
    for text in ["Revenue by line", "340.98", "Acquisition", "428.57", "Branches losing 考核受损: 1", "-176.78"] {
        assert!(human.contains(text), "{text} in\n{human}");
    }
    let compared = env.ok(&["compare", &repo("docs/examples/golden.toml"), &file]);
    assert!(compared.contains("Total net incl. acquisition") && compared.contains("+340.98"), "{compared}");
}

#[test]
fn a_sweep_of_a_billion_steps_is_refused_before_anything_is_built() {
    let env = Env::new();
    let sweep = |steps: &str, from: &str| {
        env.reach(&[
            "sweep",
            &repo("scenarios/100k.toml"),
            "--tier",
            "人机协同",
            "--from",
            from,
            "--to",
            "450000",
            "--steps",
            steps,
        ])
    };
    // No book is needed to refuse the grid: it is checked first.
    let out = sweep("1000000000", "0");
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--steps: must be from 1 to 1001"), "{}", stderr(&out));
    let out = sweep("5", "100000000000000");
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--from"), "{}", stderr(&out));
}

#[test]
fn json_output_equals_the_engine_in_process_on_the_demo_book() {
    let env = Env::new();
    env.ok(&["demo", "--customers", "3000", "--seed", "5"]);
    let book = reach_core::demo::generate_book(&reach_core::demo::DemoParams { customers: 3000, seed: 5 });
    for file in ["scenarios/500k.toml", "scenarios/100k.toml", "scenarios/30k.toml"] {
        let scenario = Scenario::from_toml(&std::fs::read_to_string(repo(file)).unwrap()).unwrap();
        let expected = serde_json::to_string_pretty(&run(&book, &scenario).unwrap()).unwrap();
        assert_eq!(env.ok(&["run", &repo(file), "--json"]).trim_end(), expected, "{file}");
    }
    let compared: Vec<serde_json::Value> = serde_json::from_str(&env.ok(&[
        "compare",
        &repo("scenarios/500k.toml"),
        &repo("scenarios/100k.toml"),
        &repo("scenarios/30k.toml"),
        "--json",
    ]))
    .unwrap();
    assert_eq!(compared.len(), 3);
    let human = env.ok(&["compare", &repo("scenarios/500k.toml"), &repo("scenarios/30k.toml")]);
    assert!(human.contains("Δ vs") && human.contains("Hires"), "{human}");
}

#[test]
fn sweep_rows_equal_single_runs_at_each_threshold() {
    let env = Env::new();
    env.ok(&["demo", "--customers", "2000"]);
    let out = env.ok(&[
        "sweep",
        &repo("scenarios/100k.toml"),
        "--tier",
        "人机协同",
        "--from",
        "50000",
        "--to",
        "450000",
        "--steps",
        "5",
        "--json",
    ]);
    let rows: Vec<serde_json::Value> = serde_json::from_str(&out).unwrap();
    let thresholds: Vec<&str> = rows.iter().map(|r| r["min_assets"].as_str().unwrap()).collect();
    assert_eq!(thresholds, ["50000.00", "150000.00", "250000.00", "350000.00", "450000.00"]);
    let text = std::fs::read_to_string(repo("scenarios/100k.toml")).unwrap();
    let single = env.file("at250k.toml", &text.replace("min_assets = 100000", "min_assets = 250000"));
    let at: serde_json::Value = serde_json::from_str(&env.ok(&["run", single.to_str().unwrap(), "--json"])).unwrap();
    assert_eq!(rows[2]["totals"], at["totals"]);
}

#[test]
fn bad_input_exits_2_with_the_reason_on_stderr() {
    let env = Env::new();
    let out = env.reach(&["run", &repo("scenarios/500k.toml")]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("no book"), "{}", stderr(&out));

    env.ok(&["demo", "--customers", "500"]);
    let bad = env.file("bad.toml", "name = \"x\"\nadvisor_cost = 1\n[[tiers]]\nname = \"t\"\nmin_assets = 0\nmodel = \"digital\"\ncoverage = 1.5\nuplift = 0\nactivation = 0\n");
    let out = env.reach(&["run", bad.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("tiers[0].coverage"), "{}", stderr(&out));

    let out = env.reach(&["run", "no-such-file.toml"]);
    assert_eq!(out.status.code(), Some(2));

    let out = env.reach(&["sweep", &repo("scenarios/500k.toml"), "--tier", "nope", "--from", "1", "--to", "2"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("no tier is named `nope`"));

    let csv = env.file("bad.csv", "customer_id,branch,total_assets,age,risk_profile,channel,trades_12m,revenue_12m,advisor_id\nX,b,-5,17,C6,web,1,1,\n");
    let out = env.reach(&["import", "--customers", csv.to_str().unwrap(), "--replace"]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains("line 2") && err.contains("total_assets") && err.contains("age"), "{err}");
    // The demo book is still there.
    assert!(env.ok(&["book"]).contains("500 customers"));
}

#[test]
fn saved_scenarios_can_be_run_by_name() {
    let env = Env::new();
    env.ok(&["demo", "--customers", "800"]);
    env.ok(&["scenario", "save", &repo("scenarios/100k.toml"), "--name", "my plan"]);
    assert!(env.ok(&["scenario", "list"]).contains("my plan"));
    let by_name = env.ok(&["run", "my plan", "--json"]);
    let by_file = env.ok(&["run", &repo("scenarios/100k.toml"), "--json"]);
    let strip = |s: &str| s.lines().skip(2).collect::<Vec<_>>().join("\n");
    assert_eq!(strip(&by_name), strip(&by_file), "same figures, only the name differs");
    env.ok(&["scenario", "delete", "my plan"]);
    assert_eq!(env.reach(&["run", "my plan"]).status.code(), Some(2));
}

#[test]
fn a_gbk_book_with_chinese_headers_imports_and_refusals_speak_chinese() {
    let env = Env::new();
    // The worked example as Excel on a Chinese PC saves it: GBK, Chinese headers and values.
    let text = GOLDEN_CSV
        .trim_start_matches('\u{feff}')
        .replacen(
            "customer_id,branch,total_assets,age,risk_profile,channel,trades_12m,revenue_12m,advisor_id",
            "客户号,营业部,总资产（元）,年龄,风险等级,开户渠道,近12月交易笔数,近12月净收入,服务投顾",
            1,
        )
        .replace(",online,", ",线上,")
        .replace(",C3,", ",稳健型,");
    let path = env.path("gbk.csv");
    std::fs::write(&path, encoding_rs::GBK.encode(&text).0).unwrap();
    let out = env.ok(&["import", "--customers", path.to_str().unwrap()]);
    assert!(out.contains("Imported 10 customers in 2 branches") && out.contains("(CSV, GB18030)"), "{out}");

    let bad = env.file("bad.csv", &text.replace("C02,上海,600000.00", "C02,上海,-6"));
    let out = env.reach(&["import", "--customers", bad.to_str().unwrap(), "--replace", "--lang", "zh"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("第 3 行，总资产（元） 列：“-6”为负数"), "{}", stderr(&out));
    assert!(env.ok(&["book"]).contains("10 customers"), "the refused file changed nothing");
}

#[test]
fn templates_written_by_the_cli_import_as_they_are() {
    let env = Env::new();
    for (name, lang) in [("t.csv", "zh"), ("t.csv", "en"), ("t.xlsx", "zh"), ("t.xlsx", "en")] {
        let path = env.path(name);
        env.ok(&["template", "--out", path.to_str().unwrap(), "--lang", lang]);
        let out = env.ok(&["import", "--customers", path.to_str().unwrap(), "--replace"]);
        assert!(out.contains("Imported 2 customers in 2 branches"), "{name} {lang}: {out}");
    }
    let out = env.reach(&["template", "--out", env.path("t.txt").to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains(".csv or .xlsx"), "{}", stderr(&out));
}

/// The demo pilot end to end: written as CSV, evaluated from the file and from the warehouse
/// (the same JSON, MODEL's keys), imported, refused when bad, deleted.
#[test]
fn pilots_are_evaluated_from_a_file_or_by_name_and_bad_files_change_nothing() {
    let env = Env::new();
    let pilot_csv = env.path("pilot.csv");
    env.ok(&["demo", "--customers", "4000", "--seed", "3", "--pilot-csv", pilot_csv.to_str().unwrap()]);
    let from_file: serde_json::Value =
        serde_json::from_str(&env.ok(&["evaluate", pilot_csv.to_str().unwrap(), "--json"])).unwrap();
    let by_name: serde_json::Value =
        serde_json::from_str(&env.ok(&["evaluate", "--pilot", reach_core::demo::DEMO_PILOT_NAME, "--json"])).unwrap();
    assert_eq!(from_file, by_name);
    assert_eq!(from_file["n_treated"].as_u64().unwrap() + from_file["n_control"].as_u64().unwrap(), 4000);
    for key in ["uplift", "activation", "asset_growth", "wealth_share"] {
        for field in ["estimate", "low", "high", "n_treated", "n_control", "flagged"] {
            assert!(from_file[key].get(field).is_some(), "{key}.{field}");
        }
    }
    let g = from_file["asset_growth"]["estimate"].as_f64().unwrap();
    assert!((0.02..0.08).contains(&g), "{g}");
    let table = env.ok(&["evaluate", "--pilot", reach_core::demo::DEMO_PILOT_NAME]);
    assert!(table.contains("Synthetic demo pilot") && table.contains("By asset band"), "{table}");

    env.ok(&["pilot", "import", pilot_csv.to_str().unwrap(), "--name", "试点A"]);
    assert!(env.ok(&["pilot", "list"]).contains("试点A"));
    let again = env.reach(&["pilot", "import", pilot_csv.to_str().unwrap(), "--name", "试点A"]);
    assert_eq!(again.status.code(), Some(2));

    let bad = env.file(
        "bad.csv",
        "customer_id,group,revenue_before,revenue_after,assets_before,assets_after,trades_before,trades_after\n\
         A,treated,1,2,3,4,5,6\nB,both,1,2,3,4,5,6\n",
    );
    for args in [vec!["evaluate", bad.to_str().unwrap()], vec!["pilot", "import", bad.to_str().unwrap(), "--name", "B"]]
    {
        let out = env.reach(&args);
        assert_eq!(out.status.code(), Some(2));
        let err = stderr(&out);
        assert!(err.contains("bad.csv") && err.contains("line 3, column group"), "{err}");
    }
    env.ok(&["pilot", "delete", "试点A"]);
    assert_eq!(env.reach(&["pilot", "delete", "试点A"]).status.code(), Some(2));
    assert!(!env.ok(&["pilot", "list"]).contains("试点A"));
}

/// `reach pilot apply`: an estimate of the demo pilot written into a tier of the story's 10万
/// scenario as a new saved scenario, with its provenance; never over an existing name; a
/// flagged estimate (a pilot of a few customers) only with --confirm.
#[test]
fn a_pilot_estimate_is_applied_as_a_new_scenario_with_provenance() {
    use reach_core::evaluation::rounded_for_scenario;
    let env = Env::new();
    env.ok(&["demo", "--customers", "4000", "--seed", "3"]);
    let pilot = reach_core::demo::DEMO_PILOT_NAME;
    let ev: serde_json::Value = serde_json::from_str(&env.ok(&["evaluate", "--pilot", pilot, "--json"])).unwrap();
    let kind = ["asset_growth", "uplift", "wealth_share", "activation"]
        .into_iter()
        .find(|k| ev[k]["flagged"] == false)
        .expect("the demo pilot has an estimate that is not flagged");
    let file = repo("scenarios/100k.toml");
    let apply = ["pilot", "apply", "--pilot", pilot, "--estimate", kind, "--scenario", &file, "--tier", "人机协同"];
    let out = env.ok(&[&apply[..], &["--as", "试点实测"]].concat());
    let field = format!("tiers.人机协同.{kind}");
    assert!(out.contains("Saved scenario `试点实测`") && out.contains(&field), "{out}");
    let saved = Scenario::from_toml(&env.ok(&["scenario", "show", "试点实测"])).unwrap();
    let rounded = |v: &serde_json::Value| rounded_for_scenario(v.as_f64().unwrap()).unwrap();
    let p = &saved.provenance[0];
    assert_eq!(
        (saved.provenance.len(), p.field.as_str(), p.pilot.as_str(), p.flagged),
        (1, field.as_str(), pilot, false)
    );
    assert_eq!(
        (p.estimate, p.low, p.high),
        (rounded(&ev[kind]["estimate"]), rounded(&ev[kind]["low"]), rounded(&ev[kind]["high"]))
    );
    assert_eq!(p.applied.len(), 10);
    let path = reach_core::scenario::path::FieldPath::parse(&saved, &field).unwrap();
    assert_eq!(path.get(&saved).unwrap(), p.estimate);

    // The name is taken now: refused, the saved one unchanged.
    let again = env.reach(&[&apply[..], &["--as", "试点实测"]].concat());
    assert_eq!(again.status.code(), Some(2));
    assert!(stderr(&again).contains("already named `试点实测`"), "{}", stderr(&again));
    // A saved scenario can be the base too.
    let from_saved = ["pilot", "apply", "--pilot", pilot, "--estimate", kind, "--scenario", "试点实测"];
    env.ok(&[&from_saved[..], &["--tier", "专属投顾", "--as", "两层实测"]].concat());
    assert_eq!(Scenario::from_toml(&env.ok(&["scenario", "show", "两层实测"])).unwrap().provenance.len(), 2);

    // Three customers a group: flagged (small groups), refused without --confirm.
    let small = env.file(
        "small.csv",
        "customer_id,group,revenue_before,revenue_after,assets_before,assets_after,trades_before,trades_after\n\
         A,treated,100,130,1000,1300,2,3\nB,treated,100,120,1000,1200,2,3\nC,treated,100,125,1000,1250,2,3\n\
         D,control,100,100,1000,1000,2,3\nE,control,100,105,1000,1050,2,3\nF,control,100,95,1000,950,2,3\n",
    );
    env.ok(&["pilot", "import", small.to_str().unwrap(), "--name", "小试点"]);
    let small_apply = ["pilot", "apply", "--pilot", "小试点", "--estimate", "uplift", "--scenario", &file];
    let refused = env.reach(&[&small_apply[..], &["--tier", "人机协同", "--as", "小"]].concat());
    assert_eq!(refused.status.code(), Some(2));
    let err = stderr(&refused);
    assert!(err.contains("flagged") && err.contains("fewer than 100 customers") && err.contains("confirm"), "{err}");
    assert!(!env.ok(&["scenario", "list"]).contains("小"), "nothing saved");
    env.ok(&[&small_apply[..], &["--tier", "人机协同", "--as", "小", "--confirm"]].concat());
    assert!(Scenario::from_toml(&env.ok(&["scenario", "show", "小"])).unwrap().provenance[0].flagged);

    // Not an estimate, not a tier: refused by name.
    let bad =
        env.reach(&[&small_apply[..5], &["pace", "--scenario", &file, "--tier", "人机协同", "--as", "x"]].concat());
    assert_eq!(bad.status.code(), Some(2));
    assert!(stderr(&bad).contains("asset_growth"), "{}", stderr(&bad));
    let bad = env.reach(&[&small_apply[..], &["--tier", "无", "--as", "y", "--confirm"]].concat());
    assert_eq!(bad.status.code(), Some(2));
    assert!(stderr(&bad).contains("no tier is named `无`"), "{}", stderr(&bad));
}

fn pretty<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_string_pretty(value).unwrap()
}

fn d(s: &str) -> rust_decimal::Decimal {
    s.parse().unwrap()
}

#[test]
fn seek_tornado_and_montecarlo_json_equal_the_analyses_in_process() {
    use reach_core::analysis::{montecarlo, seek, tornado, Figure};
    let env = Env::new();
    env.ok(&["demo", "--customers", "3000", "--seed", "5"]);
    let book = reach_core::demo::generate_book(&reach_core::demo::DemoParams { customers: 3000, seed: 5 });
    let file = repo("scenarios/30k.toml");
    let scenario = Scenario::from_toml(&std::fs::read_to_string(&file).unwrap()).unwrap();

    let net = Figure::parse("net").unwrap();
    let rows = tornado::tornado(&book, &scenario, net).unwrap();
    assert_eq!(rows.len(), 10, "the story scenario carries the calibrated ranges");
    assert_eq!(env.ok(&["tornado", &file, "--json"]).trim_end(), pretty(&rows));
    let human = env.ok(&["tornado", &file, "--figure", "hires"]);
    assert!(human.contains("hires at low") && human.contains("tiers.人机协同.clients_per_advisor"), "{human}");

    let grid = seek::Grid { from: d("20000"), to: d("100000"), step: d("10000") };
    let goal = seek::Goal::Maximize(net);
    let answer = seek::seek(&book, &scenario, "tiers.数字化运营.min_assets", &grid, &goal).unwrap();
    let args = ["seek", &file, "--field", "tiers.数字化运营.min_assets", "--from", "20000", "--to", "100000"];
    let out = env.ok(&[&args[..], &["--step", "10000", "--maximize", "net", "--json"]].concat());
    assert_eq!(out.trim_end(), pretty(&answer));
    let goal = seek::Goal::Meet {
        figure: Figure::parse("hires").unwrap(),
        op: seek::Op::AtMost,
        value: d("-1"),
        aim: seek::Aim::Highest,
    };
    assert_eq!(seek::seek(&book, &scenario, "tiers.数字化运营.min_assets", &grid, &goal).unwrap().value, None);
    let out = env.ok(&[
        &args[..],
        &["--step", "10000", "--figure", "hires", "--op", "<=", "--value", "-1", "--aim", "highest", "--json"],
    ]
    .concat());
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!((&v["value"], &v["totals"]), (&serde_json::Value::Null, &serde_json::Value::Null));
    let human = env.ok(&[
        "seek",
        &file,
        "--field",
        "tiers.人机协同.coverage",
        "--from",
        "0",
        "--to",
        "1",
        "--step",
        "0.1",
        "--figure",
        "net",
        "--op",
        ">=",
        "--value",
        "-100000000",
    ]);
    assert!(human.contains("Answer: tiers.人机协同.coverage = 0") && human.contains("Net"), "{human}");

    let mc = montecarlo::monte_carlo(&book, &scenario, 300, 9).unwrap();
    assert_eq!(env.ok(&["montecarlo", &file, "--draws", "300", "--seed", "9", "--json"]).trim_end(), pretty(&mc));
    let human = env.ok(&["montecarlo", &file, "--draws", "50"]);
    assert!(human.contains("P(net > 0)") && human.contains("P95") && human.contains("seed 1"), "{human}");

    // A saved scenario keeps its ranges.
    env.ok(&["scenario", "save", &file, "--name", "with ranges"]);
    assert!(env
        .ok(&["scenario", "show", "with ranges"])
        .contains("\"tiers.人机协同.clients_per_advisor\" = [1500, 7000]"));
    assert_eq!(env.ok(&["tornado", "with ranges", "--json"]).trim_end(), pretty(&rows));
}

#[test]
fn bad_analysis_input_exits_2_naming_the_problem() {
    let env = Env::with_demo(300);
    let file = repo("scenarios/100k.toml");
    let seek = |extra: &[&str]| {
        let args = [&["seek", file.as_str(), "--from", "0", "--to", "1", "--step", "0.5"][..], extra].concat();
        let out = env.reach(&args);
        assert_eq!(out.status.code(), Some(2), "{extra:?}");
        stderr(&out)
    };
    let err = seek(&["--field", "tiers.人机协同.colour", "--maximize", "net"]);
    assert!(err.contains("tiers.人机协同.colour") && err.contains("coverage"), "{err}");
    let err = seek(&["--field", "advisor_cost", "--maximize", "profit"]);
    assert!(err.contains("--figure") && err.contains("`profit`") && err.contains("net"), "{err}");
    let err = seek(&["--field", "hq_advisors", "--maximize", "net"]);
    assert!(err.contains("hq_advisors") && err.contains("whole number"), "{err}");
    let err = seek(&["--field", "tiers.人机协同.coverage", "--figure", "net", "--op", "=", "--value", "1"]);
    assert!(err.contains("`=`"), "{err}");
    let err = seek(&["--field", "tiers.人机协同.coverage"]);
    assert!(err.contains("--maximize") || err.contains("--figure"), "{err}");
    let out = env.reach(&[
        "seek",
        &file,
        "--field",
        "advisor_cost",
        "--from",
        "0",
        "--to",
        "1000000",
        "--step",
        "1",
        "--maximize",
        "net",
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--step") && stderr(&out).contains("10001"), "{}", stderr(&out));

    let out = env.reach(&["montecarlo", &file, "--draws", "0"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--draws"), "{}", stderr(&out));
    let out = env.reach(&["tornado", &file, "--figure", "profit"]);
    assert_eq!(out.status.code(), Some(2));
    let text = std::fs::read_to_string(&file).unwrap();
    let bad = env.file("bad.toml", &text.replace("[1500, 7000]", "[4000, 7000]"));
    let out = env.reach(&["tornado", bad.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains("bad.toml")
            && err.contains("ranges.\"tiers.人机协同.clients_per_advisor\"")
            && err.contains("outside"),
        "{err}"
    );
}
