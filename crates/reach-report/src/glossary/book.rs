//! Glossary entries for the customer book and the branches file (MODEL §1–2): the columns a
//! book is imported with and the concepts the model derives from them (asset bands, dormant
//! and active, already served, peer revenue, 有效户).

use super::{Entry, Text, Topic};

pub(super) static ENTRIES: &[Entry] = &[
    Entry {
        key: "customers",
        also: &["book.customers"],
        topic: Topic::Book,
        kind: None,
        zh: Text {
            label: "客户数",
            definition: "导入客户数据中的零售客户总数，每位客户一行。",
            formula: "客户文件的行数（不含表头）。",
            unit: "户",
            ..Text::NONE
        },
        en: Text {
            label: "Customers",
            definition: "The number of retail customers in the loaded book, one row each.",
            formula: "The rows of the customers file, header excluded.",
            unit: "customers",
            ..Text::NONE
        },
    },
    Entry {
        key: "book.customer_id",
        also: &[],
        topic: Topic::Book,
        kind: None,
        zh: Text {
            label: "客户号",
            definition: "客户在券商系统中的编号，在文件内唯一。",
            ..Text::NONE
        },
        en: Text {
            label: "Customer id",
            definition: "The customer's number in the broker's systems, unique in the file.",
            ..Text::NONE
        },
    },
    Entry {
        key: "book.branch",
        also: &["branches[].branch"],
        topic: Topic::Book,
        kind: None,
        zh: Text {
            label: "分支机构",
            definition: "客户的归属营业部或分公司，其收入与考核记在该机构名下。",
            ..Text::NONE
        },
        en: Text {
            label: "Branch",
            definition: "The branch of record of the customer, whose books carry the customer's revenue.",
            ..Text::NONE
        },
    },
    Entry {
        key: "book.total_assets",
        also: &[],
        topic: Topic::Book,
        kind: None,
        zh: Text {
            label: "总资产",
            definition: "客户在快照日的总资产，精确到分，用于与服务门槛比较。",
            unit: "元",
            range: "≥ 0，最多两位小数",
            ..Text::NONE
        },
        en: Text {
            label: "Total assets",
            definition: "The customer's total assets on the snapshot date, to the fen, compared with the service threshold.",
            unit: "CNY",
            range: ">= 0, at most two decimals",
            ..Text::NONE
        },
    },
    Entry {
        key: "book.age",
        also: &[],
        topic: Topic::Book,
        kind: None,
        zh: Text { label: "年龄", definition: "客户的年龄，用于层级的年龄筛选。", unit: "岁", range: "18–120", ..Text::NONE },
        en: Text {
            label: "Age",
            definition: "The customer's age, used by the age filters of a tier.",
            unit: "years",
            range: "18 to 120",
            ..Text::NONE
        },
    },
    Entry {
        key: "book.risk_profile",
        also: &[],
        topic: Topic::Book,
        kind: None,
        zh: Text {
            label: "风险等级",
            definition: "客户的适当性风险承受能力等级，C1（保守型）至 C5（激进型）。",
            range: "C1、C2、C3、C4、C5",
            ..Text::NONE
        },
        en: Text {
            label: "Risk class",
            definition: "The customer's suitability class, from C1 (conservative) to C5 (aggressive).",
            range: "C1, C2, C3, C4, C5",
            ..Text::NONE
        },
    },
    Entry {
        key: "book.channel",
        also: &[],
        topic: Topic::Book,
        kind: None,
        zh: Text {
            label: "开户渠道",
            definition: "客户的获客渠道：线上或线下。",
            range: "线上（online）、线下（offline）",
            ..Text::NONE
        },
        en: Text {
            label: "Channel",
            definition: "How the customer was acquired: online or offline.",
            range: "online, offline",
            ..Text::NONE
        },
    },
    Entry {
        key: "book.trades_12m",
        also: &[],
        topic: Topic::Book,
        kind: None,
        zh: Text {
            label: "近12月交易笔数",
            definition: "客户最近12个月的交易笔数；为0的客户是沉睡客户。",
            unit: "笔",
            range: "整数，≥ 0",
            ..Text::NONE
        },
        en: Text {
            label: "Trades, last 12 months",
            definition: "The customer's trades in the last 12 months; a customer with none is dormant.",
            unit: "trades",
            range: "whole number, >= 0",
            ..Text::NONE
        },
    },
    Entry {
        key: "book.revenue_12m",
        also: &[],
        topic: Topic::Book,
        kind: None,
        zh: Text {
            label: "近12月净收入",
            definition: "客户最近12个月为券商带来的净收入，精确到分。",
            unit: "元",
            range: "≥ 0，最多两位小数",
            ..Text::NONE
        },
        en: Text {
            label: "Revenue, last 12 months",
            definition: "The net revenue the customer brought the broker in the last 12 months, to the fen.",
            unit: "CNY",
            range: ">= 0, at most two decimals",
            ..Text::NONE
        },
    },
    Entry {
        key: "book.advisor_id",
        also: &[],
        topic: Topic::Book,
        kind: None,
        zh: Text {
            label: "服务投顾",
            definition: "今天服务该客户的投顾编号；非空即已有投顾服务，为空表示无人服务。",
            ..Text::NONE
        },
        en: Text {
            label: "Advisor id",
            definition: "The id of the advisor who serves the customer today; non-empty means already served.",
            ..Text::NONE
        },
    },
    Entry {
        key: "book.advisors",
        also: &[],
        topic: Topic::Book,
        kind: Some(super::InputKind::Fact),
        zh: Text {
            label: "现有投顾（分支机构文件）",
            definition: "分支机构文件中各分支机构的现有投顾人数。",
            formula: "未提供分支机构文件时，等于该机构客户中不同的非空服务投顾编号个数；文件未列出的分支机构为0。",
            unit: "人",
            range: "整数，≥ 0",
            ..Text::NONE
        },
        en: Text {
            label: "Advisors (branches file)",
            definition: "A branch's current advisor headcount, from the optional branches file.",
            formula: "Without the file, the number of distinct non-empty advisor ids among the branch's customers; a branch the file does not list has 0.",
            unit: "advisors",
            range: "whole number, >= 0",
            ..Text::NONE
        },
    },
    Entry {
        key: "book.region",
        also: &[],
        topic: Topic::Book,
        kind: None,
        zh: Text { label: "区域", definition: "分支机构文件中分支机构所属的区域，仅作说明。", ..Text::NONE },
        en: Text {
            label: "Region",
            definition: "The region of a branch in the branches file, for description only.",
            ..Text::NONE
        },
    },
    Entry {
        key: "book.band",
        also: &[],
        topic: Topic::Book,
        kind: None,
        zh: Text {
            label: "资产段",
            definition: "按总资产划分的七个区间，用于同段收入与分布报告，下限含、上限不含。",
            formula: "1万以下、1–3万、3–10万、10–50万、50–100万、100–500万、500万以上。",
            unit: "元",
            ..Text::NONE
        },
        en: Text {
            label: "Asset band",
            definition: "One of seven ranges of total assets, lower bound included, used for peer revenue and for reporting.",
            formula: "Under 10k, 10k to 30k, 30k to 100k, 100k to 500k, 500k to 1M, 1M to 5M, 5M and up.",
            unit: "CNY",
            ..Text::NONE
        },
    },
    Entry {
        key: "book.dormant",
        also: &["book.dormant_share"],
        topic: Topic::Book,
        kind: None,
        zh: Text {
            label: "沉睡客户",
            definition: "近12个月没有交易的客户；触达后只有按激活率恢复交易的部分带来收入。",
            formula: "近12月交易笔数 = 0。",
            ..Text::NONE
        },
        en: Text {
            label: "Dormant customers",
            definition: "Customers with no trade in the last 12 months; once reached, only those reactivated bring revenue.",
            formula: "Trades in the last 12 months = 0.",
            ..Text::NONE
        },
    },
    Entry {
        key: "book.active",
        also: &[],
        topic: Topic::Book,
        kind: None,
        zh: Text {
            label: "有效交易客户",
            definition: "近12个月至少交易过一次的客户；触达后按收入提升增加收入。",
            formula: "近12月交易笔数 > 0。",
            ..Text::NONE
        },
        en: Text {
            label: "Active customers",
            definition: "Customers who traded at least once in the last 12 months; once reached, their revenue rises by the uplift.",
            formula: "Trades in the last 12 months > 0.",
            ..Text::NONE
        },
    },
    Entry {
        key: "book.effective_account",
        also: &["book.effective_accounts"],
        topic: Topic::Book,
        kind: None,
        zh: Text {
            label: "有效户",
            definition: "券商通行口径下资产达到1万元的账户；获客中指开户后入金成为有效户的账户。",
            formula: "总资产 ≥ 1万元（资产不足1万元的常称沉睡户）。",
            ..Text::NONE
        },
        en: Text {
            label: "Effective accounts",
            definition: "Accounts with at least 10k CNY of assets, as brokers count them; in acquisition, opened accounts that became funded.",
            formula: "Total assets >= 10,000 CNY.",
            ..Text::NONE
        },
    },
    Entry {
        key: "book.already_served",
        also: &[],
        topic: Topic::Book,
        kind: None,
        zh: Text {
            label: "已有投顾服务",
            definition: "今天已有投顾服务的客户；其收入已体现服务效果，因此不计增量收入。",
            formula: "服务投顾编号非空。",
            ..Text::NONE
        },
        en: Text {
            label: "Already served",
            definition: "Customers an advisor serves today; their revenue already reflects service, so they add no incremental revenue.",
            formula: "Advisor id is not empty.",
            ..Text::NONE
        },
    },
    Entry {
        key: "book.peer_revenue",
        also: &[],
        topic: Topic::Book,
        kind: None,
        zh: Text {
            label: "同段收入",
            definition: "某资产段有效交易客户的平均近12月收入，即一位被激活的沉睡客户预期带来的收入。",
            formula: "同段收入 = 该资产段有效交易客户近12月净收入之和 ÷ 其人数（无有效交易客户的资产段为0）。",
            unit: "元/户",
            ..Text::NONE
        },
        en: Text {
            label: "Peer revenue",
            definition: "The mean 12-month revenue of a band's active customers: what a reactivated dormant customer is expected to bring.",
            formula: "peer revenue = sum of the band's active customers' 12-month revenue ÷ their number (0 for a band with no active customer).",
            unit: "CNY per customer",
            ..Text::NONE
        },
    },
];
