//! Everything `reach` prints goes through here. Standard output to a reader that has gone
//! (`reach book | head -1`) ends the command quietly instead of panicking: the write reports
//! `CliError::ClosedPipe`, which `main` turns into exit status 0 with nothing on stderr (the
//! reader chose to stop; `set -o pipefail` scripts keep working). Names that come from users'
//! files (branches, tiers, scenarios, book labels) are shown through [`escaped`], so a control
//! character can neither fake a line nor send an escape sequence to the terminal.

use std::borrow::Cow;
use std::fmt;
use std::io::Write;

use crate::error::{CliError, CliResult};

/// Writes `args` to standard output and flushes it.
pub fn write_out(args: fmt::Arguments<'_>) -> CliResult {
    let mut out = std::io::stdout().lock();
    out.write_fmt(args).and_then(|()| out.flush()).map_err(|e| match e.kind() {
        std::io::ErrorKind::BrokenPipe => CliError::ClosedPipe,
        _ => CliError::Failure(format!("writing to standard output: {e}")),
    })
}

/// Writes `args` to standard error, control characters other than line ends escaped. A
/// closed standard error is ignored: there is nobody left to tell.
pub fn write_err(args: fmt::Arguments<'_>) {
    let text = args.to_string();
    let shown: String = text.split('\n').map(|line| escaped(line).into_owned()).collect::<Vec<_>>().join("\n");
    let mut err = std::io::stderr().lock();
    let _ = err.write_all(shown.as_bytes()).and_then(|()| err.flush());
}

/// `print!` for `reach`: returns `CliResult`, `Err(ClosedPipe)` when the reader has gone.
macro_rules! out {
    ($($arg:tt)*) => { $crate::output::write_out(format_args!($($arg)*)) };
}

/// `println!` for `reach`: returns `CliResult`, `Err(ClosedPipe)` when the reader has gone.
macro_rules! outln {
    ($($arg:tt)*) => { $crate::output::write_out(format_args!("{}\n", format_args!($($arg)*))) };
}

/// `eprintln!` for `reach`: never fails, escapes control characters (line ends kept).
macro_rules! errln {
    ($($arg:tt)*) => { $crate::output::write_err(format_args!("{}\n", format_args!($($arg)*))) };
}

pub(crate) use {errln, out, outln};

/// `text` with every control character (C0, DEL, C1) and every bidirectional-override
/// character shown as a `\u{…}` escape (`\n` as `\n`, `\t` as `\t`); other text, Chinese
/// included, unchanged. Borrowed when there is nothing to escape.
pub fn escaped(text: &str) -> Cow<'_, str> {
    if !text.chars().any(needs_escape) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if needs_escape(c) => out.push_str(&format!("\\u{{{:x}}}", u32::from(c))),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// Control characters, and the invisible characters that reorder text on screen.
fn needs_escape(c: char) -> bool {
    c.is_control() || matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_and_reordering_characters_are_escaped_and_other_text_is_kept() {
        assert!(matches!(escaped("上海浦东 · branch 1"), Cow::Borrowed(_)));
        assert_eq!(escaped("a\u{1b}[31mred\u{7}"), "a\\u{1b}[31mred\\u{7}");
        assert_eq!(escaped("two\nlines\r\tx"), "two\\nlines\\r\\tx");
        assert_eq!(escaped("\u{202e}gnp.exe"), "\\u{202e}gnp.exe");
        assert_eq!(escaped("c1\u{9b}2J"), "c1\\u{9b}2J");
    }
}
