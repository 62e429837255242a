//! Which text encoding an input CSV is in, and decoding it to UTF-8 as it streams. UTF-8 (with
//! or without a BOM) and GB18030 (which includes GBK, what Excel on a Chinese Windows PC saves
//! as "CSV") are read; UTF-16 is recognised so it can be refused. Nothing is decided while the
//! text is plain ASCII (the same in every encoding read here); at the first other byte a window
//! of what follows is judged: mostly valid UTF-8 → UTF-8, else GB18030. Bytes the chosen
//! encoding cannot decode come out as U+FFFD, which the row checks refuse with the line and
//! column. Also counts the raw bytes read (for progress) and where each decoded line starts
//! (so errors name the line a text editor shows, for LF and CRLF files alike).

use std::collections::VecDeque;
use std::io::{self, Read};

use encoding_rs::{Decoder, GB18030, UTF_8};

/// How much of the raw file is read at a time.
const CHUNK: usize = 1 << 18;
/// How much text after the first non-ASCII byte is judged to pick the encoding.
const WINDOW: usize = 1 << 16;

/// The encodings a CSV book may be in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextEncoding {
    Utf8,
    Utf8Bom,
    Gb18030,
}

impl TextEncoding {
    /// The name shown to the user.
    pub fn label(self) -> &'static str {
        match self {
            Self::Utf8 => "UTF-8",
            Self::Utf8Bom => "UTF-8 (BOM)",
            Self::Gb18030 => "GB18030",
        }
    }

    /// The name used in "not valid …" refusals.
    pub(crate) fn family(self) -> &'static str {
        match self {
            Self::Utf8 | Self::Utf8Bom => "UTF-8",
            Self::Gb18030 => "GB18030/GBK",
        }
    }
}

/// Streams UTF-8 out of a file in any of the `TextEncoding`s.
pub(crate) struct Decoding<R> {
    inner: R,
    raw: Vec<u8>,
    start: usize,
    end: usize,
    eof: bool,
    at_file_start: bool,
    decoder: Option<Decoder>,
    encoding: Option<TextEncoding>,
    finished: bool,
    raw_read: u64,
    out_written: u64,
    /// Offsets (in the decoded text) of CR and LF bytes not yet passed by `line_at`, each with
    /// whether it is an LF (which ends a line).
    breaks: VecDeque<(u64, bool)>,
    lines_passed: u64,
    /// Decoded text not yet handed out (when the caller's buffer was too small for a char).
    spill: VecDeque<u8>,
}

impl<R: Read> Decoding<R> {
    /// Wraps `inner` and reads its first chunk (to look at with `looks_utf16`).
    pub fn new(inner: R) -> io::Result<Decoding<R>> {
        let mut this = Decoding {
            inner,
            raw: vec![0; CHUNK],
            start: 0,
            end: 0,
            eof: false,
            at_file_start: true,
            decoder: None,
            encoding: None,
            finished: false,
            raw_read: 0,
            out_written: 0,
            breaks: VecDeque::new(),
            lines_passed: 0,
            spill: VecDeque::new(),
        };
        this.fill(4)?;
        Ok(this)
    }

    /// True when the file starts with a UTF-16 byte-order mark, or a quarter of its first
    /// bytes are NUL (UTF-16 without a mark).
    pub fn looks_utf16(&self) -> bool {
        let head = &self.raw[..self.end.min(1024)];
        head.starts_with(&[0xFF, 0xFE]) || head.starts_with(&[0xFE, 0xFF]) || {
            let nul = head.iter().filter(|&&b| b == 0).count();
            !head.is_empty() && nul * 4 >= head.len()
        }
    }

    /// The encoding judged so far: UTF-8 while every byte read was ASCII.
    pub fn encoding(&self) -> TextEncoding {
        self.encoding.unwrap_or(TextEncoding::Utf8)
    }

    /// The wrapped reader (after the whole file has been read).
    pub fn into_inner(self) -> R {
        self.inner
    }

    /// Raw bytes read from the file so far.
    pub fn bytes_read(&self) -> u64 {
        self.raw_read
    }

    /// The 1-based line on which the text from byte `offset` of the decoded text goes on,
    /// after skipping line breaks there: the CSV reader places a record's start before the LF
    /// of a CRLF and before blank lines it skips, and the record starts after them. Offsets
    /// must be asked in increasing order.
    pub fn line_at(&mut self, offset: u64) -> u64 {
        let mut probe = offset;
        while let Some(&(at, lf)) = self.breaks.front() {
            if at <= probe {
                if at == probe {
                    probe += 1;
                }
                self.breaks.pop_front();
                self.lines_passed += u64::from(lf);
            } else {
                break;
            }
        }
        self.lines_passed + 1
    }

    /// Reads more raw bytes until at least `want` are buffered or the file ends.
    fn fill(&mut self, want: usize) -> io::Result<()> {
        if self.start > 0 {
            self.raw.copy_within(self.start..self.end, 0);
            self.end -= self.start;
            self.start = 0;
        }
        while !self.eof && self.end < want {
            if self.end == self.raw.len() {
                self.raw.resize(self.raw.len() * 2, 0);
            }
            let n = self.inner.read(&mut self.raw[self.end..])?;
            if n == 0 {
                self.eof = true;
            }
            self.end += n;
            self.raw_read += n as u64;
        }
        Ok(())
    }

    /// Picks the encoding at the first non-ASCII byte (now at `self.start`).
    fn decide(&mut self) -> io::Result<()> {
        let file_start = self.at_file_start && self.start == 0;
        if file_start && self.raw[..self.end].starts_with(&[0xEF, 0xBB, 0xBF]) {
            self.encoding = Some(TextEncoding::Utf8Bom);
            self.decoder = Some(UTF_8.new_decoder_with_bom_removal());
            return Ok(());
        }
        self.fill(self.end - self.start + WINDOW)?;
        let window = &self.raw[self.start..self.end.min(self.start + WINDOW)];
        let encoding = if mostly_utf8(window, self.eof && self.end - self.start <= WINDOW) {
            TextEncoding::Utf8
        } else {
            TextEncoding::Gb18030
        };
        self.encoding = Some(encoding);
        self.decoder = Some(match encoding {
            TextEncoding::Gb18030 => GB18030.new_decoder_without_bom_handling(),
            _ => UTF_8.new_decoder_without_bom_handling(),
        });
        Ok(())
    }

    fn note_output(&mut self, out: &[u8]) {
        for (i, &b) in out.iter().enumerate() {
            if b == b'\n' || b == b'\r' {
                self.breaks.push_back((self.out_written + i as u64, b == b'\n'));
            }
        }
        self.out_written += out.len() as u64;
    }
}

impl<R: Read> Read for Decoding<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if !self.spill.is_empty() || (buf.len() < 8 && !buf.is_empty()) {
            if self.spill.is_empty() {
                let mut room = [0u8; 64];
                let n = self.decode(&mut room)?;
                self.spill.extend(&room[..n]);
            }
            let n = self.spill.len().min(buf.len());
            for (slot, b) in buf.iter_mut().zip(self.spill.drain(..n)) {
                *slot = b;
            }
            return Ok(n);
        }
        self.decode(buf)
    }
}

impl<R: Read> Decoding<R> {
    /// Decodes into `buf` (at least 8 bytes long), noting line breaks; 0 at the end.
    fn decode(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        loop {
            if self.start == self.end && !self.eof {
                self.fill(1)?;
            }
            let Some(decoder) = self.decoder.as_mut() else {
                let pending = &self.raw[self.start..self.end];
                let ascii = pending.iter().position(|b| !b.is_ascii()).unwrap_or(pending.len());
                if ascii > 0 {
                    let n = ascii.min(buf.len());
                    buf[..n].copy_from_slice(&pending[..n]);
                    self.start += n;
                    self.at_file_start = false;
                    self.note_output(&buf[..n]);
                    return Ok(n);
                }
                if self.start == self.end {
                    return Ok(0);
                }
                self.decide()?;
                continue;
            };
            if self.finished {
                return Ok(0);
            }
            let last = self.eof;
            let (_, read, written, _) = decoder.decode_to_utf8(&self.raw[self.start..self.end], buf, last);
            self.start += read;
            if last && self.start == self.end {
                self.finished = true;
            }
            if written > 0 {
                self.note_output(&buf[..written]);
                return Ok(written);
            }
            if self.finished {
                return Ok(0);
            }
        }
    }
}

/// True when `window` (which starts at a non-ASCII byte) is mostly valid UTF-8: more than
/// four valid multi-byte characters for each invalid sequence. A sequence cut off by the end
/// of the window counts only when the file ends there.
fn mostly_utf8(window: &[u8], whole_rest: bool) -> bool {
    let mut valid = 0usize;
    let mut invalid = 0usize;
    let mut rest = window;
    loop {
        match std::str::from_utf8(rest) {
            Ok(text) => {
                valid += text.bytes().filter(|&b| b >= 0xC0).count();
                break;
            }
            Err(e) => {
                valid += rest[..e.valid_up_to()].iter().filter(|&&b| b >= 0xC0).count();
                match e.error_len() {
                    Some(len) => {
                        invalid += 1;
                        rest = &rest[e.valid_up_to() + len..];
                    }
                    None => {
                        invalid += usize::from(whole_rest);
                        break;
                    }
                }
            }
        }
    }
    valid > invalid * 4
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decode(bytes: &[u8]) -> (String, TextEncoding) {
        let mut d = Decoding::new(bytes).unwrap();
        let mut out = String::new();
        d.read_to_string(&mut out).unwrap();
        (out, d.encoding())
    }

    #[test]
    fn picks_utf8_gb18030_and_strips_a_bom() {
        let gbk = GB18030.encode("id,营业部\n1,上海浦东营业部\n").0.into_owned();
        let mut d = Decoding::new(&gbk[..]).unwrap();
        let mut text = String::new();
        d.read_to_string(&mut text).unwrap();
        assert_eq!((text.as_str(), d.encoding()), ("id,营业部\n1,上海浦东营业部\n", TextEncoding::Gb18030));

        let mut d = Decoding::new("\u{feff}a,总资产\n".as_bytes()).unwrap();
        let mut text = String::new();
        d.read_to_string(&mut text).unwrap();
        assert_eq!((text.as_str(), d.encoding()), ("a,总资产\n", TextEncoding::Utf8Bom));

        assert_eq!(decode(b"a,b\r\n1,2\r\n"), ("a,b\r\n1,2\r\n".into(), TextEncoding::Utf8));
    }

    #[test]
    fn recognises_utf16() {
        let le: Vec<u8> = "a,b\n".encode_utf16().flat_map(|u| u.to_le_bytes()).collect();
        assert!(Decoding::new(&le[..]).unwrap().looks_utf16());
        let with_bom = [&[0xFF, 0xFE][..], &le].concat();
        assert!(Decoding::new(&with_bom[..]).unwrap().looks_utf16());
        assert!(!Decoding::new(&b"a,b\n"[..]).unwrap().looks_utf16());
    }

    #[test]
    fn counts_lines_of_the_decoded_text() {
        // a\r\n b\n \r\n \n c\n: a record found at the CRLF's LF or at blank lines starts after them.
        let mut d = Decoding::new(&b"a\r\nb\n\r\n\nc\n"[..]).unwrap();
        let mut text = String::new();
        d.read_to_string(&mut text).unwrap();
        assert_eq!([d.line_at(0), d.line_at(2), d.line_at(3), d.line_at(5)], [1, 2, 2, 5]);
    }
}
