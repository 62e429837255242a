//! Where the workbench's time goes on the warehouse at `$REACH_DB`: the run, the sweep and
//! each chart, for the 30k story scenario. `cargo run --release -p reach-app --example profile`.

use std::time::Instant;

use reach_app::{EvaluateRequest, Lang, Session};

#[tokio::main]
async fn main() {
    let path = reach_store::Warehouse::default_path();
    let t = Instant::now();
    let s = Session::open(&path).await.expect("warehouse");
    println!("open + load book: {:.1} ms", t.elapsed().as_secs_f64() * 1e3);
    let presets = Session::presets();
    let scenario = presets.iter().find(|p| p.key == "30k").unwrap().scenario.clone();
    let base = presets.iter().find(|p| p.key == "500k").unwrap().scenario.clone();
    let loaded = reach_store::Warehouse::open(&path).await.unwrap().load_book().await.unwrap().unwrap();
    let sc = reach_core::scenario::form::scenario_from_input(&scenario).unwrap();
    for _ in 0..3 {
        let t = Instant::now();
        let r = reach_core::run(&loaded.book, &sc).unwrap();
        let run_ms = t.elapsed().as_secs_f64() * 1e3;
        let t = Instant::now();
        let (tier, cur) = reach_app::workbench::sweep_tier(&sc, None).unwrap();
        let t_index = sc.tier_index(&tier).unwrap();
        let pts =
            reach_core::sweep::sweep(&loaded.book, &sc, &tier, &reach_app::workbench::sweep_thresholds(&sc, t_index))
                .unwrap();
        let sweep_ms = t.elapsed().as_secs_f64() * 1e3;
        let input = reach_report::SweepInput { tier: tier.clone(), current: cur, points: pts };
        let t = Instant::now();
        let svg = reach_report::charts::sweep(&input, &sc.name).svg(reach_report::Lang::Zh).unwrap();
        let sweep_chart = t.elapsed().as_secs_f64() * 1e3;
        let t = Instant::now();
        let _ = reach_report::charts::tiers(vec![(&sc.name, &r)]).svg(reach_report::Lang::Zh).unwrap();
        let tiers_chart = t.elapsed().as_secs_f64() * 1e3;
        let t = Instant::now();
        let _ = reach_report::charts::load(&sc.name, &r, None).svg(reach_report::Lang::Zh).unwrap();
        let load_chart = t.elapsed().as_secs_f64() * 1e3;
        let t = Instant::now();
        let _ = reach_report::charts::credit(vec![(&sc.name, &r)]).svg(reach_report::Lang::Zh).unwrap();
        let credit_chart = t.elapsed().as_secs_f64() * 1e3;
        println!(
            "run {run_ms:.1} ms, sweep({} pts) {sweep_ms:.1} ms, charts: sweep {sweep_chart:.1} ({} KB), tiers {tiers_chart:.1}, load {load_chart:.1}, credit {credit_chart:.1}",
            input.points.len(),
            svg.len() / 1024
        );
        let t = Instant::now();
        let ev = s
            .evaluate(&EvaluateRequest {
                scenario: scenario.clone(),
                sweep_tier: None,
                base: Some(base.clone()),
                lang: Lang::Zh,
                chart: None,
                chart_size: None,
            })
            .unwrap();
        let json = serde_json::to_string(&ev).unwrap();
        println!("evaluate (all): {:.1} ms, JSON {} KB", t.elapsed().as_secs_f64() * 1e3, json.len() / 1024);
    }
}
