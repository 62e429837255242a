//! The rows of an input CSV the way docs/spec/MODEL.md section 1 says, widened to what Excel saves:
//! UTF-8 (a BOM is allowed) or GB18030/GBK, detected as the bytes stream by (`encoding`);
//! LF or CRLF, RFC 4180 quoting (fields may hold newlines), surrounding whitespace trimmed.
//! Each record carries the physical line where it starts, as a text editor counts. Hashes the
//! raw bytes (SHA-256, recorded with the book).

use std::fs::File;
use std::io::{self, Read};
use std::path::Path;

use csv::{ByteRecord, ErrorKind};
use sha2::{Digest, Sha256};

use crate::encoding::{Decoding, TextEncoding};
use crate::error::StoreError;
use crate::problem::Problem;

/// What the next read of a file found (shared with the XLSX reader).
pub(crate) enum Next {
    /// A row starting at this line (CSV) or row (XLSX).
    Row(u64),
    /// A row at this line whose field count differs from the header's.
    BadWidth(u64, Problem),
    End,
}

/// An open CSV file, positioned after its header.
pub(crate) struct CsvRows {
    reader: csv::Reader<Decoding<Hashing<File>>>,
    record: ByteRecord,
    path: String,
}

impl CsvRows {
    /// Opens the file and reads its header row: (the rows, the header fields, its line).
    pub fn open(path: &Path, file: File) -> Result<(CsvRows, Vec<String>, u64), StoreError> {
        let name = path.display().to_string();
        let decoding =
            Decoding::new(Hashing { inner: file, hasher: Sha256::new() }).map_err(|e| StoreError::io(path, e))?;
        if decoding.looks_utf16() {
            return Err(StoreError::invalid(&name, 1, "", Problem::Utf16));
        }
        let reader =
            csv::ReaderBuilder::new().has_headers(false).flexible(false).buffer_capacity(1 << 18).from_reader(decoding);
        let mut this = CsvRows { reader, record: ByteRecord::new(), path: name };
        let found = this.reader.read_byte_record(&mut this.record).map_err(|e| this.read_error(e))?;
        if !found {
            return Err(StoreError::invalid(&this.path, 1, "", Problem::EmptyFile));
        }
        let line = this.record_line();
        let header = (0..this.record.len()).map(|i| this.text(i).to_string()).collect();
        Ok((this, header, line))
    }

    /// Reads the next row.
    pub fn next(&mut self) -> Result<Next, StoreError> {
        match self.reader.read_byte_record(&mut self.record) {
            Ok(true) => Ok(Next::Row(self.record_line())),
            Ok(false) => Ok(Next::End),
            Err(e) => match e.kind() {
                ErrorKind::UnequalLengths { pos, expected_len, len } => {
                    let line = pos.as_ref().map_or(0, |p| self.reader.get_mut().line_at(p.byte()));
                    Ok(Next::BadWidth(line, Problem::WrongWidth { found: *len, expected: *expected_len }))
                }
                _ => Err(self.read_error(e)),
            },
        }
    }

    /// Field `col` of the current row, trimmed; bytes that could not be decoded are refused.
    pub fn field(&self, col: usize) -> Result<&str, Problem> {
        let text = self.text(col);
        if text.contains('\u{FFFD}') {
            return Err(Problem::Undecodable {
                value: text.to_string(),
                encoding: self.encoding().family().to_string(),
            });
        }
        Ok(text)
    }

    pub fn encoding(&self) -> TextEncoding {
        self.reader.get_ref().encoding()
    }

    /// Raw bytes of the file read so far.
    pub fn bytes_read(&self) -> u64 {
        self.reader.get_ref().bytes_read()
    }

    /// The SHA-256 (lower-case hex) of every byte of the file; call after `Next::End`.
    pub fn finish(self) -> String {
        let hashing = self.reader.into_inner().into_inner();
        hex(&hashing.hasher.finalize())
    }

    /// Field `col` trimmed (the decoder only yields UTF-8; anything else would show as �).
    fn text(&self, col: usize) -> &str {
        std::str::from_utf8(self.record.get(col).unwrap_or_default()).map_or("\u{FFFD}", str::trim)
    }

    fn record_line(&mut self) -> u64 {
        let byte = self.record.position().map_or(0, |p| p.byte());
        self.reader.get_mut().line_at(byte)
    }

    fn read_error(&self, e: csv::Error) -> StoreError {
        let path = Path::new(&self.path);
        match e.into_kind() {
            ErrorKind::Io(io) => StoreError::io(path, io),
            other => StoreError::io(path, io::Error::other(format!("{other:?}"))),
        }
    }
}

pub(crate) fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Passes bytes through while hashing them.
pub(crate) struct Hashing<R> {
    pub inner: R,
    pub hasher: Sha256,
}

impl<R: Read> Read for Hashing<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.hasher.update(&buf[..n]);
        Ok(n)
    }
}
