//! Glossary entries for the figures of a result (MODEL §5, §7–9): totals, the tier, branch and
//! HQ rows and the acquisition block. One entry per idea; the same figure at another level
//! (a tier's or a branch's eligible customers) is one of its other paths.

use super::{Entry, Text, Topic};

pub(super) static ENTRIES: &[Entry] = &[
    Entry {
        key: "totals.eligible",
        also: &["tiers[].eligible", "branches[].eligible"],
        topic: Topic::Result,
        kind: None,
        zh: Text {
            label: "可服务客户",
            definition: "归入某个服务层级的客户数，可按全部、层级或分支机构合计。",
            formula: "满足某层级服务门槛且通过其筛选条件的客户数。",
            unit: "户",
            ..Text::NONE
        },
        en: Text {
            label: "Eligible customers",
            definition: "Customers assigned to a service tier, counted in total, per tier or per branch.",
            formula: "The customers who meet a tier's threshold and pass its filters.",
            unit: "customers",
            ..Text::NONE
        },
    },
    Entry {
        key: "totals.served",
        also: &["tiers[].served", "branches[].served"],
        topic: Topic::Result,
        kind: None,
        zh: Text {
            label: "覆盖客户（期望）",
            definition: "预计实际触达的客户数，是期望值，可带小数。",
            formula: "覆盖客户 = Σ 各可服务客户所在层级的覆盖率。",
            unit: "户",
            ..Text::NONE
        },
        en: Text {
            label: "Customers reached (expected)",
            definition: "The customers expected to be actually reached: an expected value that may have decimals.",
            formula: "customers reached = sum over eligible customers of their tier's coverage.",
            unit: "customers",
            ..Text::NONE
        },
    },
    Entry {
        key: "totals.newly_served",
        also: &[],
        topic: Topic::Result,
        kind: None,
        zh: Text {
            label: "新增覆盖客户（期望）",
            definition: "覆盖客户中今天还没有投顾服务的部分，即方案新触达的客户数（期望值）。",
            formula: "新增覆盖客户 = Σ 尚无投顾服务的可服务客户所在层级的覆盖率。",
            unit: "户",
            ..Text::NONE
        },
        en: Text {
            label: "Newly reached (expected)",
            definition: "The customers reached who have no advisor today: whom the scenario newly reaches, as an expected value.",
            formula: "newly reached = sum of coverage over eligible customers not already served.",
            unit: "customers",
            ..Text::NONE
        },
    },
    Entry {
        key: "totals.advisors_needed",
        also: &["tiers[].advisors_needed", "branches[].advisors_needed", "hq.advisors_needed"],
        topic: Topic::Result,
        kind: None,
        zh: Text {
            label: "所需投顾",
            definition: "承载覆盖客户所需的投顾人数，可按全部、层级、分支机构或总部合计。",
            formula: "分支机构层级：每家分支机构 ⌈其覆盖客户 ÷ 人均服务客户数⌉；总部层级：⌈层级覆盖客户 ÷ 人均服务客户数⌉，只取整一次。",
            unit: "人",
            ..Text::NONE
        },
        en: Text {
            label: "Advisors needed",
            definition: "The advisors it takes to serve the customers reached, in total, per tier, per branch or for HQ.",
            formula: "branch-owned tiers: per branch, ceil(its customers reached ÷ clients per advisor); HQ-owned tiers: ceil(the tier's customers reached ÷ clients per advisor), rounded up once.",
            unit: "advisors",
            ..Text::NONE
        },
    },
    Entry {
        key: "totals.current_advisors",
        also: &["branches[].current_advisors", "hq.current_advisors"],
        topic: Topic::Result,
        kind: None,
        zh: Text {
            label: "现有投顾",
            definition: "分支机构和总部今天已有的投顾人数。",
            formula: "分支机构取分支机构文件中的人数（无文件时为不同服务投顾编号个数），总部取总部现有投顾。",
            unit: "人",
            ..Text::NONE
        },
        en: Text {
            label: "Current advisors",
            definition: "The advisors the branches and head office have today.",
            formula: "A branch's headcount from the branches file (without it, its distinct advisor ids); HQ's from HQ advisors today.",
            unit: "advisors",
            ..Text::NONE
        },
    },
    Entry {
        key: "totals.hires",
        also: &["branches[].hires", "hq.hires"],
        topic: Topic::Result,
        kind: None,
        zh: Text {
            label: "需新增投顾",
            definition: "所需投顾超出现有投顾的部分，按每家分支机构和总部分别计算后合计，即投顾缺口。",
            formula: "需新增投顾 = Σ max（0，所需投顾 − 现有投顾），逐个分支机构与总部计算。",
            unit: "人",
            ..Text::NONE
        },
        en: Text {
            label: "Hires",
            definition: "The advisor gap: advisors needed beyond those of today, worked out for each branch and HQ and then added.",
            formula: "hires = sum over branches and HQ of max(0, advisors needed − advisors today).",
            unit: "advisors",
            ..Text::NONE
        },
    },
    Entry {
        key: "branches[].load",
        also: &["hq.load"],
        topic: Topic::Result,
        kind: None,
        zh: Text {
            label: "投顾负荷",
            definition: "现有每名投顾需服务的覆盖客户数；高于人均服务客户数说明现有投顾承载不了；无现有投顾时为空。",
            formula: "负荷 = 该单位在专属投顾与人机协同层级服务的覆盖客户 ÷ 现有投顾。",
            unit: "户/人",
            ..Text::NONE
        },
        en: Text {
            label: "Advisor load",
            definition: "Customers reached per advisor of today; above clients per advisor, today's advisors cannot carry it; blank without advisors.",
            formula: "load = customers reached the unit serves in advisor and hybrid tiers ÷ advisors today.",
            unit: "clients per advisor",
            ..Text::NONE
        },
    },
    Entry {
        key: "totals.base_revenue",
        also: &["branches[].base_revenue"],
        topic: Topic::Result,
        kind: None,
        zh: Text {
            label: "基础收入",
            definition: "全部客户（或一家分支机构的客户）近12个月的净收入，即方案之前的收入。",
            formula: "基础收入 = Σ 近12月净收入。",
            unit: "元",
            ..Text::NONE
        },
        en: Text {
            label: "Base revenue",
            definition: "The last 12 months' net revenue of the whole book, or of one branch's customers: revenue before the scenario.",
            formula: "base revenue = sum of 12-month revenue.",
            unit: "CNY",
            ..Text::NONE
        },
    },
    Entry {
        key: "totals.incremental_revenue",
        also: &["tiers[].incremental_revenue", "branches[].incremental_revenue"],
        topic: Topic::Result,
        kind: None,
        zh: Text {
            label: "增量收入",
            definition: "方案带来的每年新增收入，含佣金收入、财富管理收入与资产收入，可按全部、层级或分支机构合计。",
            formula: "增量收入 = 佣金收入 + 财富管理收入 + 资产收入。",
            unit: "元/年",
            ..Text::NONE
        },
        en: Text {
            label: "Incremental revenue",
            definition: "The extra yearly revenue the scenario brings, commission, wealth and asset revenue together, in total, per tier or per branch.",
            formula: "incremental revenue = commission revenue + wealth revenue + asset revenue.",
            unit: "CNY a year",
            ..Text::NONE
        },
    },
    Entry {
        key: "totals.projected_revenue",
        also: &[],
        topic: Topic::Result,
        kind: None,
        zh: Text {
            label: "预测总收入",
            definition: "方案实施后预计的年收入。",
            formula: "预测总收入 = 基础收入 + 增量收入。",
            unit: "元/年",
            ..Text::NONE
        },
        en: Text {
            label: "Projected revenue",
            definition: "The yearly revenue expected with the scenario in place.",
            formula: "projected revenue = base revenue + incremental revenue.",
            unit: "CNY a year",
            ..Text::NONE
        },
    },
    Entry {
        key: "totals.cost",
        also: &[],
        topic: Topic::Result,
        kind: None,
        zh: Text {
            label: "成本",
            definition: "方案每年的成本：新增投顾人力成本加服务成本。",
            formula: "成本 = 投顾全成本 × 需新增投顾 + Σ 覆盖客户 × 单客服务成本。",
            unit: "元/年",
            ..Text::NONE
        },
        en: Text {
            label: "Cost",
            definition: "The scenario's yearly cost: the cost of hires plus the service cost.",
            formula: "cost = advisor cost × hires + sum of customers reached × service cost per client.",
            unit: "CNY a year",
            ..Text::NONE
        },
    },
    Entry {
        key: "tiers[].cost",
        also: &[],
        topic: Topic::Result,
        kind: None,
        zh: Text {
            label: "层级服务成本",
            definition: "层级的服务成本；新增投顾按分支机构和总部计成本，不分摊到层级。",
            formula: "层级服务成本 = 层级覆盖客户 × 单客服务成本。",
            unit: "元/年",
            ..Text::NONE
        },
        en: Text {
            label: "Tier service cost",
            definition: "The tier's service cost; hires are costed per branch and HQ, not split between tiers.",
            formula: "tier service cost = the tier's customers reached × service cost per client.",
            unit: "CNY a year",
            ..Text::NONE
        },
    },
    Entry {
        key: "totals.net",
        also: &[],
        topic: Topic::Result,
        kind: None,
        zh: Text {
            label: "净收益",
            definition: "方案每年的增量收入减去成本。",
            formula: "净收益 = 增量收入 − 成本（新增投顾人力成本 + 服务成本）。",
            unit: "元/年",
            ..Text::NONE
        },
        en: Text {
            label: "Net",
            definition: "The scenario's yearly incremental revenue less its cost.",
            formula: "net = incremental revenue − cost (cost of hires + service cost).",
            unit: "CNY a year",
            ..Text::NONE
        },
    },
    Entry {
        key: "totals.hq_credit",
        also: &["hq.credited_revenue"],
        topic: Topic::Result,
        kind: None,
        zh: Text {
            label: "总部收入归属",
            definition: "增量收入中归属总部的部分。",
            formula: "总部收入归属 = 总部层级增量收入 × 总部收入归属比例。",
            unit: "元/年",
            ..Text::NONE
        },
        en: Text {
            label: "HQ credit",
            definition: "The part of the incremental revenue credited to head office.",
            formula: "HQ credit = incremental revenue of HQ-owned tiers × HQ share.",
            unit: "CNY a year",
            ..Text::NONE
        },
    },
    Entry {
        key: "totals.branch_credit",
        also: &[],
        topic: Topic::Result,
        kind: None,
        zh: Text {
            label: "分支机构收入归属",
            definition: "增量收入中归属各分支机构的部分之和。",
            formula: "分支机构收入归属 = 分支机构层级增量收入 + 总部层级增量收入 × （1 − 总部收入归属比例）。",
            unit: "元/年",
            ..Text::NONE
        },
        en: Text {
            label: "Branch credit",
            definition: "The part of the incremental revenue credited to the branches, all branches together.",
            formula: "branch credit = incremental revenue of branch-owned tiers + incremental revenue of HQ-owned tiers × (1 − HQ share).",
            unit: "CNY a year",
            ..Text::NONE
        },
    },
    Entry {
        key: "branches[].credited_revenue",
        also: &[],
        topic: Topic::Result,
        kind: None,
        zh: Text {
            label: "收入归属",
            definition: "一家分支机构获得归属的增量收入。",
            formula: "其客户在分支机构层级的增量收入全部，加上其客户在总部层级的增量收入 × （1 − 总部收入归属比例）。",
            unit: "元/年",
            ..Text::NONE
        },
        en: Text {
            label: "Revenue credit",
            definition: "The incremental revenue credited to one branch.",
            formula: "All its customers' incremental revenue from branch-owned tiers, plus their incremental revenue from HQ-owned tiers × (1 − HQ share).",
            unit: "CNY a year",
            ..Text::NONE
        },
    },
    Entry {
        key: "totals.commission_revenue",
        also: &["tiers[].commission_revenue"],
        topic: Topic::Result,
        kind: None,
        zh: Text {
            label: "佣金收入",
            definition: "触达后交易增加带来的增量收入：有效交易客户的收入提升与沉睡客户的激活。",
            formula: "有效交易客户：覆盖率 × 收入提升 × 近12月净收入；沉睡客户：覆盖率 × 激活率 × 同段收入；已有投顾服务的客户为0。",
            unit: "元/年",
            ..Text::NONE
        },
        en: Text {
            label: "Commission revenue",
            definition: "Incremental revenue from more trading: the uplift of active customers and the reactivation of dormant ones.",
            formula: "active: coverage × uplift × 12-month revenue; dormant: coverage × activation rate × peer revenue; 0 for customers already served.",
            unit: "CNY a year",
            ..Text::NONE
        },
    },
    Entry {
        key: "totals.wealth_revenue",
        also: &["tiers[].wealth_revenue"],
        topic: Topic::Result,
        kind: None,
        zh: Text {
            label: "财富管理收入",
            definition: "新触达客户配置到基金产品或投顾组合的资产带来的年收入。",
            formula: "财富管理收入 = 产品保有资产 × 财富管理费率。",
            unit: "元/年",
            ..Text::NONE
        },
        en: Text {
            label: "Wealth revenue",
            definition: "Yearly revenue from the assets newly reached customers place in funds or advisory portfolios.",
            formula: "wealth revenue = placed assets × wealth fee.",
            unit: "CNY a year",
            ..Text::NONE
        },
    },
    Entry {
        key: "totals.asset_revenue",
        also: &["tiers[].asset_revenue"],
        topic: Topic::Result,
        kind: None,
        zh: Text {
            label: "资产收入",
            definition: "新增资产带来的经纪与利息年收入。",
            formula: "资产收入 = 新增资产 × 新增资产收益率。",
            unit: "元/年",
            ..Text::NONE
        },
        en: Text {
            label: "Asset revenue",
            definition: "Yearly brokerage and interest revenue from net new assets.",
            formula: "asset revenue = net new assets × asset yield.",
            unit: "CNY a year",
            ..Text::NONE
        },
    },
    Entry {
        key: "totals.new_assets",
        also: &["tiers[].new_assets", "branches[].new_assets"],
        topic: Topic::Result,
        kind: None,
        zh: Text {
            label: "新增资产",
            definition: "新触达客户一年内带来的净新增资产。",
            formula: "新增资产 = 触达 × 资产增长率 × 总资产；触达对有效交易客户为覆盖率，对沉睡客户为覆盖率 × 激活率，已有投顾服务的客户为0。",
            unit: "元",
            ..Text::NONE
        },
        en: Text {
            label: "Net new assets",
            definition: "The net new assets newly reached customers bring within a year.",
            formula: "net new assets = reach × asset growth × total assets, where reach is coverage for an active customer, coverage × activation rate for a dormant one and 0 for one already served.",
            unit: "CNY",
            ..Text::NONE
        },
    },
    Entry {
        key: "totals.placed_assets",
        also: &["tiers[].placed_assets"],
        topic: Topic::Result,
        kind: None,
        zh: Text {
            label: "产品保有资产",
            definition: "新触达客户配置到基金产品或投顾组合的资产。",
            formula: "产品保有资产 = 触达 × 产品配置比例 × （1 + 资产增长率） × 总资产。",
            unit: "元",
            ..Text::NONE
        },
        en: Text {
            label: "Placed assets",
            definition: "The assets newly reached customers place in fund products or advisory portfolios.",
            formula: "placed assets = reach × wealth share × (1 + asset growth) × total assets.",
            unit: "CNY",
            ..Text::NONE
        },
    },
    Entry {
        key: "totals.acquisition_cost",
        also: &["acquisition.cost", "acquisition.rows[].cost"],
        topic: Topic::Result,
        kind: None,
        zh: Text {
            label: "获客成本",
            definition: "一年新开账户的获客成本，可按渠道或合计。",
            formula: "获客成本 = 新开户数 × 单户开户成本。",
            unit: "元/年",
            ..Text::NONE
        },
        en: Text {
            label: "Acquisition cost",
            definition: "The cost of the accounts opened in the year, per channel or in total.",
            formula: "acquisition cost = accounts opened × cost per account.",
            unit: "CNY a year",
            ..Text::NONE
        },
    },
    Entry {
        key: "totals.acquisition_revenue",
        also: &["acquisition.revenue", "acquisition.rows[].revenue"],
        topic: Topic::Result,
        kind: None,
        zh: Text {
            label: "获客收入",
            definition: "新获有效户第一年带来的收入，可按渠道或合计。",
            formula: "获客收入 = 新增有效户 × 有效户首年收入。",
            unit: "元/年",
            ..Text::NONE
        },
        en: Text {
            label: "Acquisition revenue",
            definition: "The first-year revenue of the new funded accounts, per channel or in total.",
            formula: "acquisition revenue = funded accounts × first-year revenue per funded account.",
            unit: "CNY a year",
            ..Text::NONE
        },
    },
    Entry {
        key: "acquisition.funded",
        also: &["acquisition.rows[].funded"],
        topic: Topic::Result,
        kind: None,
        zh: Text {
            label: "新增有效户",
            definition: "一年新开账户中入金成为有效户的数量，可按渠道或合计。",
            formula: "新增有效户 = 新开户数 × 有效户转化率。",
            unit: "户",
            ..Text::NONE
        },
        en: Text {
            label: "Funded accounts",
            definition: "The accounts opened in the year that became funded effective accounts, per channel or in total.",
            formula: "funded = accounts opened × funded rate.",
            unit: "accounts",
            ..Text::NONE
        },
    },
    Entry {
        key: "acquisition.new_assets",
        also: &["acquisition.rows[].new_assets"],
        topic: Topic::Result,
        kind: None,
        zh: Text {
            label: "获客新增资产",
            definition: "新获有效户带来的资产，可按渠道或合计。",
            formula: "获客新增资产 = 新增有效户 × 有效户户均资产。",
            unit: "元",
            ..Text::NONE
        },
        en: Text {
            label: "Acquired assets",
            definition: "The assets the new funded accounts bring, per channel or in total.",
            formula: "acquired assets = funded accounts × assets per funded account.",
            unit: "CNY",
            ..Text::NONE
        },
    },
    Entry {
        key: "acquisition.net",
        also: &["acquisition.rows[].net"],
        topic: Topic::Result,
        kind: None,
        zh: Text {
            label: "获客净收益",
            definition: "获客第一年的收入减去获客成本，可按渠道或合计。",
            formula: "获客净收益 = 获客收入 − 获客成本。",
            unit: "元/年",
            ..Text::NONE
        },
        en: Text {
            label: "Acquisition net",
            definition: "First-year acquisition revenue less acquisition cost, per channel or in total.",
            formula: "acquisition net = acquisition revenue − acquisition cost.",
            unit: "CNY a year",
            ..Text::NONE
        },
    },
    Entry {
        key: "acquisition.rows[].cost_per_funded",
        also: &[],
        topic: Topic::Result,
        kind: None,
        zh: Text {
            label: "有效户成本",
            definition: "每获得一个有效户花费的获客成本；无有效户时为空。",
            formula: "有效户成本 = 获客成本 ÷ 有效户。",
            unit: "元/户",
            ..Text::NONE
        },
        en: Text {
            label: "Cost per funded account",
            definition: "The acquisition cost of each funded account; blank where none is funded.",
            formula: "cost per funded account = acquisition cost ÷ funded accounts.",
            unit: "CNY per account",
            ..Text::NONE
        },
    },
    Entry {
        key: "acquisition.rows[].payback_years",
        also: &[],
        topic: Topic::Result,
        kind: None,
        zh: Text {
            label: "回本周期",
            definition: "按第一年收入计，收回获客成本所需的年数；无收入时为空。",
            formula: "回本周期 = 获客成本 ÷ 获客收入。",
            unit: "年",
            ..Text::NONE
        },
        en: Text {
            label: "Payback",
            definition: "The years it takes first-year revenue to pay back the acquisition cost; blank where there is no revenue.",
            formula: "payback = acquisition cost ÷ acquisition revenue.",
            unit: "years",
            ..Text::NONE
        },
    },
    Entry {
        key: "acquisition.hq_credit",
        also: &[],
        topic: Topic::Result,
        kind: None,
        zh: Text {
            label: "总部获客收入",
            definition: "归属总部的获客渠道带来的获客收入。",
            formula: "获客归属为总部的各行获客收入之和。",
            unit: "元/年",
            ..Text::NONE
        },
        en: Text {
            label: "HQ acquisition credit",
            definition: "The acquisition revenue of the channels head office owns.",
            formula: "The sum of the acquisition revenue of the rows owned by HQ.",
            unit: "CNY a year",
            ..Text::NONE
        },
    },
    Entry {
        key: "acquisition.branch_credit",
        also: &[],
        topic: Topic::Result,
        kind: None,
        zh: Text {
            label: "分支机构获客收入",
            definition: "归属分支机构的获客渠道带来的获客收入。",
            formula: "获客归属为分支机构的各行获客收入之和。",
            unit: "元/年",
            ..Text::NONE
        },
        en: Text {
            label: "Branch acquisition credit",
            definition: "The acquisition revenue of the channels the branches own.",
            formula: "The sum of the acquisition revenue of the rows owned by branches.",
            unit: "CNY a year",
            ..Text::NONE
        },
    },
    Entry {
        key: "totals.total_net",
        also: &[],
        topic: Topic::Result,
        kind: None,
        zh: Text {
            label: "含获客净收益",
            definition: "服务方案的净收益加上获客的净收益。",
            formula: "含获客净收益 = 净收益 + 获客收入 − 获客成本。",
            unit: "元/年",
            ..Text::NONE
        },
        en: Text {
            label: "Net with acquisition",
            definition: "The service scenario's net plus the net of acquisition.",
            formula: "net with acquisition = net + acquisition revenue − acquisition cost.",
            unit: "CNY a year",
            ..Text::NONE
        },
    },
    Entry {
        key: "hq.transferred_base",
        also: &[],
        topic: Topic::Result,
        kind: None,
        zh: Text {
            label: "划转收入",
            definition: "从分支机构划转到总部考核的基础收入。",
            formula: "划转收入 = 收入划转比例 × 归入总部层级且尚无投顾服务的客户的近12月净收入之和。",
            unit: "元/年",
            ..Text::NONE
        },
        en: Text {
            label: "Transferred base",
            definition: "The base revenue moved from the branches' books to head office's.",
            formula: "transferred base = base transfer × the 12-month revenue of customers in HQ-owned tiers not already served.",
            unit: "CNY a year",
            ..Text::NONE
        },
    },
    Entry {
        key: "branches[].assessed_revenue",
        also: &["hq.assessed_revenue"],
        topic: Topic::Result,
        kind: None,
        zh: Text {
            label: "考核收入",
            definition: "按考核口径记在一家分支机构或总部名下的收入。",
            formula: "拆分：分支机构 = 基础收入 − 划转收入 + 收入归属，总部 = 划转收入 + 总部收入归属；双计：分支机构 = 基础收入 + 增量收入，总部 = 划转收入 + 总部层级全部增量收入。",
            unit: "元/年",
            ..Text::NONE
        },
        en: Text {
            label: "Assessed revenue",
            definition: "The revenue a branch or head office is assessed on, under the credit rule.",
            formula: "split: branch = base − transferred + credited, HQ = transferred + HQ credit; dual: branch = base + incremental, HQ = transferred + all incremental revenue of HQ-owned tiers.",
            unit: "CNY a year",
            ..Text::NONE
        },
    },
    Entry {
        key: "branches[].assessed_change",
        also: &[],
        topic: Topic::Result,
        kind: None,
        zh: Text {
            label: "考核收入变化",
            definition: "一家分支机构的考核收入相对方案前基础收入的变化；为负即该分支机构受损。",
            formula: "考核收入变化 = 考核收入 − 基础收入。",
            unit: "元/年",
            ..Text::NONE
        },
        en: Text {
            label: "Assessed change",
            definition: "How a branch's assessed revenue differs from its base revenue; negative means the branch loses.",
            formula: "assessed change = assessed revenue − base revenue.",
            unit: "CNY a year",
            ..Text::NONE
        },
    },
    Entry {
        key: "branches[].cost",
        also: &["hq.cost"],
        topic: Topic::Result,
        kind: None,
        zh: Text {
            label: "单位成本",
            definition: "一家分支机构或总部承担的方案成本，与考核口径无关。",
            formula: "单位成本 = 投顾全成本 × 该单位需新增投顾 + 其所属层级覆盖客户 × 单客服务成本。",
            unit: "元/年",
            ..Text::NONE
        },
        en: Text {
            label: "Unit cost",
            definition: "The scenario's cost borne by one branch or by head office, whatever the credit rule.",
            formula: "unit cost = advisor cost × the unit's hires + customers reached in the tiers it owns × service cost per client.",
            unit: "CNY a year",
            ..Text::NONE
        },
    },
    Entry {
        key: "branches[].net",
        also: &["hq.net"],
        topic: Topic::Result,
        kind: None,
        zh: Text {
            label: "单位净收益",
            definition: "一家分支机构或总部的方案损益；各分支机构与总部之和恰好等于净收益。",
            formula: "分支机构：收入归属 − 单位成本；总部：总部收入归属 − 单位成本。",
            unit: "元/年",
            ..Text::NONE
        },
        en: Text {
            label: "Unit net",
            definition: "The programme P&L of one branch or of head office; the branches' and HQ's nets add up to the net exactly.",
            formula: "branch: revenue credit − unit cost; HQ: HQ credit − unit cost.",
            unit: "CNY a year",
            ..Text::NONE
        },
    },
    Entry {
        key: "totals.double_counted",
        also: &[],
        topic: Topic::Result,
        kind: None,
        zh: Text {
            label: "重复计算收入",
            definition: "双计口径下被分支机构与总部同时计入的收入；拆分口径下为0。",
            formula: "重复计算收入 = Σ 考核收入（分支机构与总部） − 基础收入 − 增量收入。",
            unit: "元/年",
            ..Text::NONE
        },
        en: Text {
            label: "Double counted",
            definition: "Revenue counted by both a branch and head office under dual credit; 0 under split.",
            formula: "double counted = sum of assessed revenue (branches and HQ) − base revenue − incremental revenue.",
            unit: "CNY a year",
            ..Text::NONE
        },
    },
    Entry {
        key: "totals.branches_losing",
        also: &[],
        topic: Topic::Result,
        kind: None,
        zh: Text {
            label: "考核收入下降的分支机构",
            definition: "考核收入低于基础收入的分支机构数。",
            formula: "考核收入变化 < 0 的分支机构个数。",
            unit: "家",
            ..Text::NONE
        },
        en: Text {
            label: "Branches losing",
            definition: "The number of branches whose assessed revenue falls below their base revenue.",
            formula: "The branches with assessed change < 0.",
            unit: "branches",
            ..Text::NONE
        },
    },
];
