//! Timestamps as the warehouse stores them: RFC 3339, UTC, whole seconds.

use time::format_description::well_known::Rfc3339;
use time::OffsetDateTime;

pub(crate) fn now_utc() -> String {
    let now = OffsetDateTime::now_utc();
    let now = now.replace_nanosecond(0).unwrap_or(now);
    now.format(&Rfc3339).unwrap_or_else(|_| now.unix_timestamp().to_string())
}

#[cfg(test)]
mod tests {
    #[test]
    fn is_rfc3339_utc() {
        let t = super::now_utc();
        assert_eq!(t.len(), 20, "{t}");
        assert!(t.ends_with('Z'));
    }
}
