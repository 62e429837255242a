//! The rows of a book saved as an Excel workbook (.xlsx, or the older .xls), read with
//! calamine: the sheet named like 客户/customers (营业部/branches for the branches file), else
//! the first; its first non-empty row is the header. Rows are numbered and columns lettered as
//! Excel shows them. Numbers stored as numbers are read as Excel shows them, to 15 significant
//! digits, so 100000.5 is exactly 100000.50 yuan and 0.1+0.2 is 0.3; dates, booleans and error
//! cells are refused where text or a number belongs.

use std::borrow::Cow;
use std::io::BufReader;
use std::path::Path;

use calamine::{Data, Range, Reader, Sheets, Xls, Xlsx};

use crate::csv_input::Next;
use crate::error::StoreError;
use crate::problem::Problem;

/// The most rows an Excel sheet holds.
pub const EXCEL_MAX_ROWS: u64 = 1_048_576;

/// The workbook formats this reader opens, recognised by their first bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum WorkbookKind {
    Xlsx,
    Xls,
}

impl WorkbookKind {
    /// Recognises a workbook by the file's first bytes (a ZIP or an OLE compound file).
    pub fn sniff(head: &[u8]) -> Option<WorkbookKind> {
        if head.starts_with(b"PK\x03\x04") {
            Some(Self::Xlsx)
        } else if head.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
            Some(Self::Xls)
        } else {
            None
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Self::Xlsx => "XLSX",
            Self::Xls => "XLS",
        }
    }
}

/// One sheet of a workbook, positioned after its header row.
pub(crate) struct SheetRows {
    range: Range<Data>,
    /// Excel's 1-based number of the range's first row, and 0-based index of its first column.
    first_row: u64,
    first_col: u32,
    next: usize,
    current: usize,
    pub sheet: String,
}

impl SheetRows {
    /// Opens the sheet whose name contains one of `wanted` (case-insensitively), else the
    /// first: (the rows, the header cells as text, the header's row number).
    pub fn open(path: &Path, kind: WorkbookKind, wanted: &[&str]) -> Result<(SheetRows, Vec<String>, u64), StoreError> {
        let name = path.display().to_string();
        let unreadable = |detail: String| StoreError::invalid(&name, 1, "", Problem::UnreadableFile { detail });
        let mut book: Sheets<BufReader<std::fs::File>> = match kind {
            WorkbookKind::Xlsx => {
                Sheets::Xlsx(calamine::open_workbook::<Xlsx<_>, _>(path).map_err(|e| unreadable(e.to_string()))?)
            }
            WorkbookKind::Xls => {
                Sheets::Xls(calamine::open_workbook::<Xls<_>, _>(path).map_err(|e| unreadable(e.to_string()))?)
            }
        };
        let names = book.sheet_names();
        let sheet = names
            .iter()
            .find(|n| {
                let lower = n.to_lowercase();
                wanted.iter().any(|w| lower.contains(w))
            })
            .or(names.first())
            .cloned()
            .ok_or_else(|| unreadable("the workbook has no sheet".into()))?;
        let range = book.worksheet_range(&sheet).map_err(|e| unreadable(format!("sheet `{sheet}`: {e}")))?;
        let Some((row0, col0)) = range.start() else {
            return Err(StoreError::invalid(&name, 1, "", Problem::EmptyFile));
        };
        if range.height() as u64 > EXCEL_MAX_ROWS {
            return Err(StoreError::invalid(&name, 1, "", Problem::TooManyRows { limit: EXCEL_MAX_ROWS }));
        }
        let mut this = SheetRows { range, first_row: u64::from(row0) + 1, first_col: col0, next: 0, current: 0, sheet };
        let header_at = (0..this.range.height()).find(|&r| !this.is_blank(r)).unwrap_or(0);
        this.current = header_at;
        this.next = header_at + 1;
        let header =
            (0..this.range.width()).map(|c| this.field(c).map(|t| t.into_owned()).unwrap_or_else(|p| p.en())).collect();
        let header_row = this.first_row + header_at as u64;
        Ok((this, header, header_row))
    }

    /// Reads the next row that has any cell filled.
    pub fn next(&mut self) -> Next {
        while self.next < self.range.height() {
            let r = self.next;
            self.next += 1;
            if !self.is_blank(r) {
                self.current = r;
                return Next::Row(self.first_row + r as u64);
            }
        }
        Next::End
    }

    /// Cell `col` of the current row as text, trimmed; a number as Excel shows it.
    pub fn field(&self, col: usize) -> Result<Cow<'_, str>, Problem> {
        let wrong = |value: String, found: &str| Problem::WrongCellType { value, found: found.to_string() };
        match self.range.get((self.current, col)).unwrap_or(&Data::Empty) {
            Data::Empty => Ok(Cow::Borrowed("")),
            Data::String(s) => Ok(Cow::Borrowed(s.trim())),
            Data::Int(i) => Ok(Cow::Owned(i.to_string())),
            Data::Float(f) => Ok(Cow::Owned(excel_number(*f))),
            Data::Bool(b) => Err(wrong(if *b { "TRUE" } else { "FALSE" }.into(), "boolean")),
            Data::DateTime(d) => Err(wrong(d.to_string(), "date")),
            Data::DateTimeIso(d) => Err(wrong(d.clone(), "date")),
            Data::DurationIso(d) => Err(wrong(d.clone(), "duration")),
            Data::Error(e) => Err(wrong(e.to_string(), "error")),
        }
    }

    /// How a column is named in errors: its letter and its header, `C (总资产)`.
    pub fn column_label(&self, col: usize, header: &str) -> String {
        let letter = column_letter(self.first_col + col as u32);
        if header.is_empty() {
            letter
        } else {
            format!("{letter} ({header})")
        }
    }

    /// (rows read, rows in the sheet).
    pub fn rows_progress(&self) -> (u64, u64) {
        (self.next as u64, self.range.height() as u64)
    }

    fn is_blank(&self, r: usize) -> bool {
        (0..self.range.width()).all(|c| match self.range.get((r, c)) {
            None | Some(Data::Empty) => true,
            Some(Data::String(s)) => s.trim().is_empty(),
            _ => false,
        })
    }
}

/// Excel's letters for a 0-based column index: 0 → A, 25 → Z, 26 → AA.
pub fn column_letter(index: u32) -> String {
    let mut n = index + 1;
    let mut letters = Vec::new();
    while n > 0 {
        let rem = (n - 1) % 26;
        letters.push(char::from(b'A' + rem as u8));
        n = (n - 1) / 26;
    }
    letters.iter().rev().collect()
}

/// A number cell as Excel shows it: rounded to 15 significant digits, in plain notation,
/// without trailing zeros (100000.5 → "100000.5", 0.30000000000000004 → "0.3").
pub fn excel_number(value: f64) -> String {
    if value == 0.0 || !value.is_finite() {
        return if value.is_finite() { "0".into() } else { value.to_string() };
    }
    let scientific = format!("{:.14e}", value.abs());
    let (mantissa, exponent) = scientific.split_once('e').unwrap_or((&scientific, "0"));
    let exponent: i64 = exponent.parse().unwrap_or(0);
    let all: String = mantissa.chars().filter(char::is_ascii_digit).collect();
    let digits = all.trim_end_matches('0');
    let point = exponent + 1;
    let len = digits.len() as i64;
    let body = if point <= 0 {
        format!("0.{}{digits}", "0".repeat((-point) as usize))
    } else if point >= len {
        format!("{digits}{}", "0".repeat((point - len) as usize))
    } else {
        format!("{}.{}", &digits[..point as usize], &digits[point as usize..])
    };
    if value < 0.0 {
        format!("-{body}")
    } else {
        body
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_read_as_excel_shows_them() {
        for (value, text) in [
            (100000.5, "100000.5"),
            (0.1 + 0.2, "0.3"),
            (1234567.89, "1234567.89"),
            (1.234, "1.234"),
            (45.0, "45"),
            (1e20, "100000000000000000000"),
            (0.005, "0.005"),
            (-3.5, "-3.5"),
            (0.0, "0"),
        ] {
            assert_eq!(excel_number(value), text, "{value}");
        }
    }

    #[test]
    fn columns_are_lettered_as_excel_does() {
        assert_eq!(
            [column_letter(0), column_letter(25), column_letter(26), column_letter(701)],
            ["A", "Z", "AA", "ZZ"]
        );
    }
}
