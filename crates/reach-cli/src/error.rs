//! The one place the CLI decides its exit status. 2: anything the user can fix — a bad file,
//! path, argument or name, a bad warehouse (not SQLite, damaged, read-only, a folder, from a
//! newer Reach), a refusal to overwrite. 1: only failures of Reach or the machine. A closed
//! standard output (`| head`) is not a failure: the command stops quietly with status 0.

use reach_core::ScenarioError;
use reach_store::StoreError;

#[derive(Debug)]
pub enum CliError {
    BadInput(String),
    Failure(String),
    /// The reader of standard output has gone; nothing more to do or say.
    ClosedPipe,
}

impl CliError {
    pub fn exit_code(&self) -> i32 {
        match self {
            Self::BadInput(_) => 2,
            Self::Failure(_) => 1,
            Self::ClosedPipe => 0,
        }
    }
    pub fn message(&self) -> &str {
        match self {
            Self::BadInput(m) | Self::Failure(m) => m,
            Self::ClosedPipe => "",
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

/// An I/O error without a file name to add; a missing file, a folder where a file was
/// expected or a permission the user can change count as bad input.
impl From<std::io::Error> for CliError {
    fn from(e: std::io::Error) -> Self {
        use std::io::ErrorKind::*;
        match e.kind() {
            BrokenPipe => Self::ClosedPipe,
            NotFound | PermissionDenied | AlreadyExists | IsADirectory | NotADirectory | InvalidData | InvalidInput => {
                Self::BadInput(e.to_string())
            }
            _ => Self::Failure(e.to_string()),
        }
    }
}

pub type CliResult<T = ()> = Result<T, CliError>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bad_warehouse_is_the_users_to_fix_and_a_closed_pipe_is_no_failure() {
        let bad = StoreError::BadWarehouse { path: "/x/reach.sqlite".into(), reason: "is a folder".into() };
        assert_eq!(CliError::from(bad).exit_code(), 2);
        assert_eq!(CliError::from(StoreError::NoPreviousBook).exit_code(), 2);
        let pipe = std::io::Error::from(std::io::ErrorKind::BrokenPipe);
        assert!(matches!(CliError::from(pipe), CliError::ClosedPipe));
        assert_eq!(CliError::from(std::io::Error::other("disk on fire")).exit_code(), 1);
    }
}
