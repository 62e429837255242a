//! How numbers read in each language (docs/spec/UI-NOTES.md): Chinese amounts in 万 and 亿 (1.23亿元,
//! 4,560万元, thresholds 50万), English with thousands separators and k / M / bn (CNY 45.6M,
//! 500k), exact amounts to the fen, and signed deltas with ▲ / ▼ whose colour follows the
//! language: in Chinese a gain is red and a loss green (涨红跌绿), in English the reverse.

use std::fmt;
use std::str::FromStr;

use reach_core::money::{format_count, format_decimal, round2};
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::{Decimal, RoundingStrategy};

/// The language of labels, number formats and the colour of deltas — of the reports, the CLI
/// and the app alike (`"zh"` / `"en"` in JSON and in the app's settings).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    Zh,
    En,
}

impl Lang {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Zh => "zh",
            Self::En => "en",
        }
    }
    /// Picks the Chinese or the English text.
    pub fn pick<'a>(self, zh: &'a str, en: &'a str) -> &'a str {
        match self {
            Self::Zh => zh,
            Self::En => en,
        }
    }
}

impl FromStr for Lang {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "zh" | "zh-CN" | "cn" => Ok(Self::Zh),
            "en" | "en-US" | "en-GB" => Ok(Self::En),
            _ => Err(format!("`{s}` is not a language Reach speaks (zh or en)")),
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

fn round_to(v: Decimal, dp: u32) -> Decimal {
    v.round_dp_with_strategy(dp, RoundingStrategy::MidpointNearestEven)
}

/// A non-negative decimal with thousands separators and exactly `dp` decimals.
fn grouped(v: Decimal, dp: u32) -> String {
    let mut r = round_to(v.abs(), dp);
    r.rescale(dp);
    let s = r.to_string();
    let (int_part, frac) = match s.split_once('.') {
        Some((i, f)) => (i.to_string(), format!(".{f}")),
        None => (s.clone(), String::new()),
    };
    let int_grouped = format_count(int_part.parse::<i128>().unwrap_or(0));
    format!("{int_grouped}{frac}")
}

fn sign(v: Decimal) -> &'static str {
    if v.is_sign_negative() && !v.is_zero() {
        "-"
    } else {
        ""
    }
}

/// A money amount in a compact, readable form: `1.23亿元`, `4,560万元`, `8,600元`;
/// `CNY 1.23bn`, `CNY 45.6M`, `CNY 12.3k`, `CNY 860`.
pub fn money(v: Decimal, lang: Lang) -> String {
    let a = v.abs();
    let s = sign(round_to(v, 2));
    match lang {
        Lang::Zh => {
            let yi = Decimal::from(100_000_000);
            let wan = Decimal::from(10_000);
            if a >= yi {
                format!("{s}{}亿元", grouped(a / yi, 2))
            } else if a >= wan {
                let w = a / wan;
                let dp = if w >= Decimal::from(1000) {
                    0
                } else if w >= Decimal::from(10) {
                    1
                } else {
                    2
                };
                format!("{s}{}万元", grouped(w, dp))
            } else {
                format!("{s}{}元", grouped(a, 0))
            }
        }
        Lang::En => format!("{s}CNY {}", compact_en(a)),
    }
}

/// English k / M / bn with three significant figures where possible (`45.6M`, `1.23bn`).
fn compact_en(a: Decimal) -> String {
    let units = [(Decimal::from(1_000_000_000), "bn"), (Decimal::from(1_000_000), "M"), (Decimal::from(1_000), "k")];
    for (size, suffix) in units {
        if a >= size {
            let x = a / size;
            let dp = if x >= Decimal::from(100) {
                0
            } else if x >= Decimal::from(10) {
                1
            } else {
                2
            };
            return format!("{}{suffix}", grouped(x, dp));
        }
    }
    grouped(a, 0)
}

/// An exact amount to the fen with thousands separators: `1,234,567.89` (`-` when negative).
pub fn money_exact(v: Decimal) -> String {
    format_decimal(v)
}

/// An asset threshold: `50万`, `3万`, `1.5万`, `5,000元`; `500k`, `30k`, `1M`, `1.5M`.
pub fn threshold(v: Decimal, lang: Lang) -> String {
    let v = round2(v).normalize();
    let trim = |d: Decimal| d.normalize().to_string();
    match lang {
        Lang::Zh => {
            let wan = Decimal::from(10_000);
            if v >= Decimal::from(100_000_000) {
                format!("{}亿", trim(round_to(v / Decimal::from(100_000_000), 2)))
            } else if v >= wan {
                format!("{}万", trim(round_to(v / wan, 2)))
            } else {
                format!("{}元", grouped(v, if v.fract().is_zero() { 0 } else { 2 }))
            }
        }
        Lang::En => {
            if v >= Decimal::from(1_000_000) {
                format!("{}M", trim(round_to(v / Decimal::from(1_000_000), 2)))
            } else if v >= Decimal::from(1_000) {
                format!("{}k", trim(round_to(v / Decimal::from(1_000), 1)))
            } else {
                trim(v)
            }
        }
    }
}

/// A whole count with thousands separators: `1,234,567`.
pub fn count(n: u64) -> String {
    format_count(i128::from(n))
}

/// An expected number of customers, shown whole (half to even): `12,346`.
pub fn expected(v: Decimal) -> String {
    let r = round_to(v, 0);
    format!("{}{}", sign(r), grouped(r, 0))
}

/// An expected value with its two model decimals: `12,345.68`.
pub fn expected_exact(v: Decimal) -> String {
    format_decimal(v)
}

/// A share as a percentage with one decimal: `42.7%`.
pub fn percent(share: f64) -> String {
    format!("{:.1}%", share * 100.0)
}

/// An exact decimal as written (`0.08`, `300`), without trailing zeros.
pub fn plain(v: Decimal) -> String {
    v.normalize().to_string()
}

/// For axis labels: a money amount in a short unit (`1.2亿`, `350万`; `1.2bn`, `350M`).
pub fn money_axis(v: f64, lang: Lang) -> String {
    let d = Decimal::try_from(v).unwrap_or_default();
    let s = sign(round_to(d, 0));
    let a = d.abs();
    let short = |x: Decimal| {
        let dp = if x >= Decimal::from(10) || x.fract().is_zero() { 0 } else { 1 };
        grouped(x, dp)
    };
    match lang {
        Lang::Zh => {
            if a >= Decimal::from(100_000_000) {
                format!("{s}{}亿", short(a / Decimal::from(100_000_000)))
            } else if a >= Decimal::from(10_000) {
                format!("{s}{}万", short(a / Decimal::from(10_000)))
            } else {
                format!("{s}{}", short(a))
            }
        }
        Lang::En => {
            for (size, suffix) in [(1e9, "bn"), (1e6, "M"), (1e3, "k")] {
                if a >= Decimal::try_from(size).unwrap_or(Decimal::MAX) {
                    return format!("{s}{}{suffix}", short(a / Decimal::try_from(size).unwrap_or(Decimal::ONE)));
                }
            }
            format!("{s}{}", short(a))
        }
    }
}

/// For axis labels: a count (`12万`, `3,000`; `120k`).
pub fn count_axis(v: f64, lang: Lang) -> String {
    let n = v.round();
    match lang {
        Lang::Zh if n.abs() >= 10_000.0 => format!("{}万", trim_f(n / 10_000.0)),
        Lang::En if n.abs() >= 1_000_000.0 => format!("{}M", trim_f(n / 1_000_000.0)),
        Lang::En if n.abs() >= 1_000.0 => format!("{}k", trim_f(n / 1_000.0)),
        _ => format_count(n as i128),
    }
}

fn trim_f(x: f64) -> String {
    let s = format!("{x:.1}");
    s.strip_suffix(".0").map(str::to_string).unwrap_or(s)
}

/// Whether a change is good or bad news for the broker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    Good,
    Bad,
    Flat,
}

impl Tone {
    /// The tone of `delta` for a metric where more is (or is not) better.
    pub fn of(delta: Decimal, more_is_better: bool) -> Tone {
        if delta.is_zero() {
            Tone::Flat
        } else if delta.is_sign_positive() == more_is_better {
            Tone::Good
        } else {
            Tone::Bad
        }
    }
    /// The colour (hex) of this tone in `lang`: good news red in Chinese, green in English.
    pub fn colour(self, lang: Lang) -> &'static str {
        match (self, lang) {
            (Tone::Flat, _) => GREY,
            (Tone::Good, Lang::Zh) | (Tone::Bad, Lang::En) => RED,
            (Tone::Bad, Lang::Zh) | (Tone::Good, Lang::En) => GREEN,
        }
    }
}

pub const RED: &str = "#c62828";
pub const GREEN: &str = "#2e7d32";
pub const GREY: &str = "#6b7280";

/// The arrow of a change: ▲ up, ▼ down, nothing when flat.
pub fn arrow(delta: Decimal) -> &'static str {
    if delta.is_zero() {
        ""
    } else if delta.is_sign_positive() {
        "▲"
    } else {
        "▼"
    }
}

/// A signed delta with its arrow, the magnitude formatted by `magnitude`: `▲ 1.23亿元`,
/// `▼ 35`, `±0` when flat.
pub fn delta(v: Decimal, magnitude: impl Fn(Decimal) -> String) -> String {
    if v.is_zero() {
        return "±0".to_string();
    }
    format!("{} {}", arrow(v), magnitude(v.abs()))
}

/// The value as f64 for drawing only (charts); never for a figure that is printed.
pub fn to_f64(v: Decimal) -> f64 {
    v.to_f64().unwrap_or(0.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    #[test]
    fn chinese_money_uses_wan_and_yi() {
        assert_eq!(money(d("123000000"), Lang::Zh), "1.23亿元");
        assert_eq!(money(d("45600000"), Lang::Zh), "4,560万元");
        assert_eq!(money(d("1234567.89"), Lang::Zh), "123.5万元");
        assert_eq!(money(d("35000"), Lang::Zh), "3.50万元");
        assert_eq!(money(d("8600.4"), Lang::Zh), "8,600元");
        assert_eq!(money(d("-399638.20"), Lang::Zh), "-40.0万元");
        assert_eq!(money(d("1234500000000"), Lang::Zh), "12,345.00亿元");
    }

    #[test]
    fn english_money_uses_k_m_bn() {
        assert_eq!(money(d("1234000000"), Lang::En), "CNY 1.23bn");
        assert_eq!(money(d("45600000"), Lang::En), "CNY 45.6M");
        assert_eq!(money(d("456000000"), Lang::En), "CNY 456M");
        assert_eq!(money(d("12345"), Lang::En), "CNY 12.3k");
        assert_eq!(money(d("860"), Lang::En), "CNY 860");
        assert_eq!(money(d("-2500000"), Lang::En), "-CNY 2.50M");
    }

    #[test]
    fn thresholds_read_as_brokers_say_them() {
        assert_eq!(threshold(d("500000"), Lang::Zh), "50万");
        assert_eq!(threshold(d("100000"), Lang::Zh), "10万");
        assert_eq!(threshold(d("30000"), Lang::Zh), "3万");
        assert_eq!(threshold(d("15000"), Lang::Zh), "1.5万");
        assert_eq!(threshold(d("5000"), Lang::Zh), "5,000元");
        assert_eq!(threshold(d("500000"), Lang::En), "500k");
        assert_eq!(threshold(d("1000000"), Lang::En), "1M");
        assert_eq!(threshold(d("30000"), Lang::En), "30k");
    }

    #[test]
    fn exact_money_keeps_the_fen() {
        assert_eq!(money_exact(d("-399638.195")), "-399,638.20");
        assert_eq!(money_exact(d("1234567.8")), "1,234,567.80");
    }

    #[test]
    fn counts_and_expected_values() {
        assert_eq!(count(1_234_567), "1,234,567");
        assert_eq!(expected(d("12345.5")), "12,346");
        assert_eq!(expected(d("12344.5")), "12,344");
        assert_eq!(expected_exact(d("4.9")), "4.90");
        assert_eq!(percent(0.4271), "42.7%");
    }

    #[test]
    fn deltas_carry_an_arrow_and_a_colour_by_language() {
        assert_eq!(delta(d("12300000"), |v| money(v, Lang::Zh)), "▲ 1,230万元");
        assert_eq!(delta(d("-35"), |v| count(v.to_u64().unwrap())), "▼ 35");
        assert_eq!(delta(Decimal::ZERO, |v| v.to_string()), "±0");
        // More revenue is good news: red in Chinese, green in English.
        assert_eq!(Tone::of(d("1"), true).colour(Lang::Zh), RED);
        assert_eq!(Tone::of(d("1"), true).colour(Lang::En), GREEN);
        // More cost is bad news: green in Chinese, red in English.
        assert_eq!(Tone::of(d("1"), false).colour(Lang::Zh), GREEN);
        assert_eq!(Tone::of(d("1"), false).colour(Lang::En), RED);
        assert_eq!(Tone::of(Decimal::ZERO, true), Tone::Flat);
    }

    #[test]
    fn axis_labels_are_short() {
        assert_eq!(money_axis(35_000_000.0, Lang::Zh), "3,500万");
        assert_eq!(money_axis(120_000_000.0, Lang::Zh), "1.2亿");
        assert_eq!(money_axis(-2_000_000.0, Lang::En), "-2M");
        assert_eq!(count_axis(120_000.0, Lang::Zh), "12万");
        assert_eq!(count_axis(2_500.0, Lang::En), "2.5k");
        assert_eq!(count_axis(300.0, Lang::Zh), "300");
    }
}
