//! Shared test support: building customers tersely, and `reference`, an independent
//! implementation of docs/spec/MODEL.md sections 2–5 and 7–9 written the slow, literal way — one customer at a
//! time, in exact rational arithmetic — against which the engine is checked.
#![allow(dead_code)]

use std::collections::{BTreeMap, BTreeSet};
use std::str::FromStr;

use num_bigint::BigInt;
use num_rational::BigRational;
use num_traits::{One, Signed, ToPrimitive, Zero};
use reach_core::book::{BranchInfo, Channel, Customer, RiskProfile};
use reach_core::scenario::{CreditRule, Owner, Scenario, ServiceModel};
use rust_decimal::Decimal;
use serde_json::{json, Value};

pub fn d(s: &str) -> Decimal {
    Decimal::from_str(s).unwrap()
}

/// A customer from yuan amounts written as text (`"99999.99"`).
#[allow(clippy::too_many_arguments)]
pub fn customer(
    id: &str,
    branch: &str,
    assets: &str,
    age: u8,
    risk: RiskProfile,
    channel: Channel,
    trades: u32,
    revenue: &str,
    advisor: &str,
) -> Customer {
    Customer {
        customer_id: id.into(),
        branch: branch.into(),
        total_assets_fen: reach_core::money::parse_fen(assets).unwrap(),
        age,
        risk_profile: risk,
        channel,
        trades_12m: trades,
        revenue_12m_fen: reach_core::money::parse_fen(revenue).unwrap(),
        advisor_id: (!advisor.is_empty()).then(|| advisor.to_string()),
    }
}

type Q = BigRational;

fn q(d: Decimal) -> Q {
    Q::new(BigInt::from(d.mantissa()), BigInt::from(10).pow(d.scale()))
}

fn q_fen(fen: i64) -> Q {
    Q::new(BigInt::from(fen), BigInt::from(100))
}

fn q_int(n: u64) -> Q {
    Q::from_integer(BigInt::from(n))
}

/// Half to even at two places, as text with exactly two decimals.
pub fn round2_text(x: &Q) -> String {
    let y = x * Q::from_integer(BigInt::from(100));
    let fl = y.floor();
    let frac = &y - &fl;
    let half = Q::new(BigInt::one(), BigInt::from(2));
    let mut cents = fl.to_integer();
    if frac > half || (frac == half && (&cents % BigInt::from(2)) != BigInt::zero()) {
        cents += 1;
    }
    let neg = cents.is_negative();
    let a = cents.abs();
    let whole = &a / BigInt::from(100);
    let rest = (&a % BigInt::from(100)).to_u32().unwrap();
    format!("{}{}.{:02}", if neg { "-" } else { "" }, whole, rest)
}

fn money(x: &Q) -> Value {
    Value::String(round2_text(x))
}

fn number(x: &Q) -> Value {
    serde_json::from_str(&round2_text(x)).unwrap()
}

fn ceil(x: &Q) -> u64 {
    x.ceil().to_integer().to_u64().unwrap()
}

fn band(assets_fen: i64) -> usize {
    [0i64, 1_000_000, 3_000_000, 10_000_000, 50_000_000, 100_000_000, 500_000_000]
        .iter()
        .rposition(|&lo| assets_fen >= lo)
        .unwrap()
}

#[derive(Default)]
struct Acc {
    eligible: u64,
    served: Q,
    needed: u64,
    load_sigma: Q,
    incremental: Q,
    credited: Q,
    new_assets: Q,
    placed: Q,
    commission: Q,
    wealth: Q,
    asset: Q,
    base: Q,
    transferred: Q,
    service_cost: Q,
}

fn lines_json(a: &Acc) -> [(&'static str, Value); 5] {
    [
        ("new_assets", money(&a.new_assets)),
        ("placed_assets", money(&a.placed)),
        ("commission_revenue", money(&a.commission)),
        ("wealth_revenue", money(&a.wealth)),
        ("asset_revenue", money(&a.asset)),
    ]
}

fn extend(mut v: Value, fields: impl IntoIterator<Item = (&'static str, Value)>) -> Value {
    let map = v.as_object_mut().unwrap();
    for (k, x) in fields {
        map.insert(k.to_string(), x);
    }
    v
}

/// docs/spec/MODEL.md, literally: returns the section-5 JSON.
pub fn reference(customers: &[Customer], branches_file: Option<&[BranchInfo]>, s: &Scenario) -> Value {
    // Branches and their current advisors.
    let mut current: BTreeMap<String, u64> = BTreeMap::new();
    if let Some(file) = branches_file {
        for b in file {
            current.insert(b.name.clone(), u64::from(b.current_advisors));
        }
    }
    let mut advisor_ids: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for c in customers {
        current.entry(c.branch.clone()).or_insert(0);
        let ids = advisor_ids.entry(c.branch.clone()).or_default();
        if let Some(a) = c.advisor_id.as_ref().filter(|a| !a.is_empty()) {
            ids.insert(a.clone());
        }
    }
    if branches_file.is_none() {
        for (b, n) in current.iter_mut() {
            *n = advisor_ids.get(b).map_or(0, |s| s.len() as u64);
        }
    }
    // Peer revenue per band.
    let mut sums = vec![Q::zero(); 7];
    let mut counts = [0u64; 7];
    for c in customers.iter().filter(|c| c.trades_12m > 0) {
        sums[band(c.total_assets_fen)] += q_fen(c.revenue_12m_fen);
        counts[band(c.total_assets_fen)] += 1;
    }
    let peer: Vec<Q> = (0..7).map(|b| if counts[b] == 0 { Q::zero() } else { &sums[b] / q_int(counts[b]) }).collect();
    // Tier order: highest min_assets first, ties in written order (a stable sort).
    let mut order: Vec<usize> = (0..s.tiers.len()).collect();
    order.sort_by(|&a, &b| s.tiers[b].min_assets.cmp(&s.tiers[a].min_assets));

    let mut branches: BTreeMap<String, Acc> = current.keys().map(|b| (b.clone(), Acc::default())).collect();
    let mut hq = Acc::default();
    let mut tiers: Vec<(usize, Acc, Q, BTreeMap<String, Q>)> =
        order.iter().map(|&t| (t, Acc::default(), Q::zero(), BTreeMap::new())).collect();
    let (mut newly, mut svc_total) = (Q::zero(), Q::zero());
    let mut hq_tier_revenue = Q::zero();
    for c in customers {
        branches.get_mut(&c.branch).unwrap().base += q_fen(c.revenue_12m_fen);
        let active = c.trades_12m > 0;
        let served_already = c.advisor_id.as_ref().is_some_and(|a| !a.is_empty());
        let Some(slot) = order.iter().position(|&t| {
            let tier = &s.tiers[t];
            q_fen(c.total_assets_fen) >= q(tier.min_assets)
                && tier.min_age.is_none_or(|a| c.age >= a)
                && tier.max_age.is_none_or(|a| c.age <= a)
                && tier.risk_profiles.as_ref().is_none_or(|r| r.contains(&c.risk_profile))
                && tier.channels.as_ref().is_none_or(|ch| ch.contains(&c.channel))
                && (active || tier.include_dormant)
        }) else {
            continue;
        };
        let tier = &s.tiers[order[slot]];
        let sigma = q(tier.coverage);
        let r = if served_already {
            Q::zero()
        } else if active {
            &sigma * q(tier.uplift) * q_fen(c.revenue_12m_fen)
        } else {
            &sigma * q(tier.activation) * &peer[band(c.total_assets_fen)]
        };
        let commission = r;
        let rho = if served_already {
            Q::zero()
        } else if active {
            sigma.clone()
        } else {
            &sigma * q(tier.activation)
        };
        let assets = q_fen(c.total_assets_fen);
        let new_assets = &rho * q(tier.asset_growth) * &assets;
        let placed = &rho * q(tier.wealth_share) * (Q::one() + q(tier.asset_growth)) * &assets;
        let wealth = &placed * q(tier.wealth_fee);
        let asset = &new_assets * q(s.asset_yield);
        let r = &commission + &wealth + &asset;
        let svc = &sigma * q(tier.cost_per_client);
        if !served_already {
            newly += &sigma;
        }
        svc_total += &svc;
        let entry = &mut tiers[slot];
        entry.1.eligible += 1;
        entry.1.served += &sigma;
        entry.1.incremental += &r;
        entry.1.new_assets += &new_assets;
        entry.1.placed += &placed;
        entry.1.commission += &commission;
        entry.1.wealth += &wealth;
        entry.1.asset += &asset;
        entry.2 += &svc;
        *entry.3.entry(c.branch.clone()).or_insert_with(Q::zero) += &sigma;
        let b = branches.get_mut(&c.branch).unwrap();
        b.eligible += 1;
        b.served += &sigma;
        b.incremental += &r;
        b.new_assets += &new_assets;
        match tier.owner {
            Owner::Branch => {
                b.credited += &r;
                b.service_cost += &svc;
                if tier.model != ServiceModel::Digital {
                    b.load_sigma += &sigma;
                }
            }
            Owner::Hq => {
                b.credited += &r * (Q::one() - q(s.hq_share));
                hq.credited += &r * q(s.hq_share);
                hq_tier_revenue += &r;
                hq.service_cost += &svc;
                if !served_already {
                    let moved = q(s.base_transfer) * q_fen(c.revenue_12m_fen);
                    b.transferred += &moved;
                    hq.transferred += &moved;
                }
                if tier.model != ServiceModel::Digital {
                    hq.load_sigma += &sigma;
                }
            }
        }
    }
    // Advisors per tier and unit.
    for (t, acc, _, per_branch) in tiers.iter_mut() {
        let tier = &s.tiers[*t];
        if tier.model == ServiceModel::Digital {
            continue;
        }
        let cap = q(tier.clients_per_advisor.unwrap());
        match tier.owner {
            Owner::Branch => {
                for (b, sigma) in per_branch.iter() {
                    let need = ceil(&(sigma / &cap));
                    branches.get_mut(b).unwrap().needed += need;
                    acc.needed += need;
                }
            }
            Owner::Hq => {
                let need = ceil(&(&acc.served / &cap));
                hq.needed += need;
                acc.needed += need;
            }
        }
    }
    let load = |sigma: &Q, current: u64| if current == 0 { Value::Null } else { number(&(sigma / q_int(current))) };
    let mut total = Acc::default();
    let (mut hires, mut current_total) = (0u64, 0u64);
    let mut branch_rows = Vec::new();
    let (mut assessed_total, mut losing) = (Q::zero(), 0u64);
    for (name, acc) in &branches {
        let cur = current[name];
        let h = acc.needed.saturating_sub(cur);
        hires += h;
        current_total += cur;
        total.eligible += acc.eligible;
        total.served += &acc.served;
        total.needed += acc.needed;
        total.incremental += &acc.incremental;
        total.credited += &acc.credited;
        let cost = q(s.advisor_cost) * q_int(h) + &acc.service_cost;
        let assessed = match s.credit_rule {
            CreditRule::Split => &acc.base - &acc.transferred + &acc.credited,
            CreditRule::Dual => &acc.base + &acc.incremental,
        };
        let change = &assessed - &acc.base;
        if change.is_negative() {
            losing += 1;
        }
        assessed_total += &assessed;
        let row = json!({
            "branch": name, "eligible": acc.eligible, "served": number(&acc.served),
            "advisors_needed": acc.needed, "current_advisors": cur, "hires": h,
            "load": load(&acc.load_sigma, cur), "incremental_revenue": money(&acc.incremental),
            "credited_revenue": money(&acc.credited),
        });
        branch_rows.push(extend(
            row,
            [
                ("new_assets", money(&acc.new_assets)),
                ("base_revenue", money(&acc.base)),
                ("assessed_revenue", money(&assessed)),
                ("assessed_change", money(&change)),
                ("cost", money(&cost)),
                ("net", money(&(&acc.credited - &cost))),
            ],
        ));
    }
    let hq_current = u64::from(s.hq_advisors);
    let hq_hires = hq.needed.saturating_sub(hq_current);
    hires += hq_hires;
    current_total += hq_current;
    let base: Q = customers.iter().map(|c| q_fen(c.revenue_12m_fen)).fold(Q::zero(), |a, b| a + b);
    let cost = q(s.advisor_cost) * q_int(hires) + &svc_total;
    let hq_cost = q(s.advisor_cost) * q_int(hq_hires) + &hq.service_cost;
    let hq_assessed = &hq.transferred
        + match s.credit_rule {
            CreditRule::Split => hq.credited.clone(),
            CreditRule::Dual => hq_tier_revenue.clone(),
        };
    assessed_total += &hq_assessed;
    let mut lines = Acc::default();
    for (_, acc, _, _) in &tiers {
        lines.new_assets += &acc.new_assets;
        lines.placed += &acc.placed;
        lines.commission += &acc.commission;
        lines.wealth += &acc.wealth;
        lines.asset += &acc.asset;
    }
    // Acquisition, row by row.
    let mut acq_rows = Vec::new();
    let mut acq = [Q::zero(), Q::zero(), Q::zero(), Q::zero(), Q::zero(), Q::zero()]; // funded cost revenue assets hq branch
    for a in &s.acquisition {
        let accounts = q_int(a.accounts);
        let funded = &accounts * q(a.funded_rate);
        let cost = &accounts * q(a.cost_per_account);
        let revenue = &funded * q(a.revenue_per_funded);
        let assets = &funded * q(a.assets_per_funded);
        acq[0] += &funded;
        acq[1] += &cost;
        acq[2] += &revenue;
        acq[3] += &assets;
        if a.owner == Owner::Hq {
            acq[4] += &revenue;
        } else {
            acq[5] += &revenue;
        }
        acq_rows.push(json!({
            "channel": a.channel.to_string(), "owner": a.owner.as_str(), "accounts": a.accounts,
            "funded": number(&funded), "cost": money(&cost), "revenue": money(&revenue),
            "new_assets": money(&assets), "net": money(&(&revenue - &cost)),
            "cost_per_funded": if funded.is_zero() { Value::Null } else { money(&(&cost / &funded)) },
            "payback_years": if revenue.is_zero() { Value::Null } else { number(&(&cost / &revenue)) },
        }));
    }
    let net = &total.incremental - &cost;
    let base_total: Q = base.clone();
    let totals = extend(
        json!({
            "eligible": total.eligible, "served": number(&total.served), "newly_served": number(&newly),
            "advisors_needed": total.needed + hq.needed, "current_advisors": current_total, "hires": hires,
            "base_revenue": money(&base), "incremental_revenue": money(&total.incremental),
            "projected_revenue": money(&(&base + &total.incremental)), "cost": money(&cost),
            "net": money(&(&total.incremental - &cost)), "hq_credit": money(&hq.credited),
            "branch_credit": money(&total.credited),
        }),
        lines_json(&lines).into_iter().chain([
            ("acquisition_cost", money(&acq[1])),
            ("acquisition_revenue", money(&acq[2])),
            ("total_net", money(&(&net + &acq[2] - &acq[1]))),
            ("double_counted", money(&(&assessed_total - &base_total - &total.incremental))),
            ("branches_losing", json!(losing)),
        ]),
    );
    json!({
        "scenario": s.name,
        "customers": customers.len(),
        "totals": totals,
        "tiers": tiers.iter().map(|(t, acc, svc, _)| {
            let tier = &s.tiers[*t];
            extend(json!({
                "name": tier.name, "min_assets": money(&q(tier.min_assets)), "model": tier.model.as_str(),
                "owner": tier.owner.as_str(), "eligible": acc.eligible, "served": number(&acc.served),
                "advisors_needed": acc.needed, "incremental_revenue": money(&acc.incremental), "cost": money(svc),
            }), lines_json(acc))
        }).collect::<Vec<_>>(),
        "branches": branch_rows,
        "hq": {
            "advisors_needed": hq.needed, "current_advisors": hq_current, "hires": hq_hires,
            "load": load(&hq.load_sigma, hq_current), "credited_revenue": money(&hq.credited),
            "transferred_base": money(&hq.transferred), "assessed_revenue": money(&hq_assessed),
            "cost": money(&hq_cost), "net": money(&(&hq.credited - &hq_cost)),
        },
        "acquisition": {
            "rows": acq_rows, "funded": number(&acq[0]), "cost": money(&acq[1]), "revenue": money(&acq[2]),
            "new_assets": money(&acq[3]), "net": money(&(&acq[2] - &acq[1])), "hq_credit": money(&acq[4]),
            "branch_credit": money(&acq[5]),
        },
    })
}

/// The engine's result as a JSON value, for comparison with `reference`.
pub fn engine_json(customers: &[Customer], branches_file: Option<&[BranchInfo]>, s: &Scenario) -> Value {
    let book = reach_core::Book::from_customers(customers, branches_file).unwrap();
    let result = reach_core::run(&book, s).unwrap();
    serde_json::from_str(&serde_json::to_string(&result).unwrap()).unwrap()
}
