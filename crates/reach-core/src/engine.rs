//! The engine (docs/spec/MODEL.md sections 4, 7, 8 and 9): assigns every customer to the first tier it
//! qualifies for, aggregates the book into exact integer cells per (tier, branch), and turns
//! the cells into the rounded result with exact decimal arithmetic: revenue by line, each
//! unit's credit, cost and net, its assessment under the credit rule, and the acquisition
//! block. The scenario's bounds (`scenario::validate`) keep every step far from overflow. Sweeps (`crate::sweep`) build the same
//! cells without rescanning the book per point and share `finish`, so a sweep point and a
//! single run can never disagree.

use rust_decimal::Decimal;

use crate::book::{Book, Columns, BAND_COUNT};
use crate::money::{round2, threshold_fen, yuan_i128};
use crate::result::{BranchResult, HqResult, RevenueLines, ScenarioResult, TierResult, Totals};
use crate::scenario::{CreditRule, Owner, Scenario, ScenarioError, Tier};

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
    /// Σ revenue_12m (fen) of the dormant customers not already served.
    pub dormant_revenue_fen: i128,
    /// Σ total_assets (fen) of the active customers not already served.
    pub active_assets_fen: i128,
    /// Σ total_assets (fen) of the dormant customers not already served.
    pub dormant_assets_fen: i128,
}

impl Cell {
    #[inline]
    pub fn add_customer(&mut self, c: &Columns<'_>, i: usize, sign: i64) {
        self.n += sign;
        if c.served(i) {
            self.n_served += sign;
        } else if c.active(i) {
            self.active_revenue_fen += i128::from(sign) * i128::from(c.revenue_fen[i]);
            self.active_assets_fen += i128::from(sign) * i128::from(c.assets_fen[i]);
        } else {
            self.dormant[usize::from(c.band[i])] += sign;
            self.dormant_revenue_fen += i128::from(sign) * i128::from(c.revenue_fen[i]);
            self.dormant_assets_fen += i128::from(sign) * i128::from(c.assets_fen[i]);
        }
    }

    #[inline]
    pub fn add(&mut self, o: &Cell) {
        self.n += o.n;
        self.n_served += o.n_served;
        self.active_revenue_fen += o.active_revenue_fen;
        self.dormant_revenue_fen += o.dormant_revenue_fen;
        self.active_assets_fen += o.active_assets_fen;
        self.dormant_assets_fen += o.dormant_assets_fen;
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

/// ceil(x / d) for x >= 0, d >= 1, exact even where the decimal quotient is not. With d >= 1
/// (a validated clients_per_advisor) the answer is at most ceil(x), and x is an expected
/// number of customers, so it always fits.
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
    u64::try_from(q).expect("advisors needed are at most the customers reached when clients_per_advisor >= 1")
}

/// Exact sums of one unit (a branch, or HQ) before rounding.
#[derive(Default, Clone)]
struct Unit {
    eligible: u64,
    served: Decimal,
    needed: u64,
    /// Σ σ over the customers this unit serves in advisor/hybrid tiers.
    load_sigma: Decimal,
    incremental: Decimal,
    credited: Decimal,
    new_assets: Decimal,
    /// Base revenue moved to HQ (branches: from their books; HQ: in total).
    transferred: Decimal,
    /// Service cost of the customers in tiers the unit owns.
    service_cost: Decimal,
}

/// Exact sums of the figures of section 7 (one cell, a tier, or the whole book).
#[derive(Default, Clone, Copy)]
struct Lines {
    new_assets: Decimal,
    placed: Decimal,
    commission: Decimal,
    wealth: Decimal,
    asset: Decimal,
}

impl Lines {
    fn incremental(&self) -> Decimal {
        self.commission + self.wealth + self.asset
    }
    fn add(&mut self, o: &Lines) {
        self.new_assets += o.new_assets;
        self.placed += o.placed;
        self.commission += o.commission;
        self.wealth += o.wealth;
        self.asset += o.asset;
    }
    fn rounded(&self) -> RevenueLines {
        RevenueLines {
            new_assets: round2(self.new_assets),
            placed_assets: round2(self.placed),
            commission_revenue: round2(self.commission),
            wealth_revenue: round2(self.wealth),
            asset_revenue: round2(self.asset),
        }
    }
}

/// peer(band) = S_band / c_band: kept as the pair so each band's term is one exact division.
type Peer = [Option<(Decimal, Decimal)>; BAND_COUNT];

/// The revenue lines of one cell of tier `tier` (MODEL sections 4 and 7).
fn cell_lines(cell: &Cell, tier: &Tier, asset_yield: Decimal, peer: &Peer) -> Lines {
    let (cov, act) = (tier.coverage, tier.activation);
    let mut commission = cov * tier.uplift * yuan_i128(cell.active_revenue_fen);
    for (band, &dormant) in cell.dormant.iter().enumerate() {
        if let (true, Some((sum, count))) = (dormant > 0, peer[band]) {
            commission += cov * act * Decimal::from(dormant) * sum / count;
        }
    }
    // Σ ρ × assets: ρ = σ for the active, σ × activation for the dormant, 0 if already served.
    let reached_assets = cov * (yuan_i128(cell.active_assets_fen) + act * yuan_i128(cell.dormant_assets_fen));
    let new_assets = tier.asset_growth * reached_assets;
    let placed = tier.wealth_share * (Decimal::ONE + tier.asset_growth) * reached_assets;
    Lines { new_assets, placed, commission, wealth: placed * tier.wealth_fee, asset: new_assets * asset_yield }
}

/// Turns the cells into the result: exact decimals throughout, rounded only here at the end.
pub(crate) fn finish(book: &Book, scenario: &Scenario, cells: &Cells) -> ScenarioResult {
    let stats = book.stats();
    let mut peer: Peer = [None; BAND_COUNT];
    for (b, p) in peer.iter_mut().enumerate() {
        *p = (stats.band_active[b] > 0)
            .then(|| (yuan_i128(stats.band_active_revenue_fen[b]), Decimal::from(stats.band_active[b])));
    }
    let nb = book.branches().len();
    let mut units = vec![Unit::default(); nb];
    let mut hq = Unit::default();
    let mut tiers_out = Vec::with_capacity(scenario.tiers.len());
    let (mut newly_served, mut service_cost, mut hq_tier_revenue) = (Decimal::ZERO, Decimal::ZERO, Decimal::ZERO);
    let mut lines = Lines::default();
    let keep = Decimal::ONE - scenario.hq_share;

    for &t in &scenario.assignment_order() {
        let tier = &scenario.tiers[t];
        let cov = tier.coverage;
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
            lines: RevenueLines::default(),
        };
        let mut tier_lines = Lines::default();
        let mut hq_sigma = Decimal::ZERO;
        for (b, unit) in units.iter_mut().enumerate() {
            let cell = cells.get(t, b);
            if cell.n == 0 {
                continue;
            }
            let n = Decimal::from(cell.n);
            let sigma = cov * n;
            newly_served += cov * Decimal::from(cell.n - cell.n_served);
            let cl = cell_lines(cell, tier, scenario.asset_yield, &peer);
            let r = cl.incremental();
            tier_lines.add(&cl);
            let cost = cov * tier.cost_per_client * n;
            out.eligible += cell.n as u64;
            out.served += sigma;
            out.incremental_revenue += r;
            out.cost += cost;
            unit.eligible += cell.n as u64;
            unit.served += sigma;
            unit.incremental += r;
            unit.new_assets += cl.new_assets;
            match tier.owner {
                Owner::Branch => {
                    unit.credited += r;
                    unit.service_cost += cost;
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
                    hq.service_cost += cost;
                    let moved = scenario.base_transfer * yuan_i128(cell.active_revenue_fen + cell.dormant_revenue_fen);
                    unit.transferred += moved;
                    hq.transferred += moved;
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
        lines.add(&tier_lines);
        tiers_out.push(TierResult {
            served: round2(out.served),
            incremental_revenue: round2(out.incremental_revenue),
            cost: round2(out.cost),
            lines: tier_lines.rounded(),
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
    let mut branches_losing = 0u64;
    let mut needed = hq.needed;
    let branches = book
        .branches()
        .iter()
        .zip(units)
        .zip(&stats.branch_revenue_fen)
        .map(|((info, u), &base_fen)| {
            let current = u64::from(info.current_advisors);
            let h = hires(u.needed, current);
            totals_hires += h;
            totals_current += current;
            needed += u.needed;
            eligible += u.eligible;
            served += u.served;
            incremental += u.incremental;
            branch_credit += u.credited;
            let base = yuan_i128(base_fen);
            let assessed = match scenario.credit_rule {
                CreditRule::Split => base - u.transferred + u.credited,
                CreditRule::Dual => base + u.incremental,
            };
            let change = assessed - base;
            branches_losing += u64::from(change < Decimal::ZERO);
            let cost = scenario.advisor_cost * Decimal::from(h) + u.service_cost;
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
                new_assets: round2(u.new_assets),
                base_revenue: round2(base),
                assessed_revenue: round2(assessed),
                assessed_change: round2(change),
                cost: round2(cost),
                net: round2(u.credited - cost),
            }
        })
        .collect();
    let hq_current = u64::from(scenario.hq_advisors);
    let hq_hires = hires(hq.needed, hq_current);
    totals_hires += hq_hires;
    totals_current += hq_current;
    let hq_assessed = hq.transferred
        + match scenario.credit_rule {
            CreditRule::Split => hq.credited,
            CreditRule::Dual => hq_tier_revenue,
        };
    let hq_cost = scenario.advisor_cost * Decimal::from(hq_hires) + hq.service_cost;

    let cost = scenario.advisor_cost * Decimal::from(totals_hires) + service_cost;
    let net = incremental - cost;
    let base = yuan_i128(stats.base_revenue_fen);
    // Σ assessed − base − incremental: split credits each CNY once (Σ_b base_b = base), so 0;
    // dual credits the branches everything and HQ its transfer and its tiers' revenue again.
    let double_counted = match scenario.credit_rule {
        CreditRule::Split => Decimal::ZERO,
        CreditRule::Dual => hq.transferred + hq_tier_revenue,
    };
    let (acquisition, acquisition_cost, acquisition_revenue) = crate::acquisition::acquisition(&scenario.acquisition);
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
            net: round2(net),
            hq_credit: round2(hq.credited),
            branch_credit: round2(branch_credit),
            lines: lines.rounded(),
            acquisition_cost: round2(acquisition_cost),
            acquisition_revenue: round2(acquisition_revenue),
            total_net: round2(net + acquisition_revenue - acquisition_cost),
            double_counted: round2(double_counted),
            branches_losing,
        },
        tiers: tiers_out,
        branches,
        hq: HqResult {
            advisors_needed: hq.needed,
            current_advisors: hq_current,
            hires: hq_hires,
            load: load(hq.load_sigma, hq_current),
            credited_revenue: round2(hq.credited),
            transferred_base: round2(hq.transferred),
            assessed_revenue: round2(hq_assessed),
            cost: round2(hq_cost),
            net: round2(hq.credited - hq_cost),
        },
        acquisition,
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
