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
    let bad = env.file("bad.toml", &text.replace("[1500, 7000]", "[2000, 7000]"));
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
