//! Reading an input CSV the way MODEL.md section 1 says: UTF-8 (a BOM is allowed), a header
//! naming the columns in any order, LF or CRLF, RFC 4180 quoting, surrounding whitespace
//! trimmed. Hashes the bytes as they stream by (SHA-256, recorded with the book). Shared by
//! the customers file and the branches file.

use std::collections::HashMap;
use std::fs::File;
use std::io::{self, Read};
use std::path::Path;

use csv::{ByteRecord, ErrorKind};
use sha2::{Digest, Sha256};

use crate::error::{RowError, StoreError};

/// An open input file, positioned after its header.
pub(crate) struct CsvFile {
    /// How the file is named in errors: the path as given.
    pub name: String,
    reader: csv::Reader<Hashing<File>>,
    record: ByteRecord,
    /// Column names as written (trimmed, BOM removed), in file order.
    header: Vec<String>,
    header_line: u64,
}

/// Where the wanted columns are, and a warning per column nobody wanted.
pub(crate) struct Columns<const R: usize, const O: usize> {
    pub required: [usize; R],
    pub optional: [Option<usize>; O],
    pub warnings: Vec<String>,
}

/// What the next read found.
pub(crate) enum Next {
    /// A row starting at this line; read its fields with `field`.
    Row(u64),
    /// A row whose field count differs from the header's.
    BadWidth(RowError),
    End,
}

impl CsvFile {
    /// Opens the file and reads its header. An empty file is refused at line 1.
    pub fn open(path: &Path) -> Result<CsvFile, StoreError> {
        let file = File::open(path).map_err(|e| StoreError::io(path, e))?;
        let reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(false)
            .buffer_capacity(1 << 18)
            .from_reader(Hashing { inner: file, hasher: Sha256::new() });
        let name = path.display().to_string();
        let mut this = CsvFile { name, reader, record: ByteRecord::new(), header: Vec::new(), header_line: 1 };
        let found = this.reader.read_byte_record(&mut this.record).map_err(|e| this.read_error(e))?;
        if !found {
            return Err(StoreError::invalid(
                &this.name,
                1,
                "",
                "the file is empty: expected a header row naming the columns",
            ));
        }
        this.header_line = this.line();
        let mut header = Vec::with_capacity(this.record.len());
        for (i, raw) in this.record.iter().enumerate() {
            let text = std::str::from_utf8(raw).map_err(|e| {
                StoreError::invalid(
                    &this.name,
                    this.header_line,
                    &format!("#{}", i + 1),
                    format!("the header is not valid UTF-8 (bad byte at offset {})", e.valid_up_to()),
                )
            })?;
            let text = if i == 0 { text.trim_start_matches('\u{feff}') } else { text };
            header.push(text.trim().to_string());
        }
        this.header = header;
        Ok(this)
    }

    /// Finds the columns named in `required` (all must be present) and `optional`, compared
    /// ASCII case-insensitively. Returns their positions and one warning per unused column.
    pub fn columns<const R: usize, const O: usize>(
        &self,
        required: [&str; R],
        optional: [&str; O],
    ) -> Result<Columns<R, O>, StoreError> {
        let mut by_name: HashMap<String, usize> = HashMap::new();
        for (i, name) in self.header.iter().enumerate() {
            if name.is_empty() {
                continue;
            }
            if let Some(first) = by_name.insert(name.to_ascii_lowercase(), i) {
                return Err(StoreError::invalid(
                    &self.name,
                    self.header_line,
                    name,
                    format!("the header names column `{name}` twice (columns {} and {})", first + 1, i + 1),
                ));
            }
        }
        let mut missing = Vec::new();
        let mut req = [0usize; R];
        for (slot, want) in req.iter_mut().zip(required) {
            match by_name.get(want) {
                Some(&i) => *slot = i,
                None => missing.push(want),
            }
        }
        if !missing.is_empty() {
            let found = self.header.iter().map(|h| format!("`{h}`")).collect::<Vec<_>>().join(", ");
            return Err(StoreError::InvalidFile {
                file: self.name.clone(),
                errors: missing
                    .iter()
                    .map(|m| RowError {
                        line: self.header_line,
                        column: (*m).to_string(),
                        reason: format!("the header has no `{m}` column (it has {found})"),
                    })
                    .collect(),
                bad_rows: 1,
            });
        }
        let opt = optional.map(|want| by_name.get(want).copied());
        let used: Vec<usize> = req.iter().copied().chain(opt.iter().flatten().copied()).collect();
        let warnings = self
            .header
            .iter()
            .enumerate()
            .filter(|(i, _)| !used.contains(i))
            .map(|(i, h)| {
                if h.is_empty() {
                    format!("{}: column {} has no name and was ignored", self.name, i + 1)
                } else {
                    format!("{}: column `{h}` is not used and was ignored", self.name)
                }
            })
            .collect();
        Ok(Columns { required: req, optional: opt, warnings })
    }

    /// The header's column name at `col`.
    pub fn column_name(&self, col: usize) -> &str {
        &self.header[col]
    }

    pub fn header_line(&self) -> u64 {
        self.header_line
    }

    /// Reads the next row.
    pub fn next(&mut self) -> Result<Next, StoreError> {
        match self.reader.read_byte_record(&mut self.record) {
            Ok(true) => Ok(Next::Row(self.line())),
            Ok(false) => Ok(Next::End),
            Err(e) => match e.kind() {
                ErrorKind::UnequalLengths { pos, expected_len, len } => Ok(Next::BadWidth(RowError {
                    line: pos.as_ref().map_or(0, |p| p.line()),
                    column: String::new(),
                    reason: format!(
                        "has {len} field{}; the header has {expected_len}",
                        if *len == 1 { "" } else { "s" }
                    ),
                })),
                _ => Err(self.read_error(e)),
            },
        }
    }

    /// Field `col` of the current row as trimmed UTF-8.
    pub fn field(&self, col: usize) -> Result<&str, RowError> {
        let raw = self.record.get(col).unwrap_or_default();
        match std::str::from_utf8(raw) {
            Ok(text) => Ok(text.trim()),
            Err(e) => Err(RowError {
                line: self.line(),
                column: self.header[col].clone(),
                reason: format!("is not valid UTF-8 (bad byte at offset {} of the field)", e.valid_up_to()),
            }),
        }
    }

    /// The SHA-256 (lower-case hex) of every byte read; call after `Next::End`.
    pub fn finish(self) -> String {
        let hashing = self.reader.into_inner();
        hex(&hashing.hasher.finalize())
    }

    fn line(&self) -> u64 {
        self.record.position().map_or(0, |p| p.line())
    }

    fn read_error(&self, e: csv::Error) -> StoreError {
        let path = Path::new(&self.name);
        match e.into_kind() {
            ErrorKind::Io(io) => StoreError::io(path, io),
            other => StoreError::io(path, io::Error::other(format!("{other:?}"))),
        }
    }
}

/// Parses a whole number written as plain digits (no sign, no separators).
pub(crate) fn parse_whole(text: &str) -> Option<u64> {
    if text.is_empty() || text.len() > 19 || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

pub(crate) fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Passes bytes through while hashing them.
struct Hashing<R> {
    inner: R,
    hasher: Sha256,
}

impl<R: Read> Read for Hashing<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.hasher.update(&buf[..n]);
        Ok(n)
    }
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
            if self.errors.len() < crate::error::MAX_ROW_ERRORS {
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
