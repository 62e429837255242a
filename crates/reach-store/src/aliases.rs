//! The columns of a book's files and every header name each is known by: the one alias table
//! (docs/import.md is checked against it). A header matches after trimming, full-width →
//! half-width (（元） = (元)), dropping spaces and ignoring ASCII case.

use crate::notation::half_width;

/// One column of an input file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ColumnSpec {
    /// The name in docs/spec/MODEL.md section 1 (and the English template).
    pub name: &'static str,
    /// The Chinese name the Chinese template writes (also accepted).
    pub zh: &'static str,
    /// Other header names accepted for this column.
    pub aliases: &'static [&'static str],
    /// Whether the file must have this column.
    pub required: bool,
    /// What the column holds, in English and in Chinese (for templates and docs).
    pub about_en: &'static str,
    pub about_zh: &'static str,
}

impl ColumnSpec {
    /// Every header name this column is known by: its name, its Chinese name, its aliases.
    pub fn names(&self) -> impl Iterator<Item = &'static str> {
        [self.name, self.zh].into_iter().chain(self.aliases.iter().copied())
    }

    /// True when `header` (as written in a file) names this column.
    pub fn matches(&self, header: &str) -> bool {
        let key = header_key(header);
        self.names().any(|n| header_key(n) == key)
    }
}

/// The customers file (docs/spec/MODEL.md section 1), in template order.
pub const CUSTOMER_COLUMNS: [ColumnSpec; 9] = [
    ColumnSpec {
        name: "customer_id",
        zh: "客户号",
        aliases: &["客户编号", "客户代码", "客户ID", "资金账号"],
        required: true,
        about_en: "The customer's id: non-empty, unique in the file.",
        about_zh: "客户的编号：不能为空，文件内不得重复。",
    },
    ColumnSpec {
        name: "branch",
        zh: "营业部",
        aliases: &["分支机构", "所属营业部", "营业部名称", "分公司"],
        required: true,
        about_en: "The branch of record (营业部/分公司), any text, non-empty.",
        about_zh: "客户所属营业部（或分公司），任意文字，不能为空。",
    },
    ColumnSpec {
        name: "total_assets",
        zh: "总资产",
        aliases: &["资产总额", "总资产(元)", "资产总额(元)", "总资产金额"],
        required: true,
        about_en: "Total assets in yuan, >= 0, at most two decimals; 1,234,567.89 and ¥/元 are read.",
        about_zh: "总资产（元），不小于 0，最多两位小数；可写千分位（1,234,567.89）及 ¥、元。",
    },
    ColumnSpec {
        name: "age",
        zh: "年龄",
        aliases: &["客户年龄"],
        required: true,
        about_en: "Age in whole years, 18 to 120.",
        about_zh: "年龄（整岁），18 到 120。",
    },
    ColumnSpec {
        name: "risk_profile",
        zh: "风险等级",
        aliases: &["风险承受能力", "风险测评等级", "风险承受等级", "投资者风险等级"],
        required: true,
        about_en: "Suitability class C1…C5, or 保守型/谨慎型/稳健型/积极型/激进型.",
        about_zh: "适当性风险等级 C1–C5，或 保守型、谨慎型、稳健型、积极型、激进型。",
    },
    ColumnSpec {
        name: "channel",
        zh: "开户渠道",
        aliases: &["渠道", "获客渠道"],
        required: true,
        about_en: "How the customer was acquired: online or offline (线上/线下).",
        about_zh: "获客方式：线上（online）或线下（offline）。",
    },
    ColumnSpec {
        name: "trades_12m",
        zh: "近12月交易笔数",
        aliases: &["交易笔数", "近一年交易笔数", "近12个月交易笔数"],
        required: true,
        about_en: "Trades in the last 12 months, a whole number >= 0 (0 = dormant).",
        about_zh: "近 12 个月交易笔数，不小于 0 的整数（0 为休眠客户）。",
    },
    ColumnSpec {
        name: "revenue_12m",
        zh: "近12月净收入",
        aliases: &["净佣金收入", "近12月贡献", "近12个月净收入", "近一年净收入"],
        required: true,
        about_en: "Net revenue from the customer in the last 12 months, in yuan, >= 0, at most two decimals.",
        about_zh: "近 12 个月客户贡献的净收入（元），不小于 0，最多两位小数。",
    },
    ColumnSpec {
        name: "advisor_id",
        zh: "服务投顾",
        aliases: &["投顾编号", "服务投顾编号", "投资顾问"],
        required: true,
        about_en: "The advisor serving the customer today; empty if none.",
        about_zh: "目前服务该客户的投顾；没有则留空。",
    },
];

/// The optional branches file.
pub const BRANCH_COLUMNS: [ColumnSpec; 3] = [
    ColumnSpec {
        name: "branch",
        zh: "营业部",
        aliases: &["分支机构", "所属营业部", "营业部名称", "分公司"],
        required: true,
        about_en: "The branch, named as in the customers file.",
        about_zh: "营业部名称，与客户文件一致。",
    },
    ColumnSpec {
        name: "region",
        zh: "区域",
        aliases: &["地区", "所属区域"],
        required: false,
        about_en: "The branch's region (may be empty).",
        about_zh: "营业部所在区域（可为空）。",
    },
    ColumnSpec {
        name: "advisors",
        zh: "投顾人数",
        aliases: &["投顾数", "现有投顾人数"],
        required: true,
        about_en: "Advisors at the branch today, a whole number >= 0.",
        about_zh: "营业部现有投顾人数，不小于 0 的整数。",
    },
];

/// How a header name is compared: full-width as half-width, no whitespace, ASCII lower case.
pub fn header_key(header: &str) -> String {
    half_width(header.trim_start_matches('\u{feff}'))
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_header_name_means_two_columns() {
        for table in [&CUSTOMER_COLUMNS[..], &BRANCH_COLUMNS[..]] {
            let mut seen = std::collections::HashSet::new();
            for spec in table {
                for name in spec.names() {
                    assert!(seen.insert(header_key(name)), "{name} names two columns");
                }
            }
        }
    }

    #[test]
    fn headers_match_after_normalising() {
        let assets = &CUSTOMER_COLUMNS[2];
        for h in ["总资产（元）", " 总资产 (元) ", "Total_Assets", "总资产", "资产总额"] {
            assert!(assets.matches(h), "{h}");
        }
        assert!(!assets.matches("总资产(万元)"));
    }
}
