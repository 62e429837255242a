//! Tests of the demo generator: calibration shares, headcounts, determinism, the in-memory book.

use super::branches::branch_quotas;
use super::calibration::*;
use super::generator::customer_id;
use super::*;
use crate::book::{band_of, Book, BranchInfo, Channel, Customer, BAND_COUNT};
use std::collections::{BTreeSet, HashMap, HashSet};

fn book(customers: usize, seed: u64) -> (Vec<BranchInfo>, Vec<Customer>) {
    generate_all(&DemoParams { customers, seed })
}

/// Summary figures of a generated book.
struct Summary {
    csdc_pct: [f64; 8],
    model_pct: [f64; BAND_COUNT],
    dormant_pct: f64,
    dormant_by_band_pct: [f64; BAND_COUNT],
    served_500k_pct: f64,
    served_100k_pct: f64,
    online_pct: f64,
    n500_by_branch: HashMap<String, u64>,
}

fn summarise(customers: &[Customer]) -> Summary {
    let mut csdc = [0u64; 8];
    let mut positive = 0u64;
    let mut model = [0u64; BAND_COUNT];
    let mut model_dormant = [0u64; BAND_COUNT];
    let (mut dormant, mut online, mut n500, mut s500, mut n100, mut s100) = (0u64, 0u64, 0u64, 0u64, 0u64, 0u64);
    let mut n500_by_branch: HashMap<String, u64> = HashMap::new();
    for c in customers {
        if c.total_assets_fen > 0 {
            positive += 1;
            csdc[csdc_band_of(c.total_assets_fen)] += 1;
        }
        let band = band_of(c.total_assets_fen);
        model[band] += 1;
        if c.trades_12m == 0 {
            dormant += 1;
            model_dormant[band] += 1;
        }
        if c.channel == Channel::Online {
            online += 1;
        }
        if c.total_assets_fen >= POLICY_MIN_ASSETS_FEN {
            n500 += 1;
            *n500_by_branch.entry(c.branch.clone()).or_default() += 1;
            s500 += u64::from(c.advisor_id.is_some());
        } else if c.total_assets_fen >= 10_000_000 {
            n100 += 1;
            s100 += u64::from(c.advisor_id.is_some());
        }
    }
    let pct = |a: u64, b: u64| if b == 0 { 0.0 } else { 100.0 * a as f64 / b as f64 };
    let n = customers.len() as u64;
    Summary {
        csdc_pct: csdc.map(|k| pct(k, positive)),
        model_pct: model.map(|k| pct(k, n)),
        dormant_pct: pct(dormant, n),
        dormant_by_band_pct: std::array::from_fn(|i| pct(model_dormant[i], model[i])),
        served_500k_pct: pct(s500, n500),
        served_100k_pct: pct(s100, n100),
        online_pct: pct(online, n),
        n500_by_branch,
    }
}

fn table_pct() -> [f64; 8] {
    let total: f64 = CSDC_2016_BANDS.iter().map(|b| b.share_pct).sum();
    CSDC_2016_BANDS.map(|b| 100.0 * b.share_pct / total)
}

#[test]
fn same_seed_same_book_and_different_seed_differs() {
    let a = book(5_000, 7);
    let b = book(5_000, 7);
    assert_eq!(a, b);
    let c = book(5_000, 8);
    assert_ne!(a.1, c.1);
}

#[test]
fn streaming_and_in_memory_agree() {
    let params = DemoParams { customers: 2_000, seed: 3 };
    let mut streamed = Vec::new();
    let branches = generate(&params, |c| streamed.push(c));
    assert_eq!((branches, streamed), generate_all(&params));
}

#[test]
fn band_shares_follow_csdc_2016() {
    let (_, customers) = book(200_000, DemoParams::default().seed);
    let s = summarise(&customers);
    let table = table_pct();
    for (i, (&got, &want)) in s.csdc_pct.iter().zip(table.iter()).enumerate() {
        assert!((got - want).abs() <= 1.0, "CSDC band {i}: {got:.2}% vs {want:.2}%");
    }
    // The MODEL bands (over all customers, zeros included) are consistent with the table:
    // 10k–100k splits log-uniformly at 30k.
    let split = 3f64.log10();
    let pos = 100.0 - 100.0 * ZERO_ASSET_SHARE;
    let expected = [
        100.0 * ZERO_ASSET_SHARE + table[0] * pos / 100.0,
        table[1] * split * pos / 100.0,
        table[1] * (1.0 - split) * pos / 100.0,
        table[2] * pos / 100.0,
        table[3] * pos / 100.0,
        table[4] * pos / 100.0,
        (table[5] + table[6] + table[7]) * pos / 100.0,
    ];
    for (i, (&got, &want)) in s.model_pct.iter().zip(expected.iter()).enumerate() {
        assert!((got - want).abs() <= 1.0, "MODEL band {i}: {got:.2}% vs {want:.2}%");
        // and against the plain table where the bands coincide
    }
    assert!((s.model_pct[0] - table[0]).abs() <= 1.0);
    assert!((s.model_pct[3] - table[2]).abs() <= 1.0);
    // Smooth within bands: plenty of distinct, non-round balances.
    let distinct: HashSet<i64> = customers.iter().map(|c| c.total_assets_fen).collect();
    assert!(distinct.len() > customers.len() * 9 / 10);
    let round = customers.iter().filter(|c| c.total_assets_fen > 0 && c.total_assets_fen % 100 == 0).count();
    assert!(round < customers.len() / 20, "{round} balances are whole yuan");
    assert!(customers.iter().all(|c| c.total_assets_fen <= TOP_CAP_FEN));
}

#[test]
fn dormancy_is_calibrated_and_higher_for_small_accounts() {
    let (_, customers) = book(100_000, 11);
    let s = summarise(&customers);
    assert!((35.0..=45.0).contains(&s.dormant_pct), "dormant {:.2}%", s.dormant_pct);
    let over_500k = (s.dormant_by_band_pct[4] + s.dormant_by_band_pct[5]) / 2.0;
    assert!(s.dormant_by_band_pct[0] > 60.0 && over_500k < 20.0, "{:?}", s.dormant_by_band_pct);
    for w in s.dormant_by_band_pct[..5].windows(2) {
        assert!(w[0] > w[1], "dormancy should fall with assets: {:?}", s.dormant_by_band_pct);
    }
    // 休眠-like accounts (≤ 100 CNY) are always dormant, dormant ones earn nothing.
    for c in &customers {
        if c.total_assets_fen <= 10_000 {
            assert_eq!(c.trades_12m, 0, "{c:?}");
        }
        if c.trades_12m == 0 {
            assert_eq!(c.revenue_12m_fen, 0, "{c:?}");
        }
    }
    let sleeping = customers.iter().filter(|c| c.total_assets_fen <= 10_000).count() as f64;
    let share = 100.0 * sleeping / customers.len() as f64;
    assert!((1.5..=2.5).contains(&share), "休眠-like {share:.2}%");
}

#[test]
fn every_field_is_in_range() {
    let (branches, customers) = book(50_000, 5);
    assert_eq!(branches.len(), 30);
    let names: HashSet<&str> = branches.iter().map(|b| b.name.as_str()).collect();
    assert_eq!(names.len(), 30);
    let regions: BTreeSet<&str> = branches.iter().filter_map(|b| b.region.as_deref()).collect();
    assert_eq!(regions, ["东北", "华东", "华中", "华北", "华南", "西北", "西南"].into_iter().collect());
    let mut ids = HashSet::new();
    for (i, c) in customers.iter().enumerate() {
        assert_eq!(c.customer_id, format!("C{:08}", i + 1));
        assert!(ids.insert(c.customer_id.as_str()));
        assert!(names.contains(c.branch.as_str()));
        assert!(c.total_assets_fen >= 0);
        assert!((18..=85).contains(&c.age), "{c:?}");
        assert!(c.revenue_12m_fen >= 0);
        assert!(c.trades_12m <= 20_000);
        if c.trades_12m == 0 {
            assert_eq!(c.revenue_12m_fen, 0);
        }
        if let Some(a) = &c.advisor_id {
            assert!(!a.is_empty());
            assert!(c.total_assets_fen >= 10_000_000, "served below 100k: {c:?}");
        }
    }
    // Age skewed to 30–55; risk falls with age; online share in 55–65%.
    let mid = customers.iter().filter(|c| (30..=55).contains(&c.age)).count() as f64;
    assert!(mid / customers.len() as f64 > 0.6);
    let mean_risk = |lo: u8, hi: u8| {
        let v: Vec<f64> = customers
            .iter()
            .filter(|c| (lo..=hi).contains(&c.age))
            .map(|c| f64::from(c.risk_profile.level()))
            .collect();
        v.iter().sum::<f64>() / v.len() as f64
    };
    assert!(mean_risk(18, 30) > mean_risk(60, 85) + 0.5);
    let s = summarise(&customers);
    assert!((55.0..=65.0).contains(&s.online_pct), "online {:.2}%", s.online_pct);
    let online_share = |f: &dyn Fn(&Customer) -> bool| {
        let v: Vec<&Customer> = customers.iter().filter(|c| f(c)).collect();
        v.iter().filter(|c| c.channel == Channel::Online).count() as f64 / v.len() as f64
    };
    assert!(online_share(&|c| c.age < 35) > online_share(&|c| c.age >= 55));
    assert!(online_share(&|c| c.total_assets_fen < 5_000_000) > online_share(&|c| c.total_assets_fen >= 50_000_000));
}

#[test]
fn revenue_follows_commission_and_turnover() {
    let (_, customers) = book(50_000, 9);
    // Active customers under 100k: revenue / assets ≈ 10 × 万2.2 on average (activity mean 1).
    let (mut rev, mut assets) = (0f64, 0f64);
    for c in customers.iter().filter(|c| c.trades_12m > 0 && c.total_assets_fen < 10_000_000) {
        rev += c.revenue_12m_fen as f64;
        assets += c.total_assets_fen as f64;
    }
    let ratio = rev / assets / (10.0 * COMMISSION_RATE);
    assert!((0.85..=1.15).contains(&ratio), "{ratio}");
    // More trades for bigger accounts.
    let mean_trades = |lo: i64, hi: i64| {
        let v: Vec<f64> = customers
            .iter()
            .filter(|c| c.trades_12m > 0 && (lo..hi).contains(&c.total_assets_fen))
            .map(|c| f64::from(c.trades_12m))
            .collect();
        v.iter().sum::<f64>() / v.len() as f64
    };
    assert!(mean_trades(50_000_000, i64::MAX) > mean_trades(0, 1_000_000));
    assert_eq!(turnover_ratio(50_000.0), 10.0);
    assert_eq!(turnover_ratio(2_000_000.0), 3.0);
    assert!((turnover_ratio(316_227.77) - 10.0 * 0.3f64.sqrt()).abs() < 1e-6);
}

/// Distinct advisor ids per branch, as `Book::from_customers` derives them.
fn distinct_advisors(customers: &[Customer]) -> HashMap<&str, BTreeSet<&str>> {
    let mut m: HashMap<&str, BTreeSet<&str>> = HashMap::new();
    for c in customers {
        if let Some(a) = c.advisor_id.as_deref() {
            m.entry(c.branch.as_str()).or_default().insert(a);
        }
    }
    m
}

fn check_headcounts(branches: &[BranchInfo], customers: &[Customer]) {
    let distinct = distinct_advisors(customers);
    for b in branches {
        let n = distinct.get(b.name.as_str()).map_or(0, |s| s.len()) as u32;
        assert_eq!(n, b.current_advisors, "{}", b.name);
    }
    let book = Book::from_customers(customers, None).unwrap();
    let by_name: HashMap<&str, u32> = branches.iter().map(|b| (b.name.as_str(), b.current_advisors)).collect();
    for b in book.branches() {
        assert_eq!(Some(&b.current_advisors), by_name.get(b.name.as_str()), "{}", b.name);
    }
    let with_file = Book::from_customers(customers, Some(branches)).unwrap();
    for b in with_file.branches() {
        assert_eq!(by_name[b.name.as_str()], b.current_advisors);
    }
    // Advisor ids belong to one branch only.
    let mut owner: HashMap<&str, &str> = HashMap::new();
    for c in customers {
        if let Some(a) = c.advisor_id.as_deref() {
            assert_eq!(*owner.entry(a).or_insert(c.branch.as_str()), c.branch.as_str());
        }
    }
}

#[test]
fn headcounts_match_distinct_advisor_ids_and_the_book() {
    let (branches, customers) = book(200_000, DemoParams::default().seed);
    check_headcounts(&branches, &customers);
    let s = summarise(&customers);
    assert!((80.0..=90.0).contains(&s.served_500k_pct), "served ≥500k {:.2}%", s.served_500k_pct);
    assert!((1.5..=4.5).contains(&s.served_100k_pct), "served 100k–500k {:.2}%", s.served_100k_pct);
    // Today's 500k policy is nearly full: needed ≥ current in every branch, a few hires overall.
    let (mut needed, mut current) = (0u64, 0u64);
    for b in &branches {
        let n = s.n500_by_branch.get(&b.name).copied().unwrap_or(0);
        let need = (9 * n).div_ceil(10 * POLICY_CLIENTS_PER_ADVISOR);
        assert!(need >= u64::from(b.current_advisors), "{}: need {need}, have {}", b.name, b.current_advisors);
        needed += need;
        current += u64::from(b.current_advisors);
    }
    assert!(current > 0 && needed >= current && needed <= current + current / 5 + 5, "{needed} vs {current}");
}

#[test]
fn small_books_work() {
    for n in [0, 1, 29, 100, 1000] {
        let (branches, customers) = book(n, 42);
        assert_eq!(branches.len(), 30);
        assert_eq!(customers.len(), n);
        check_headcounts(&branches, &customers);
        if n >= 1000 {
            let used: HashSet<&str> = customers.iter().map(|c| c.branch.as_str()).collect();
            assert_eq!(used.len(), 30, "every branch has customers at N = {n}");
        }
    }
}

#[test]
fn branches_are_zipf_like() {
    let q = branch_quotas(1_000_000);
    assert_eq!(q.iter().sum::<u64>(), 1_000_000);
    assert!(q.windows(2).all(|w| w[0] >= w[1]));
    assert!(q[0] > 8 * q[29]);
    assert_eq!(branch_quotas(7).iter().sum::<u64>(), 7);
    assert_eq!(customer_id(1), "C00000001");
    assert_eq!(customer_id(99_999_999), "C99999999");
    assert_eq!(customer_id(123_456_789), "C123456789");
}

/// `cargo test --release -p reach-core demo -- --ignored --nocapture`
#[test]
#[ignore]
fn one_million_speed_and_summary() {
    let params = DemoParams::default();
    let start = std::time::Instant::now();
    let mut count = 0usize;
    let mut sum_rev = 0i128;
    let branches = generate(&params, |c| {
        count += 1;
        sum_rev += i128::from(c.revenue_12m_fen);
    });
    let streamed = start.elapsed();
    let start = std::time::Instant::now();
    let (branches2, customers) = generate_all(&params);
    let in_memory = start.elapsed();
    assert_eq!(branches, branches2);
    assert_eq!(count, customers.len());
    println!("{DEMO_LABEL}");
    println!("generate (streaming, sink drops) {streamed:?}; generate_all {in_memory:?}");
    let s = summarise(&customers);
    let table = table_pct();
    for (i, b) in CSDC_2016_BANDS.iter().enumerate() {
        println!(
            "CSDC band {:>11}..{:<11} CNY: {:6.2}% (table {:6.2}%)",
            b.lower_fen / 100,
            if i == 7 { "∞".to_string() } else { (b.upper_fen / 100).to_string() },
            s.csdc_pct[i],
            table[i]
        );
    }
    for i in 0..BAND_COUNT {
        println!(
            "MODEL band {:<13}: {:6.2}% of customers, dormant {:5.1}%",
            crate::book::BAND_LABELS[i],
            s.model_pct[i],
            s.dormant_by_band_pct[i]
        );
    }
    println!("dormant {:.2}%, online {:.2}%", s.dormant_pct, s.online_pct);
    println!("served: ≥500k {:.2}%, 100k–500k {:.2}%", s.served_500k_pct, s.served_100k_pct);
    let (mut needed, mut current, mut served) = (0u64, 0u64, 0u64);
    for b in &branches {
        let n = s.n500_by_branch.get(&b.name).copied().unwrap_or(0);
        let need = (9 * n).div_ceil(10 * POLICY_CLIENTS_PER_ADVISOR);
        let sv = customers.iter().filter(|c| c.branch == b.name && c.advisor_id.is_some()).count() as u64;
        println!(
            "{:<14} {} customers≥500k {:>6} advisors {:>3} needed@500k {:>3} load {:>6.1} served/adv {:>6.1}",
            b.name,
            b.region.as_deref().unwrap_or(""),
            n,
            b.current_advisors,
            need,
            0.9 * n as f64 / f64::from(b.current_advisors.max(1)),
            sv as f64 / f64::from(b.current_advisors.max(1))
        );
        needed += need;
        current += u64::from(b.current_advisors);
        served += sv;
    }
    println!("advisors today {current}, needed at 500k {needed}, hires {}, served {served}", needed - current);
    let ages: Vec<f64> = customers.iter().map(|c| f64::from(c.age)).collect();
    println!("mean age {:.1}", ages.iter().sum::<f64>() / ages.len() as f64);
    let mut risk = [0u64; 5];
    for c in &customers {
        risk[usize::from(c.risk_profile.level() - 1)] += 1;
    }
    println!("risk C1..C5 {:?}", risk.map(|r| format!("{:.1}%", 100.0 * r as f64 / customers.len() as f64)));
    println!("base revenue {:.0} CNY", sum_rev as f64 / 100.0);
    check_headcounts(&branches, &customers);
}

#[test]
fn the_in_memory_demo_book_equals_the_one_built_from_records() {
    let params = DemoParams { customers: 5_000, seed: 7 };
    let (branches, customers) = generate_all(&params);
    let from_records = Book::from_customers(&customers, Some(&branches)).unwrap();
    let direct = generate_book(&params);
    assert_eq!(direct.branches(), from_records.branches());
    assert_eq!(direct.stats(), from_records.stats());
    assert!((0..direct.len()).all(|i| direct.customer(i) == from_records.customer(i)));
}

/// Over 200 pilots (50 samples of 2,000 customers of one demo book, four seeds each), each
/// 95% interval covers the true effect it was generated with in 90%–99% of the pilots.
#[test]
fn demo_pilot_intervals_cover_the_true_effects_at_about_95_percent() {
    use crate::evaluation::Evaluation;
    let (_, customers) = book(100_000, 11);
    let effects = TrueEffects::default();
    let truth = [effects.uplift, effects.activation, effects.asset_growth, effects.wealth_share];
    let mut covered = [0u32; 4];
    let runs = 200u64;
    for run in 0..runs {
        let offset = (run % 50) as usize;
        let sample: Vec<Customer> = customers.iter().skip(offset).step_by(50).take(2_000).cloned().collect();
        let params = PilotParams { customers: 2_000, seed: 1_000 + run, effects };
        let ev = Evaluation::of(&generate_pilot(&sample, &params));
        let wealth = ev.wealth_share.clone().expect("the demo pilot has placed_after");
        for (k, e) in [&ev.uplift, &ev.activation, &ev.asset_growth, &wealth].into_iter().enumerate() {
            let (low, high) = (e.low.expect("an interval"), e.high.expect("an interval"));
            if low <= truth[k] && truth[k] <= high {
                covered[k] += 1;
            }
        }
    }
    let rates = covered.map(|c| f64::from(c) / runs as f64);
    println!("coverage uplift, activation, asset_growth, wealth_share: {rates:?}");
    assert!(rates.iter().all(|r| (0.90..=0.99).contains(r)), "{rates:?}");
}

#[test]
fn the_demo_pilot_is_deterministic_and_takes_every_stride_th_customer() {
    let (_, customers) = book(10_000, 3);
    let stride = pilot_stride(customers.len(), 1_000);
    assert_eq!(stride, 10);
    assert_eq!(pilot_stride(500, 1_000), 1);
    let sample: Vec<Customer> = customers.iter().step_by(stride).cloned().collect();
    let params = PilotParams { customers: 1_000, ..PilotParams::default() };
    let a = generate_pilot(&sample, &params);
    assert_eq!(a, generate_pilot(&sample, &params));
    assert_eq!(a.len(), 1_000);
    assert_eq!(a[1].customer_id, customers[10].customer_id);
    assert!(a.iter().all(|c| c.placed_after_fen.is_some_and(|p| p <= c.assets_after_fen)));
    let treated = a.iter().filter(|c| c.group == crate::evaluation::Group::Treated).count();
    assert!((400..=600).contains(&treated), "{treated}");
}
