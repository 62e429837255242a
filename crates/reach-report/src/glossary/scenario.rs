//! Glossary entries for a scenario's inputs (MODEL §3, §7–9): the globals, the fields of a
//! service tier and the values they take, and the acquisition rows, each with its kind,
//! default, valid range and basis from docs/spec/CALIBRATION.md.

use super::{Entry, InputKind, Text, Topic};

pub(super) static GLOBAL: &[Entry] = &[
    Entry {
        key: "global.name",
        also: &["scenario"],
        topic: Topic::Global,
        kind: Some(InputKind::Policy),
        zh: Text {
            label: "情景名称",
            definition: "情景的名称，在比较、报告和已存情景中标识该情景。",
            range: "必填，不可为空，最多200个字符",
            ..Text::NONE
        },
        en: Text {
            label: "Scenario name",
            definition: "The scenario's name, which identifies it in comparisons, reports and the saved list.",
            range: "required, not blank, at most 200 characters",
            ..Text::NONE
        },
    },
    Entry {
        key: "global.advisor_cost",
        also: &[],
        topic: Topic::Global,
        kind: Some(InputKind::Assumption),
        zh: Text {
            label: "投顾全成本",
            definition: "每名新增投顾每年的全部成本，含薪酬、社保、场地与系统。",
            formula: "新增投顾人力成本 = 投顾全成本 × 需新增投顾。",
            unit: "元/人/年",
            default: "40万元（必填）",
            range: "≥ 0",
            basis: "上市券商人均成本约51万元（2024，全部岗位）；常见区间30万–60万元",
        },
        en: Text {
            label: "Advisor cost (fully loaded)",
            definition: "The full yearly cost of one more advisor: pay, social insurance, space and systems.",
            formula: "hiring cost = advisor cost × hires.",
            unit: "CNY per advisor a year",
            default: "400k (required)",
            range: ">= 0",
            basis: "listed brokers' cost per employee about 510k (2024, all roles); usual range 300k to 600k",
        },
    },
    Entry {
        key: "global.hq_share",
        also: &[],
        topic: Topic::Global,
        kind: Some(InputKind::Policy),
        zh: Text {
            label: "总部收入归属比例",
            definition: "总部层级带来的增量收入中归属总部的比例，其余归客户所属分支机构。",
            formula: "总部收入归属 = 总部层级增量收入 × 总部收入归属比例。",
            unit: "%",
            default: "0（未填写时）；预设情景为30%",
            range: "0–100%",
            basis: "策略输入，无公开比例；用于比较不同的归属方案",
        },
        en: Text {
            label: "HQ share of credit",
            definition: "The share of HQ-owned tiers' incremental revenue credited to head office; the rest goes to the customer's branch.",
            formula: "HQ credit = incremental revenue of HQ-owned tiers × HQ share.",
            unit: "%",
            default: "0 when left out; 30% in the shipped scenarios",
            range: "0 to 100%",
            basis: "a policy input; no published ratios, compare the options",
        },
    },
    Entry {
        key: "global.hq_advisors",
        also: &[],
        topic: Topic::Global,
        kind: Some(InputKind::Fact),
        zh: Text {
            label: "总部现有投顾",
            definition: "总部今天已有的投顾人数，总部层级先用这些人，不足部分才需新增。",
            unit: "人",
            default: "0",
            range: "整数，≥ 0",
            basis: "券商现状",
            ..Text::NONE
        },
        en: Text {
            label: "HQ advisors today",
            definition: "The advisors head office has today; HQ-owned tiers use them before any hire.",
            unit: "advisors",
            default: "0",
            range: "whole number, >= 0",
            basis: "the broker's current headcount",
            ..Text::NONE
        },
    },
    Entry {
        key: "global.asset_yield",
        also: &[],
        topic: Topic::Global,
        kind: Some(InputKind::Assumption),
        zh: Text {
            label: "新增资产收益率",
            definition: "每元新增资产每年带来的经纪与利息收入。",
            formula: "资产收入 = 新增资产 × 新增资产收益率。",
            unit: "%/年",
            default: "0（未填写时）；校准值0.1%",
            range: "0–5%",
            basis: "演示客户数据中经纪收入 ÷ 资产约0.1%；常见区间0.05%–0.2%",
        },
        en: Text {
            label: "Asset yield",
            definition: "Brokerage and interest revenue per CNY of net new assets per year.",
            formula: "asset revenue = net new assets × asset yield.",
            unit: "% a year",
            default: "0 when left out; calibrated 0.1%",
            range: "0 to 5%",
            basis: "brokerage revenue / assets in the demo book about 0.1%; usual range 0.05% to 0.2%",
        },
    },
    Entry {
        key: "global.base_transfer",
        also: &[],
        topic: Topic::Global,
        kind: Some(InputKind::Policy),
        zh: Text {
            label: "收入划转比例",
            definition: "归入总部层级且尚无投顾服务的客户，其基础收入从分支机构划转到总部考核的比例。",
            formula: "划转收入 = 收入划转比例 × 这些客户的近12月净收入之和。",
            unit: "%",
            default: "0（未填写时）；校准值20%",
            range: "0–100%",
            basis: "策略输入，无公开比例；划转比例高时多数分支机构考核收入下降",
        },
        en: Text {
            label: "Base transfer",
            definition: "The share of the base revenue of customers in HQ-owned tiers, not already served, moved from their branch's books to HQ's.",
            formula: "transferred base = base transfer × the 12-month revenue of those customers.",
            unit: "%",
            default: "0 when left out; calibrated 20%",
            range: "0 to 100%",
            basis: "a policy input; no published ratios, a high transfer makes most branches lose",
        },
    },
    Entry {
        key: "global.credit_rule",
        also: &[],
        topic: Topic::Global,
        kind: Some(InputKind::Policy),
        zh: Text {
            label: "考核口径",
            definition: "考核收入的计法：按比例拆分，或双计（分支机构保留其客户带来的全部收入，总部同时计入）。",
            default: "拆分（split）",
            range: "拆分（split）、双计（dual）",
            basis: "策略输入，用于比较",
            ..Text::NONE
        },
        en: Text {
            label: "Credit rule",
            definition: "How assessed revenue is counted: split between branches and HQ, or dual credit where both count it.",
            default: "split",
            range: "split, dual",
            basis: "a policy input to compare",
            ..Text::NONE
        },
    },
    Entry {
        key: "credit_rule.split",
        also: &[],
        topic: Topic::Global,
        kind: None,
        zh: Text {
            label: "拆分",
            definition: "收入只计一次：划转的基础收入与总部收入归属记总部，其余记分支机构。",
            formula: "分支机构考核收入 = 基础收入 − 划转收入 + 收入归属；总部考核收入 = 划转收入合计 + 总部收入归属。",
            ..Text::NONE
        },
        en: Text {
            label: "Split",
            definition: "Revenue counts once: transferred base and HQ credit go to HQ, the rest to branches.",
            formula: "branch assessed = base − transferred + credited; HQ assessed = all transferred base + HQ credit.",
            ..Text::NONE
        },
    },
    Entry {
        key: "credit_rule.dual",
        also: &[],
        topic: Topic::Global,
        kind: None,
        zh: Text {
            label: "双计",
            definition: "分支机构保留其客户带来的全部收入，总部同时计入划转收入与总部层级的全部增量收入，部分收入被计两次。",
            formula: "分支机构考核收入 = 基础收入 + 增量收入；总部考核收入 = 划转收入合计 + 总部层级全部增量收入。",
            ..Text::NONE
        },
        en: Text {
            label: "Dual credit",
            definition: "Branches keep everything their customers bring and HQ also counts the transferred base and all HQ-owned tiers' incremental revenue, so some revenue counts twice.",
            formula: "branch assessed = base + incremental; HQ assessed = all transferred base + all incremental revenue of HQ-owned tiers.",
            ..Text::NONE
        },
    },
];

pub(super) static TIER: &[Entry] = &[
    Entry {
        key: "tier",
        also: &["tiers"],
        topic: Topic::Tier,
        kind: Some(InputKind::Policy),
        zh: Text {
            label: "服务层级",
            definition: "一组服务规则：资产达到服务门槛并通过筛选条件的客户，以该层级的服务模式、覆盖率与假设获得服务。",
            formula: "每位客户最多归入一个层级：按服务门槛从高到低，第一个接纳他的层级。",
            default: "无",
            range: "任意个，名称不重复",
            basis: "策略选择",
            ..Text::NONE
        },
        en: Text {
            label: "Service tier",
            definition: "A set of service rules: customers whose assets meet the threshold and who pass the filters are served with the tier's model, coverage and assumptions.",
            formula: "A customer joins at most one tier: the first, from the highest threshold down, that takes them.",
            default: "none",
            range: "any number, names unique",
            basis: "a policy choice",
            ..Text::NONE
        },
    },
    Entry {
        key: "tier.name",
        also: &["tiers[].name"],
        topic: Topic::Tier,
        kind: Some(InputKind::Policy),
        zh: Text {
            label: "层级名称",
            definition: "服务层级的名称，在同一情景内唯一。",
            range: "必填，不可为空，不可重复",
            ..Text::NONE
        },
        en: Text {
            label: "Tier name",
            definition: "The service tier's name, unique within the scenario.",
            range: "required, not blank, unique",
            ..Text::NONE
        },
    },
    Entry {
        key: "tier.min_assets",
        also: &["tiers[].min_assets", "sweep.min_assets"],
        topic: Topic::Tier,
        kind: Some(InputKind::Policy),
        zh: Text {
            label: "服务门槛",
            definition: "进入该层级所需的最低总资产，资产恰好等于门槛的客户也在内。",
            formula: "层级按服务门槛从高到低尝试；客户总资产 ≥ 服务门槛且通过筛选条件（沉睡客户只进入含沉睡客户的层级）时，归入第一个这样的层级。",
            unit: "元",
            default: "必填；常见50万、10万、3万",
            range: "≥ 0",
            basis: "策略选择",
        },
        en: Text {
            label: "Service threshold",
            definition: "The minimum total assets for the tier; a customer exactly at the threshold is in.",
            formula: "Tiers are tried from the highest threshold down; a customer joins the first whose threshold it meets (total assets >= threshold) and whose filters it passes (a dormant customer only tiers that include dormant customers).",
            unit: "CNY",
            default: "required; commonly 500k, 100k or 30k",
            range: ">= 0",
            basis: "a policy choice",
        },
    },
    Entry {
        key: "tier.model",
        also: &["tiers[].model"],
        topic: Topic::Tier,
        kind: Some(InputKind::Policy),
        zh: Text {
            label: "服务模式",
            definition: "该层级客户的服务方式：专属投顾、人机协同或数字化集约运营。",
            range: "专属投顾（advisor）、人机协同（hybrid）、数字化集约运营（digital）",
            default: "必填",
            ..Text::NONE
        },
        en: Text {
            label: "Service model",
            definition: "How the tier's customers are served: dedicated advisor, AI-assisted hybrid or digital intensive.",
            range: "advisor, hybrid, digital",
            default: "required",
            ..Text::NONE
        },
    },
    Entry {
        key: "model.advisor",
        also: &[],
        topic: Topic::Tier,
        kind: None,
        zh: Text {
            label: "专属投顾",
            definition: "每位客户由一名投顾专门服务，投顾人数按人均服务客户数计算。",
            ..Text::NONE
        },
        en: Text {
            label: "Dedicated advisor",
            definition: "Each customer is served by one advisor; advisors are counted by clients per advisor.",
            ..Text::NONE
        },
    },
    Entry {
        key: "model.hybrid",
        also: &[],
        topic: Topic::Tier,
        kind: None,
        zh: Text {
            label: "人机协同",
            definition: "投顾借助智能工具服务多得多的客户，投顾人数同样按人均服务客户数计算。",
            ..Text::NONE
        },
        en: Text {
            label: "AI-assisted hybrid",
            definition: "An advisor with AI tools serves a much larger book; advisors are still counted by clients per advisor.",
            ..Text::NONE
        },
    },
    Entry {
        key: "model.digital",
        also: &[],
        topic: Topic::Tier,
        kind: None,
        zh: Text {
            label: "数字化集约运营",
            definition: "由总部数字化团队集中运营触达客户，不需要投顾，只有单客服务成本。",
            ..Text::NONE
        },
        en: Text {
            label: "Digital intensive",
            definition: "Central digital operations reach the customers; no advisors, only the service cost per client.",
            ..Text::NONE
        },
    },
    Entry {
        key: "tier.owner",
        also: &["tiers[].owner"],
        topic: Topic::Tier,
        kind: Some(InputKind::Policy),
        zh: Text {
            label: "归属",
            definition: "由谁配备该层级的投顾并获得其收入归属：分支机构或总部。",
            default: "专属投顾为分支机构，人机协同与数字化集约运营为总部",
            range: "分支机构（branch）、总部（hq）",
            basis: "招商银行2024年将资产20万元以下客户上收总部经营，即同类的总部与分支机构分工",
            ..Text::NONE
        },
        en: Text {
            label: "Owner",
            definition: "Who staffs the tier and is credited with its revenue: the branches or head office.",
            default: "branch for dedicated advisor, HQ for hybrid and digital",
            range: "branch, hq",
            basis: "China Merchants Bank moved clients under 200k to head-office management in 2024",
            ..Text::NONE
        },
    },
    Entry {
        key: "owner.branch",
        also: &[],
        topic: Topic::Tier,
        kind: None,
        zh: Text {
            label: "分支机构",
            definition: "层级由各分支机构配备投顾，每家分支机构的投顾需求分别向上取整，增量收入全部归客户所属分支机构。",
            ..Text::NONE
        },
        en: Text {
            label: "Branches",
            definition: "Each branch staffs the tier for its own customers, rounding its advisors up on its own, and is credited with all the incremental revenue.",
            ..Text::NONE
        },
    },
    Entry {
        key: "owner.hq",
        also: &[],
        topic: Topic::Tier,
        kind: None,
        zh: Text {
            label: "总部",
            definition: "层级由总部统一配备投顾，整个层级只向上取整一次，增量收入按总部收入归属比例在总部与分支机构之间分配。",
            ..Text::NONE
        },
        en: Text {
            label: "Head office (HQ)",
            definition: "Head office staffs the tier for all branches, rounding up once, and its incremental revenue is shared by the HQ share.",
            ..Text::NONE
        },
    },
    Entry {
        key: "tier.clients_per_advisor",
        also: &[],
        topic: Topic::Tier,
        kind: Some(InputKind::Assumption),
        zh: Text {
            label: "人均服务客户数",
            definition: "一名投顾能服务的覆盖客户数，即投顾的服务能力。",
            formula: "所需投顾 = ⌈覆盖客户 ÷ 人均服务客户数⌉。",
            unit: "户/人",
            default: "专属投顾300；人机协同3,000",
            range: "> 0；专属投顾与人机协同必填，数字化集约运营不用",
            basis: "专属投顾“数百人”、理想1∶200，区间150–300；人机协同：财信证券2025年每名服务经理由300–1,000提升到2,000–7,000，区间1,500–7,000",
        },
        en: Text {
            label: "Clients per advisor",
            definition: "How many reached customers one advisor can serve: the advisor's capacity.",
            formula: "advisors needed = ceil(customers reached ÷ clients per advisor).",
            unit: "clients per advisor",
            default: "dedicated advisor 300; hybrid 3,000",
            range: "> 0; required for advisor and hybrid, unused for digital",
            basis: "advisors: \"a few hundred\", ideal 1:200, range 150 to 300; hybrid: Caixin Securities 2025, 300 to 1,000 rising to 2,000 to 7,000 per service manager, range 1,500 to 7,000",
        },
    },
    Entry {
        key: "tier.coverage",
        also: &[],
        topic: Topic::Tier,
        kind: Some(InputKind::Policy),
        zh: Text {
            label: "覆盖率",
            definition: "可服务客户中实际触达的比例；每位可服务客户按覆盖率计为期望触达的客户数。",
            formula: "覆盖客户 = 可服务客户 × 覆盖率。",
            unit: "%",
            default: "必填",
            range: "0–100%",
            basis: "策略目标",
        },
        en: Text {
            label: "Coverage",
            definition: "The share of eligible customers actually reached; each eligible customer counts as that expected fraction of a customer.",
            formula: "customers reached = eligible customers × coverage.",
            unit: "%",
            default: "required",
            range: "0 to 100%",
            basis: "a policy target",
        },
    },
    Entry {
        key: "tier.uplift",
        also: &[],
        topic: Topic::Tier,
        kind: Some(InputKind::Assumption),
        zh: Text {
            label: "收入提升",
            definition: "触达一位有效交易客户后其收入增加的比例，以其近12月净收入为基数。",
            formula: "佣金收入 = 覆盖率 × 收入提升 × 近12月净收入（已有投顾服务的客户为0）。",
            unit: "%",
            default: "8%（必填）",
            range: "≥ 0",
            basis: "无公开来源，需检验的假设；区间2%–15%",
        },
        en: Text {
            label: "Revenue uplift",
            definition: "How much a reached active customer's revenue rises, as a share of their last 12 months' revenue.",
            formula: "commission revenue = coverage × uplift × 12-month revenue (0 for a customer already served).",
            unit: "%",
            default: "8% (required)",
            range: ">= 0",
            basis: "no public source, an assumption to test; range 2% to 15%",
        },
    },
    Entry {
        key: "tier.activation",
        also: &[],
        topic: Topic::Tier,
        kind: Some(InputKind::Assumption),
        zh: Text {
            label: "激活率",
            definition: "触达的沉睡客户中恢复交易的比例；被激活的客户按同段收入带来收入。",
            formula: "佣金收入 = 覆盖率 × 激活率 × 同段收入。",
            unit: "%",
            default: "3%（必填）",
            range: "0–100%",
            basis: "证据较弱；区间2%–5%",
        },
        en: Text {
            label: "Activation rate",
            definition: "The share of reached dormant customers who trade again; each brings the peer revenue of their band.",
            formula: "commission revenue = coverage × activation rate × peer revenue.",
            unit: "%",
            default: "3% (required)",
            range: "0 to 100%",
            basis: "weak evidence; range 2% to 5%",
        },
    },
    Entry {
        key: "tier.cost_per_client",
        also: &[],
        topic: Topic::Tier,
        kind: Some(InputKind::Assumption),
        zh: Text {
            label: "单客服务成本",
            definition: "每位覆盖客户每年的运营成本，如工具、内容与消息推送。",
            formula: "服务成本 = 覆盖客户 × 单客服务成本。",
            unit: "元/户/年",
            default: "0（未填写时）；预设情景人机协同20元、数字化5元",
            range: "≥ 0",
            basis: "工具、内容与触达成本的估计，无公开来源",
        },
        en: Text {
            label: "Service cost per client",
            definition: "The yearly running cost per reached customer: tools, content and messages.",
            formula: "service cost = customers reached × service cost per client.",
            unit: "CNY per client a year",
            default: "0 when left out; 20 for hybrid and 5 for digital in the shipped scenarios",
            range: ">= 0",
            basis: "an estimate of tools, content and messaging; no public source",
        },
    },
    Entry {
        key: "tier.min_age",
        also: &[],
        topic: Topic::Tier,
        kind: Some(InputKind::Policy),
        zh: Text {
            label: "最低年龄",
            definition: "筛选条件：只接纳不低于该年龄的客户（含）。",
            unit: "岁",
            default: "不限",
            range: "整数，不高于最高年龄",
            ..Text::NONE
        },
        en: Text {
            label: "Minimum age",
            definition: "A filter: only customers of at least this age (inclusive) join the tier.",
            unit: "years",
            default: "no limit",
            range: "whole number, not above the maximum age",
            ..Text::NONE
        },
    },
    Entry {
        key: "tier.max_age",
        also: &[],
        topic: Topic::Tier,
        kind: Some(InputKind::Policy),
        zh: Text {
            label: "最高年龄",
            definition: "筛选条件：只接纳不高于该年龄的客户（含）。",
            unit: "岁",
            default: "不限",
            range: "整数，不低于最低年龄",
            ..Text::NONE
        },
        en: Text {
            label: "Maximum age",
            definition: "A filter: only customers of at most this age (inclusive) join the tier.",
            unit: "years",
            default: "no limit",
            range: "whole number, not below the minimum age",
            ..Text::NONE
        },
    },
    Entry {
        key: "tier.risk_profiles",
        also: &[],
        topic: Topic::Tier,
        kind: Some(InputKind::Policy),
        zh: Text {
            label: "风险等级",
            definition: "筛选条件：只接纳所列风险等级的客户，体现适当性要求。",
            default: "全部等级",
            range: "C1–C5 中至少一个",
            ..Text::NONE
        },
        en: Text {
            label: "Risk classes",
            definition: "A filter: only customers of the listed suitability classes join the tier.",
            default: "all classes",
            range: "at least one of C1 to C5",
            ..Text::NONE
        },
    },
    Entry {
        key: "tier.channels",
        also: &[],
        topic: Topic::Tier,
        kind: Some(InputKind::Policy),
        zh: Text {
            label: "获客渠道",
            definition: "筛选条件：只接纳所列开户渠道的客户。",
            default: "线上与线下",
            range: "线上（online）、线下（offline）中至少一个",
            ..Text::NONE
        },
        en: Text {
            label: "Channels",
            definition: "A filter: only customers acquired through the listed channels join the tier.",
            default: "online and offline",
            range: "at least one of online, offline",
            ..Text::NONE
        },
    },
    Entry {
        key: "tier.include_dormant",
        also: &[],
        topic: Topic::Tier,
        kind: Some(InputKind::Policy),
        zh: Text {
            label: "含沉睡客户",
            definition: "筛选条件：为否时沉睡客户不进入该层级，继续与更低门槛的层级匹配。",
            default: "是",
            range: "是、否",
            ..Text::NONE
        },
        en: Text {
            label: "Includes dormant customers",
            definition: "A filter: when off, dormant customers skip the tier and are matched against lower tiers.",
            default: "yes",
            range: "yes, no",
            ..Text::NONE
        },
    },
    Entry {
        key: "tier.asset_growth",
        also: &[],
        topic: Topic::Tier,
        kind: Some(InputKind::Assumption),
        zh: Text {
            label: "资产增长率",
            definition: "新触达客户一年内带来的新增资产占其总资产的比例。",
            formula: "新增资产 = 触达 × 资产增长率 × 总资产。",
            unit: "%",
            default: "0（未填写时）；校准值专属投顾与人机协同5%，数字化3%",
            range: "0–1,000%",
            basis: "假设；华西证券2025年每位被激活客户约1.6万元，相当于小账户资产的10%–50%；区间0–20%",
        },
        en: Text {
            label: "Asset growth",
            definition: "Net new assets a newly reached customer brings within a year, as a share of their assets.",
            formula: "net new assets = reach × asset growth × total assets.",
            unit: "%",
            default: "0 when left out; calibrated 5% for advisor and hybrid, 3% for digital",
            range: "0 to 1,000%",
            basis: "an assumption; Huaxi Securities 2025 gathered about 16k per activated client, 10% to 50% of a small account; range 0 to 20%",
        },
    },
    Entry {
        key: "tier.wealth_share",
        also: &[],
        topic: Topic::Tier,
        kind: Some(InputKind::Assumption),
        zh: Text {
            label: "产品配置比例",
            definition: "新触达客户资产（含新增资产）中配置到基金产品或投顾组合的比例。",
            formula: "产品保有资产 = 触达 × 产品配置比例 × （1 + 资产增长率） × 总资产。",
            unit: "%",
            default: "0（未填写时）；校准值专属投顾10%、人机协同8%、数字化4%",
            range: "0–100%",
            basis: "假设；零售资产中基金占比约10%–25%；区间0–25%",
        },
        en: Text {
            label: "Wealth share",
            definition: "The share of a newly reached customer's assets, growth included, placed in fund products or an advisory portfolio.",
            formula: "placed assets = reach × wealth share × (1 + asset growth) × total assets.",
            unit: "%",
            default: "0 when left out; calibrated 10% advisor, 8% hybrid, 4% digital",
            range: "0 to 100%",
            basis: "an assumption; funds hold about 10% to 25% of retail assets; range 0 to 25%",
        },
    },
    Entry {
        key: "tier.wealth_fee",
        also: &[],
        topic: Topic::Tier,
        kind: Some(InputKind::Assumption),
        zh: Text {
            label: "财富管理费率",
            definition: "每元产品保有资产每年带来的收入，如客户维护费或投顾费。",
            formula: "财富管理收入 = 产品保有资产 × 财富管理费率。",
            unit: "%/年",
            default: "0（未填写时）；校准值专属投顾0.5%、人机协同0.4%、数字化0.3%",
            range: "0–5%",
            basis: "客户维护费约0.3%，基金投顾费约0.5%；区间0.1%–0.8%",
        },
        en: Text {
            label: "Wealth fee",
            definition: "Revenue per CNY of placed assets per year: trailing fee or advisory fee.",
            formula: "wealth revenue = placed assets × wealth fee.",
            unit: "% a year",
            default: "0 when left out; calibrated 0.5% advisor, 0.4% hybrid, 0.3% digital",
            range: "0 to 5%",
            basis: "trailing fee about 0.3%, fund advisory fee about 0.5%; range 0.1% to 0.8%",
        },
    },
];

pub(super) static ACQUISITION: &[Entry] = &[
    Entry {
        key: "acquisition",
        also: &["acquisition.rows"],
        topic: Topic::Acquisition,
        kind: Some(InputKind::Policy),
        zh: Text {
            label: "获客计划",
            definition: "情景中一年的新开户计划，每个渠道一行，结果中按行给出获客成本、收入与回本周期。",
            default: "无（不计获客）",
            range: "线上、线下各最多一行",
            basis: "策略选择",
            ..Text::NONE
        },
        en: Text {
            label: "Acquisition plan",
            definition: "The scenario's plan of accounts to open in the year, one row per channel; the result gives each row's cost, revenue and payback.",
            default: "none (no acquisition)",
            range: "at most one row each for online and offline",
            basis: "a policy choice",
            ..Text::NONE
        },
    },
    Entry {
        key: "acquisition.channel",
        also: &["acquisition.rows[].channel"],
        topic: Topic::Acquisition,
        kind: Some(InputKind::Policy),
        zh: Text {
            label: "获客渠道",
            definition: "一行获客计划的渠道，每个渠道最多一行。",
            range: "线上（online）、线下（offline）",
            default: "必填",
            ..Text::NONE
        },
        en: Text {
            label: "Channel",
            definition: "The channel of one acquisition row; at most one row per channel.",
            range: "online, offline",
            default: "required",
            ..Text::NONE
        },
    },
    Entry {
        key: "acquisition.accounts",
        also: &["acquisition.rows[].accounts"],
        topic: Topic::Acquisition,
        kind: Some(InputKind::Policy),
        zh: Text {
            label: "新开户数",
            definition: "该渠道一年内新开的账户数。",
            unit: "户",
            default: "校准值线上20,000、线下3,000",
            range: "整数，≥ 0",
            basis: "获客计划；线下2020年仍带来八成以上新客户",
            ..Text::NONE
        },
        en: Text {
            label: "Accounts opened",
            definition: "Accounts opened through the channel in the year.",
            unit: "accounts",
            default: "calibrated 20,000 online, 3,000 offline",
            range: "whole number, >= 0",
            basis: "an acquisition plan; offline still brought over 80% of new clients in 2020",
            ..Text::NONE
        },
    },
    Entry {
        key: "acquisition.funded_rate",
        also: &[],
        topic: Topic::Acquisition,
        kind: Some(InputKind::Assumption),
        zh: Text {
            label: "有效户转化率",
            definition: "新开账户中入金成为有效户的比例。",
            formula: "新增有效户 = 新开户数 × 有效户转化率。",
            unit: "%",
            default: "校准值线上35%、线下70%",
            range: "0–100%",
            basis: "线上为行业报告推算，线下为假设",
        },
        en: Text {
            label: "Funded rate",
            definition: "The share of opened accounts that become funded effective accounts.",
            formula: "funded = accounts opened × funded rate.",
            unit: "%",
            default: "calibrated 35% online, 70% offline",
            range: "0 to 100%",
            basis: "online from industry reports, offline an assumption",
        },
    },
    Entry {
        key: "acquisition.cost_per_account",
        also: &[],
        topic: Topic::Acquisition,
        kind: Some(InputKind::Assumption),
        zh: Text {
            label: "单户开户成本",
            definition: "每开一个账户的获客成本。",
            formula: "获客成本 = 新开户数 × 单户开户成本。",
            unit: "元/户",
            default: "校准值线上150元（约合每有效户430元）、线下900元",
            range: "≥ 0",
            basis: "线上每有效户300–500元（2020）、300–400元（2023），优质渠道超过1,000元",
        },
        en: Text {
            label: "Cost per account opened",
            definition: "The acquisition cost of each account opened.",
            formula: "acquisition cost = accounts opened × cost per account.",
            unit: "CNY per account",
            default: "calibrated 150 online (about 430 per funded account), 900 offline",
            range: ">= 0",
            basis: "online 300 to 500 per funded account (2020), 300 to 400 (2023), quality channels over 1,000",
        },
    },
    Entry {
        key: "acquisition.assets_per_funded",
        also: &[],
        topic: Topic::Acquisition,
        kind: Some(InputKind::Assumption),
        zh: Text {
            label: "有效户户均资产",
            definition: "每个有效户带来的资产。",
            formula: "获客新增资产 = 新增有效户 × 有效户户均资产。",
            unit: "元/户",
            default: "校准值线上3万元、线下15万元",
            range: "≥ 0",
            basis: "假设",
        },
        en: Text {
            label: "Assets per funded account",
            definition: "The assets each funded account brings.",
            formula: "net new assets = funded × assets per funded account.",
            unit: "CNY per account",
            default: "calibrated 30k online, 150k offline",
            range: ">= 0",
            basis: "an assumption",
        },
    },
    Entry {
        key: "acquisition.revenue_per_funded",
        also: &[],
        topic: Topic::Acquisition,
        kind: Some(InputKind::Assumption),
        zh: Text {
            label: "有效户首年收入",
            definition: "每个有效户第一年带来的收入。",
            formula: "获客收入 = 新增有效户 × 有效户首年收入。",
            unit: "元/户",
            default: "校准值线上120元、线下600元",
            range: "≥ 0",
            basis: "假设",
        },
        en: Text {
            label: "First-year revenue per funded account",
            definition: "The revenue each funded account brings in its first year.",
            formula: "acquisition revenue = funded × revenue per funded account.",
            unit: "CNY per account",
            default: "calibrated 120 online, 600 offline",
            range: ">= 0",
            basis: "an assumption",
        },
    },
    Entry {
        key: "acquisition.owner",
        also: &["acquisition.rows[].owner"],
        topic: Topic::Acquisition,
        kind: Some(InputKind::Policy),
        zh: Text {
            label: "获客归属",
            definition: "该渠道获客收入归属总部还是分支机构。",
            default: "线上为总部，线下为分支机构",
            range: "总部（hq）、分支机构（branch）",
            basis: "策略选择；部分券商将互联网分公司作为独立核算单位",
            ..Text::NONE
        },
        en: Text {
            label: "Acquisition owner",
            definition: "Whether the channel's acquisition revenue is credited to head office or to the branches.",
            default: "HQ for online, branch for offline",
            range: "hq, branch",
            basis: "a policy choice; some brokers run internet branches as separate P&L units",
            ..Text::NONE
        },
    },
];
