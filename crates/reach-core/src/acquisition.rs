//! Acquisition funnels (docs/spec/MODEL.md section 8): accounts opened through the online and offline
//! channels, how many are funded, what they cost, bring and pay back. Exact decimals, rounded
//! only here at the end (funded and payback years to 2 places, money to the fen).

use rust_decimal::Decimal;

use crate::money::round2;
use crate::result::{AcquisitionResult, AcquisitionRow};
use crate::scenario::{Acquisition, Owner};

/// The acquisition block of a scenario's result (all zeros and no rows where there are none),
/// with the exact total cost and revenue for the totals' `total_net`.
pub(crate) fn acquisition(rows: &[Acquisition]) -> (AcquisitionResult, Decimal, Decimal) {
    let mut out = AcquisitionResult::default();
    let (mut funded, mut cost, mut revenue, mut new_assets) =
        (Decimal::ZERO, Decimal::ZERO, Decimal::ZERO, Decimal::ZERO);
    let (mut hq, mut branch) = (Decimal::ZERO, Decimal::ZERO);
    for a in rows {
        let accounts = Decimal::from(a.accounts);
        let f = accounts * a.funded_rate;
        let c = accounts * a.cost_per_account;
        let r = f * a.revenue_per_funded;
        let assets = f * a.assets_per_funded;
        funded += f;
        cost += c;
        revenue += r;
        new_assets += assets;
        match a.owner {
            Owner::Hq => hq += r,
            Owner::Branch => branch += r,
        }
        out.rows.push(AcquisitionRow {
            channel: a.channel,
            owner: a.owner,
            accounts: a.accounts,
            funded: round2(f),
            cost: round2(c),
            revenue: round2(r),
            new_assets: round2(assets),
            net: round2(r - c),
            cost_per_funded: (!f.is_zero()).then(|| round2(c / f)),
            payback_years: (!r.is_zero()).then(|| round2(c / r)),
        });
    }
    let block = AcquisitionResult {
        rows: out.rows,
        funded: round2(funded),
        cost: round2(cost),
        revenue: round2(revenue),
        new_assets: round2(new_assets),
        net: round2(revenue - cost),
        hq_credit: round2(hq),
        branch_credit: round2(branch),
    };
    (block, cost, revenue)
}
