//! The charts of Reach, drawn once with plotters and rendered to SVG (for the app and the HTML
//! report) or PNG (for decks), with Chinese labels from the bundled font:
//!
//! - **sweep** — servable customers, advisors needed and the money (incremental revenue, cost,
//!   net) as one tier's threshold moves from 1万 to 100万, the current threshold marked;
//! - **tiers** — each scenario's customers reached and incremental revenue, by tier;
//! - **load** — each branch's advisor load against capacity, overloaded branches highlighted;
//! - **credit** — incremental revenue credited to head office and to branches, per scenario;
//! - **bands** — the book's customers by asset band, active and dormant.
//!
//! Each chart carries a one-line takeaway under its title. Colour carries meaning only (an
//! overloaded branch) and is always paired with a sign (▲); gains and losses are not coloured
//! here — deltas are, in the tables, by [`crate::format::Tone`].

use std::error::Error;
use std::fmt;
use std::str::FromStr;

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use reach_core::book::{BookStats, BAND_COUNT};
use reach_core::result::ScenarioResult;
use reach_core::scenario::{Owner, Scenario, ServiceModel};
use rust_decimal::Decimal;

use crate::format::{self, to_f64, Lang};
use crate::input::SweepInput;
use crate::typeset::{Typeset, BASELINE_BOTTOM_EM, BASELINE_CENTER_EM, BASELINE_TOP_EM};
use crate::{font, ReportError};

/// Which chart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChartKind {
    Sweep,
    Tiers,
    Load,
    Credit,
    Bands,
}

impl ChartKind {
    pub const ALL: [ChartKind; 5] = [Self::Sweep, Self::Tiers, Self::Load, Self::Credit, Self::Bands];
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Sweep => "sweep",
            Self::Tiers => "tiers",
            Self::Load => "load",
            Self::Credit => "credit",
            Self::Bands => "bands",
        }
    }
}

impl FromStr for ChartKind {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        Self::ALL
            .into_iter()
            .find(|k| k.as_str() == s)
            .ok_or_else(|| format!("`{s}` is not a chart (sweep, tiers, load, credit or bands)"))
    }
}

impl fmt::Display for ChartKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A chart and the plain results it shows. Build one with [`sweep`], [`tiers`], [`load`],
/// [`credit`] or [`bands`], then render it with [`Chart::svg`] or [`Chart::png`]: both come from
/// the same drawing code.
#[derive(Debug, Clone)]
pub enum Chart<'a> {
    Sweep { sweep: &'a SweepInput, scenario: &'a str },
    Tiers { scenarios: Vec<(&'a str, &'a ScenarioResult)> },
    Load { scenario: &'a str, result: &'a ScenarioResult, capacity: Option<Decimal> },
    Credit { scenarios: Vec<(&'a str, &'a ScenarioResult)> },
    Bands { book: &'a str, stats: &'a BookStats },
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

type DrawResult = Result<(), Box<dyn Error>>;

impl Chart<'_> {
    pub fn kind(&self) -> ChartKind {
        match self {
            Self::Sweep { .. } => ChartKind::Sweep,
            Self::Tiers { .. } => ChartKind::Tiers,
            Self::Load { .. } => ChartKind::Load,
            Self::Credit { .. } => ChartKind::Credit,
            Self::Bands { .. } => ChartKind::Bands,
        }
    }

    /// Width and height in pixels.
    pub fn size(&self) -> (u32, u32) {
        match self {
            Self::Sweep { .. } => (1200, 900),
            Self::Tiers { scenarios } => (1200, 200 + 64 * scenarios.len().max(1) as u32),
            Self::Load { result, .. } => (1200, 150 + 26 * result.branches.len().max(1) as u32),
            Self::Credit { .. } => (1200, 600),
            Self::Bands { .. } => (1200, 560),
        }
    }

    /// The chart's title in `lang`.
    pub fn title(&self, lang: Lang) -> String {
        match self {
            Self::Sweep { sweep, scenario } => {
                format!(
                    "{} · {}{}{}{}",
                    lang.pick("服务门槛敏感性分析", "Threshold sweep"),
                    short_name(scenario, lang),
                    lang.pick("（扫描层级：", " (tier swept: "),
                    sweep.tier,
                    lang.pick("）", ")")
                )
            }
            Self::Tiers { .. } => {
                lang.pick("各服务层级的覆盖客户与增量收入", "Customers reached and incremental revenue by tier").into()
            }
            Self::Load { scenario, .. } => {
                format!(
                    "{} · {}",
                    lang.pick("分支机构投顾负荷与容量", "Branch advisor load against capacity"),
                    short_name(scenario, lang)
                )
            }
            Self::Credit { .. } => {
                lang.pick("增量收入归属：总部与分支机构", "Incremental revenue credit: HQ and branches").into()
            }
            Self::Bands { .. } => lang.pick("客户资产分布（按资产段）", "Customers by asset band").into(),
        }
    }

    /// The chart as SVG text (no external references; text in the bundled face's family list).
    pub fn svg(&self, lang: Lang) -> Result<String, ReportError> {
        font::ensure_registered()?;
        let (w, h) = self.size();
        let mut out = String::new();
        {
            let root = SVGBackend::with_string(&mut out, (w, h)).into_drawing_area();
            self.draw(&root, lang).map_err(|e| self.error(e))?;
            root.present().map_err(|e| self.error(Box::new(e)))?;
        }
        finish_svg(out, self.kind(), &self.title(lang))
    }

    /// The chart as a PNG image (RGB, 8 bits).
    pub fn png(&self, lang: Lang) -> Result<Vec<u8>, ReportError> {
        font::ensure_registered()?;
        let (w, h) = self.size();
        let mut pixels = vec![255u8; w as usize * h as usize * 3];
        {
            let root = Typeset::new(BitMapBackend::with_buffer(&mut pixels, (w, h)))?.into_drawing_area();
            self.draw(&root, lang).map_err(|e| self.error(e))?;
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

    fn error(&self, e: Box<dyn Error>) -> ReportError {
        ReportError::Chart { chart: self.kind().as_str(), message: e.to_string() }
    }

    fn draw<DB: DrawingBackend>(&self, root: &DrawingArea<DB, Shift>, lang: Lang) -> DrawResult
    where
        DB::ErrorType: 'static,
    {
        let pen = Pen { k: font::plotters_size(1.0)?, lang };
        root.fill(&WHITE)?;
        let title = self.title(lang);
        match self {
            Self::Sweep { sweep, .. } => draw_sweep(root, &pen, &title, sweep),
            Self::Tiers { scenarios } => draw_tiers(root, &pen, &title, scenarios),
            Self::Load { result, capacity, .. } => draw_load(root, &pen, &title, result, *capacity),
            Self::Credit { scenarios } => draw_credit(root, &pen, &title, scenarios),
            Self::Bands { book, stats } => draw_bands(root, &pen, &title, book, stats),
        }
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

// Colours: one hue per idea, none of them the red/green of gains and losses.
const INK: RGBColor = RGBColor(31, 41, 55);
const MUTED: RGBColor = RGBColor(107, 114, 128);
const GRID: RGBColor = RGBColor(229, 231, 235);
const NAVY: RGBColor = RGBColor(31, 78, 121);
const TEAL: RGBColor = RGBColor(42, 157, 143);
const SKY: RGBColor = RGBColor(142, 202, 230);
const AMBER: RGBColor = RGBColor(217, 119, 6);
const SLATE: RGBColor = RGBColor(156, 163, 175);
const PALE: RGBColor = RGBColor(203, 213, 225);
const MARK: RGBColor = RGBColor(75, 85, 99);

/// Text styles in the bundled face, sized by em in pixels.
struct Pen {
    k: f64,
    lang: Lang,
}

impl Pen {
    fn text(&self, px: f64, colour: RGBColor) -> TextStyle<'static> {
        TextStyle {
            font: (font::FAMILY, px * self.k).into_font(),
            color: colour.to_backend_color(),
            pos: Pos::default(),
        }
    }
    fn bold(&self, px: f64, colour: RGBColor) -> TextStyle<'static> {
        TextStyle {
            font: (font::FAMILY, px * self.k, FontStyle::Bold).into_font(),
            color: colour.to_backend_color(),
            pos: Pos::default(),
        }
    }
    fn at(&self, style: TextStyle<'static>, h: HPos, v: VPos) -> TextStyle<'static> {
        style.pos(Pos::new(h, v))
    }
    fn pick<'a>(&self, zh: &'a str, en: &'a str) -> &'a str {
        self.lang.pick(zh, en)
    }
}

fn heading<DB: DrawingBackend>(root: &DrawingArea<DB, Shift>, pen: &Pen, title: &str, takeaway: &str) -> DrawResult
where
    DB::ErrorType: 'static,
{
    root.draw(&Text::new(title.to_string(), (28, 18), pen.at(pen.bold(22.0, INK), HPos::Left, VPos::Top)))?;
    root.draw(&Text::new(takeaway.to_string(), (28, 54), pen.at(pen.text(15.0, MUTED), HPos::Left, VPos::Top)))?;
    Ok(())
}

/// A row of legend items (a swatch and a label), left to right from (x, y).
fn legend<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    pen: &Pen,
    x: i32,
    y: i32,
    items: &[(String, RGBColor, bool)],
) -> DrawResult
where
    DB::ErrorType: 'static,
{
    let mut cx = x;
    let style = pen.at(pen.text(13.0, INK), HPos::Left, VPos::Center);
    for (label, colour, line) in items {
        if *line {
            area.draw(&PathElement::new(vec![(cx, y), (cx + 18, y)], colour.stroke_width(3)))?;
        } else {
            area.draw(&Rectangle::new([(cx + 2, y - 6), (cx + 16, y + 6)], colour.filled()))?;
        }
        area.draw(&Text::new(label.clone(), (cx + 24, y), style.clone()))?;
        let (w, _) = area.estimate_text_size(label, &style)?;
        cx += 24 + w as i32 + 22;
    }
    Ok(())
}

fn max_or(values: impl Iterator<Item = f64>, floor: f64) -> f64 {
    values.fold(floor, f64::max)
}

fn draw_sweep<DB: DrawingBackend>(root: &DrawingArea<DB, Shift>, pen: &Pen, title: &str, s: &SweepInput) -> DrawResult
where
    DB::ErrorType: 'static,
{
    let lang = pen.lang;
    let cur = s.points.iter().find(|p| p.min_assets == s.current);
    let best = s
        .points
        .iter()
        .max_by(|a, b| a.result.totals.net.cmp(&b.result.totals.net).then(b.min_assets.cmp(&a.min_assets)));
    let takeaway = match (cur, best) {
        (Some(c), Some(b)) => {
            let t = &c.result.totals;
            format!(
                "{} {}：{} {}，{} {}，{} {}；{} {}（{}）",
                pen.pick("现行门槛", "At the current threshold"),
                format::threshold(s.current, lang),
                pen.pick("可服务客户", "eligible"),
                format::count(t.eligible),
                pen.pick("所需投顾", "advisors needed"),
                format::count(t.advisors_needed),
                pen.pick("净收益", "net"),
                format::money(t.net, lang),
                pen.pick("净收益最高的门槛为", "the best net is at"),
                format::threshold(b.min_assets, lang),
                format::money(b.result.totals.net, lang),
            )
        }
        _ => String::new(),
    };
    let takeaway = if lang == Lang::En {
        takeaway.replace('：', ": ").replace('，', ", ").replace('；', "; ").replace('（', " (").replace('）', ")")
    } else {
        takeaway
    };
    heading(root, pen, title, &takeaway)?;

    let xs: Vec<f64> = s.points.iter().map(|p| to_f64(p.min_assets).max(1.0)).collect();
    let lo = xs.iter().copied().fold(1e4, f64::min) * 0.97;
    let hi = xs.iter().copied().fold(1e6, f64::max) * 1.03;
    let cx = to_f64(s.current).max(1.0);
    let body = root.margin(92, 12, 12, 36);
    let panels = body.split_evenly((3, 1));
    type Series = (String, RGBColor, Vec<(f64, f64)>, bool);
    let series = |f: &dyn Fn(&reach_core::result::Totals) -> Decimal| -> Vec<(f64, f64)> {
        s.points.iter().zip(&xs).map(|(p, &x)| (x, to_f64(f(&p.result.totals)))).collect()
    };
    let specs: [(String, Vec<Series>, bool); 3] = [
        (
            pen.pick("客户（人）", "Customers").to_string(),
            vec![
                (
                    pen.pick("可服务客户", "Eligible customers").into(),
                    NAVY,
                    series(&|t| Decimal::from(t.eligible)),
                    true,
                ),
                (
                    pen.pick("覆盖客户（期望）", "Customers reached (expected)").into(),
                    TEAL,
                    series(&|t| t.served),
                    false,
                ),
            ],
            false,
        ),
        (
            pen.pick("投顾（人）", "Advisors").to_string(),
            vec![
                (
                    pen.pick("所需投顾", "Advisors needed").into(),
                    NAVY,
                    series(&|t| Decimal::from(t.advisors_needed)),
                    true,
                ),
                (
                    pen.pick("现有投顾", "Current advisors").into(),
                    SLATE,
                    series(&|t| Decimal::from(t.current_advisors)),
                    false,
                ),
                (pen.pick("需新增投顾", "Hires").into(), AMBER, series(&|t| Decimal::from(t.hires)), false),
            ],
            false,
        ),
        (
            pen.pick("金额（元/年）", "CNY a year").to_string(),
            vec![
                (pen.pick("净收益", "Net").into(), NAVY, series(&|t| t.net), true),
                (pen.pick("增量收入", "Incremental revenue").into(), TEAL, series(&|t| t.incremental_revenue), false),
                (pen.pick("成本", "Cost").into(), AMBER, series(&|t| t.cost), false),
            ],
            true,
        ),
    ];
    let last = specs.len() - 1;
    for (i, ((unit, lines, money), panel)) in specs.iter().zip(panels.iter()).enumerate() {
        let (head, plot) = panel.split_vertically(30);
        let items: Vec<(String, RGBColor, bool)> = lines.iter().map(|(n, c, _, _)| (n.clone(), *c, true)).collect();
        head.draw(&Text::new(unit.clone(), (0, 14), pen.at(pen.bold(14.0, INK), HPos::Left, VPos::Center)))?;
        let (uw, _) = head.estimate_text_size(unit, &pen.bold(14.0, INK))?;
        legend(&head, pen, uw as i32 + 28, 14, &items)?;
        let ys = lines.iter().flat_map(|l| l.2.iter().map(|p| p.1));
        let (ymin, ymax) = ys.fold((0.0f64, 0.0f64), |(a, b), y| (a.min(y), b.max(y)));
        let pad = (ymax - ymin).max(1.0) * 0.12;
        let y0 = if ymin < 0.0 { ymin - pad } else { 0.0 };
        let y1 = ymax + pad;
        let mut chart = ChartBuilder::on(&plot)
            .margin_right(16)
            .x_label_area_size(if i == last { 34 } else { 6 })
            .y_label_area_size(92)
            .build_cartesian_2d((lo..hi).log_scale(), y0..y1)?;
        let xfmt = |_: &f64| String::new();
        let yfmt = |y: &f64| if *money { format::money_axis(*y, lang) } else { format::count_axis(*y, lang) };
        chart
            .configure_mesh()
            .disable_x_mesh()
            .x_labels(2)
            .y_labels(5)
            .x_label_formatter(&xfmt)
            .y_label_formatter(&yfmt)
            .label_style(pen.text(13.0, MUTED))
            .light_line_style(WHITE)
            .bold_line_style(GRID)
            .axis_style(SLATE)
            .draw()?;
        // Threshold ticks as brokers name them (1万 2万 3万 5万 10万 …), with light grid lines.
        for tick in SWEEP_TICKS.iter().copied().filter(|t| (lo..=hi).contains(t)) {
            chart.draw_series(LineSeries::new(vec![(tick, y0), (tick, y1)], GRID.stroke_width(1)))?;
            if i == last {
                let (px, py) = chart.backend_coord(&(tick, y0));
                let label = format::threshold(Decimal::from(tick as i64), lang);
                root.draw(&Text::new(label, (px, py + 8), pen.at(pen.text(13.0, MUTED), HPos::Center, VPos::Top)))?;
            }
        }
        if y0 < 0.0 {
            chart.draw_series(LineSeries::new(vec![(lo, 0.0), (hi, 0.0)], SLATE.stroke_width(1)))?;
        }
        chart.draw_series(DashedLineSeries::new(vec![(cx, y0), (cx, y1)], 6, 5, MARK.stroke_width(2)))?;
        for (_, colour, pts, main) in lines.iter().rev() {
            chart.draw_series(LineSeries::new(pts.clone(), colour.stroke_width(if *main { 3 } else { 2 })))?;
            chart.draw_series(pts.iter().map(|&p| Circle::new(p, 2, colour.filled())))?;
        }
        if let Some(c) = cur {
            for (_, colour, pts, main) in lines {
                if let Some(&(x, y)) = pts.iter().find(|p| (p.0 - cx).abs() < 1e-9) {
                    chart.draw_series(std::iter::once(Circle::new((x, y), 6, colour.filled())))?;
                    if *main {
                        let (px, py) = chart.backend_coord(&(x, y));
                        let label =
                            if *money { format::money(c.result.totals.net, lang) } else { format::count_axis(y, lang) };
                        let label = if i == 0 { format::count(c.result.totals.eligible) } else { label };
                        root.draw(&Text::new(
                            label,
                            (px + 10, py - 8),
                            pen.at(pen.bold(14.0, *colour), HPos::Left, VPos::Bottom),
                        ))?;
                    }
                }
            }
        }
        if i == 0 {
            let (px, py) = chart.backend_coord(&(cx, y1));
            let label = format!("{} {}", pen.pick("现行门槛", "current threshold"), format::threshold(s.current, lang));
            root.draw(&Text::new(label, (px + 6, py + 4), pen.at(pen.text(13.0, MARK), HPos::Left, VPos::Top)))?;
        }
    }
    Ok(())
}

const SWEEP_TICKS: [f64; 13] = [1e4, 2e4, 3e4, 5e4, 1e5, 2e5, 3e5, 5e5, 1e6, 2e6, 3e6, 5e6, 1e7];

fn tier_colour(model: ServiceModel, nth_of_model: usize) -> RGBColor {
    let shades: &[RGBColor] = match model {
        ServiceModel::Advisor => &[NAVY, RGBColor(74, 111, 165)],
        ServiceModel::Hybrid => &[TEAL, RGBColor(110, 190, 175)],
        ServiceModel::Digital => &[SKY, RGBColor(186, 225, 240)],
    };
    shades[nth_of_model % shades.len()]
}

/// Tiers across scenarios, in order of first appearance, each with its colour.
fn tier_legend(scenarios: &[(&str, &ScenarioResult)]) -> Vec<(String, ServiceModel, RGBColor)> {
    let mut out: Vec<(String, ServiceModel, RGBColor)> = Vec::new();
    for (_, r) in scenarios {
        for t in &r.tiers {
            if !out.iter().any(|(n, m, _)| n == &t.name && *m == t.model) {
                let nth = out.iter().filter(|(_, m, _)| *m == t.model).count();
                out.push((t.name.clone(), t.model, tier_colour(t.model, nth)));
            }
        }
    }
    out
}

fn draw_tiers<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    pen: &Pen,
    title: &str,
    scenarios: &[(&str, &ScenarioResult)],
) -> DrawResult
where
    DB::ErrorType: 'static,
{
    let lang = pen.lang;
    let takeaway = match scenarios.first() {
        Some((name, r)) => {
            let top = r.tiers.iter().max_by(|a, b| a.incremental_revenue.cmp(&b.incremental_revenue));
            let total = r.totals.incremental_revenue;
            match top {
                Some(t) if !total.is_zero() => format!(
                    "{}{}{} {}（{}{}）",
                    short_name(name, lang),
                    pen.pick("：增量收入最多来自", ": most incremental revenue comes from "),
                    t.name,
                    format::money(t.incremental_revenue, lang),
                    format::percent(to_f64(t.incremental_revenue / total)),
                    pen.pick("", " of the total"),
                ),
                _ => String::new(),
            }
        }
        None => String::new(),
    };
    heading(root, pen, title, &takeaway)?;
    let colours = tier_legend(scenarios);
    let items: Vec<(String, RGBColor, bool)> = colours
        .iter()
        .map(|(n, m, c)| (format!("{n}（{}）", crate::assumptions::model_name(*m, lang)), *c, false))
        .collect();
    legend(root, pen, 28, 96, &items)?;
    let body = root.margin(116, 16, 12, 36);
    let (left, right) = body.split_horizontally(body.dim_in_pixel().0 / 2 + 110);
    let n = scenarios.len().max(1) as u32;
    let names: Vec<String> = scenarios.iter().map(|(n, _)| short_name(n, lang)).collect();
    let panels: [(&DrawingArea<DB, Shift>, &str, bool); 2] = [
        (&left, pen.pick("覆盖客户（期望，人）", "Customers reached (expected)"), false),
        (&right, pen.pick("增量收入（元/年）", "Incremental revenue (CNY a year)"), true),
    ];
    for (k, (area, unit, money)) in panels.into_iter().enumerate() {
        let value = |t: &reach_core::result::TierResult| if money { t.incremental_revenue } else { t.served };
        let xmax =
            max_or(scenarios.iter().map(|(_, r)| r.tiers.iter().map(|t| to_f64(value(t))).sum::<f64>()), 1.0) * 1.08;
        let (head, plot) = area.split_vertically(26);
        head.draw(&Text::new(
            unit.to_string(),
            (if k == 0 { 230 } else { 20 }, 12),
            pen.at(pen.bold(14.0, INK), HPos::Left, VPos::Center),
        ))?;
        let mut chart = ChartBuilder::on(&plot)
            .margin_right(24)
            .x_label_area_size(30)
            .y_label_area_size(if k == 0 { 220 } else { 10 })
            .build_cartesian_2d(0f64..xmax, (0u32..n.saturating_sub(1)).into_segmented())?;
        let xfmt = |x: &f64| if money { format::money_axis(*x, lang) } else { format::count_axis(*x, lang) };
        let yfmt = |y: &SegmentValue<u32>| match y {
            SegmentValue::CenterOf(i) if k == 0 => {
                (n - 1).checked_sub(*i).and_then(|j| names.get(j as usize)).cloned().unwrap_or_default()
            }
            _ => String::new(),
        };
        chart
            .configure_mesh()
            .disable_y_mesh()
            .x_labels(5)
            .y_labels(n as usize)
            .x_label_formatter(&xfmt)
            .y_label_formatter(&yfmt)
            .label_style(pen.text(13.0, MUTED))
            .y_label_style(pen.text(14.0, INK))
            .light_line_style(WHITE)
            .bold_line_style(GRID)
            .axis_style(SLATE)
            .draw()?;
        for (i, (_, r)) in scenarios.iter().enumerate() {
            let row = n - 1 - i as u32;
            let mut x = 0.0;
            for t in &r.tiers {
                let v = to_f64(value(t));
                let colour = colours.iter().find(|(nm, m, _)| nm == &t.name && *m == t.model).map_or(SLATE, |c| c.2);
                let mut bar = Rectangle::new(
                    [(x, SegmentValue::Exact(row)), (x + v, SegmentValue::Exact(row + 1))],
                    colour.filled(),
                );
                bar.set_margin(10, 10, 0, 0);
                chart.draw_series(std::iter::once(bar))?;
                let (x0, y0) = chart.backend_coord(&(x, SegmentValue::CenterOf(row)));
                let (x1, _) = chart.backend_coord(&(x + v, SegmentValue::CenterOf(row)));
                let label = if money { format::money(value(t), lang) } else { format::expected(value(t)) };
                let style = pen.at(
                    pen.text(12.0, if t.model == ServiceModel::Digital { INK } else { WHITE }),
                    HPos::Center,
                    VPos::Center,
                );
                let (tw, _) = root.estimate_text_size(&label, &style)?;
                if (x1 - x0) as u32 > tw + 10 {
                    root.draw(&Text::new(label, ((x0 + x1) / 2, y0), style))?;
                }
                x += v;
            }
            let total = if money {
                format::money(r.totals.incremental_revenue, lang)
            } else {
                format::expected(r.totals.served)
            };
            let (px, py) = chart.backend_coord(&(x, SegmentValue::CenterOf(row)));
            root.draw(&Text::new(total, (px + 6, py), pen.at(pen.bold(13.0, INK), HPos::Left, VPos::Center)))?;
        }
    }
    Ok(())
}

fn draw_load<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    pen: &Pen,
    title: &str,
    r: &ScenarioResult,
    capacity: Option<Decimal>,
) -> DrawResult
where
    DB::ErrorType: 'static,
{
    let lang = pen.lang;
    // Overloaded first (no advisors at all, then by load), the rest by load.
    let mut rows: Vec<&reach_core::result::BranchResult> = r.branches.iter().collect();
    let key = |b: &&reach_core::result::BranchResult| {
        (b.hires > 0, b.load.is_none() && b.advisors_needed > 0, b.load.unwrap_or_default())
    };
    rows.sort_by(|a, b| key(b).cmp(&key(a)).then_with(|| a.branch.cmp(&b.branch)));
    let over = r.branches.iter().filter(|b| b.hires > 0).count();
    let hires: u64 = r.branches.iter().map(|b| b.hires).sum();
    let hq = &r.hq;
    let hq_note = if hq.advisors_needed > 0 || hq.current_advisors > 0 {
        format!(
            "{} {} / {} {}",
            pen.pick("；总部所需投顾", "; HQ needs"),
            format::count(hq.advisors_needed),
            pen.pick("现有", "has"),
            format::count(hq.current_advisors)
        )
    } else {
        String::new()
    };
    let takeaway = format!(
        "{} {} {}{} {} {}{}",
        pen.pick("超负荷分支机构", "Overloaded branches:"),
        over,
        pen.pick("家，", "of"),
        if lang == Lang::En { format!(" {},", r.branches.len()) } else { String::new() },
        pen.pick("需新增投顾", "hires needed"),
        format::count(hires),
        hq_note
    );
    heading(root, pen, title, &takeaway)?;
    let cap = capacity.map(to_f64);
    let mut items = vec![
        (pen.pick("投顾负荷（人均服务客户，期望）", "Load (reached customers per advisor)").to_string(), NAVY, false),
        (pen.pick("▲ 超负荷：需新增投顾", "▲ Overloaded: hires needed").to_string(), AMBER, false),
    ];
    if let Some(c) = capacity {
        items.push((format!("{} {}", pen.pick("人均容量", "Capacity"), format::plain(c)), MARK, true));
    }
    legend(root, pen, 28, 96, &items)?;
    let n = rows.len().max(1) as u32;
    let loads = rows.iter().filter_map(|b| b.load.map(to_f64));
    let xmax = max_or(loads.chain(cap), 1.0) * 1.22;
    let body = root.margin(116, 16, 12, 36);
    let mut chart = ChartBuilder::on(&body)
        .margin_right(24)
        .x_label_area_size(30)
        .y_label_area_size(210)
        .build_cartesian_2d(0f64..xmax, (0u32..n.saturating_sub(1)).into_segmented())?;
    let names: Vec<String> = rows.iter().map(|b| b.branch.clone()).collect();
    let yfmt = |y: &SegmentValue<u32>| match y {
        SegmentValue::CenterOf(i) => {
            (n - 1).checked_sub(*i).and_then(|j| names.get(j as usize)).cloned().unwrap_or_default()
        }
        _ => String::new(),
    };
    let xfmt = |x: &f64| format::count_axis(*x, lang);
    chart
        .configure_mesh()
        .disable_y_mesh()
        .x_labels(8)
        .y_labels(n as usize)
        .x_label_formatter(&xfmt)
        .y_label_formatter(&yfmt)
        .label_style(pen.text(13.0, MUTED))
        .y_label_style(pen.text(13.0, INK))
        .light_line_style(WHITE)
        .bold_line_style(GRID)
        .axis_style(SLATE)
        .draw()?;
    if let Some(c) = cap {
        chart.draw_series(DashedLineSeries::new(
            vec![(c, SegmentValue::Exact(0)), (c, SegmentValue::Exact(n))],
            6,
            5,
            MARK.stroke_width(2),
        ))?;
    }
    for (i, b) in rows.iter().enumerate() {
        let row = n - 1 - i as u32;
        let overloaded = b.hires > 0;
        let colour = if overloaded { AMBER } else { NAVY };
        let (end, note) = match b.load {
            Some(l) => {
                let v = to_f64(l);
                let note = if overloaded {
                    format!(
                        "{}  ▲ {} {}",
                        format::expected_exact(l),
                        pen.pick("需新增", "hire"),
                        format::count(b.hires)
                    )
                } else {
                    format::expected_exact(l)
                };
                (v, note)
            }
            None if b.advisors_needed > 0 => (
                xmax / 1.22,
                format!(
                    "{}  ▲ {} {}",
                    pen.pick("无现有投顾", "no advisors"),
                    pen.pick("需新增", "hire"),
                    format::count(b.hires)
                ),
            ),
            None => (0.0, pen.pick("无投顾服务层级客户", "no advisor-tier customers").to_string()),
        };
        let mut bar =
            Rectangle::new([(0.0, SegmentValue::Exact(row)), (end, SegmentValue::Exact(row + 1))], colour.filled());
        bar.set_margin(4, 4, 0, 0);
        chart.draw_series(std::iter::once(bar))?;
        let (px, py) = chart.backend_coord(&(end, SegmentValue::CenterOf(row)));
        root.draw(&Text::new(
            note,
            (px + 6, py),
            pen.at(pen.text(12.0, if overloaded { AMBER } else { INK }), HPos::Left, VPos::Center),
        ))?;
    }
    Ok(())
}

fn draw_credit<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    pen: &Pen,
    title: &str,
    scenarios: &[(&str, &ScenarioResult)],
) -> DrawResult
where
    DB::ErrorType: 'static,
{
    let lang = pen.lang;
    let takeaway = scenarios
        .iter()
        .map(|(name, r)| {
            let total = r.totals.hq_credit + r.totals.branch_credit;
            let share = if total.is_zero() { 0.0 } else { to_f64(r.totals.hq_credit / total) };
            format!("{} {} {}", short_name(name, lang), pen.pick("总部占", "HQ"), format::percent(share))
        })
        .collect::<Vec<_>>()
        .join(pen.pick("；", "; "));
    heading(root, pen, title, &takeaway)?;
    let items = vec![
        (pen.pick("分支机构收入归属", "Branch credit").to_string(), TEAL, false),
        (pen.pick("总部收入归属", "HQ credit").to_string(), NAVY, false),
    ];
    legend(root, pen, 28, 96, &items)?;
    let n = scenarios.len().max(1) as u32;
    let ymax = max_or(scenarios.iter().map(|(_, r)| to_f64(r.totals.hq_credit + r.totals.branch_credit)), 1.0) * 1.15;
    let body = root.margin(116, 16, 12, 36);
    let names: Vec<String> = scenarios.iter().map(|(n, _)| short_name(n, lang)).collect();
    let mut chart = ChartBuilder::on(&body)
        .margin_right(24)
        .x_label_area_size(40)
        .y_label_area_size(96)
        .build_cartesian_2d((0u32..n.saturating_sub(1)).into_segmented(), 0f64..ymax)?;
    let xfmt = |x: &SegmentValue<u32>| match x {
        SegmentValue::CenterOf(i) => names.get(*i as usize).cloned().unwrap_or_default(),
        _ => String::new(),
    };
    let yfmt = |y: &f64| format::money_axis(*y, lang);
    chart
        .configure_mesh()
        .disable_x_mesh()
        .x_labels(n as usize)
        .y_labels(6)
        .x_label_formatter(&xfmt)
        .y_label_formatter(&yfmt)
        .label_style(pen.text(13.0, MUTED))
        .x_label_style(pen.text(14.0, INK))
        .light_line_style(WHITE)
        .bold_line_style(GRID)
        .axis_style(SLATE)
        .draw()?;
    let side = ((body.dim_in_pixel().0.saturating_sub(120)) / n / 4).min(140);
    for (i, (_, r)) in scenarios.iter().enumerate() {
        let i = i as u32;
        let hq = to_f64(r.totals.hq_credit);
        let br = to_f64(r.totals.branch_credit);
        for (y0, y1, colour, value, fg) in
            [(0.0, hq, NAVY, r.totals.hq_credit, WHITE), (hq, hq + br, TEAL, r.totals.branch_credit, WHITE)]
        {
            let mut bar =
                Rectangle::new([(SegmentValue::Exact(i), y0), (SegmentValue::Exact(i + 1), y1)], colour.filled());
            bar.set_margin(0, 0, side, side);
            chart.draw_series(std::iter::once(bar))?;
            let (px, p0) = chart.backend_coord(&(SegmentValue::CenterOf(i), y0));
            let (_, p1) = chart.backend_coord(&(SegmentValue::CenterOf(i), y1));
            if p0 - p1 > 22 {
                let label = format::money(value, lang);
                root.draw(&Text::new(
                    label,
                    (px, (p0 + p1) / 2),
                    pen.at(pen.text(13.0, fg), HPos::Center, VPos::Center),
                ))?;
            }
        }
        let (px, py) = chart.backend_coord(&(SegmentValue::CenterOf(i), hq + br));
        let total = format::money(r.totals.hq_credit + r.totals.branch_credit, lang);
        root.draw(&Text::new(total, (px, py - 6), pen.at(pen.bold(14.0, INK), HPos::Center, VPos::Bottom)))?;
    }
    Ok(())
}

/// The asset bands' labels in a language.
pub fn band_labels(lang: Lang) -> [&'static str; BAND_COUNT] {
    match lang {
        Lang::Zh => ["1万以下", "1–3万", "3–10万", "10–50万", "50–100万", "100–500万", "500万以上"],
        Lang::En => ["< 10k", "10k–30k", "30k–100k", "100k–500k", "500k–1M", "1M–5M", "5M and up"],
    }
}

fn draw_bands<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    pen: &Pen,
    title: &str,
    book: &str,
    s: &BookStats,
) -> DrawResult
where
    DB::ErrorType: 'static,
{
    let lang = pen.lang;
    let total = s.customers.max(1) as f64;
    let under_100k: u64 = s.band_customers[..3].iter().sum();
    let takeaway = format!(
        "{}{}{} {}{} {}{}",
        book,
        pen.pick("：", ": "),
        format::percent(under_100k as f64 / total),
        pen.pick("的客户资产低于10万；", "of customers hold under 100k; "),
        pen.pick("沉睡客户占", "dormant:"),
        format::percent(s.dormant as f64 / total),
        pen.pick("", " of the book"),
    );
    heading(root, pen, title, &takeaway)?;
    let items = vec![
        (pen.pick("有效交易客户", "Active customers").to_string(), NAVY, false),
        (pen.pick("沉睡客户（12个月无交易）", "Dormant (no trade in 12 months)").to_string(), PALE, false),
    ];
    legend(root, pen, 28, 96, &items)?;
    let labels = band_labels(lang);
    let n = BAND_COUNT as u32;
    let ymax = max_or(s.band_customers.iter().map(|&c| c as f64), 1.0) * 1.18;
    let body = root.margin(116, 16, 12, 36);
    let mut chart = ChartBuilder::on(&body)
        .margin_right(24)
        .x_label_area_size(40)
        .y_label_area_size(80)
        .build_cartesian_2d((0u32..n.saturating_sub(1)).into_segmented(), 0f64..ymax)?;
    let xfmt = |x: &SegmentValue<u32>| match x {
        SegmentValue::CenterOf(i) => labels.get(*i as usize).map(|s| s.to_string()).unwrap_or_default(),
        _ => String::new(),
    };
    let yfmt = |y: &f64| format::count_axis(*y, lang);
    chart
        .configure_mesh()
        .disable_x_mesh()
        .x_labels(n as usize)
        .y_labels(6)
        .x_label_formatter(&xfmt)
        .y_label_formatter(&yfmt)
        .label_style(pen.text(13.0, MUTED))
        .x_label_style(pen.text(14.0, INK))
        .light_line_style(WHITE)
        .bold_line_style(GRID)
        .axis_style(SLATE)
        .draw()?;
    for i in 0..BAND_COUNT {
        let active = (s.band_customers[i] - s.band_dormant[i]) as f64;
        let all = s.band_customers[i] as f64;
        let x = i as u32;
        for (y0, y1, colour) in [(0.0, active, NAVY), (active, all, PALE)] {
            let mut bar =
                Rectangle::new([(SegmentValue::Exact(x), y0), (SegmentValue::Exact(x + 1), y1)], colour.filled());
            bar.set_margin(0, 0, 18, 18);
            chart.draw_series(std::iter::once(bar))?;
        }
        let (px, py) = chart.backend_coord(&(SegmentValue::CenterOf(x), all));
        let label = format!("{} · {}", format::count(s.band_customers[i]), format::percent(all / total));
        root.draw(&Text::new(label, (px, py - 6), pen.at(pen.text(13.0, INK), HPos::Center, VPos::Bottom)))?;
    }
    Ok(())
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
