//! Names a user gives things — scenarios, tiers, pilots, saved scenarios — and the one rule
//! they follow at every boundary: not blank, at most `MAX_NAME_CHARS` characters, and no
//! control characters (which would fake lines or send escape sequences to a terminal, and
//! which no spreadsheet cell or file name needs).

/// The longest name accepted, in characters: far more than any label needs, far below the
/// 32,767-character limit of an Excel cell.
pub const MAX_NAME_CHARS: usize = 200;

/// Checks a name; the error says what is wrong in words (the caller names the field).
pub fn check_name(name: &str) -> Result<(), String> {
    if name.trim().is_empty() {
        return Err("must not be empty".into());
    }
    let chars = name.chars().count();
    if chars > MAX_NAME_CHARS {
        return Err(format!("is {chars} characters long; at most {MAX_NAME_CHARS} are allowed"));
    }
    if let Some(c) = name.chars().find(|c| c.is_control()) {
        return Err(format!("contains the control character U+{:04X}; names must be printable text", u32::from(c)));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn printable_names_pass_and_others_are_refused_with_the_reason() {
        assert!(check_name("10万门槛 · 人机协同 (100k hybrid)").is_ok());
        assert!(check_name(&"名".repeat(MAX_NAME_CHARS)).is_ok());
        assert_eq!(check_name("  ").unwrap_err(), "must not be empty");
        assert!(check_name(&"名".repeat(MAX_NAME_CHARS + 1)).unwrap_err().contains("201 characters"));
        assert!(check_name("a\u{1b}[31mred").unwrap_err().contains("U+001B"));
        assert!(check_name("two\nlines").unwrap_err().contains("U+000A"));
        assert!(check_name("bell\u{7}").unwrap_err().contains("U+0007"));
        assert!(check_name("tab\there").is_err());
    }
}
