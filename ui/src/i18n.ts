// Every word the UI shows, in Chinese and English, from one dictionary. The glossary of
// shared/UI-NOTES.md holds: one term per idea in each language (投顾 = advisor, 服务门槛 =
// service threshold, 可服务客户 = eligible customers, 覆盖率 = coverage, …).

import type { Lang } from "./generated";

const dict = {
  appName: ["触达 Reach", "Reach"],
  appTagline: ["服务门槛情景分析", "Service-threshold scenarios"],
  navWorkbench: ["情景工作台", "Workbench"],
  navExecutive: ["管理层视图", "Executive view"],
  navAssessment: ["总分考核", "Assessment"],
  navBranches: ["分支机构", "Branches"],
  navCompare: ["情景比较", "Compare"],
  navBook: ["客户数据", "Book"],
  navSaved: ["已存情景", "Saved scenarios"],
  navGlossary: ["术语表", "Glossary"],
  glossaryFilter: ["查找术语、字段或释义", "Find a term, field or definition"],
  termFormula: ["算法", "Formula"],
  termUnit: ["单位", "Unit"],
  termDefault: ["默认值", "Default"],
  termRange: ["取值范围", "Range"],
  termBasis: ["依据", "Basis"],
  colon: ["：", ": "],
  close: ["关闭", "Close"],
  synthetic: ["模拟数据", "Synthetic data"],
  syntheticLong: ["演示用模拟客户数据，非真实客户", "Synthetic demo customers, not real ones"],
  customersUnit: ["户", ""],
  branchesUnit: ["家分支机构", "branches"],
  language: ["English", "中文"],

  // Workbench
  presets: ["预设情景", "Presets"],
  preset500k: ["50万 专属投顾", "500k advisory"],
  preset100k: ["10万 人机协同", "100k hybrid"],
  preset30k: ["3万 数字化集约运营", "30k digital"],
  scenarioName: ["情景名称", "Scenario name"],
  save: ["保存情景", "Save scenario"],
  saveAs: ["保存为", "Save as"],
  exportToml: ["导出 TOML", "Export TOML"],
  exportReport: ["导出报告", "Export report"],
  globals: ["全局假设", "Global assumptions"],
  advisorCost: ["投顾年人力成本（元）", "Advisor cost (CNY/yr)"],
  hqShare: ["总部收入归属比例", "HQ share of credit"],
  hqAdvisors: ["总部现有投顾", "HQ advisors today"],
  tiers: ["服务层级", "Service tiers"],
  addTier: ["＋ 添加层级", "+ Add tier"],
  removeTier: ["删除该层级", "Remove this tier"],
  tierName: ["层级名称", "Tier name"],
  threshold: ["服务门槛", "Service threshold"],
  model: ["服务模式", "Model"],
  owner: ["归属", "Owner"],
  capacity: ["人均服务客户数", "Clients per advisor"],
  coverage: ["覆盖率", "Coverage"],
  uplift: ["收入提升", "Revenue uplift"],
  activation: ["激活率", "Activation rate"],
  costPerClient: ["每客户年成本（元）", "Cost per client (CNY)"],
  filters: ["筛选", "Filters"],
  age: ["年龄", "Age"],
  risk: ["风险等级", "Risk class"],
  channel: ["渠道", "Channel"],
  online: ["线上", "Online"],
  offline: ["线下", "Offline"],
  dormant: ["含沉睡客户", "Incl. dormant"],
  advisor: ["专属投顾", "Dedicated advisor"],
  hybrid: ["人机协同", "AI-assisted hybrid"],
  digital: ["数字化集约运营", "Digital intensive"],
  branch: ["分支机构", "Branches"],
  hq: ["总部", "Head office (HQ)"],
  sweepOf: ["敏感性分析层级", "Sweep tier"],
  groupService: ["服务与投顾", "Service and advisors"],
  groupEconomics: ["财富经济", "Wealth economics"],
  groupAcquisition: ["获客渠道", "Acquisition"],
  groupPolicy: ["考核与收入归属", "Assessment and credit"],
  assetYield: ["新增资产收益率", "Asset yield"],
  assetGrowth: ["新增资产率", "Asset growth"],
  wealthShare: ["产品配置比例", "Wealth share"],
  wealthFee: ["财富管理费率", "Wealth fee"],
  baseTransfer: ["基础收入划转比例", "Base transfer"],
  creditRule: ["考核规则", "Credit rule"],
  ruleSplit: ["分成（单计）", "Split"],
  ruleDual: ["双计", "Dual credit"],
  accounts: ["开户数", "Accounts opened"],
  fundedRate: ["有效户转化率", "Funded rate"],
  costPerAccount: ["每户获客成本（元）", "Cost per account (CNY)"],
  assetsPerFunded: ["每有效户资产（元）", "Assets per funded (CNY)"],
  revenuePerFunded: ["每有效户首年收入（元）", "Revenue per funded (CNY)"],
  addChannel: ["＋ 添加渠道", "+ Add channel"],
  removeChannel: ["删除该渠道", "Remove this channel"],
  noChannels: ["尚无获客渠道：添加线上或线下渠道。", "No acquisition channel yet: add online or offline."],
  tierCol: ["层级", "Tier"],
  assumptionsNote: ["以上数值均为假设，可自由调整", "Every number here is an assumption — edit freely"],

  // KPIs
  kpiEligible: ["可服务客户", "Eligible customers"],
  kpiServed: ["覆盖客户（期望）", "Customers reached (expected)"],
  kpiAdvisors: ["所需投顾", "Advisors needed"],
  kpiHires: ["需新增投顾", "Hires"],
  kpiIncremental: ["增量收入", "Incremental revenue"],
  kpiProjected: ["预测总收入", "Projected revenue"],
  kpiCost: ["成本", "Cost"],
  kpiNet: ["净收益", "Net"],
  kpiCredit: ["收入归属", "Revenue credit"],
  kpiNewAssets: ["新增资产", "New assets"],
  kpiWealth: ["财富管理收入", "Wealth revenue"],
  kpiTotalNet: ["含获客净收益", "Total net incl. acquisition"],
  placedShort: ["配置", "Placed"],
  acqShort: ["获客净额", "Acquisition net"],
  current: ["现有", "today"],
  hireCost: ["新增人力成本", "Hiring cost"],
  newlyServed: ["新增覆盖客户（期望）", "Newly reached (expected)"],
  reachedShort: ["覆盖", "Reached"],
  base: ["基础收入", "base"],
  vsBase: ["对比基准", "vs base"],
  baseScenario: ["基准情景", "Base scenario"],
  people: ["人", ""],
  advisorsUnit: ["名", "advisors"],
  computed: ["计算", "computed in"],
  ms: ["毫秒", "ms"],
  hqCredit: ["总部", "HQ"],
  branchCredit: ["分支机构", "Branches"],

  // Charts
  chartSweep: ["服务门槛敏感性分析", "Threshold sweep"],
  chartTiers: ["服务层级", "Tiers"],
  chartLoad: ["投顾负荷", "Advisor load"],
  chartCredit: ["收入归属", "Revenue credit"],
  chartLines: ["收入构成", "Revenue lines"],
  chartAcquisition: ["获客", "Acquisition"],
  lineCommission: ["佣金", "Commission"],
  lineWealth: ["财富管理", "Wealth"],
  lineAsset: ["资产收益", "Asset"],
  total: ["合计", "Total"],
  linesByTier: ["各层级增量收入构成", "Incremental revenue by line, tier by tier"],
  linesBySweep: ["随服务门槛变化的收入构成", "Revenue lines along the threshold sweep"],
  funded: ["有效户", "Funded"],
  acqCost: ["获客成本", "Cost"],
  costPerFunded: ["有效户成本", "Cost per funded"],
  firstYearRevenue: ["首年收入", "First-year revenue"],
  newAssets: ["新增资产", "New assets"],
  payback: ["回本周期", "Payback"],
  years: ["年", "yrs"],
  netShort: ["净额", "Net"],
  ownerCol: ["归属", "Owner"],
  never: ["无法回本", "never"],

  // Executive
  execTitle: ["服务门槛决策要点", "The service-threshold decision"],
  execVs: ["对比", "against"],
  execTakeNet: ["净收益", "Net"],
  execSweepTake: [
    "门槛下移可覆盖更多客户，但投顾需求随之上升；当前门槛已在曲线上标出。",
    "Lowering the threshold reaches more customers but needs more advisors; the current threshold is marked on the curve.",
  ],
  execLoadTake: ["红色分支机构现有投顾不足以承载该情景。", "Branches marked ▲ cannot carry this scenario with today's advisors."],
  execCreditTake: [
    "总部运营的层级把部分收入归属从分支机构转向总部。",
    "HQ-run tiers shift part of the revenue credit from branches to head office.",
  ],
  execTiersTake: ["各层级覆盖客户与增量收入。", "Customers reached and incremental revenue, tier by tier."],

  // Assessment
  assessTitle: ["总部与分支机构的考核冲突", "HQ and branches: who is credited, who loses"],
  assessHelp: [
    "同一情景分别按分成与双计考核：柱为各分支机构考核收入的变化，受损分支机构以 ▼ 标出。拖动滑块即时重算。",
    "The same scenario assessed under split and under dual credit: each bar is a branch's change in assessed revenue, branches losing marked ▼. Drag a slider to recompute.",
  ],
  scenarioRule: ["本情景采用", "This scenario uses"],
  assessedChange: ["考核收入变化", "Assessed change"],
  hqAssessed: ["总部考核收入", "HQ assessed revenue"],
  transferred: ["划转的基础收入", "Base transferred"],
  doubleCounted: ["双计收入", "Double counted"],
  branchesLosing: ["考核受损分支机构", "Branches losing"],
  ofBranches: ["家中", "of"],
  assessTake: ["考核要点", "Takeaway"],

  // Branches
  branchesTitle: ["各分支机构与总部", "Every branch and head office"],
  branchesHelp: [
    "点击列名排序。各单位净收益（归属收入 − 成本）之和即为全公司净收益。",
    "Click a column to sort. The units' nets (credited revenue − cost) add up to the firm's net.",
  ],
  colEligible: ["可服务客户", "Eligible"],
  colHires: ["需新增投顾", "Hires"],
  colLoad: ["投顾负荷", "Load"],
  colCredited: ["归属收入", "Credited revenue"],
  colCost: ["成本", "Cost"],
  colNet: ["净收益", "Net"],
  colAssessed: ["考核收入变化", "Assessed change"],
  unitsSum: ["各单位合计", "Sum of the units"],
  firmNet: ["全公司净收益", "Firm net"],

  // Decision
  decisionTitle: ["服务门槛决策", "The service-threshold decision"],
  decisionHelp: [
    "三个预设政策与当前情景并列，差额相对第一列。",
    "The story's policies and the current scenario side by side, deltas against the first.",
  ],
  netBridge: ["净收益构成", "How the net is made"],
  hiringCostLine: ["新增投顾成本", "Hiring cost"],
  serviceCostLine: ["服务成本", "Service cost"],
  acqRevenueLine: ["获客首年收入", "Acquisition revenue"],
  acqCostLine: ["获客成本", "Acquisition cost"],
  whoGains: ["谁得谁失", "Who gains, who loses"],
  currentScenario: ["当前情景", "Current scenario"],
  takeaways: ["结论", "Takeaways"],

  // Compare
  compareTitle: ["情景比较", "Compare scenarios"],
  compareHelp: [
    "勾选已保存的情景，并选择基准情景；差额均相对于基准。",
    "Tick saved scenarios and pick the base; deltas are against the base.",
  ],
  compareRun: ["比较", "Compare"],
  metric: ["指标", "Metric"],
  delta: ["差额", "Delta"],
  winnersLosers: ["分支机构得失", "Branch winners and losers"],
  winners: ["收入归属增加最多", "Biggest gains in credit"],
  losers: ["收入归属减少最多", "Biggest losses in credit"],
  branchCol: ["分支机构", "Branch"],
  eligibleDelta: ["可服务客户变化", "Eligible Δ"],
  advisorsDelta: ["所需投顾变化", "Advisors Δ"],
  hiresDelta: ["新增投顾变化", "Hires Δ"],
  creditDelta: ["收入归属变化", "Credit Δ"],
  noLosers: ["没有分支机构的收入归属减少。", "No branch loses revenue credit."],
  moveTo: ["迁移至", "Move to"],
  noSaved: ["尚无已保存的情景。在工作台中保存情景后即可比较。", "No saved scenarios yet. Save one on the workbench to compare."],
  needTwo: ["请至少选择两个情景。", "Pick at least two scenarios."],

  // Book
  bookTitle: ["当前客户数据", "The loaded book"],
  customers: ["客户数", "Customers"],
  branches: ["分支机构数", "Branches"],
  dormantShare: ["沉睡客户占比", "Dormant share"],
  activeCustomers: ["有效户", "Effective accounts"],
  alreadyServed: ["已有投顾服务", "Already served"],
  currentAdvisors: ["现有投顾", "Advisors today"],
  baseRevenue: ["近12个月收入", "Revenue, last 12 months"],
  source: ["来源", "Source"],
  importedAt: ["导入时间", "Imported"],
  sourceDemo: ["演示数据生成器", "Demo generator"],
  sourceCsv: ["文件导入", "File import"],
  importTitle: ["导入客户数据（CSV 或 Excel）", "Import customers (CSV or Excel)"],
  fileFormat: ["文件格式", "File format"],
  template: ["下载模板", "Templates"],
  templateCsv: ["CSV 模板", "CSV template"],
  templateXlsx: ["Excel 模板", "Excel template"],
  progressRows: ["已读 {rows} 行", "{rows} rows"],
  progressBuilt: ["已生成 {rows} 户", "{rows} customers built"],
  progressRate: ["{rate} 行/秒", "{rate} rows/s"],
  progressLeft: ["约剩 {left}", "about {left} left"],
  cancelling: ["正在取消…", "Cancelling…"],
  replaceTitle: ["替换当前客户数据？", "Replace the loaded book?"],
  replaceBody: [
    "将替换当前账本“{label}”（{customers} 户，导入于 {when}）。它会保留为旧账本，可一键撤销导入。",
    "This replaces the loaded book “{label}” ({customers} customers, imported {when}). It is kept as the previous book: one click undoes the import.",
  ],
  replaceDrops: [
    "已保留的旧账本“{label}”（{customers} 户，导入于 {when}）将被永久删除。",
    "The previous book kept so far, “{label}” ({customers} customers, imported {when}), is dropped for good.",
  ],
  replace: ["替换", "Replace"],
  previousBook: ["旧账本", "Previous book"],
  previousNone: ["无（最近一次导入未替换账本，或旧账本已删除）", "None (the last import replaced no book, or it was dropped)"],
  safekeeping: ["撤销与备份", "Undo and backups"],
  safekeepingHelp: [
    "每次导入都保留被替换的账本，直到下次导入或删除旧账本。备份是仓库（账本与已存情景）的一致副本。",
    "Each import keeps the book it replaced until the next import or until you drop it. A backup is a consistent copy of the warehouse (book and saved scenarios).",
  ],
  undoImport: ["撤销导入", "Undo import"],
  undoTitle: ["撤销最近一次导入？", "Undo the last import?"],
  undoBody: [
    "将恢复旧账本“{label}”（{customers} 户）；当前账本成为旧账本（再撤销一次即可还原）。已存情景不受影响。",
    "This brings back “{label}” ({customers} customers); the loaded book becomes the previous one (undo again to redo). Saved scenarios are untouched.",
  ],
  undone: ["已撤销导入", "Import undone"],
  dropPrevious: ["删除旧账本", "Drop previous"],
  dropTitle: ["永久删除旧账本？", "Drop the previous book for good?"],
  dropBody: [
    "旧账本“{label}”（{customers} 户）将被永久删除，之后无法再撤销导入。",
    "The previous book “{label}” ({customers} customers) is deleted for good; the import can no longer be undone.",
  ],
  dropped: ["已删除旧账本", "Previous book dropped"],
  backupPath: ["备份文件路径（留空则弹出对话框）", "Backup file (leave empty to pick in a dialog)"],
  backup: ["备份…", "Back up…"],
  backedUp: ["已备份", "Backed up"],
  restore: ["恢复…", "Restore…"],
  restoreTitle: ["从备份恢复？", "Restore from the backup?"],
  restoreBody: [
    "当前仓库将被“{path}”替换，当前仓库另存于其旁；两边的已存情景都会保留。",
    "The warehouse is replaced by “{path}”; the current one is kept beside it. Saved scenarios of both are kept.",
  ],
  restored: ["已恢复，原仓库另存为", "Restored; the replaced warehouse is kept at"],
  history: ["导入记录", "Import history"],
  when: ["时间", "When"],
  kind: ["类型", "Kind"],
  rows: ["行数", "Rows"],
  outcome: ["结果", "Outcome"],
  outcomeOk: ["成功", "Kept"],
  outcomeRefused: ["被拒绝", "Refused"],
  importHelp: [
    "整份文件作为一个事务导入：任何一行有误，则不做任何更改。",
    "A file is imported whole, in one transaction: any bad row and nothing changes.",
  ],
  customersFile: ["客户文件", "Customers file"],
  branchesFile: ["分支机构文件（可选）", "Branches file (optional)"],
  browse: ["浏览…", "Browse…"],
  import: ["导入", "Import"],
  importing: ["正在导入…", "Importing…"],
  imported: ["导入成功", "Imported"],
  importRefused: ["文件被拒绝，客户数据未作任何更改", "The file was refused; the book is unchanged"],
  line: ["行", "Line"],
  column: ["列", "Column"],
  reason: ["原因", "Reason"],
  badRows: ["错误行数", "Bad rows"],
  demoTitle: ["演示数据", "Demo book"],
  demoHelp: [
    "按中国结算资产分布校准的模拟客户数据（30家分支机构）。",
    "Synthetic customers calibrated to the CSDC asset distribution (30 branches).",
  ],
  rebuildDemo: ["重建演示数据", "Rebuild the demo book"],
  building: ["正在生成…", "Building…"],
  bands: ["资产段分布", "Asset bands"],
  band: ["资产段", "Band"],

  // First start
  welcomeTitle: ["欢迎使用触达 Reach", "Welcome to Reach"],
  welcomeText: [
    "仓库中还没有客户数据。可先生成演示数据（模拟客户），或在“客户数据”页导入 CSV。",
    "The warehouse holds no customer book yet. Build the demo book (synthetic customers), or import a CSV on the Book page.",
  ],
  buildDemo: ["生成演示数据", "Build the demo book"],

  // Saved
  savedTitle: ["已存情景", "Saved scenarios"],
  name: ["名称", "Name"],
  updated: ["更新时间", "Updated"],
  tierCount: ["层级数", "Tiers"],
  lowestThreshold: ["最低门槛", "Lowest threshold"],
  open: ["打开", "Open"],
  rename: ["重命名", "Rename"],
  duplicate: ["复制", "Duplicate"],
  delete: ["删除", "Delete"],
  confirmDelete: ["确定删除情景", "Delete the scenario"],
  cannotUndo: ["此操作无法撤销。", "This cannot be undone."],
  cancel: ["取消", "Cancel"],
  ok: ["确定", "OK"],
  newName: ["新名称", "New name"],
  copySuffix: ["（副本）", " (copy)"],
  saved: ["已保存", "Saved"],
  deleted: ["已删除", "Deleted"],
  exported: ["已导出", "Exported"],

  // Evaluation (pilots)
  navPilots: ["效果评估", "Evaluation"],
  pilotsTitle: ["试点", "Pilots"],
  pilotImport: ["导入试点结果", "Import a pilot's outcomes"],
  pilotFile: ["结果文件路径（CSV 或 XLSX）", "Outcome file path (CSV or XLSX)"],
  pilotName: ["试点名称", "Pilot name"],
  pilotImported: ["已导入试点", "Pilot imported"],
  pilotNone: ["尚无试点。导入试点结果文件即可评估。", "No pilots yet. Import a pilot's outcome file to evaluate it."],
  pilotCustomers: ["试点客户", "Pilot customers"],
  inBook: ["在客户数据中", "In the book"],
  notInBook: ["不在客户数据中", "Not in the book"],
  treated: ["试点组", "Treated"],
  control: ["对照组", "Control"],
  estimateCol: ["估计值", "Estimate"],
  interval95: ["95% 区间", "95% interval"],
  flagsCol: ["提示", "Flags"],
  estimate_uplift: ["收入提升", "Uplift"],
  estimate_activation: ["激活率", "Activation"],
  estimate_asset_growth: ["资产增长", "Asset growth"],
  estimate_wealth_share: ["理财占比", "Wealth share"],
  flag_includes_zero: ["区间包含 0：效果可能为零", "The interval includes 0: the effect may be nil"],
  flag_small_group: ["一组不足 100 位客户", "Fewer than 100 customers in a group"],
  flag_no_estimate: ["无法估计", "Cannot be estimated"],
  flag_no_interval: ["无法计算区间", "No interval could be computed"],
  segmentsTitle: ["分群效果", "Where the pilot worked"],
  dim_asset_band: ["资产分层", "Asset band"],
  dim_activity: ["活跃情况", "Activity"],
  dim_channel: ["渠道", "Channel"],
  dim_age_group: ["年龄段", "Age group"],
  applyTitle: ["应用到层级", "Apply to tier"],
  applyScenario: ["已存情景", "Saved scenario"],
  applyTier: ["层级", "Tier"],
  applyEstimate: ["估计项", "Estimate"],
  applyAs: ["另存为", "Save as"],
  applyButton: ["应用并另存", "Apply and save"],
  applyFlagged: ["该估计带有提示，仍要应用吗？", "This estimate is flagged. Apply it anyway?"],
  applied: ["已应用并另存为新情景", "Applied and saved as a new scenario"],
  fromPilot: ["来自试点", "From pilot"],
  modified: ["● 未保存", "● Unsaved edits"],
  modifiedLong: ["此情景有未保存的修改", "This scenario has edits that are not saved"],
  discardTitle: ["放弃未保存的修改？", "Drop the unsaved edits?"],
  discardBody: [
    "工作台上的情景“{name}”有未保存的修改，打开预设会丢弃这些修改。",
    "The scenario “{name}” on the workbench has edits that are not saved; opening the preset drops them.",
  ],
  discard: ["放弃修改", "Drop edits"],
  overwriteTitle: ["覆盖已存情景？", "Overwrite the saved scenario?"],
  overwriteBody: [
    "已有名为“{name}”的情景，保存将替换它（原内容无法恢复）。",
    "A scenario named “{name}” is saved already; saving replaces it (its contents cannot be brought back).",
  ],
  overwrite: ["覆盖", "Overwrite"],
  sweptTier: ["扫描层级", "Swept tier"],
  sweepHint: ["悬停查看数值，点击曲线设定该层级门槛", "Hover for values; click the curve to set the tier's threshold"],
  orderWarning: [
    "层级顺序异常：{a}（{am}）的门槛 {at} 低于 {b}（{bm}）的 {bt}",
    "Tiers out of order: {a} ({am}) starts at {at}, below {b} ({bm}) at {bt}",
  ],
  copyImage: ["复制图片", "Copy image"],
  exportPng: ["导出 PNG", "Export PNG"],
  exportSvg: ["导出 SVG", "Export SVG"],
  copied: ["已复制图片", "Image copied"],
  copyFailed: ["剪贴板不接受图片，请改用导出", "The clipboard refused the image; export it instead"],
  listSep: ["；", "; "],
} as const;

export type Key = keyof typeof dict;

/** `t(key)` with its `{name}` placeholders filled. */
export function fill(key: Key, lang: Lang, vars: Record<string, string | number>): string {
  return t(key, lang).replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}

export function t(key: Key, lang: Lang): string {
  return dict[key][lang === "zh" ? 0 : 1];
}

/** Every key has both languages (checked by the tests). */
export function keys(): Key[] {
  return Object.keys(dict) as Key[];
}

/** The scenario name in one language: `50万门槛 · 专属投顾 (500k advisory)` reads as the part
 * before the parentheses in Chinese and the part inside them in English (as in the reports). */
export function shortName(name: string, lang: Lang): string {
  const m = /^(.*?) \((.*)\)$/.exec(name);
  if (!m) return name;
  return (lang === "zh" ? m[1] : m[2]).trim();
}

/** The name of a copy, readable in both languages: a bilingual name `10万门槛 · 人机协同 (100k
 * hybrid)` becomes `10万门槛 · 人机协同（副本） (100k hybrid copy)`, so `shortName` still reads
 * each half; any other name gets the suffix of the UI's language. */
export function copyName(name: string, lang: Lang): string {
  const m = /^(.*?) \((.*)\)$/.exec(name);
  if (m) return `${m[1]}（副本） (${m[2]} copy)`;
  return `${name}${t("copySuffix", lang)}`;
}

/** The label of each scenario field (as the engine names it in a refusal). */
const fieldLabels: Record<string, Key> = {
  name: "scenarioName",
  advisor_cost: "advisorCost",
  hq_share: "hqShare",
  hq_advisors: "hqAdvisors",
  min_assets: "threshold",
  model: "model",
  owner: "owner",
  clients_per_advisor: "capacity",
  coverage: "coverage",
  uplift: "uplift",
  activation: "activation",
  cost_per_client: "costPerClient",
  min_age: "age",
  max_age: "age",
  risk_profiles: "risk",
  channels: "channel",
  asset_yield: "assetYield",
  asset_growth: "assetGrowth",
  wealth_share: "wealthShare",
  wealth_fee: "wealthFee",
  base_transfer: "baseTransfer",
  credit_rule: "creditRule",
  accounts: "accounts",
  funded_rate: "fundedRate",
  cost_per_account: "costPerAccount",
  assets_per_funded: "assetsPerFunded",
  revenue_per_funded: "revenuePerFunded",
};

/** A field the engine names (`tiers[1].coverage`) as the screen labels it: `人机协同 · 覆盖率`. */
export function fieldLabel(field: string, tierNames: string[], lang: Lang): string {
  const a = /^acquisition\[(\d+)\]\.([a-z_]+)/.exec(field);
  if (a) return `${t("groupAcquisition", lang)} #${Number(a[1]) + 1} · ${fieldLabels[a[2]] ? t(fieldLabels[a[2]], lang) : a[2]}`;
  const m = /^tiers\[(\d+)\]\.([a-z_]+)/.exec(field);
  const key = fieldLabels[m ? m[2] : field.replace(/\[.*$/, "")];
  if (!key) return field;
  const label = m && m[2] === "name" ? t("tierName", lang) : t(key, lang);
  return m ? `${tierNames[Number(m[1])] ?? `#${Number(m[1]) + 1}`} · ${label}` : label;
}
