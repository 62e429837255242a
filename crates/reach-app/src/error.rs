//! Building the one error type that crosses to the UI (`dto::AppError`, `{code, message}`)
//! from the crates' errors: the warehouse's (`StoreError::code()`, worded in the UI's language
//! where it can be), an invalid scenario's
//! (`invalid_scenario`, with the field), and the app's own.

use reach_core::evaluation::ApplyRefusal;
use reach_core::ScenarioError;
use reach_store::StoreError;

pub use crate::dto::AppError;
use crate::dto::{Lang, RowErrorView};

impl AppError {
    pub fn new(code: &str, message: impl Into<String>) -> Self {
        AppError { code: code.into(), message: message.into(), field: None, rows: Vec::new(), bad_rows: None }
    }
}

impl AppError {
    /// The warehouse's error worded in the UI's language: a refused file's message and each
    /// row's reason from its problem code (reach-store's zh/en table).
    pub fn store(e: StoreError, lang: Lang) -> Self {
        let zh = lang == Lang::Zh;
        let mut out = AppError::new(e.code(), e.message(zh));
        if let StoreError::InvalidFile { errors, bad_rows, .. } = &e {
            out.rows = errors
                .iter()
                .map(|r| RowErrorView { line: r.line, column: r.column.clone(), reason: r.problem.message(zh) })
                .collect();
            out.bad_rows = Some(*bad_rows);
        }
        if let StoreError::EstimateRefused(ApplyRefusal::Invalid(invalid)) = &e {
            out.message = invalid.message.clone();
            out.field = Some(invalid.field.clone());
        }
        out
    }
}

impl From<StoreError> for AppError {
    fn from(e: StoreError) -> Self {
        AppError::store(e, Lang::En)
    }
}

impl From<ScenarioError> for AppError {
    fn from(e: ScenarioError) -> Self {
        let mut out = AppError::new("invalid_scenario", e.message.clone());
        out.field = Some(e.field);
        out
    }
}

pub type AppResult<T> = Result<T, AppError>;

#[cfg(test)]
mod tests {
    use super::*;
    use reach_store::{Problem, RowError};

    #[test]
    fn a_scenario_error_names_its_field() {
        let e: AppError = ScenarioError::new("tiers[0].coverage", "must be between 0 and 1 (got 1.5)").into();
        let json = serde_json::to_value(&e).unwrap();
        assert_eq!(json["code"], "invalid_scenario");
        assert_eq!(json["field"], "tiers[0].coverage");
        assert_eq!(json["message"], "must be between 0 and 1 (got 1.5)");
    }

    #[test]
    fn a_refused_file_carries_its_rows() {
        let e: AppError = StoreError::InvalidFile {
            file: "c.csv".into(),
            errors: vec![RowError::new(3, "age", Problem::AgeOutOfRange { value: "7".into() })],
            bad_rows: 4,
        }
        .into();
        assert_eq!(e.code, "invalid_file");
        assert_eq!(
            e.rows,
            vec![RowErrorView {
                line: 3,
                column: "age".into(),
                reason: "`7` is not a whole number of years between 18 and 120".into()
            }]
        );
        assert_eq!(e.bad_rows, Some(4));
        assert!(e.message.contains("nothing was imported"));
    }

    #[test]
    fn a_refused_file_is_worded_in_the_uis_language() {
        let refused = || StoreError::InvalidFile {
            file: "c.csv".into(),
            errors: vec![RowError::new(3, "年龄", Problem::AgeOutOfRange { value: "7".into() })],
            bad_rows: 1,
        };
        let zh = AppError::store(refused(), Lang::Zh);
        assert_eq!(zh.rows[0].reason, Problem::AgeOutOfRange { value: "7".into() }.zh());
        assert!(zh.rows[0].reason.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)), "{}", zh.rows[0].reason);
        assert_eq!(zh.message, refused().message(true));
        assert_eq!(AppError::store(StoreError::Cancelled, Lang::Zh).message, "导入已取消；没有任何改动");
    }
}
