//! The engine (MODEL.md section 4): assigns every customer to the first tier it qualifies for,
//! aggregates the book into exact integer cells per (tier, branch), and turns the cells into
//! the rounded result with exact decimal arithmetic. Sweeps (`crate::sweep`) build the same
//! cells without rescanning the book per point and share `finish`, so a sweep point and a
//! single run can never disagree.

use rust_decimal::Decimal;

use crate::book::{Book, Columns, BAND_COUNT};
use crate::money::{round2, threshold_fen, yuan_i128};
use crate::result::{BranchResult, HqResult, ScenarioResult, TierResult, Totals};
use crate::scenario::{Owner, Scenario, ScenarioError};

/// Runs a scenario on a book: validates it, then computes every figure of the result.
pub fn run(book: &Book, scenario: &Scenario) -> Result<ScenarioResult, ScenarioError> {
    scenario.validate()?;
    let rules = TierRules::new(scenario);
    let cells = assign(book, &rules);
    Ok(finish(book, scenario, &cells))
}

/// A tier's membership test, compiled for the hot loop.
#[derive(Debug, Clone)]
pub(crate) struct TierRule {
    pub threshold_fen: i64,
    min_age: u8,
    max_age: u8,
    /// Bit `level` set for each allowed risk profile (see `Columns::risk_bit`).
    risk_mask: u8,
    /// Bit 0 online, bit 1 offline.
    channel_mask: u8,
    include_dormant: bool,
}

impl TierRule {
    /// The filters of the tier, threshold aside.
    #[inline]
    pub fn passes_filters(&self, c: &Columns<'_>, i: usize) -> bool {
        let age = c.age[i];
        age >= self.min_age
            && age <= self.max_age
            && self.risk_mask & c.risk_bit(i) != 0
            && self.channel_mask & c.channel_bit(i) != 0
            && (self.include_dormant || c.active(i))
    }

    #[inline]
    pub fn qualifies(&self, c: &Columns<'_>, i: usize) -> bool {
        c.assets_fen[i] >= self.threshold_fen && self.passes_filters(c, i)
    }
}

/// The compiled tiers of a scenario, by written index, and their assignment order.
pub(crate) struct TierRules {
    pub rules: Vec<TierRule>,
    pub order: Vec<usize>,
}

impl TierRules {
    pub fn new(scenario: &Scenario) -> Self {
        let rules = scenario
            .tiers
            .iter()
            .map(|t| TierRule {
                threshold_fen: threshold_fen(t.min_assets),
                min_age: t.min_age.unwrap_or(0),
                max_age: t.max_age.unwrap_or(u8::MAX),
                risk_mask: t.risk_profiles.as_ref().map_or(0xFF, |set| set.iter().fold(0, |m, r| m | 1 << r.level())),
                channel_mask: t.channels.as_ref().map_or(0b11, |set| {
                    set.iter().fold(0, |m, ch| m | if *ch == crate::book::Channel::Online { 1 } else { 2 })
                }),
                include_dormant: t.include_dormant,
            })
            .collect();
        Self { rules, order: scenario.assignment_order() }
    }
}

/// Integer aggregates of the customers of one tier in one branch.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Cell {
    /// Customers assigned.
    pub n: i64,
    /// Of which already served by an advisor.
    pub n_served: i64,
    /// Σ revenue_12m (fen) of the active customers not already served.
    pub active_revenue_fen: i128,
    /// Dormant customers not already served, per asset band.
    pub dormant: [i64; BAND_COUNT],
}

impl Cell {
    #[inline]
    pub fn add_customer(&mut self, c: &Columns<'_>, i: usize, sign: i64) {
        self.n += sign;
        if c.served(i) {
            self.n_served += sign;
        } else if c.active(i) {
            self.active_revenue_fen += i128::from(sign) * i128::from(c.revenue_fen[i]);
        } else {
            self.dormant[usize::from(c.band[i])] += sign;
        }
    }

    #[inline]
    pub fn add(&mut self, o: &Cell) {
        self.n += o.n;
        self.n_served += o.n_served;
        self.active_revenue_fen += o.active_revenue_fen;
        for (a, b) in self.dormant.iter_mut().zip(o.dormant.iter()) {
            *a += b;
        }
    }
}

/// Cells for every (tier by written index, branch).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Cells {
    pub branches: usize,
    pub cells: Vec<Cell>,
}

impl Cells {
    pub fn new(tiers: usize, branches: usize) -> Self {
        Self { branches, cells: vec![Cell::default(); tiers * branches] }
    }
    #[inline]
    pub fn at(&mut self, tier: usize, branch: usize) -> &mut Cell {
        &mut self.cells[tier * self.branches + branch]
    }
    pub fn get(&self, tier: usize, branch: usize) -> &Cell {
        &self.cells[tier * self.branches + branch]
    }
    pub fn add(&mut self, other: &Cells) {
        for (a, b) in self.cells.iter_mut().zip(&other.cells) {
            a.add(b);
        }
    }
}

/// One pass over the book: each customer goes to the first tier (in assignment order) whose
/// threshold it meets and whose filters it passes.
pub(crate) fn assign(book: &Book, rules: &TierRules) -> Cells {
    let c = book.columns();
    let ordered: Vec<(usize, &TierRule)> = rules.order.iter().map(|&t| (t, &rules.rules[t])).collect();
    let parts = crate::parallel::over_customers(book.len(), |range| {
        let mut cells = Cells::new(rules.rules.len(), book.branches().len());
        for i in range {
            if let Some(&(t, _)) = ordered.iter().find(|(_, r)| r.qualifies(&c, i)) {
                cells.at(t, usize::from(c.branch[i])).add_customer(&c, i, 1);
            }
        }
        cells
    });
    let mut parts = parts.into_iter();
    let mut total = parts.next().expect("at least one chunk");
    for part in parts {
        total.add(&part);
    }
    total
}

/// ceil(x / d) for x >= 0, d > 0, exact even where the decimal quotient is not.
pub(crate) fn ceil_div(x: Decimal, d: Decimal) -> u64 {
    if x <= Decimal::ZERO {
        return 0;
    }
    let mut q = (x / d).ceil();
    while q > Decimal::ZERO && (q - Decimal::ONE) * d >= x {
        q -= Decimal::ONE;
    }
    while q * d < x {
        q += Decimal::ONE;
    }
    u64::try_from(q).unwrap_or(u64::MAX)
}

#[derive(Default, Clone)]
struct Unit {
    eligible: u64,
    served: Decimal,
    needed: u64,
    /// Σ σ over the customers this unit serves in advisor/hybrid tiers.
    load_sigma: Decimal,
    incremental: Decimal,
    credited: Decimal,
}

/// Turns the cells into the result: exact decimals throughout, rounded only here at the end.
pub(crate) fn finish(book: &Book, scenario: &Scenario, cells: &Cells) -> ScenarioResult {
    let stats = book.stats();
    // peer(band) = S_band / c_band: kept as the pair so each band's term is one exact division.
    let peer: Vec<Option<(Decimal, Decimal)>> = (0..BAND_COUNT)
        .map(|b| {
            (stats.band_active[b] > 0)
                .then(|| (yuan_i128(stats.band_active_revenue_fen[b]), Decimal::from(stats.band_active[b])))
        })
        .collect();
    let nb = book.branches().len();
    let mut units = vec![Unit::default(); nb];
    let mut hq = Unit::default();
    let mut tiers_out = Vec::with_capacity(scenario.tiers.len());
    let (mut newly_served, mut service_cost, mut hq_tier_revenue) = (Decimal::ZERO, Decimal::ZERO, Decimal::ZERO);
    let keep = Decimal::ONE - scenario.hq_share;

    for &t in &scenario.assignment_order() {
        let tier = &scenario.tiers[t];
        let (cov, uplift, act) = (tier.coverage, tier.uplift, tier.activation);
        let capacity = tier.clients_per_advisor.filter(|_| tier.model.needs_advisors());
        let mut out = TierResult {
            name: tier.name.clone(),
            min_assets: tier.min_assets,
            model: tier.model,
            owner: tier.owner,
            eligible: 0,
            served: Decimal::ZERO,
            advisors_needed: 0,
            incremental_revenue: Decimal::ZERO,
            cost: Decimal::ZERO,
        };
        let mut hq_sigma = Decimal::ZERO;
        for (b, unit) in units.iter_mut().enumerate() {
            let cell = cells.get(t, b);
            if cell.n == 0 {
                continue;
            }
            let n = Decimal::from(cell.n);
            let sigma = cov * n;
            newly_served += cov * Decimal::from(cell.n - cell.n_served);
            let mut r = cov * uplift * yuan_i128(cell.active_revenue_fen);
            for (band, &dormant) in cell.dormant.iter().enumerate() {
                if let (true, Some((sum, count))) = (dormant > 0, peer[band]) {
                    r += cov * act * Decimal::from(dormant) * sum / count;
                }
            }
            let cost = cov * tier.cost_per_client * n;
            out.eligible += cell.n as u64;
            out.served += sigma;
            out.incremental_revenue += r;
            out.cost += cost;
            unit.eligible += cell.n as u64;
            unit.served += sigma;
            unit.incremental += r;
            match tier.owner {
                Owner::Branch => {
                    unit.credited += r;
                    if let Some(cap) = capacity {
                        let need = ceil_div(sigma, cap);
                        unit.needed += need;
                        out.advisors_needed += need;
                        unit.load_sigma += sigma;
                    }
                }
                Owner::Hq => {
                    unit.credited += r * keep;
                    hq_tier_revenue += r;
                    hq_sigma += sigma;
                }
            }
        }
        if let (Owner::Hq, Some(cap)) = (tier.owner, capacity) {
            let need = ceil_div(hq_sigma, cap);
            hq.needed += need;
            out.advisors_needed += need;
            hq.load_sigma += hq_sigma;
        }
        service_cost += out.cost;
        tiers_out.push(TierResult {
            served: round2(out.served),
            incremental_revenue: round2(out.incremental_revenue),
            cost: round2(out.cost),
            ..out
        });
    }
    hq.credited = scenario.hq_share * hq_tier_revenue;

    let load = |sigma: Decimal, current: u64| (current > 0).then(|| round2(sigma / Decimal::from(current)));
    let hires = |needed: u64, current: u64| needed.saturating_sub(current);
    let mut totals_hires = 0u64;
    let mut totals_current = 0u64;
    let (mut eligible, mut served, mut incremental, mut branch_credit) =
        (0u64, Decimal::ZERO, Decimal::ZERO, Decimal::ZERO);
    let mut needed = hq.needed;
    let branches = book
        .branches()
        .iter()
        .zip(units)
        .map(|(info, u)| {
            let current = u64::from(info.current_advisors);
            let h = hires(u.needed, current);
            totals_hires += h;
            totals_current += current;
            needed += u.needed;
            eligible += u.eligible;
            served += u.served;
            incremental += u.incremental;
            branch_credit += u.credited;
            BranchResult {
                branch: info.name.clone(),
                eligible: u.eligible,
                served: round2(u.served),
                advisors_needed: u.needed,
                current_advisors: current,
                hires: h,
                load: load(u.load_sigma, current),
                incremental_revenue: round2(u.incremental),
                credited_revenue: round2(u.credited),
            }
        })
        .collect();
    let hq_current = u64::from(scenario.hq_advisors);
    let hq_hires = hires(hq.needed, hq_current);
    totals_hires += hq_hires;
    totals_current += hq_current;

    let cost = scenario.advisor_cost * Decimal::from(totals_hires) + service_cost;
    let base = yuan_i128(stats.base_revenue_fen);
    ScenarioResult {
        scenario: scenario.name.clone(),
        customers: stats.customers,
        totals: Totals {
            eligible,
            served: round2(served),
            newly_served: round2(newly_served),
            advisors_needed: needed,
            current_advisors: totals_current,
            hires: totals_hires,
            base_revenue: round2(base),
            incremental_revenue: round2(incremental),
            projected_revenue: round2(base + incremental),
            cost: round2(cost),
            net: round2(incremental - cost),
            hq_credit: round2(hq.credited),
            branch_credit: round2(branch_credit),
        },
        tiers: tiers_out,
        branches,
        hq: HqResult {
            advisors_needed: hq.needed,
            current_advisors: hq_current,
            hires: hq_hires,
            load: load(hq.load_sigma, hq_current),
            credited_revenue: round2(hq.credited),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    #[test]
    fn ceil_div_is_exact() {
        let d = |s| Decimal::from_str(s).unwrap();
        assert_eq!(ceil_div(d("0"), d("300")), 0);
        assert_eq!(ceil_div(d("300"), d("300")), 1);
        assert_eq!(ceil_div(d("300.01"), d("300")), 2);
        assert_eq!(ceil_div(d("0.65"), d("300")), 1);
        assert_eq!(ceil_div(d("1"), d("3")), 1);
        assert_eq!(ceil_div(d("2"), d("0.6666666666666666666666666667")), 3);
        assert_eq!(ceil_div(d("10"), d("3.3333333333")), 4);
        assert_eq!(ceil_div(d("1950"), d("1.5")), 1300);
    }
}
