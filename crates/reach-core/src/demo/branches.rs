//! The 30 demo branches: names, regions and codes, their Zipf-like sizes, and the advisor
//! headcount each is given against today's 500k policy.

use super::calibration::{HEADCOUNT_FILL_PER_MILLE, POLICY_CLIENTS_PER_ADVISOR};

/// Zipf exponent of the branch sizes (branch k of 30 has weight k^-s).
pub(super) const ZIPF_EXPONENT: f64 = 0.9;

pub(super) struct DemoBranch {
    pub(super) name: &'static str,
    pub(super) region: &'static str,
    /// Short code used in advisor ids.
    pub(super) code: &'static str,
}

const fn branch(name: &'static str, region: &'static str, code: &'static str) -> DemoBranch {
    DemoBranch { name, region, code }
}

/// The 30 demo branches, largest first.
pub(super) const BRANCHES: [DemoBranch; 30] = [
    branch("北京金融街营业部", "华北", "BJ01"),
    branch("上海陆家嘴营业部", "华东", "SH01"),
    branch("深圳福田营业部", "华南", "SZ01"),
    branch("广州天河营业部", "华南", "GZ01"),
    branch("上海淮海中路营业部", "华东", "SH02"),
    branch("北京建国路营业部", "华北", "BJ02"),
    branch("杭州庆春路营业部", "华东", "HZ01"),
    branch("深圳深南大道营业部", "华南", "SZ02"),
    branch("南京中山路营业部", "华东", "NJ01"),
    branch("成都人民南路营业部", "西南", "CD01"),
    branch("武汉中南路营业部", "华中", "WH01"),
    branch("苏州工业园区营业部", "华东", "SU01"),
    branch("天津南京路营业部", "华北", "TJ01"),
    branch("重庆解放碑营业部", "西南", "CQ01"),
    branch("西安高新路营业部", "西北", "XA01"),
    branch("宁波中山东路营业部", "华东", "NB01"),
    branch("长沙五一大道营业部", "华中", "CS01"),
    branch("厦门湖滨南路营业部", "华东", "XM01"),
    branch("青岛香港中路营业部", "华东", "QD01"),
    branch("郑州金水路营业部", "华中", "ZZ01"),
    branch("济南泉城路营业部", "华东", "JN01"),
    branch("合肥长江中路营业部", "华东", "HF01"),
    branch("福州五四路营业部", "华东", "FZ01"),
    branch("沈阳青年大街营业部", "东北", "SY01"),
    branch("大连人民路营业部", "东北", "DL01"),
    branch("昆明北京路营业部", "西南", "KM01"),
    branch("南宁民族大道营业部", "华南", "NN01"),
    branch("哈尔滨中山路营业部", "东北", "HB01"),
    branch("兰州庆阳路营业部", "西北", "LZ01"),
    branch("乌鲁木齐新华北路营业部", "西北", "UQ01"),
];

/// Headcount of a branch with `n500` customers at or above 500k, `served` of its customers
/// having an advisor: ceil(0.95 × 0.9 × n500 / 300), between 1 and `served` (0 if none).
pub(super) fn headcount(n500: u64, served: u64) -> u32 {
    if served == 0 {
        return 0;
    }
    let target = (n500 * HEADCOUNT_FILL_PER_MILLE).div_ceil(1000 * POLICY_CLIENTS_PER_ADVISOR);
    u32::try_from(target.clamp(1, served)).unwrap_or(u32::MAX)
}

/// Customers per branch: Zipf weights, apportioned by largest remainder (ties to the larger
/// branch), so the split is exact and every branch has customers once N is a few hundred.
pub(super) fn branch_quotas(n: usize) -> [u64; BRANCHES.len()] {
    let weights: Vec<f64> = (1..=BRANCHES.len()).map(|k| (k as f64).powf(-ZIPF_EXPONENT)).collect();
    let total: f64 = weights.iter().sum();
    let mut quotas = [0u64; BRANCHES.len()];
    let mut fractions: Vec<(f64, usize)> = Vec::with_capacity(BRANCHES.len());
    let mut given = 0u64;
    for (i, w) in weights.iter().enumerate() {
        let exact = n as f64 * w / total;
        let q = exact.floor();
        quotas[i] = q as u64;
        given += q as u64;
        fractions.push((exact - q, i));
    }
    fractions.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    let mut left = (n as u64).saturating_sub(given);
    for &(_, i) in fractions.iter().cycle() {
        if left == 0 {
            break;
        }
        quotas[i] += 1;
        left -= 1;
    }
    quotas
}
