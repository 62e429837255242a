//! How values are written in a book, as brokers' systems and Excel write them, read exactly:
//! amounts in yuan with thousands separators (100,000.50), full-width digits, an optional ¥
//! before or 元 after; whole numbers; the channel (online/offline, 线上/线下 …) and the
//! suitability class (C1…C5 or 保守型…激进型, as 《证券期货投资者适当性管理办法》 practice names
//! them). Nothing docs/spec/MODEL.md section 1 refuses is let through: negatives, more than two decimal
//! places, exponents and units that cannot be read exactly are refused, saying what was found.

use std::borrow::Cow;

use reach_core::book::{Channel, RiskProfile};
use reach_core::money::parse_fen;

use crate::problem::Problem;

/// The suitability classes with the Chinese names the import reads (and the template writes).
pub const RISK_NAMES: [(RiskProfile, &str); 5] = [
    (RiskProfile::C1, "保守型"),
    (RiskProfile::C2, "谨慎型"),
    (RiskProfile::C3, "稳健型"),
    (RiskProfile::C4, "积极型"),
    (RiskProfile::C5, "激进型"),
];

/// Every word read as a channel, case-insensitively for the English ones.
pub const CHANNEL_NAMES: [(&str, Channel); 10] = [
    ("online", Channel::Online),
    ("线上", Channel::Online),
    ("网上", Channel::Online),
    ("互联网", Channel::Online),
    ("网络", Channel::Online),
    ("offline", Channel::Offline),
    ("线下", Channel::Offline),
    ("现场", Channel::Offline),
    ("柜台", Channel::Offline),
    ("营业部", Channel::Offline),
];

/// Full-width ASCII (！ … ～) as ASCII and the ideographic space as a space; other text as is.
pub fn half_width(text: &str) -> Cow<'_, str> {
    if text.is_ascii() || !text.chars().any(|c| ('\u{FF01}'..='\u{FF5E}').contains(&c) || c == '\u{3000}') {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.chars()
            .map(|c| match c {
                '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
                '\u{3000}' => ' ',
                _ => c,
            })
            .collect(),
    )
}

/// An amount in yuan as exact fen.
pub fn amount_fen(text: &str) -> Result<i64, Problem> {
    let value = || text.to_string();
    let normal = half_width(text);
    let mut t = normal.trim();
    t = t.strip_prefix('¥').or_else(|| t.strip_prefix('￥')).unwrap_or(t).trim_start();
    t = t.strip_suffix('元').unwrap_or(t).trim_end();
    if t.starts_with('-') || t.starts_with('−') {
        return Err(Problem::Negative { value: value() });
    }
    let numeric = |c: char| c.is_ascii_digit() || c == '.' || c == ',';
    if !t.chars().all(numeric) {
        let exponent = t.split_once(['e', 'E']).is_some_and(|(m, e)| {
            !m.is_empty()
                && m.chars().all(numeric)
                && e.trim_start_matches(['+', '-']).chars().all(|c| c.is_ascii_digit())
        });
        if exponent {
            return Err(Problem::Exponent { value: value() });
        }
        if t.chars().any(|c| c.is_ascii_digit()) {
            let found: String = t.chars().filter(|&c| !numeric(c)).collect();
            return Err(Problem::CurrencyText { value: value(), found });
        }
        return Err(Problem::NotAnAmount { value: value() });
    }
    let (int_part, frac_part) = t.split_once('.').unwrap_or((t, ""));
    let int_part = without_separators(int_part).ok_or_else(|| Problem::NotAnAmount { value: value() })?;
    let plain_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if int_part.is_empty() || !plain_digits(frac_part) || (t.contains('.') && frac_part.is_empty()) {
        return Err(Problem::NotAnAmount { value: value() });
    }
    if frac_part.trim_end_matches('0').len() > 2 {
        return Err(Problem::TooManyDecimals { value: value() });
    }
    let plain = if frac_part.is_empty() { int_part.into_owned() } else { format!("{int_part}.{frac_part}") };
    parse_fen(&plain).map_err(|_| Problem::TooLarge { value: value() })
}

/// A whole number ≥ 0 (digits, thousands separators allowed), or `None`.
pub fn whole_number(text: &str) -> Option<u64> {
    let normal = half_width(text);
    let digits = without_separators(normal.trim())?;
    if digits.is_empty() || digits.len() > 19 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok()
}

/// The digits of `int_part` with its thousands separators removed; `None` when commas are
/// not between groups of three digits (1,000,000 — not 1,00,000 or 1000,000).
fn without_separators(int_part: &str) -> Option<Cow<'_, str>> {
    if !int_part.contains(',') {
        return Some(Cow::Borrowed(int_part));
    }
    let mut groups = int_part.split(',');
    let first = groups.next()?;
    if first.is_empty() || first.len() > 3 || groups.clone().any(|g| g.len() != 3) {
        return None;
    }
    Some(Cow::Owned(int_part.replace(',', "")))
}

/// The channel: `online`/`offline` (any case) or a Chinese name of one (`CHANNEL_NAMES`).
pub fn channel(text: &str) -> Result<Channel, Problem> {
    let normal = half_width(text);
    let t = normal.trim();
    CHANNEL_NAMES
        .iter()
        .find(|(name, _)| name.eq_ignore_ascii_case(t))
        .map(|&(_, c)| c)
        .ok_or_else(|| Problem::NotAChannel { value: text.to_string() })
}

/// The suitability class: `C1`…`C5` (any case), its name (保守型…激进型, also without 型), or
/// both where they agree (`C3稳健型`, `稳健型(C3)`, `C3-稳健型`).
pub fn risk_profile(text: &str) -> Result<RiskProfile, Problem> {
    let refuse = || Problem::NotARiskProfile { value: text.to_string() };
    let normal: String = half_width(text)
        .chars()
        .filter(|c| {
            !c.is_whitespace() && !matches!(c, '(' | ')' | '[' | ']' | '【' | '】' | '-' | '_' | '/' | ':' | '、')
        })
        .collect::<String>()
        .to_ascii_uppercase();
    let by_code = |code: &str| RISK_NAMES.iter().find(|(r, _)| r.to_string() == code).map(|&(r, _)| r);
    let by_name =
        |name: &str| RISK_NAMES.iter().find(|(_, n)| *n == name || n.strip_suffix('型') == Some(name)).map(|&(r, _)| r);
    let code_at = |s: &str| s.len() >= 2 && s.is_char_boundary(2) && by_code(&s[..2]).is_some();
    let (code, name) = if code_at(&normal) {
        (by_code(&normal[..2]), &normal[2..])
    } else if normal.len() >= 2 && normal.is_char_boundary(normal.len() - 2) && code_at(&normal[normal.len() - 2..]) {
        (by_code(&normal[normal.len() - 2..]), &normal[..normal.len() - 2])
    } else {
        (None, normal.as_str())
    };
    match (code, name) {
        (Some(c), "") => Ok(c),
        (Some(c), n) if by_name(n) == Some(c) => Ok(c),
        (None, n) => by_name(n).ok_or_else(refuse),
        _ => Err(refuse()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_read_exactly_or_say_why_not() {
        for (text, fen) in [
            ("100,000.50", 10_000_050),
            ("1,234,567.89", 123_456_789),
            ("１２３，４５６．７", 12_345_670),
            ("¥1,000", 100_000),
            ("￥ 12.3 元", 1230),
            ("0", 0),
            ("7.10", 710),
        ] {
            assert_eq!(amount_fen(text), Ok(fen), "{text}");
        }
        assert_eq!(amount_fen("-5").unwrap_err().code(), "negative");
        assert_eq!(amount_fen("1.234").unwrap_err().code(), "too_many_decimals");
        assert_eq!(amount_fen("1E+05").unwrap_err().code(), "exponent");
        assert_eq!(amount_fen("1.5万"), Err(Problem::CurrencyText { value: "1.5万".into(), found: "万".into() }));
        assert_eq!(amount_fen("USD 5").unwrap_err().code(), "currency_text");
        for bad in ["1,00,000", "1000,000", ",100", "1.", ".5", "abc", "1.2.3"] {
            assert_eq!(amount_fen(bad).unwrap_err().code(), "not_an_amount", "{bad}");
        }
    }

    #[test]
    fn whole_numbers_channels_and_risk_classes() {
        assert_eq!(whole_number("1,234"), Some(1234));
        assert_eq!(whole_number("４５"), Some(45));
        assert_eq!(whole_number("1.5"), None);
        assert_eq!(channel("线上"), Ok(Channel::Online));
        assert_eq!(channel("Offline"), Ok(Channel::Offline));
        assert_eq!(channel("柜台"), Ok(Channel::Offline));
        assert!(channel("电话").is_err());
        for (text, r) in [
            ("c3", RiskProfile::C3),
            ("稳健型", RiskProfile::C3),
            ("稳健", RiskProfile::C3),
            ("C3稳健型", RiskProfile::C3),
            ("稳健型（C3）", RiskProfile::C3),
            ("C2-谨慎型", RiskProfile::C2),
            ("保守型", RiskProfile::C1),
            ("激进型", RiskProfile::C5),
        ] {
            assert_eq!(risk_profile(text), Ok(r), "{text}");
        }
        assert!(risk_profile("C2稳健型").is_err(), "a code and a name that disagree");
        assert!(risk_profile("C6").is_err());
    }
}
