//! An input table — a CSV file or a workbook sheet, recognised by its first bytes — seen the
//! same way by the customers and branches checks: a header whose names are matched against
//! the alias table, rows with the line (or Excel row) where each starts, fields as text, and
//! errors naming the column as the file names it. Also collects a file's refusals.

use std::borrow::Cow;
use std::fs::File;
use std::io::Read;
use std::path::Path;

use sha2::{Digest, Sha256};

use crate::aliases::ColumnSpec;
use crate::csv_input::{hex, CsvRows, Next};
use crate::error::{RowError, StoreError, MAX_ROW_ERRORS};
use crate::problem::Problem;
use crate::xlsx_input::{SheetRows, WorkbookKind};

/// An open input file, positioned after its header.
pub(crate) struct Table {
    /// How the file is named in errors: the path as given.
    pub name: String,
    rows: Rows,
    /// Column names as written (trimmed), in file order.
    header: Vec<String>,
    /// How each column is named in errors (CSV: the header; XLSX: `C (header)`).
    labels: Vec<String>,
    header_line: u64,
    line: u64,
    file_len: u64,
}

enum Rows {
    Csv(Box<CsvRows>),
    Sheet(SheetRows, WorkbookKind),
}

/// Where the wanted columns are (in the order asked), and a warning per column nobody wanted.
pub(crate) struct Columns<const N: usize> {
    pub at: [Option<usize>; N],
    pub warnings: Vec<String>,
}

impl Table {
    /// Opens a CSV file or a workbook (by content; a .xlsx/.xls name that is not one is
    /// refused), taking the sheet whose name contains one of `sheets`, and reads the header.
    pub fn open(path: &Path, sheets: &[&str]) -> Result<Table, StoreError> {
        let name = path.display().to_string();
        let mut file = File::open(path).map_err(|e| StoreError::io(path, e))?;
        let file_len = file.metadata().map_or(0, |m| m.len());
        let mut head = [0u8; 8];
        let got = read_head(&mut file, &mut head).map_err(|e| StoreError::io(path, e))?;
        let workbook = WorkbookKind::sniff(&head[..got]);
        let named_workbook = path
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| e.eq_ignore_ascii_case("xlsx") || e.eq_ignore_ascii_case("xls"));
        let (rows, header, header_line) = match workbook {
            Some(kind) => {
                let (rows, header, line) = SheetRows::open(path, kind, sheets)?;
                (Rows::Sheet(rows, kind), header, line)
            }
            None if named_workbook => {
                return Err(StoreError::invalid(
                    &name,
                    1,
                    "",
                    Problem::UnreadableFile {
                        detail: "its name says Excel workbook but its content is not one".into(),
                    },
                ))
            }
            None => {
                let file = File::open(path).map_err(|e| StoreError::io(path, e))?;
                let (rows, header, line) = CsvRows::open(path, file)?;
                (Rows::Csv(Box::new(rows)), header, line)
            }
        };
        let header: Vec<String> =
            header.into_iter().map(|h| h.trim_start_matches('\u{feff}').trim().to_string()).collect();
        let labels = match &rows {
            Rows::Csv(_) => header.clone(),
            Rows::Sheet(sheet, _) => header.iter().enumerate().map(|(i, h)| sheet.column_label(i, h)).collect(),
        };
        Ok(Table { name, rows, header, labels, header_line, line: header_line, file_len })
    }

    /// Finds each of `specs` by any of its names; a required one missing, or two columns
    /// naming the same one, is refused. Returns one warning per column nobody wanted.
    pub fn columns<const N: usize>(&self, specs: &[ColumnSpec; N]) -> Result<Columns<N>, StoreError> {
        let mut at: [Option<usize>; N] = [None; N];
        let mut errors = Vec::new();
        for (i, h) in self.header.iter().enumerate() {
            if h.is_empty() {
                continue;
            }
            let Some(s) = specs.iter().position(|s| s.matches(h)) else { continue };
            match at[s] {
                Some(first) => errors.push(RowError::new(
                    self.header_line,
                    self.labels[i].clone(),
                    Problem::DuplicateColumn {
                        first: self.header[first].clone(),
                        second: h.clone(),
                        meaning: specs[s].name.to_string(),
                    },
                )),
                None => at[s] = Some(i),
            }
        }
        let found = self.header.iter().map(|h| format!("`{h}`")).collect::<Vec<_>>().join(", ");
        for (spec, slot) in specs.iter().zip(&at) {
            if spec.required && slot.is_none() {
                errors.push(RowError::new(
                    self.header_line,
                    spec.name.to_string(),
                    Problem::MissingColumn { wanted: spec.name.to_string(), found: found.clone() },
                ));
            }
        }
        if !errors.is_empty() {
            return Err(StoreError::InvalidFile { file: self.name.clone(), errors, bad_rows: 1 });
        }
        let warnings = self
            .header
            .iter()
            .enumerate()
            .filter(|(i, _)| !at.contains(&Some(*i)))
            .map(|(i, h)| {
                if h.is_empty() {
                    format!("{}: column {} has no name and was ignored", self.name, i + 1)
                } else {
                    format!("{}: column `{h}` is not used and was ignored", self.name)
                }
            })
            .collect();
        Ok(Columns { at, warnings })
    }

    /// Reads the next row; `Next::Row` and `Next::BadWidth` carry the line where it starts.
    pub fn next(&mut self) -> Result<Next, StoreError> {
        let next = match &mut self.rows {
            Rows::Csv(csv) => csv.next()?,
            Rows::Sheet(sheet, _) => sheet.next(),
        };
        if let Next::Row(line) | Next::BadWidth(line, _) = next {
            self.line = line;
        }
        Ok(next)
    }

    /// Field `col` of the current row as trimmed text (refuse with `refusal`).
    pub fn field(&self, col: usize) -> Result<Cow<'_, str>, Problem> {
        match &self.rows {
            Rows::Csv(csv) => csv.field(col).map(Cow::Borrowed),
            Rows::Sheet(sheet, _) => sheet.field(col),
        }
    }

    /// A refusal of field `col` of the current row.
    pub fn refusal(&self, col: usize, problem: Problem) -> RowError {
        RowError::new(self.line, self.labels[col].clone(), problem)
    }

    pub fn header_line(&self) -> u64 {
        self.header_line
    }

    /// What the file is, for the import summary: `CSV, GB18030` or `XLSX, sheet 客户`.
    pub fn format(&self) -> String {
        match &self.rows {
            Rows::Csv(csv) => format!("CSV, {}", csv.encoding().label()),
            Rows::Sheet(sheet, kind) => format!("{}, sheet {}", kind.label(), sheet.sheet),
        }
    }

    /// (bytes of the file read so far, bytes in the file). A workbook, read whole when
    /// opened, counts its rows as a share of its bytes.
    pub fn progress(&self) -> (u64, u64) {
        let done = match &self.rows {
            Rows::Csv(csv) => csv.bytes_read(),
            Rows::Sheet(sheet, _) => {
                let (read, total) = sheet.rows_progress();
                (u128::from(self.file_len) * u128::from(read) / u128::from(total.max(1))) as u64
            }
        };
        (done.min(self.file_len), self.file_len)
    }

    /// The SHA-256 (lower-case hex) of the file's bytes; call after `Next::End`.
    pub fn finish(self) -> Result<String, StoreError> {
        match self.rows {
            Rows::Csv(csv) => Ok(csv.finish()),
            Rows::Sheet(..) => {
                let path = Path::new(&self.name);
                let mut file = File::open(path).map_err(|e| StoreError::io(path, e))?;
                let mut hasher = Sha256::new();
                std::io::copy(&mut file, &mut hasher).map_err(|e| StoreError::io(path, e))?;
                Ok(hex(&hasher.finalize()))
            }
        }
    }
}

fn read_head(file: &mut File, head: &mut [u8]) -> std::io::Result<usize> {
    let mut got = 0;
    while got < head.len() {
        let n = file.read(&mut head[got..])?;
        if n == 0 {
            break;
        }
        got += n;
    }
    Ok(got)
}

/// Collects the row errors of one file: keeps the first `MAX_ROW_ERRORS`, counts every bad row.
#[derive(Default)]
pub(crate) struct Refusals {
    pub errors: Vec<RowError>,
    pub bad_rows: u64,
}

impl Refusals {
    /// Records the errors of one row (counted once however many fields are at fault).
    pub fn row(&mut self, errors: impl IntoIterator<Item = RowError>) {
        let mut any = false;
        for e in errors {
            any = true;
            if self.errors.len() < MAX_ROW_ERRORS {
                self.errors.push(e);
            }
        }
        if any {
            self.bad_rows += 1;
        }
    }

    pub fn is_empty(&self) -> bool {
        self.bad_rows == 0
    }

    pub fn into_error(self, file: &str) -> StoreError {
        StoreError::InvalidFile { file: file.to_string(), errors: self.errors, bad_rows: self.bad_rows }
    }
}
