//! Money: amounts are integer fen (分) in the book and exact `Decimal` CNY in the engine.
//! Parsing CSV amounts, converting fen to yuan, and the one rounding rule of the model
//! (half to even, only at output) live here.

use rust_decimal::{Decimal, RoundingStrategy};

/// Parses a plain decimal CNY amount (`1234`, `1234.5`, `1234.50`) into fen.
/// Refuses signs, exponents, separators and more than two significant decimal places.
pub fn parse_fen(text: &str) -> Result<i64, String> {
    let t = text.trim();
    if t.is_empty() {
        return Err("is empty".into());
    }
    let (int_part, frac_part) = match t.split_once('.') {
        Some((i, f)) => (i, f),
        None => (t, ""),
    };
    if t.starts_with('-') {
        return Err(format!("`{t}` is negative"));
    }
    let digits_ok = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if int_part.is_empty() || !digits_ok(int_part) || !digits_ok(frac_part) || (t.contains('.') && frac_part.is_empty())
    {
        return Err(format!("`{t}` is not a plain decimal amount"));
    }
    let frac_trimmed = frac_part.trim_end_matches('0');
    if frac_trimmed.len() > 2 {
        return Err(format!("`{t}` has more than two decimal places (fen)"));
    }
    let mut fen: i64 = 0;
    for b in int_part.bytes() {
        fen = fen
            .checked_mul(10)
            .and_then(|v| v.checked_add(i64::from(b - b'0')))
            .ok_or_else(|| format!("`{t}` is too large"))?;
    }
    let mut cents = 0i64;
    for (i, b) in frac_trimmed.bytes().enumerate() {
        cents += i64::from(b - b'0') * if i == 0 { 10 } else { 1 };
    }
    fen.checked_mul(100)
        .and_then(|v| v.checked_add(cents))
        .filter(|v| *v <= MAX_FEN)
        .ok_or_else(|| format!("`{t}` is too large"))
}

/// The largest amount the warehouse accepts: 10^15 fen (10 trillion CNY), far above any
/// retail account, and small enough that sums over 10^8 customers stay exact in i128/Decimal.
pub const MAX_FEN: i64 = 1_000_000_000_000_000;

/// Fen as exact yuan.
pub fn yuan(fen: i64) -> Decimal {
    Decimal::new(fen, 2)
}

/// Fen (possibly a large sum) as exact yuan.
pub fn yuan_i128(fen: i128) -> Decimal {
    Decimal::from_i128_with_scale(fen, 2)
}

/// The model's only rounding: money to cents, half to even, with exactly two decimals.
pub fn round_money(v: Decimal) -> Decimal {
    round2(v)
}

/// Two decimal places, half to even, scale fixed at 2 (`12` becomes `12.00`).
pub fn round2(v: Decimal) -> Decimal {
    let mut r = v.round_dp_with_strategy(2, RoundingStrategy::MidpointNearestEven);
    r.rescale(2);
    if r.is_zero() {
        // A tiny negative amount rounds to zero, never to "-0.00".
        r.set_sign_positive(true);
    }
    r
}

/// The smallest whole fen amount that meets a threshold given in yuan:
/// `assets_fen >= min_fen(t)` exactly when `assets_fen / 100 >= t`.
pub fn threshold_fen(min_assets: Decimal) -> i64 {
    let f = (min_assets * Decimal::ONE_HUNDRED).ceil();
    i64::try_from(f.mantissa() / 10i128.pow(f.scale())).unwrap_or(i64::MAX)
}

/// Formats an amount (CNY, or an expected count) with thousands separators and two decimals:
/// `1,234,567.80`.
pub fn format_decimal(v: Decimal) -> String {
    let r = round2(v);
    let s = r.abs().to_string();
    let (int_part, frac) = s.split_once('.').unwrap_or((&s, "00"));
    let sign = if r.is_sign_negative() && !r.is_zero() { "-" } else { "" };
    format!("{sign}{}.{frac}", group_thousands(int_part))
}

/// Formats a whole number with thousands separators: `-1,234,567`.
pub fn format_count(v: i128) -> String {
    let sign = if v < 0 { "-" } else { "" };
    format!("{sign}{}", group_thousands(&v.unsigned_abs().to_string()))
}

fn group_thousands(digits: &str) -> String {
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(ch);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    #[test]
    fn parses_plain_amounts_to_fen() {
        assert_eq!(parse_fen("0"), Ok(0));
        assert_eq!(parse_fen("12"), Ok(1200));
        assert_eq!(parse_fen("12.3"), Ok(1230));
        assert_eq!(parse_fen("12.34"), Ok(1234));
        assert_eq!(parse_fen("12.340"), Ok(1234));
        assert_eq!(parse_fen(" 7.05 "), Ok(705));
    }

    #[test]
    fn refuses_what_is_not_a_fen_amount() {
        for bad in ["", "-1", "1.234", "1e5", "1,000", "abc", "+3", ".5", "5.", "NaN", "1.2.3"] {
            assert!(parse_fen(bad).is_err(), "{bad:?} should be refused");
        }
        assert!(parse_fen("99999999999999999999").unwrap_err().contains("too large"));
    }

    #[test]
    fn rounds_half_to_even_at_cents() {
        let d = |s| Decimal::from_str(s).unwrap();
        assert_eq!(round_money(d("0.125")).to_string(), "0.12");
        assert_eq!(round_money(d("0.135")).to_string(), "0.14");
        assert_eq!(round_money(d("-0.125")).to_string(), "-0.12");
        assert_eq!(round_money(d("7")).to_string(), "7.00");
        assert_eq!(round_money(d("0.1251")).to_string(), "0.13");
    }

    #[test]
    fn threshold_in_fen_is_the_ceiling() {
        let d = |s| Decimal::from_str(s).unwrap();
        assert_eq!(threshold_fen(d("500000")), 50_000_000);
        assert_eq!(threshold_fen(d("0.001")), 1);
        assert_eq!(threshold_fen(d("10.005")), 1001);
        assert_eq!(threshold_fen(d("0")), 0);
    }

    #[test]
    fn formats_with_thousands_separators() {
        let d = |s| Decimal::from_str(s).unwrap();
        assert_eq!(format_decimal(d("1234567.8")), "1,234,567.80");
        assert_eq!(format_decimal(d("-1000")), "-1,000.00");
        assert_eq!(format_decimal(d("999")), "999.00");
        assert_eq!(format_decimal(d("0")), "0.00");
        assert_eq!(format_count(1_000_000), "1,000,000");
        assert_eq!(format_count(-1234), "-1,234");
        assert_eq!(format_count(12), "12");
    }
}
