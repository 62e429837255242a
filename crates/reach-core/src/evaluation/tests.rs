//! Tests of the evaluation: quantiles against table values, Welch and Newcombe against hand
//! computations and published examples, the degenerate cases, the flags and the JSON shape.

use super::*;
use crate::book::Channel;

const T_975_10: f64 = 2.228_138_851_986_273;

fn close(a: f64, b: f64, tol: f64) -> bool {
    (a - b).abs() <= tol * b.abs().max(1e-12)
}

/// A customer with revenue before/after, assets before/after, trades before/after (CNY).
fn customer(id: usize, group: Group, rev: (i64, i64), assets: (i64, i64), trades: (u32, u32)) -> PilotCustomer {
    PilotCustomer {
        customer_id: format!("P{id}"),
        group,
        revenue_before_fen: rev.0 * 100,
        revenue_after_fen: rev.1 * 100,
        assets_before_fen: assets.0 * 100,
        assets_after_fen: assets.1 * 100,
        trades_before: trades.0,
        trades_after: trades.1,
        placed_after_fen: None,
        profile: None,
    }
}

#[test]
fn quantiles_match_the_tables() {
    assert!(close(t_quantile(0.975, 10.0).unwrap(), T_975_10, 1e-12));
    assert!(close(t_quantile(0.975, 1.0).unwrap(), 12.706_204_736_174_705, 1e-10));
    assert!(close(t_quantile(0.975, 30.0).unwrap(), 2.042_272_456_301_238, 1e-10));
    // Two degrees of freedom have a closed form: (2p − 1) / √(2p(1 − p)).
    let p: f64 = 0.975;
    assert!(close(t_quantile(p, 2.0).unwrap(), (2.0 * p - 1.0) / (2.0 * p * (1.0 - p)).sqrt(), 1e-12));
    // Non-integer df lie between their neighbours; huge df approach the normal.
    let q = t_quantile(0.975, 10.5).unwrap();
    assert!(q < T_975_10 && q > t_quantile(0.975, 11.0).unwrap());
    assert!(close(z_quantile(0.975).unwrap(), 1.959_963_984_540_054, 1e-12));
    // Large df: the expansion agrees with statrs where both are exact, and tends to z.
    use statrs::distribution::{ContinuousCDF, StudentsT};
    let statrs_1000 = StudentsT::new(0.0, 1.0, 1000.0).unwrap().inverse_cdf(0.975);
    assert!(close(t_quantile(0.975, 1000.0).unwrap(), statrs_1000, 1e-12));
    assert!(close(t_quantile(0.975, 999.0).unwrap(), 1.962_341_461_133, 1e-11));
    assert!(close(t_quantile(0.975, 1e5).unwrap(), 1.959_987_707_534_6, 1e-12));
    assert!(close(t_quantile(0.975, 1e12).unwrap(), 1.959_963_984_540_054, 1e-11));
    assert_eq!(t_quantile(0.975, 0.0), None);
}

#[test]
fn welch_with_equal_sizes_and_variances_has_df_2n_minus_2_and_the_table_quantile() {
    // Δrevenue: treated 100..600 CNY, control 0..500 CNY; revenue_before 10,000 CNY each.
    let mut rows = Vec::new();
    for k in 0..6i64 {
        rows.push(customer(rows.len(), Group::Treated, (10_000, 10_000 + 100 * (k + 1)), (0, 0), (5, 5)));
        rows.push(customer(rows.len(), Group::Control, (10_000, 10_000 + 100 * k), (0, 0), (5, 5)));
    }
    let all: Vec<&PilotCustomer> = rows.iter().collect();
    let e = uplift(&all);
    // Means differ by 100 CNY = 0.01 of 10,000; each variance is 3.5 × 100² CNY², so
    // se = √(2 × 35,000 / 6) CNY and ν = 10.
    let half = T_975_10 * (2.0 * 35_000.0f64 / 6.0).sqrt() / 10_000.0;
    assert!(close(e.estimate.unwrap(), 0.01, 1e-12));
    assert!(close(e.low.unwrap(), 0.01 - half, 1e-9), "{e:?}");
    assert!(close(e.high.unwrap(), 0.01 + half, 1e-9), "{e:?}");
    assert_eq!((e.n_treated, e.n_control), (6, 6));
    let codes: Vec<&str> = e.flags.iter().map(|f| f.code).collect();
    assert_eq!(codes, ["includes_zero", "small_group"]);
    assert!(e.flagged);
}

#[test]
fn welch_df_follows_the_satterthwaite_formula_for_unequal_groups() {
    // treated 0, 10, 20 (mean 10, s² 100); control 5, 5, 5, 5, 10 (mean 6, s² 5).
    let t = Moments::of(&[0, 10, 20]);
    let c = Moments::of(&[5, 5, 5, 5, 10]);
    assert_eq!((t.mean, t.variance, c.mean, c.variance), (10.0, Some(100.0), 6.0, Some(5.0)));
    // a = 100/3, b = 1; ν = (a + b)² / (a²/2 + b²/4).
    let (a, b) = (100.0 / 3.0, 1.0);
    let df = (a + b) * (a + b) / (a * a / 2.0 + b * b / 4.0);
    assert!(close(welch_df(&t, &c).unwrap(), df, 1e-12));
    let half = t_quantile(0.975, df).unwrap() * (a + b).sqrt();
    let (low, high) = welch(&t, &c).unwrap();
    assert!(close(low, 4.0 - half, 1e-12) && close(high, 4.0 + half, 1e-12));
}

#[test]
fn newcombe_reproduces_the_published_examples() {
    // Newcombe (1998), Statistics in Medicine 17:873–890, table II, method 10.
    let cases =
        [((56, 70, 48, 80), (0.0524, 0.3339)), ((9, 10, 3, 10), (0.1705, 0.8090)), ((5, 56, 0, 29), (-0.0381, 0.1926))];
    for ((k1, n1, k2, n2), (low, high)) in cases {
        let (l, h) = newcombe(k1, n1, k2, n2).unwrap();
        assert!((l - low).abs() < 5e-5 && (h - high).abs() < 5e-5, "{k1}/{n1} − {k2}/{n2}: {l} {h}");
    }
    // Wilson for 0 of 10: (0, 0.2775).
    let (l, h) = wilson(0, 10).unwrap();
    assert!(l.abs() < 1e-12);
    assert!((h - 0.277_532_8).abs() < 1e-6);
    assert_eq!(wilson(1, 0), None);
}

#[test]
fn activation_is_the_difference_of_reactivated_shares_among_the_dormant() {
    let mut rows = Vec::new();
    // Dormant: treated 56 of 70 trade after, control 48 of 80; active customers are ignored.
    for i in 0..70 {
        rows.push(customer(rows.len(), Group::Treated, (0, 0), (1, 1), (0, u32::from(i < 56))));
    }
    for i in 0..80 {
        rows.push(customer(rows.len(), Group::Control, (0, 0), (1, 1), (0, u32::from(i < 48))));
    }
    rows.push(customer(rows.len(), Group::Control, (5, 9), (1, 1), (3, 0)));
    let all: Vec<&PilotCustomer> = rows.iter().collect();
    let e = activation(&all);
    assert!(close(e.estimate.unwrap(), 0.8 - 0.6, 1e-12));
    assert_eq!((e.low, e.high), newcombe(56, 70, 48, 80).map(|(l, h)| (Some(l), Some(h))).unwrap());
    assert_eq!((e.n_treated, e.n_control), (70, 80));
    assert_eq!(e.flags.iter().map(|f| f.code).collect::<Vec<_>>(), ["small_group"]);
}

#[test]
fn asset_growth_and_wealth_share_divide_by_the_treated_means() {
    let mut rows = Vec::new();
    for k in 0..150i64 {
        let mut t = customer(rows.len(), Group::Treated, (0, 0), (1000, 1100 + k % 3), (0, 0));
        t.placed_after_fen = Some((200 + k % 5) * 100);
        rows.push(t);
        let mut c = customer(rows.len(), Group::Control, (0, 0), (1000, 1000 + k % 3), (0, 0));
        c.placed_after_fen = Some((100 + k % 5) * 100);
        rows.push(c);
    }
    let all: Vec<&PilotCustomer> = rows.iter().collect();
    let g = asset_growth(&all);
    assert!(close(g.estimate.unwrap(), 100.0 / 1000.0, 1e-12));
    assert!(!g.flagged, "{g:?}");
    let w = wealth_share(&all).unwrap();
    // mean assets_after_T = 1101 CNY (k % 3 averages 1 over 150 customers).
    assert!(close(w.estimate.unwrap(), 100.0 / 1101.0, 1e-12));
    assert!(w.low.unwrap() < w.estimate.unwrap() && w.estimate.unwrap() < w.high.unwrap());
    rows[0].placed_after_fen = None;
    assert_eq!(wealth_share(&rows.iter().collect::<Vec<_>>()), None);
}

#[test]
fn degenerate_cases_give_none_with_a_reason_never_nan() {
    // Only treated customers: no estimate anywhere.
    let rows = [customer(0, Group::Treated, (10, 20), (100, 100), (1, 1))];
    let all: Vec<&PilotCustomer> = rows.iter().collect();
    for e in [uplift(&all), activation(&all), asset_growth(&all)] {
        assert_eq!((e.estimate, e.low, e.high), (None, None, None));
        assert!(e.flagged && e.flags.iter().any(|f| f.code == "no_estimate"), "{e:?}");
    }
    assert!(uplift(&all).flags[0].reason.contains("no control customer with trades_before > 0"));

    // Zero denominator: the treated brought no revenue before.
    let rows = [
        customer(0, Group::Treated, (0, 5), (0, 0), (1, 1)),
        customer(1, Group::Treated, (0, 7), (0, 0), (1, 1)),
        customer(2, Group::Control, (3, 4), (0, 0), (1, 1)),
        customer(3, Group::Control, (3, 5), (0, 0), (1, 1)),
    ];
    let all: Vec<&PilotCustomer> = rows.iter().collect();
    let e = uplift(&all);
    assert_eq!(e.estimate, None);
    assert!(e.flags.iter().any(|f| f.reason.contains("mean revenue_before is 0")));
    assert_eq!(asset_growth(&all).estimate, None);

    // One customer per group: an estimate but no interval.
    let rows = [
        customer(0, Group::Treated, (100, 120), (0, 0), (1, 1)),
        customer(1, Group::Control, (100, 110), (0, 0), (1, 1)),
    ];
    let e = uplift(&rows.iter().collect::<Vec<_>>());
    assert!(close(e.estimate.unwrap(), 0.1, 1e-12));
    assert_eq!((e.low, e.high), (None, None));
    assert!(e.flags.iter().any(|f| f.code == "no_interval"));

    // No variation at all: the interval is the point.
    let rows: Vec<PilotCustomer> = (0..4)
        .map(|i| customer(i, if i % 2 == 0 { Group::Treated } else { Group::Control }, (100, 100), (10, 10), (1, 1)))
        .collect();
    let e = uplift(&rows.iter().collect::<Vec<_>>());
    assert_eq!((e.estimate, e.low, e.high), (Some(0.0), Some(0.0), Some(0.0)));
    assert!(e.flags.iter().any(|f| f.code == "includes_zero"));

    // Every dormant customer reactivated in both groups: p = 1, still finite.
    let rows: Vec<PilotCustomer> = (0..4)
        .map(|i| customer(i, if i % 2 == 0 { Group::Treated } else { Group::Control }, (0, 0), (0, 0), (0, 2)))
        .collect();
    let e = activation(&rows.iter().collect::<Vec<_>>());
    assert_eq!(e.estimate, Some(0.0));
    assert!(e.low.unwrap().is_finite() && e.high.unwrap().is_finite());
    let json = serde_json::to_string(&Evaluation::of(&rows)).unwrap();
    assert!(!json.contains("NaN") && !json.contains("inf"), "{json}");
}

#[test]
fn the_evaluation_has_model_keys_and_segments() {
    let mut rows = Vec::new();
    for i in 0..40usize {
        let group = if i % 2 == 0 { Group::Treated } else { Group::Control };
        let mut c = customer(
            i,
            group,
            (100 + i as i64, 110 + i as i64),
            (50_000 * (i as i64 % 4 + 1), 60_000),
            ((i % 3) as u32, 1),
        );
        c.profile = (i < 30).then_some(BookProfile {
            channel: if i % 4 < 2 { Channel::Online } else { Channel::Offline },
            age: 25 + i as u8,
        });
        rows.push(c);
    }
    let ev = Evaluation::of(&rows);
    assert_eq!((ev.n_treated, ev.n_control, ev.in_book, ev.not_in_book), (20, 20, 30, 10));
    let json = serde_json::to_value(&ev).unwrap();
    for key in ["n_treated", "n_control", "uplift", "activation", "asset_growth", "segments"] {
        assert!(json.get(key).is_some(), "{key}");
    }
    assert!(json.get("wealth_share").is_none());
    for key in ["estimate", "low", "high", "n_treated", "n_control", "flagged"] {
        assert!(json["uplift"].get(key).is_some(), "{key}");
    }
    let dims: Vec<(&str, &str, u64)> =
        ev.segments.iter().map(|s| (s.dimension.as_str(), s.segment, s.n_treated + s.n_control)).collect();
    assert!(dims.contains(&("asset_band", "[30k, 100k)", 10)));
    assert!(dims.contains(&("asset_band", "[100k, 500k)", 30)));
    assert!(dims.contains(&("activity", "dormant", 14)));
    assert!(dims.contains(&("channel", "online", 16)));
    assert!(dims.contains(&("age_group", "18–29", 5)));
    assert!(dims.contains(&("age_group", "50–59", 5)));
    // Channels and ages cover only the customers found in the book.
    let channel_total: u64 =
        ev.segments.iter().filter(|s| s.dimension == Dimension::Channel).map(|s| s.n_treated + s.n_control).sum();
    assert_eq!(channel_total, 30);
}

#[test]
fn estimates_are_rounded_to_four_places_for_a_scenario() {
    assert_eq!(rounded_for_scenario(0.080_049_9).unwrap().to_string(), "0.0800");
    assert_eq!(rounded_for_scenario(0.123_45).unwrap().to_string(), "0.1235");
    assert_eq!(rounded_for_scenario(-0.000_04).unwrap().to_string(), "0.0000");
    assert_eq!(rounded_for_scenario(f64::NAN), None);
    assert_eq!(age_group(18), "18–29");
    assert_eq!(age_group(59), "50–59");
    assert_eq!(age_group(85), "60+");
}

/// 200 treated and 200 control customers, all active before; the treated's revenue grows by
/// a tenth, with noise that differs by customer, and nobody's assets move.
fn clear_pilot() -> Evaluation {
    let mut customers = Vec::new();
    for i in 0..400 {
        let group = if i % 2 == 0 { Group::Treated } else { Group::Control };
        let before = 1_000 + (i as i64 % 37) * 10;
        let noise = (i as i64 * 7919) % 41 - 20;
        let after = if group == Group::Treated { before + before / 10 + noise } else { before + noise };
        customers.push(customer(i, group, (before, after), (50_000, 50_000), (3, 3)));
    }
    Evaluation::of(&customers)
}

fn story_100k() -> crate::Scenario {
    crate::Scenario::from_toml(include_str!("../../../../scenarios/100k.toml")).unwrap()
}

fn request(kind: EstimateKind, confirm: bool) -> ApplyRequest<'static> {
    ApplyRequest { pilot: "春季试点", kind, tier: "人机协同", new_name: "10万 · 试点实测", confirm }
}

#[test]
fn an_applied_estimate_sets_the_tier_field_rounded_and_records_its_provenance() {
    let ev = clear_pilot();
    assert!(!ev.uplift.flagged, "{:?}", ev.uplift.flags);
    let base = story_100k();
    let done = apply_estimate(&base, &ev, &request(EstimateKind::Uplift, false), "2026-11-25").unwrap();
    let rounded = rounded_for_scenario(ev.uplift.estimate.unwrap()).unwrap();
    let hybrid = done.scenario.tier_index("人机协同").unwrap();
    assert_eq!(done.scenario.tiers[hybrid].uplift, rounded);
    assert_eq!(done.scenario.name, "10万 · 试点实测");
    // The other tier keeps its value; the base is untouched.
    let advisor = done.scenario.tier_index("专属投顾").unwrap();
    assert_eq!(done.scenario.tiers[advisor].uplift, base.tiers[advisor].uplift);
    assert_eq!(base.tiers[hybrid].uplift.to_string(), "0.08");
    let p = &done.provenance;
    assert_eq!(p.field, "tiers.人机协同.uplift");
    assert_eq!((p.pilot.as_str(), p.applied.as_str(), p.flagged), ("春季试点", "2026-11-25", false));
    assert_eq!(p.estimate, rounded);
    assert_eq!(p.low, rounded_for_scenario(ev.uplift.low.unwrap()).unwrap());
    assert_eq!(p.high, rounded_for_scenario(ev.uplift.high.unwrap()).unwrap());
    assert!(p.low < p.estimate && p.estimate < p.high);
    // Written and read back, the scenario carries the value and the provenance.
    let again = crate::Scenario::from_toml(&done.scenario.to_toml()).unwrap();
    assert_eq!(again.provenance, vec![p.clone()]);
    assert_eq!(again.tiers[hybrid].uplift, rounded);
    // The story's range for the field, [0.02, 0.15], already holds the estimate: kept as it is.
    let range = |s: &crate::Scenario| {
        let r = s.ranges.iter().find(|r| r.path == "tiers.人机协同.uplift").unwrap();
        (r.low.to_string(), r.high.to_string())
    };
    assert!(rounded < "0.15".parse().unwrap());
    assert_eq!(range(&again), ("0.02".to_string(), "0.15".to_string()));
    // A range that does not hold the estimate is widened to take it in.
    let mut narrow = base.clone();
    narrow.ranges.iter_mut().find(|r| r.path == "tiers.人机协同.uplift").unwrap().high = "0.05".parse().unwrap();
    assert!(rounded > "0.05".parse().unwrap());
    let widened = apply_estimate(&narrow, &ev, &request(EstimateKind::Uplift, false), "2026-11-25").unwrap();
    assert_eq!(range(&widened.scenario), ("0.02".to_string(), rounded.to_string()));
    // Applying again to the result replaces the provenance of the field, not adds one.
    let twice = apply_estimate(&again, &ev, &request(EstimateKind::Uplift, false), "2026-11-25").unwrap();
    assert_eq!(twice.scenario.provenance.len(), 1);
}

#[test]
fn a_flagged_estimate_needs_confirmation_and_a_missing_one_is_never_applied() {
    let ev = clear_pilot();
    // Nobody was dormant: activation cannot be estimated, confirmed or not.
    for confirm in [false, true] {
        let e =
            apply_estimate(&story_100k(), &ev, &request(EstimateKind::Activation, confirm), "2026-11-25").unwrap_err();
        assert!(matches!(e, ApplyRefusal::NoEstimate { .. }), "{e}");
        assert!(e.to_string().contains("no treated customer with trades_before = 0"), "{e}");
    }
    // Assets did not move: the asset growth interval is [0, 0], which includes 0.
    let e = apply_estimate(&story_100k(), &ev, &request(EstimateKind::AssetGrowth, false), "2026-11-25").unwrap_err();
    match &e {
        ApplyRefusal::Flagged { codes, .. } => assert_eq!(codes, &vec!["includes_zero"]),
        other => panic!("{other}"),
    }
    assert!(e.to_string().contains("includes 0") && e.to_string().contains("confirm"), "{e}");
    let done = apply_estimate(&story_100k(), &ev, &request(EstimateKind::AssetGrowth, true), "2026-11-25").unwrap();
    assert!(done.provenance.flagged);
    assert!(done.provenance.estimate.is_zero());
    // No placed_after: no wealth share to apply.
    let e = apply_estimate(&story_100k(), &ev, &request(EstimateKind::WealthShare, true), "2026-11-25").unwrap_err();
    assert!(matches!(e, ApplyRefusal::Missing { .. }), "{e}");
}

#[test]
fn an_estimate_the_scenario_cannot_hold_is_refused_naming_the_field() {
    let ev = clear_pilot();
    let mut req = request(EstimateKind::Uplift, false);
    req.tier = "无此层级";
    let e = apply_estimate(&story_100k(), &ev, &req, "2026-11-25").unwrap_err();
    assert!(e.to_string().contains("no tier is named `无此层级`"), "{e}");
    // A negative uplift (the control did better) is outside the field's bounds.
    let mut flipped = clear_pilot();
    flipped.uplift.estimate = flipped.uplift.estimate.map(|v| -v);
    let e = apply_estimate(&story_100k(), &flipped, &request(EstimateKind::Uplift, true), "2026-11-25").unwrap_err();
    let ApplyRefusal::Invalid(err) = &e else { panic!("{e}") };
    assert_eq!(err.field, "tiers.人机协同.uplift");
    assert!(err.message.contains("cannot be applied"), "{e}");
}
