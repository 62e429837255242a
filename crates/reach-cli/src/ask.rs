//! Asking the person at the terminal before doing something they may not want (building the
//! demo book, overwriting a saved scenario, replacing the book). Only when both standard input
//! and standard error are terminals: a script is never left waiting for an answer.

use std::io::{BufRead, IsTerminal, Write};

use crate::error::CliResult;
use crate::output::errln;

/// Whether a person can be asked.
pub fn can_ask() -> bool {
    std::io::stdin().is_terminal() && std::io::stderr().is_terminal()
}

/// Shows `explanation` and `question` on standard error and reads the answer; `default_yes`
/// decides an empty answer. `false` when no one can be asked.
pub fn confirm(explanation: &str, question: &str, default_yes: bool) -> CliResult<bool> {
    if !can_ask() {
        return Ok(false);
    }
    if !explanation.is_empty() {
        errln!("{explanation}");
    }
    let mut err = std::io::stderr().lock();
    let _ = write!(err, "{question} {} ", if default_yes { "[Y/n]" } else { "[y/N]" });
    let _ = err.flush();
    drop(err);
    let mut answer = String::new();
    std::io::stdin().lock().read_line(&mut answer)?;
    Ok(match answer.trim() {
        "" => default_yes,
        a => matches!(a, "y" | "Y" | "yes" | "Yes" | "是" | "好"),
    })
}
