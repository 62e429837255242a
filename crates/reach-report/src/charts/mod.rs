//! The charts of Reach, drawn once with plotters and rendered to SVG (for the app and the HTML
//! report) or PNG (for decks), with Chinese labels from the bundled font, at any size from
//! [`Size::MIN`] up (text never below 11 px):
//!
//! - **sweep** — customers, advisors and money as one tier's threshold moves ([`sweep`]);
//! - **tiers** — each scenario's customers reached and incremental revenue by tier ([`tiers`]);
//! - **load** — each branch's advisor load against capacity ([`load`]);
//! - **credit** — incremental revenue credited to HQ and to branches ([`credit`]);
//! - **bands** — the book's customers by asset band ([`bands`]);
//! - **revenue** — commission / wealth / asset revenue per tier, stacked ([`revenue`]), and
//!   the same along a threshold sweep ([`revenue_sweep`]);
//! - **acquisition** — online vs offline: funded, cost per funded, revenue, payback ([`acquisition`]);
//! - **assessment** — each branch's and HQ's assessed change, losers marked ([`assessment`]), and
//!   the same scenario under `split` and `dual` side by side ([`assessment_rules`]);
//! - **tornado** — a figure at each range's low and high around the point value ([`tornado`]);
//! - **montecarlo** — the distribution of net over the draws, P10/P50/P90 ([`montecarlo`]).
//!
//! Each chart carries a one-line takeaway from its figures under its title ([`takeaway`]).
//! Colour carries meaning only (an overloaded or losing unit) and is always paired with a sign
//! (▲ ▼); gains and losses are coloured in the tables, by [`crate::format::Tone`].

mod acquisition;
mod assessment;
mod bands;
mod credit;
mod draw;
mod load;
mod montecarlo;
mod revenue;
mod sweep;
pub mod takeaway;
mod theme;
mod tiers;
mod tornado;

use std::fmt::{self, Write as _};
use std::str::FromStr;

use plotters::coord::Shift;
use plotters::prelude::*;
use reach_core::analysis::montecarlo::MonteCarlo;
use reach_core::analysis::tornado::TornadoRow;
use reach_core::analysis::Figure;
use reach_core::book::{BookStats, BAND_COUNT};
use reach_core::result::ScenarioResult;
use reach_core::scenario::{CreditRule, Owner, Scenario};
use rust_decimal::Decimal;

use crate::format::Lang;
use crate::input::SweepInput;
use crate::typeset::{Typeset, BASELINE_BOTTOM_EM, BASELINE_CENTER_EM, BASELINE_TOP_EM};
use crate::{font, ReportError};
pub use montecarlo::histogram_bins;
use theme::{Pen, Tip};

/// Which chart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChartKind {
    Sweep,
    Tiers,
    Load,
    Credit,
    Bands,
    Revenue,
    RevenueSweep,
    Acquisition,
    Assessment,
    AssessmentRules,
    Tornado,
    MonteCarlo,
}

impl ChartKind {
    pub const ALL: [ChartKind; 12] = [
        Self::Sweep,
        Self::Tiers,
        Self::Load,
        Self::Credit,
        Self::Bands,
        Self::Revenue,
        Self::RevenueSweep,
        Self::Acquisition,
        Self::Assessment,
        Self::AssessmentRules,
        Self::Tornado,
        Self::MonteCarlo,
    ];
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Sweep => "sweep",
            Self::Tiers => "tiers",
            Self::Load => "load",
            Self::Credit => "credit",
            Self::Bands => "bands",
            Self::Revenue => "revenue",
            Self::RevenueSweep => "revenue-sweep",
            Self::Acquisition => "acquisition",
            Self::Assessment => "assessment",
            Self::AssessmentRules => "assessment-rules",
            Self::Tornado => "tornado",
            Self::MonteCarlo => "montecarlo",
        }
    }
}

impl FromStr for ChartKind {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        Self::ALL.into_iter().find(|k| k.as_str() == s).ok_or_else(|| {
            let names: Vec<&str> = Self::ALL.iter().map(|k| k.as_str()).collect();
            format!("`{s}` is not a chart (one of: {})", names.join(", "))
        })
    }
}

impl fmt::Display for ChartKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A drawing size in pixels.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Size {
    pub width: u32,
    pub height: u32,
}

impl Size {
    /// The smallest size a chart is drawn at; smaller requests are drawn at this size.
    pub const MIN: Size = Size { width: 480, height: 280 };
    /// The largest (larger requests are drawn at this size).
    pub const MAX: Size = Size { width: 4000, height: 4000 };

    pub const fn new(width: u32, height: u32) -> Size {
        Size { width, height }
    }

    /// This size within [`Size::MIN`]..=[`Size::MAX`].
    pub fn clamped(self) -> Size {
        Size {
            width: self.width.clamp(Self::MIN.width, Self::MAX.width),
            height: self.height.clamp(Self::MIN.height, Self::MAX.height),
        }
    }
}

/// A chart and the plain results it shows. Build one with the functions of this module, then
/// render it with [`Chart::svg`] / [`Chart::png`] at its natural size or [`Chart::svg_at`] /
/// [`Chart::png_at`] at the size of its box: all from the same drawing code.
#[derive(Debug, Clone)]
pub enum Chart<'a> {
    Sweep { sweep: &'a SweepInput, scenario: &'a str },
    Tiers { scenarios: Vec<(&'a str, &'a ScenarioResult)> },
    Load { scenario: &'a str, result: &'a ScenarioResult, capacity: Option<Decimal> },
    Credit { scenarios: Vec<(&'a str, &'a ScenarioResult)> },
    Bands { book: &'a str, stats: &'a BookStats },
    Revenue { scenarios: Vec<(&'a str, &'a ScenarioResult)> },
    RevenueSweep { sweep: &'a SweepInput, scenario: &'a str },
    Acquisition { scenario: &'a str, result: &'a ScenarioResult },
    Assessment { scenario: &'a str, result: &'a ScenarioResult, rule: CreditRule },
    AssessmentRules { scenario: &'a str, split: &'a ScenarioResult, dual: &'a ScenarioResult },
    Tornado { scenario: &'a str, figure: Figure, point: Decimal, rows: &'a [TornadoRow] },
    MonteCarlo { scenario: &'a str, summary: &'a MonteCarlo, nets: &'a [Decimal] },
}

/// The threshold sweep of one scenario.
pub fn sweep<'a>(sweep: &'a SweepInput, scenario_name: &'a str) -> Chart<'a> {
    Chart::Sweep { sweep, scenario: scenario_name }
}

/// Customers reached and incremental revenue by tier, for each (name, result).
pub fn tiers<'a>(scenarios: Vec<(&'a str, &'a ScenarioResult)>) -> Chart<'a> {
    Chart::Tiers { scenarios }
}

/// Advisor load per branch against `capacity` (see [`branch_capacity`]).
pub fn load<'a>(scenario_name: &'a str, result: &'a ScenarioResult, capacity: Option<Decimal>) -> Chart<'a> {
    Chart::Load { scenario: scenario_name, result, capacity }
}

/// HQ versus branch credit, for each (name, result).
pub fn credit<'a>(scenarios: Vec<(&'a str, &'a ScenarioResult)>) -> Chart<'a> {
    Chart::Credit { scenarios }
}

/// The book's band distribution.
pub fn bands<'a>(book_label: &'a str, stats: &'a BookStats) -> Chart<'a> {
    Chart::Bands { book: book_label, stats }
}

/// Incremental revenue by line (commission, wealth, asset) per tier, for each (name, result).
pub fn revenue<'a>(scenarios: Vec<(&'a str, &'a ScenarioResult)>) -> Chart<'a> {
    Chart::Revenue { scenarios }
}

/// Incremental revenue by line along a scenario's threshold sweep.
pub fn revenue_sweep<'a>(sweep: &'a SweepInput, scenario_name: &'a str) -> Chart<'a> {
    Chart::RevenueSweep { sweep, scenario: scenario_name }
}

/// The scenario's acquisition funnels, online and offline side by side.
pub fn acquisition<'a>(scenario_name: &'a str, result: &'a ScenarioResult) -> Chart<'a> {
    Chart::Acquisition { scenario: scenario_name, result }
}

/// Each branch's and HQ's assessed change under `rule`, the credit rule `result` was computed
/// under (the scenario's).
pub fn assessment<'a>(scenario_name: &'a str, result: &'a ScenarioResult, rule: CreditRule) -> Chart<'a> {
    Chart::Assessment { scenario: scenario_name, result, rule }
}

/// The same scenario's assessment under `split` and under `dual`, side by side.
pub fn assessment_rules<'a>(scenario_name: &'a str, split: &'a ScenarioResult, dual: &'a ScenarioResult) -> Chart<'a> {
    Chart::AssessmentRules { scenario: scenario_name, split, dual }
}

/// The tornado of `figure` (rows as `reach_core::analysis::tornado` gives them, largest swing
/// first) around the scenario's `point` value.
pub fn tornado<'a>(scenario_name: &'a str, figure: Figure, point: Decimal, rows: &'a [TornadoRow]) -> Chart<'a> {
    Chart::Tornado { scenario: scenario_name, figure, point, rows }
}

/// The Monte Carlo distribution of net: `nets` are the draws' nets, `summary` their summary.
pub fn montecarlo<'a>(scenario_name: &'a str, summary: &'a MonteCarlo, nets: &'a [Decimal]) -> Chart<'a> {
    Chart::MonteCarlo { scenario: scenario_name, summary, nets }
}

/// A branch advisor's capacity in `scenario`: the clients per advisor of its branch-owned
/// advisor/hybrid tiers when they agree (the load chart's reference line); None when there is
/// no such tier or they differ.
pub fn branch_capacity(scenario: &Scenario) -> Option<Decimal> {
    let mut caps = scenario
        .tiers
        .iter()
        .filter(|t| t.owner == Owner::Branch && t.model.needs_advisors())
        .filter_map(|t| t.clients_per_advisor);
    let first = caps.next()?;
    caps.all(|c| c == first).then_some(first)
}

/// The natural width of every chart.
const WIDTH: u32 = 1200;

impl Chart<'_> {
    pub fn kind(&self) -> ChartKind {
        match self {
            Self::Sweep { .. } => ChartKind::Sweep,
            Self::Tiers { .. } => ChartKind::Tiers,
            Self::Load { .. } => ChartKind::Load,
            Self::Credit { .. } => ChartKind::Credit,
            Self::Bands { .. } => ChartKind::Bands,
            Self::Revenue { .. } => ChartKind::Revenue,
            Self::RevenueSweep { .. } => ChartKind::RevenueSweep,
            Self::Acquisition { .. } => ChartKind::Acquisition,
            Self::Assessment { .. } => ChartKind::Assessment,
            Self::AssessmentRules { .. } => ChartKind::AssessmentRules,
            Self::Tornado { .. } => ChartKind::Tornado,
            Self::MonteCarlo { .. } => ChartKind::MonteCarlo,
        }
    }

    /// The natural size (width, height) in pixels: what [`Chart::svg`] and [`Chart::png`] draw.
    pub fn size(&self) -> (u32, u32) {
        let rows = |n: usize, per: u32, base: u32| base + per * n.max(1) as u32;
        let h = match self {
            Self::Sweep { .. } => 900,
            Self::Tiers { scenarios } => rows(scenarios.len(), 64, 200),
            Self::Load { result, .. } => rows(result.branches.len(), 26, 150),
            Self::Credit { .. } => 600,
            Self::Bands { .. } => 560,
            Self::Revenue { scenarios } => rows(scenarios.iter().map(|(_, r)| r.tiers.len()).sum(), 44, 220),
            Self::RevenueSweep { .. } => 620,
            Self::Acquisition { .. } => 560,
            Self::Assessment { result, .. } => rows(result.branches.len() + 1, 24, 190),
            Self::AssessmentRules { split, .. } => rows(split.branches.len() + 1, 24, 210),
            Self::Tornado { rows: r, .. } => rows(r.len(), 44, 220),
            Self::MonteCarlo { .. } => 600,
        };
        (WIDTH, h)
    }

    /// The chart's title in `lang`.
    pub fn title(&self, lang: Lang) -> String {
        let named =
            |zh: &str, en: &str, scenario: &str| format!("{} · {}", lang.pick(zh, en), short_name(scenario, lang));
        match self {
            Self::Sweep { sweep, scenario } => format!(
                "{} · {}{}{}{}",
                lang.pick("服务门槛敏感性分析", "Threshold sweep"),
                short_name(scenario, lang),
                lang.pick("（扫描层级：", " (tier swept: "),
                sweep.tier,
                lang.pick("）", ")")
            ),
            Self::Tiers { .. } => {
                lang.pick("各服务层级的覆盖客户与增量收入", "Customers reached and incremental revenue by tier").into()
            }
            Self::Load { scenario, .. } => {
                named("分支机构投顾负荷与容量", "Branch advisor load against capacity", scenario)
            }
            Self::Credit { .. } => {
                lang.pick("增量收入归属：总部与分支机构", "Incremental revenue credit: HQ and branches").into()
            }
            Self::Bands { .. } => lang.pick("客户资产分布（按资产段）", "Customers by asset band").into(),
            Self::Revenue { .. } => lang
                .pick(
                    "增量收入构成：交易佣金、财富管理、资产收益",
                    "Incremental revenue by line: commission, wealth, asset",
                )
                .into(),
            Self::RevenueSweep { sweep, scenario } => format!(
                "{} · {}{}{}{}",
                lang.pick("增量收入构成随门槛变化", "Revenue lines along the threshold"),
                short_name(scenario, lang),
                lang.pick("（扫描层级：", " (tier swept: "),
                sweep.tier,
                lang.pick("）", ")")
            ),
            Self::Acquisition { scenario, .. } => {
                named("获客渠道：线上与线下", "Acquisition: online and offline", scenario)
            }
            Self::Assessment { scenario, rule, .. } => format!(
                "{}{}{}{}",
                named("考核口径下各单位收入变化", "Assessed change by unit", scenario),
                lang.pick("（", " ("),
                rule_name(*rule, lang),
                lang.pick("）", ")")
            ),
            Self::AssessmentRules { scenario, .. } => {
                named("考核口径对比：分账与双计", "Assessment under split and dual credit", scenario)
            }
            Self::Tornado { scenario, figure, .. } => format!(
                "{} · {} · {}",
                lang.pick("龙卷风图", "Tornado"),
                lang.pick(figure.metric().zh, figure.metric().en),
                short_name(scenario, lang)
            ),
            Self::MonteCarlo { scenario, .. } => {
                named("蒙特卡洛模拟：净收益分布", "Monte Carlo: distribution of net", scenario)
            }
        }
    }

    /// The one-line takeaway under the title, from the chart's figures.
    pub fn takeaway(&self, lang: Lang) -> String {
        match self {
            Self::Sweep { sweep, .. } => takeaway::sweep(sweep, lang),
            Self::Tiers { scenarios } => takeaway::tiers(scenarios, lang),
            Self::Load { result, .. } => takeaway::load(result, lang),
            Self::Credit { scenarios } => takeaway::credit(scenarios, lang),
            Self::Bands { book, stats } => takeaway::bands(book, stats, lang),
            Self::Revenue { scenarios } => takeaway::revenue(scenarios, lang),
            Self::RevenueSweep { sweep, .. } => takeaway::revenue_sweep(sweep, lang),
            Self::Acquisition { result, .. } => takeaway::acquisition(result, lang),
            Self::Assessment { result, rule, .. } => takeaway::assessment(result, *rule, lang),
            Self::AssessmentRules { split, dual, .. } => takeaway::assessment_rules(split, dual, lang),
            Self::Tornado { figure, point, rows, .. } => takeaway::tornado(*figure, *point, rows, lang),
            Self::MonteCarlo { summary, .. } => takeaway::montecarlo(summary, lang),
        }
    }

    /// The chart as SVG text at its natural size.
    pub fn svg(&self, lang: Lang) -> Result<String, ReportError> {
        let (width, height) = self.size();
        self.svg_at(lang, Size { width, height })
    }

    /// The chart as SVG text (no external references; text in the bundled face's family list)
    /// drawn at `size` (within [`Size::MIN`]..=[`Size::MAX`]).
    pub fn svg_at(&self, lang: Lang, size: Size) -> Result<String, ReportError> {
        font::ensure_registered()?;
        let size = size.clamped();
        let mut out = String::new();
        let tips;
        {
            let root = SVGBackend::with_string(&mut out, (size.width, size.height)).into_drawing_area();
            tips = self.draw(&root, lang, size).map_err(|e| self.error(e))?;
            root.present().map_err(|e| self.error(Box::new(e)))?;
        }
        Ok(with_tips(finish_svg(out, self.kind(), &self.title(lang))?, &tips))
    }

    /// The chart as a PNG image (RGB, 8 bits) at its natural size.
    pub fn png(&self, lang: Lang) -> Result<Vec<u8>, ReportError> {
        let (width, height) = self.size();
        self.png_at(lang, Size { width, height })
    }

    /// The chart as a PNG image (RGB, 8 bits) drawn at `size` (within [`Size::MIN`]..=[`Size::MAX`]).
    pub fn png_at(&self, lang: Lang, size: Size) -> Result<Vec<u8>, ReportError> {
        font::ensure_registered()?;
        let Size { width: w, height: h } = size.clamped();
        let mut pixels = vec![255u8; w as usize * h as usize * 3];
        {
            let root = Typeset::new(BitMapBackend::with_buffer(&mut pixels, (w, h)))?.into_drawing_area();
            self.draw(&root, lang, Size::new(w, h)).map_err(|e| self.error(e))?;
            root.present().map_err(|e| self.error(Box::new(e)))?;
        }
        let mut out = Vec::new();
        {
            let mut enc = png::Encoder::new(&mut out, w, h);
            enc.set_color(png::ColorType::Rgb);
            enc.set_depth(png::BitDepth::Eight);
            let mut writer = enc.write_header().map_err(|e| ReportError::Png(e.to_string()))?;
            writer.write_image_data(&pixels).map_err(|e| ReportError::Png(e.to_string()))?;
        }
        Ok(out)
    }

    fn error(&self, e: Box<dyn std::error::Error>) -> ReportError {
        ReportError::Chart { chart: self.kind().as_str(), message: e.to_string() }
    }

    /// The pen for drawing at `size`: text and spacing scale with the smaller of the width's
    /// and height's ratio to the natural size (text never below 11 px).
    fn pen(&self, lang: Lang, size: Size) -> Result<Pen, ReportError> {
        let (w, h) = self.size();
        let scale = (size.width as f64 / w as f64).min(size.height as f64 / h as f64).clamp(0.3, 2.5);
        Pen::new(lang, scale)
    }

    /// Draws the chart on `root`; returns the values it shows on hover.
    fn draw<DB: DrawingBackend>(
        &self,
        root: &DrawingArea<DB, Shift>,
        lang: Lang,
        size: Size,
    ) -> Result<Vec<Tip>, Box<dyn std::error::Error>>
    where
        DB::ErrorType: 'static,
    {
        let pen = self.pen(lang, size)?;
        root.fill(&WHITE)?;
        let top = draw::heading(root, &pen, &self.title(lang), &self.takeaway(lang))?;
        match self {
            Self::Sweep { sweep, .. } => sweep::draw(root, &pen, top, sweep),
            Self::Tiers { scenarios } => tiers::draw(root, &pen, top, scenarios),
            Self::Load { result, capacity, .. } => load::draw(root, &pen, top, result, *capacity),
            Self::Credit { scenarios } => credit::draw(root, &pen, top, scenarios),
            Self::Bands { stats, .. } => bands::draw(root, &pen, top, stats),
            Self::Revenue { scenarios } => revenue::draw_tiers(root, &pen, top, scenarios),
            Self::RevenueSweep { sweep, .. } => revenue::draw_sweep(root, &pen, top, sweep),
            Self::Acquisition { result, .. } => acquisition::draw(root, &pen, top, result),
            Self::Assessment { result, .. } => assessment::draw(root, &pen, top, result),
            Self::AssessmentRules { split, dual, .. } => assessment::draw_rules(root, &pen, top, split, dual),
            Self::Tornado { figure, point, rows, .. } => tornado::draw(root, &pen, top, *figure, *point, rows),
            Self::MonteCarlo { summary, nets, .. } => montecarlo::draw(root, &pen, top, summary, nets),
        }?;
        Ok(pen.into_tips())
    }
}

/// A credit rule's name in `lang`.
pub fn rule_name(rule: CreditRule, lang: Lang) -> &'static str {
    match rule {
        CreditRule::Split => lang.pick("分账", "split"),
        CreditRule::Dual => lang.pick("双计", "dual"),
    }
}

/// The scenario name in one language: `50万门槛 · 专属投顾 (500k advisory)` reads as the part
/// before the parentheses in Chinese and the part inside them in English.
pub fn short_name(name: &str, lang: Lang) -> String {
    if let Some((zh, rest)) = name.split_once(" (") {
        if let Some(en) = rest.strip_suffix(')') {
            return lang.pick(zh, en).trim().to_string();
        }
    }
    name.to_string()
}

/// The asset bands' labels in a language.
pub fn band_labels(lang: Lang) -> [&'static str; BAND_COUNT] {
    match lang {
        Lang::Zh => ["1万以下", "1–3万", "3–10万", "10–50万", "50–100万", "100–500万", "500万以上"],
        Lang::En => ["< 10k", "10k–30k", "30k–100k", "100k–500k", "500k–1M", "1M–5M", "5M and up"],
    }
}

/// The hover areas, last in the document so they are on top: transparent rectangles whose
/// `data-tip` holds the figures (the app shows them beside the pointer; no `<title>`, so the
/// browser's own tooltip does not repeat them).
fn with_tips(svg: String, tips: &[Tip]) -> String {
    let Some(end) = svg.rfind("</svg>") else { return svg };
    if tips.is_empty() {
        return svg;
    }
    let mut g = String::from("<g data-tips=\"1\">");
    for t in tips {
        let (x, y) = (t.a.0.min(t.b.0), t.a.1.min(t.b.1));
        let (w, h) = ((t.a.0 - t.b.0).abs().max(1), (t.a.1 - t.b.1).abs().max(1));
        // A newline kept as a character reference: XML readers turn a raw one into a space.
        let attr = crate::html::esc(&t.text).replace('\n', "&#10;");
        let _ = write!(
            g,
            "<rect x=\"{x}\" y=\"{y}\" width=\"{w}\" height=\"{h}\" fill=\"transparent\" data-tip=\"{attr}\"/>"
        );
    }
    g.push_str("</g>");
    let mut out = svg;
    out.insert_str(end, &g);
    out
}

/// Rewrites plotters' SVG for the bundled face: the family list with fallbacks, font sizes that
/// match the PNG, and a label naming the chart.
fn finish_svg(raw: String, kind: ChartKind, title: &str) -> Result<String, ReportError> {
    let k = font::svg_size_correction()?;
    let family = format!("font-family=\"{}\"", font::CSS_FAMILY);
    // Baselines as the PNG typesetter places them (plotters writes 0.76em / 0.5ex / -0.5ex).
    let s = raw
        .replace(&format!("font-family=\"{}\"", font::FAMILY), &family)
        .replace("font-family=\"sans-serif\"", &family)
        .replace("dy=\"0.76em\"", &format!("dy=\"{BASELINE_TOP_EM}em\""))
        .replace("dy=\"0.5ex\"", &format!("dy=\"{BASELINE_CENTER_EM}em\""))
        .replace("dy=\"-0.5ex\"", &format!("dy=\"{BASELINE_BOTTOM_EM}em\""));
    let mut out = String::with_capacity(s.len());
    let mut rest = s.as_str();
    const KEY: &str = "font-size=\"";
    while let Some(at) = rest.find(KEY) {
        out.push_str(&rest[..at + KEY.len()]);
        rest = &rest[at + KEY.len()..];
        let end = rest.find('"').unwrap_or(0);
        match rest[..end].parse::<f64>() {
            Ok(size) => out.push_str(&format!("{:.2}", size * k)),
            Err(_) => out.push_str(&rest[..end]),
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    let label = title.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;");
    Ok(out.replacen("<svg ", &format!("<svg role=\"img\" aria-label=\"{label}\" data-chart=\"{kind}\" "), 1))
}
