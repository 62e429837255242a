//! Glossary entries for the analyses over a scenario (MODEL §10: ranges, goal seek, tornado,
//! Monte Carlo) and for the evaluation of a pilot (§11: treated and control groups, the
//! estimates and their confidence intervals).

use super::{Entry, InputKind, Text, Topic};

pub(super) static ANALYSIS: &[Entry] = &[
    Entry {
        key: "ranges",
        also: &["ranges.path", "ranges.low", "ranges.high"],
        topic: Topic::Analysis,
        kind: Some(InputKind::Assumption),
        zh: Text {
            label: "取值范围",
            definition: "情景文件中为某个输入给出的低值与高值，供龙卷风图与蒙特卡洛模拟使用。",
            formula: "按字段路径给出［低值，高值］：全局字段用其名称，层级字段用“tiers.层级名称.字段”。",
            default: "无",
            range: "低值 ≤ 情景值 ≤ 高值；路径须是已知字段",
            basis: "取自校准区间，如投顾全成本30万–60万元",
            ..Text::NONE
        },
        en: Text {
            label: "Ranges",
            definition: "A low and a high value given for an input in the scenario file, used by the tornado chart and the Monte Carlo simulation.",
            formula: "[low, high] keyed by field path: a global by its name, a tier field as \"tiers.<tier name>.<field>\".",
            default: "none",
            range: "low <= scenario value <= high; the path must name a known field",
            basis: "from the calibration ranges, e.g. advisor cost 300k to 600k",
            ..Text::NONE
        },
    },
    Entry {
        key: "sweep.tier",
        also: &[],
        topic: Topic::Analysis,
        kind: None,
        zh: Text {
            label: "扫描层级",
            definition: "服务门槛敏感性分析中变动门槛的层级；其余层级与假设保持不变，逐点完整计算。",
            formula: "每个点把该层级的服务门槛设为该点的值后按模型完整计算一次。",
            ..Text::NONE
        },
        en: Text {
            label: "Swept tier",
            definition: "The tier whose threshold the threshold sweep varies, all other tiers and inputs held; every point is a full run.",
            formula: "Each point runs the model with the tier's threshold set to the point's value.",
            ..Text::NONE
        },
    },
    Entry {
        key: "compare.base",
        also: &[],
        topic: Topic::Analysis,
        kind: None,
        zh: Text {
            label: "基准情景",
            definition: "情景比较中作为参照的情景，其他情景的差额都相对它计算。",
            ..Text::NONE
        },
        en: Text {
            label: "Base scenario",
            definition: "The scenario a comparison is made against; every other scenario's deltas are relative to it.",
            ..Text::NONE
        },
    },
    Entry {
        key: "compare.delta",
        also: &[],
        topic: Topic::Analysis,
        kind: None,
        zh: Text {
            label: "差额",
            definition: "某情景的指标减去基准情景的同一指标；中文视图中增加为红色、减少为绿色，并配 ▲ ▼ 符号。",
            formula: "差额 = 情景值 − 基准情景值。",
            ..Text::NONE
        },
        en: Text {
            label: "Delta",
            definition: "A scenario's figure less the same figure of the base scenario, marked with an arrow up or down.",
            formula: "delta = scenario value − base scenario value.",
            ..Text::NONE
        },
    },
    Entry {
        key: "seek.field",
        also: &["tornado.field"],
        topic: Topic::Analysis,
        kind: None,
        zh: Text {
            label: "变动字段",
            definition: "分析中变动的输入，以字段路径表示，如某层级的服务门槛或投顾全成本。",
            ..Text::NONE
        },
        en: Text {
            label: "Field",
            definition: "The input an analysis varies, named by its path, such as a tier's threshold or the advisor cost.",
            ..Text::NONE
        },
    },
    Entry {
        key: "seek.grid",
        also: &["seek.from", "seek.to", "seek.step"],
        topic: Topic::Analysis,
        kind: None,
        zh: Text {
            label: "求解网格",
            definition: "目标求解逐一试算的取值：从起点到终点按步长取值，每个点都按模型完整计算一次。",
            formula: "起点、起点 + 步长、起点 + 2 × 步长……直至终点（含）。",
            ..Text::NONE
        },
        en: Text {
            label: "Grid",
            definition: "The values goal seek tries, from the start to the end by the step, each one a full run of the model.",
            formula: "from, from + step, from + 2 × step and so on up to and including to.",
            ..Text::NONE
        },
    },
    Entry {
        key: "seek.value",
        also: &[],
        topic: Topic::Analysis,
        kind: None,
        zh: Text {
            label: "目标求解",
            definition: "网格中满足条件（某项合计指标 ≥ 或 ≤ 目标值）且最符合目标（最低或最高）的取值；没有满足条件的取值时为空。",
            formula: "也可求使某项指标最大的取值，并列时取网格中靠前者。",
            ..Text::NONE
        },
        en: Text {
            label: "Goal seek",
            definition: "The grid value that meets the condition (a totals figure >= or <= a target) and is best for the aim (lowest or highest); none where no value meets it.",
            formula: "Or the grid value with the largest figure, ties going to the first in grid order.",
            ..Text::NONE
        },
    },
    Entry {
        key: "tornado.low",
        also: &["tornado.high"],
        topic: Topic::Analysis,
        kind: None,
        zh: Text {
            label: "低值与高值结果",
            definition: "把一个字段分别设为其取值范围的低值与高值、其余不变时所选指标的值。",
            ..Text::NONE
        },
        en: Text {
            label: "Low and high",
            definition: "The chosen figure with one field at the low and at the high end of its range, all else as in the scenario.",
            ..Text::NONE
        },
    },
    Entry {
        key: "tornado.swing",
        also: &[],
        topic: Topic::Analysis,
        kind: None,
        zh: Text {
            label: "龙卷风图",
            definition: "敏感性分析：每个字段在其范围内变动时所选指标（默认净收益）的摆幅，按摆幅从大到小排列。",
            formula: "摆幅 = ｜高值结果 − 低值结果｜。",
            ..Text::NONE
        },
        en: Text {
            label: "Tornado chart",
            definition: "Sensitivity analysis: how far the chosen figure (net by default) swings as each field moves across its range, largest swing first.",
            formula: "swing = |figure at high − figure at low|.",
            ..Text::NONE
        },
    },
    Entry {
        key: "montecarlo.draws",
        also: &[],
        topic: Topic::Analysis,
        kind: None,
        zh: Text {
            label: "蒙特卡洛模拟",
            definition: "对每个给出范围的字段按三角分布（低值、情景值、高值）独立抽样，重复计算情景，得到结果的分布；服务门槛不抽样。",
            formula: "抽样值按四舍六入五成双保留6位小数（整数字段取整）后作为精确十进制使用。",
            unit: "次",
            default: "1,000次",
            ..Text::NONE
        },
        en: Text {
            label: "Monte Carlo",
            definition: "Each ranged field is drawn independently from a triangular distribution (low, scenario value, high) and the scenario run again per draw, giving the spread of the results; thresholds are not drawn.",
            formula: "A drawn value is rounded half to even to 6 decimals (integers for integer fields) and used as an exact decimal.",
            unit: "draws",
            default: "1,000 draws",
            ..Text::NONE
        },
    },
    Entry {
        key: "montecarlo.not_drawn",
        also: &[],
        topic: Topic::Analysis,
        kind: None,
        zh: Text {
            label: "未抽样字段",
            definition: "给出了取值范围但不抽样、保持情景值的字段，如服务门槛与年龄界限。",
            ..Text::NONE
        },
        en: Text {
            label: "Not drawn",
            definition: "Ranged fields held at the scenario's value rather than drawn, such as thresholds and age bounds.",
            ..Text::NONE
        },
    },
    Entry {
        key: "montecarlo.seed",
        also: &[],
        topic: Topic::Analysis,
        kind: None,
        zh: Text {
            label: "随机种子",
            definition: "抽样所用随机数的种子；同一种子得到相同的结果。",
            ..Text::NONE
        },
        en: Text {
            label: "Seed",
            definition: "The seed of the random draws; the same seed gives the same answer.",
            ..Text::NONE
        },
    },
    Entry {
        key: "montecarlo.p50",
        also: &["montecarlo.p5", "montecarlo.p10", "montecarlo.p90", "montecarlo.p95"],
        topic: Topic::Analysis,
        kind: None,
        zh: Text {
            label: "分位数（P5、P10、P50、P90、P95）",
            definition: "各次抽样结果中的分位数：P10 表示有10%的抽样结果不高于该值，P50 为中位数。",
            formula: "对各次抽样的精确结果排序，按最近秩法取值。",
            ..Text::NONE
        },
        en: Text {
            label: "Percentiles (P5, P10, P50, P90, P95)",
            definition: "Percentiles of the draws' results: 10% of draws are at or below P10, and P50 is the median.",
            formula: "The draws' exact figures sorted, taken by nearest rank.",
            ..Text::NONE
        },
    },
    Entry {
        key: "montecarlo.mean",
        also: &[],
        topic: Topic::Analysis,
        kind: None,
        zh: Text {
            label: "均值",
            definition: "各次抽样结果的平均值。",
            formula: "均值 = 各次抽样结果之和 ÷ 抽样次数。",
            ..Text::NONE
        },
        en: Text {
            label: "Mean",
            definition: "The average of the draws' results.",
            formula: "mean = sum of the draws' figures ÷ number of draws.",
            ..Text::NONE
        },
    },
    Entry {
        key: "montecarlo.p_net_positive",
        also: &[],
        topic: Topic::Analysis,
        kind: None,
        zh: Text {
            label: "净收益为正的概率",
            definition: "抽样中净收益大于0的比例。",
            formula: "净收益 > 0 的抽样次数 ÷ 抽样次数。",
            unit: "%",
            ..Text::NONE
        },
        en: Text {
            label: "Chance of a positive net",
            definition: "The share of draws whose net is above 0.",
            formula: "draws with net > 0 ÷ draws.",
            unit: "%",
            ..Text::NONE
        },
    },
];

pub(super) static PILOT: &[Entry] = &[
    Entry {
        key: "pilot.treated",
        also: &["evaluate.n_treated"],
        topic: Topic::Pilot,
        kind: None,
        zh: Text {
            label: "实验组",
            definition: "试点中接受服务的客户；组内人数少于100时估计被标记。",
            unit: "户",
            ..Text::NONE
        },
        en: Text {
            label: "Treated",
            definition: "The pilot's customers who were served; an estimate is flagged when the group has fewer than 100.",
            unit: "customers",
            ..Text::NONE
        },
    },
    Entry {
        key: "pilot.control",
        also: &["evaluate.n_control"],
        topic: Topic::Pilot,
        kind: None,
        zh: Text {
            label: "对照组",
            definition: "试点中未接受服务、用来比较的客户；组内人数少于100时估计被标记。",
            unit: "户",
            ..Text::NONE
        },
        en: Text {
            label: "Control",
            definition: "The pilot's customers who were not served, kept for comparison; an estimate is flagged when the group has fewer than 100.",
            unit: "customers",
            ..Text::NONE
        },
    },
    Entry {
        key: "pilot.outcome_file",
        also: &[],
        topic: Topic::Pilot,
        kind: None,
        zh: Text {
            label: "试点结果文件",
            definition: "每位试点客户一行：分组以及试点前后等长期间的收入、资产与交易笔数，可另含试点后产品保有资产。",
            formula: "变化 Δ = 试点后 − 试点前。",
            ..Text::NONE
        },
        en: Text {
            label: "Pilot outcome file",
            definition: "One row per pilot customer: the group and revenue, assets and trades before and after, over periods of equal length, and optionally placed assets after.",
            formula: "change = after − before.",
            ..Text::NONE
        },
    },
    Entry {
        key: "provenance",
        also: &[
            "provenance.field",
            "provenance.pilot",
            "provenance.estimate",
            "provenance.low",
            "provenance.high",
            "provenance.applied",
            "provenance.flagged",
        ],
        topic: Topic::Pilot,
        kind: Some(InputKind::Fact),
        zh: Text {
            label: "估计来源",
            definition: "情景中某个取值来自哪次试点评估：字段、试点名称、采用的估计值及其置信区间、采用日期，以及该估计是否被标记。",
            formula: "采用时估计值四舍五入到4位小数。",
            range: "在应用试点估计时写入，每个字段一条",
            basis: "试点评估结果",
            ..Text::NONE
        },
        en: Text {
            label: "Provenance",
            definition: "Which pilot evaluation a value of the scenario came from: the field, the pilot, the estimate applied with its interval, the date and whether it was flagged.",
            formula: "The estimate is rounded to 4 decimals when applied.",
            range: "written when a pilot's estimate is applied, one per field",
            basis: "the pilot's evaluation",
            ..Text::NONE
        },
    },
    Entry {
        key: "evaluate.uplift",
        also: &[],
        topic: Topic::Pilot,
        kind: None,
        zh: Text {
            label: "收入提升（试点估计）",
            definition: "试点测得的收入提升，只计试点前有交易的客户。",
            formula: "（实验组平均收入变化 − 对照组平均收入变化） ÷ 实验组试点前平均收入；区间用 Welch t 检验。",
            unit: "%",
            ..Text::NONE
        },
        en: Text {
            label: "Revenue uplift (pilot estimate)",
            definition: "The revenue uplift the pilot measured, over customers who traded before it.",
            formula: "(mean revenue change, treated − mean revenue change, control) ÷ mean revenue before, treated; interval by Welch's t.",
            unit: "%",
            ..Text::NONE
        },
    },
    Entry {
        key: "evaluate.activation",
        also: &[],
        topic: Topic::Pilot,
        kind: None,
        zh: Text {
            label: "激活率（试点估计）",
            definition: "试点测得的激活率，只计试点前没有交易的客户。",
            formula: "实验组中试点后有交易的比例 − 对照组的同一比例；区间用 Newcombe 混合score法。",
            unit: "%",
            ..Text::NONE
        },
        en: Text {
            label: "Activation rate (pilot estimate)",
            definition: "The activation rate the pilot measured, over customers with no trade before it.",
            formula: "share trading after among treated − the same share among controls; interval by Newcombe's hybrid score method.",
            unit: "%",
            ..Text::NONE
        },
    },
    Entry {
        key: "evaluate.asset_growth",
        also: &[],
        topic: Topic::Pilot,
        kind: None,
        zh: Text {
            label: "资产增长率（试点估计）",
            definition: "试点测得的资产增长率，计入全部客户。",
            formula: "（实验组平均资产变化 − 对照组平均资产变化） ÷ 实验组试点前平均资产；区间同收入提升。",
            unit: "%",
            ..Text::NONE
        },
        en: Text {
            label: "Asset growth (pilot estimate)",
            definition: "The asset growth the pilot measured, over all customers.",
            formula: "(mean asset change, treated − mean asset change, control) ÷ mean assets before, treated; interval as for uplift.",
            unit: "%",
            ..Text::NONE
        },
    },
    Entry {
        key: "evaluate.wealth_share",
        also: &[],
        topic: Topic::Pilot,
        kind: None,
        zh: Text {
            label: "产品配置比例（试点估计）",
            definition: "试点测得的产品配置比例，仅在结果文件含试点后产品保有资产时给出。",
            formula: "（实验组平均试点后产品保有资产 − 对照组的同一均值） ÷ 实验组试点后平均资产。",
            unit: "%",
            ..Text::NONE
        },
        en: Text {
            label: "Wealth share (pilot estimate)",
            definition: "The wealth share the pilot measured, given only when the file has placed assets after.",
            formula: "(mean placed after, treated − the same mean, control) ÷ mean assets after, treated.",
            unit: "%",
            ..Text::NONE
        },
    },
    Entry {
        key: "evaluate.estimate",
        also: &[],
        topic: Topic::Pilot,
        kind: None,
        zh: Text {
            label: "估计值",
            definition: "由试点数据算出的点估计；用于计算金额时先四舍五入到4位小数。",
            ..Text::NONE
        },
        en: Text {
            label: "Estimate",
            definition: "The point estimate from the pilot's data; rounded to 4 decimals before it is applied to money.",
            ..Text::NONE
        },
    },
    Entry {
        key: "evaluate.confidence_interval",
        also: &["evaluate.low", "evaluate.high"],
        topic: Topic::Pilot,
        kind: None,
        zh: Text {
            label: "置信区间",
            definition: "95%置信区间的下限与上限：真实值大概率落在其中；区间越宽，证据越弱。",
            unit: "%",
            ..Text::NONE
        },
        en: Text {
            label: "Confidence interval",
            definition: "The low and high ends of the 95% interval the true value very likely lies in; the wider, the weaker the evidence.",
            unit: "%",
            ..Text::NONE
        },
    },
    Entry {
        key: "evaluate.flagged",
        also: &[],
        topic: Topic::Pilot,
        kind: None,
        zh: Text {
            label: "需谨慎",
            definition: "置信区间包含0或某组人数少于100的估计会被标记，不宜直接采用。",
            formula: "区间下限 ≤ 0 ≤ 上限，或实验组、对照组人数 < 100。",
            ..Text::NONE
        },
        en: Text {
            label: "Flagged",
            definition: "An estimate whose interval includes 0, or with fewer than 100 customers in a group, is flagged and should not be applied as is.",
            formula: "low <= 0 <= high, or fewer than 100 treated or control customers.",
            ..Text::NONE
        },
    },
    Entry {
        key: "evaluate.flags",
        also: &["evaluate.code", "evaluate.reason"],
        topic: Topic::Pilot,
        kind: None,
        zh: Text {
            label: "标记原因",
            definition: "估计被标记的每条原因，附固定代码与文字说明。",
            ..Text::NONE
        },
        en: Text {
            label: "Flag reasons",
            definition: "Each reason an estimate is flagged, with a stable code and the reason in words.",
            ..Text::NONE
        },
    },
    Entry {
        key: "evaluate.segments",
        also: &["evaluate.dimension", "evaluate.segment"],
        topic: Topic::Pilot,
        kind: None,
        zh: Text {
            label: "分组估计",
            definition: "按资产段、交易活跃与否、开户渠道和年龄组分别计算的同一组估计。",
            ..Text::NONE
        },
        en: Text {
            label: "Segments",
            definition: "The same estimates worked out per asset band, activity, channel and age group.",
            ..Text::NONE
        },
    },
    Entry {
        key: "evaluate.in_book",
        also: &["evaluate.not_in_book"],
        topic: Topic::Pilot,
        kind: None,
        zh: Text {
            label: "在客户数据中的试点客户",
            definition: "在当前客户数据中找到与未找到的试点客户数；渠道与年龄分组只含找到的客户。",
            unit: "户",
            ..Text::NONE
        },
        en: Text {
            label: "Found in the book",
            definition: "Pilot customers found, and not found, in the current book; channel and age segments cover only those found.",
            unit: "customers",
            ..Text::NONE
        },
    },
    Entry {
        key: "evaluate.welch",
        also: &[],
        topic: Topic::Pilot,
        kind: None,
        zh: Text {
            label: "Welch t 检验",
            definition: "比较两组均值、不要求两组方差相同的 t 检验，用于收入提升与资产增长率的区间。",
            ..Text::NONE
        },
        en: Text {
            label: "Welch's t",
            definition: "A t test of the difference of two means that does not assume equal variances, used for the uplift and asset growth intervals.",
            ..Text::NONE
        },
    },
    Entry {
        key: "evaluate.newcombe",
        also: &[],
        topic: Topic::Pilot,
        kind: None,
        zh: Text {
            label: "Newcombe 混合score法",
            definition: "由两组各自的 Wilson 区间组合出比例之差的区间，用于激活率的区间，组小或比例接近0时也可靠。",
            ..Text::NONE
        },
        en: Text {
            label: "Newcombe's method",
            definition: "The interval of a difference of two shares built from each group's Wilson interval, used for activation; sound for small groups and shares near 0.",
            ..Text::NONE
        },
    },
];
