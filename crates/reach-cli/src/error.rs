//! The CLI's two kinds of failure: bad input (exit status 2: the user can fix it) and
//! everything else (exit status 1).

use reach_core::ScenarioError;
use reach_store::StoreError;

#[derive(Debug)]
pub enum CliError {
    BadInput(String),
    Failure(String),
}

impl CliError {
    pub fn exit_code(&self) -> i32 {
        match self {
            Self::BadInput(_) => 2,
            Self::Failure(_) => 1,
        }
    }
    pub fn message(&self) -> &str {
        match self {
            Self::BadInput(m) | Self::Failure(m) => m,
        }
    }
    pub fn bad(message: impl Into<String>) -> Self {
        Self::BadInput(message.into())
    }
}

impl From<StoreError> for CliError {
    fn from(e: StoreError) -> Self {
        if e.is_bad_input() {
            Self::BadInput(e.to_string())
        } else {
            Self::Failure(e.to_string())
        }
    }
}

impl From<ScenarioError> for CliError {
    fn from(e: ScenarioError) -> Self {
        Self::BadInput(e.to_string())
    }
}

impl From<std::io::Error> for CliError {
    fn from(e: std::io::Error) -> Self {
        Self::Failure(e.to_string())
    }
}

pub type CliResult<T = ()> = Result<T, CliError>;
