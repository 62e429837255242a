//! The book snapshot: a versioned, little-endian binary image of a `Book`'s columns, so the
//! warehouse can hand the engine a whole book in one read instead of rebuilding it row by row.
//! Pure: bytes in, bytes out. A corrupt or truncated image is an error, never a panic; the
//! book-wide statistics are recomputed on decode (through `BookBuilder`), never trusted.
//!
//! Layout, version 1 (all integers little-endian):
//!
//! ```text
//! magic    8 bytes  "REACHBK\0"
//! version  u32      FORMAT_VERSION
//! n        u64      customers
//! m        u32      branches, then m times:
//!            u32 name length, name (UTF-8)
//!            u8 has region (0 or 1) [, u32 region length, region (UTF-8)]
//!            u32 current advisors
//! columns  n × u16 branch index, n × i64 assets (fen), n × i64 revenue_12m (fen),
//!          n × u8 age, n × u8 flags
//! ```
//!
//! Flags: bits 0-2 the risk level (1 = C1 .. 5 = C5), bit 3 online, bit 4 active (traded in
//! the last 12 months), bit 5 already served. Other bits must be zero. Nothing may follow the
//! last column.

use crate::book::{Book, BookBuilder, BookError, BranchInfo, Channel, CustomerFacts, RiskProfile};

/// The first bytes of every snapshot.
pub const MAGIC: [u8; 8] = *b"REACHBK\0";
/// The layout version this build writes and reads.
pub const FORMAT_VERSION: u32 = 1;

const RISK_BITS: u8 = 0b0000_0111;
const ONLINE: u8 = 0b0000_1000;
const ACTIVE: u8 = 0b0001_0000;
const SERVED: u8 = 0b0010_0000;
const KNOWN_BITS: u8 = RISK_BITS | ONLINE | ACTIVE | SERVED;
/// Bytes per customer across the columns.
const BYTES_PER_CUSTOMER: usize = 2 + 8 + 8 + 1 + 1;

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum SnapshotError {
    #[error("not a book snapshot (bad magic bytes)")]
    BadMagic,
    #[error("book snapshot format version {0} is not supported (this build reads version {FORMAT_VERSION})")]
    UnsupportedVersion(u32),
    #[error("book snapshot is truncated: {0}")]
    Truncated(&'static str),
    #[error("book snapshot has {0} unexpected trailing bytes")]
    TrailingBytes(usize),
    #[error("book snapshot is corrupt: {0}")]
    Corrupt(String),
    #[error("book snapshot is inconsistent: {0}")]
    Book(#[from] BookError),
}

/// The version of a snapshot, if `bytes` starts like one.
pub fn version_of(bytes: &[u8]) -> Option<u32> {
    let rest = bytes.strip_prefix(&MAGIC)?;
    Some(u32::from_le_bytes(rest.get(..4)?.try_into().ok()?))
}

/// Encodes a book in the current format version.
pub fn encode(book: &Book) -> Vec<u8> {
    let n = book.len();
    let names: usize =
        book.branches().iter().map(|b| 13 + b.name.len() + b.region.as_ref().map_or(0, |r| r.len())).sum();
    let mut out = Vec::with_capacity(8 + 4 + 8 + 4 + names + n * BYTES_PER_CUSTOMER);
    out.extend_from_slice(&MAGIC);
    out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
    out.extend_from_slice(&(n as u64).to_le_bytes());
    out.extend_from_slice(&(book.branches().len() as u32).to_le_bytes());
    for b in book.branches() {
        put_str(&mut out, &b.name);
        match &b.region {
            Some(region) => {
                out.push(1);
                put_str(&mut out, region);
            }
            None => out.push(0),
        }
        out.extend_from_slice(&b.current_advisors.to_le_bytes());
    }
    for &b in &book.branch {
        out.extend_from_slice(&b.to_le_bytes());
    }
    for &a in &book.assets_fen {
        out.extend_from_slice(&a.to_le_bytes());
    }
    for &r in &book.revenue_fen {
        out.extend_from_slice(&r.to_le_bytes());
    }
    out.extend_from_slice(&book.age);
    out.extend((0..n).map(|i| flags_of(book, i)));
    out
}

/// Decodes a snapshot, checking the magic bytes, the version, every length and every value,
/// and recomputing the book's statistics.
pub fn decode(bytes: &[u8]) -> Result<Book, SnapshotError> {
    let mut r = Reader { bytes };
    if r.take(MAGIC.len(), "magic")? != MAGIC {
        return Err(SnapshotError::BadMagic);
    }
    let version = r.u32("version")?;
    if version != FORMAT_VERSION {
        return Err(SnapshotError::UnsupportedVersion(version));
    }
    let n = usize::try_from(r.u64("customer count")?)
        .map_err(|_| SnapshotError::Corrupt("customer count does not fit in memory".into()))?;
    let m = r.u32("branch count")? as usize;
    // Every branch takes at least 9 bytes; refuse absurd counts before allocating.
    if m.saturating_mul(9) > r.bytes.len() {
        return Err(SnapshotError::Truncated("branches"));
    }
    let mut branches = Vec::with_capacity(m);
    for _ in 0..m {
        let name = r.string("branch name")?;
        let region = match r.u8("branch region flag")? {
            0 => None,
            1 => Some(r.string("branch region")?),
            other => return Err(SnapshotError::Corrupt(format!("branch region flag is {other}"))),
        };
        let current_advisors = r.u32("branch advisors")?;
        branches.push(BranchInfo { name, region, current_advisors });
    }
    let expected =
        n.checked_mul(BYTES_PER_CUSTOMER).ok_or_else(|| SnapshotError::Corrupt("customer count overflows".into()))?;
    if r.bytes.len() < expected {
        return Err(SnapshotError::Truncated("customer columns"));
    }
    if r.bytes.len() > expected {
        return Err(SnapshotError::TrailingBytes(r.bytes.len() - expected));
    }
    let branch = r.take(n * 2, "branch column")?;
    let assets = r.take(n * 8, "assets column")?;
    let revenue = r.take(n * 8, "revenue column")?;
    let age = r.take(n, "age column")?;
    let flags = r.take(n, "flags column")?;

    let mut builder = BookBuilder::new(branches)?;
    builder.reserve(n);
    let columns =
        branch.chunks_exact(2).zip(assets.chunks_exact(8)).zip(revenue.chunks_exact(8)).zip(age.iter().zip(flags));
    for (i, (((b, a), v), (&age, &f))) in columns.enumerate() {
        if f & !KNOWN_BITS != 0 {
            return Err(SnapshotError::Corrupt(format!("customer {i} has unknown flag bits {f:#010b}")));
        }
        let risk = RiskProfile::from_level(f & RISK_BITS)
            .ok_or_else(|| SnapshotError::Corrupt(format!("customer {i} has risk level {}", f & RISK_BITS)))?;
        builder.push(CustomerFacts {
            branch: u16::from_le_bytes([b[0], b[1]]),
            assets_fen: i64::from_le_bytes(a.try_into().expect("chunk of 8")),
            revenue_fen: i64::from_le_bytes(v.try_into().expect("chunk of 8")),
            age,
            risk,
            channel: if f & ONLINE != 0 { Channel::Online } else { Channel::Offline },
            active: f & ACTIVE != 0,
            already_served: f & SERVED != 0,
        })?;
    }
    Ok(builder.finish())
}

fn flags_of(book: &Book, i: usize) -> u8 {
    let c = book.customer(i);
    let mut f = c.risk.level();
    if c.channel == Channel::Online {
        f |= ONLINE;
    }
    if c.active {
        f |= ACTIVE;
    }
    if c.already_served {
        f |= SERVED;
    }
    f
}

fn put_str(out: &mut Vec<u8>, s: &str) {
    out.extend_from_slice(&(s.len() as u32).to_le_bytes());
    out.extend_from_slice(s.as_bytes());
}

/// A cursor over the snapshot that refuses to read past the end.
struct Reader<'a> {
    bytes: &'a [u8],
}

impl<'a> Reader<'a> {
    fn take(&mut self, len: usize, what: &'static str) -> Result<&'a [u8], SnapshotError> {
        if self.bytes.len() < len {
            return Err(SnapshotError::Truncated(what));
        }
        let (head, rest) = self.bytes.split_at(len);
        self.bytes = rest;
        Ok(head)
    }
    fn u8(&mut self, what: &'static str) -> Result<u8, SnapshotError> {
        Ok(self.take(1, what)?[0])
    }
    fn u32(&mut self, what: &'static str) -> Result<u32, SnapshotError> {
        Ok(u32::from_le_bytes(self.take(4, what)?.try_into().expect("4 bytes")))
    }
    fn u64(&mut self, what: &'static str) -> Result<u64, SnapshotError> {
        Ok(u64::from_le_bytes(self.take(8, what)?.try_into().expect("8 bytes")))
    }
    fn string(&mut self, what: &'static str) -> Result<String, SnapshotError> {
        let len = self.u32(what)? as usize;
        let bytes = self.take(len, what)?;
        String::from_utf8(bytes.to_vec()).map_err(|_| SnapshotError::Corrupt(format!("{what} is not UTF-8")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::book::Customer;

    fn sample() -> Book {
        let c =
            |id: &str, branch: &str, assets: i64, trades: u32, revenue: i64, risk, channel, advisor: Option<&str>| {
                Customer {
                    customer_id: id.into(),
                    branch: branch.into(),
                    total_assets_fen: assets,
                    age: 30 + assets as u8 % 50,
                    risk_profile: risk,
                    channel,
                    trades_12m: trades,
                    revenue_12m_fen: revenue,
                    advisor_id: advisor.map(Into::into),
                }
            };
        let file = [
            BranchInfo { name: "上海浦东".into(), region: Some("华东".into()), current_advisors: 7 },
            BranchInfo { name: "Empty".into(), region: None, current_advisors: 2 },
        ];
        Book::from_customers(
            &[
                c("1", "上海浦东", 12_345_678, 3, 98_765, RiskProfile::C5, Channel::Online, Some("A")),
                c("2", "北京", 0, 0, 0, RiskProfile::C1, Channel::Offline, None),
                c("3", "上海浦东", 600_000_000, 1, 1, RiskProfile::C3, Channel::Offline, Some("")),
            ],
            Some(&file),
        )
        .unwrap()
    }

    fn assert_same(a: &Book, b: &Book) {
        assert_eq!(a.len(), b.len());
        assert_eq!(a.branches(), b.branches());
        assert_eq!(a.stats(), b.stats());
        for i in 0..a.len() {
            assert_eq!(a.customer(i), b.customer(i), "customer {i}");
        }
    }

    #[test]
    fn round_trips_a_book() {
        let book = sample();
        let bytes = encode(&book);
        assert_eq!(version_of(&bytes), Some(FORMAT_VERSION));
        assert_same(&book, &decode(&bytes).unwrap());
    }

    #[test]
    fn round_trips_an_empty_book() {
        let book = Book::from_customers(&[], None).unwrap();
        assert_same(&book, &decode(&encode(&book)).unwrap());
    }

    #[test]
    fn every_truncation_is_an_error() {
        let bytes = encode(&sample());
        for len in 0..bytes.len() {
            assert!(decode(&bytes[..len]).is_err(), "truncated to {len} bytes");
        }
    }

    #[test]
    fn refuses_bad_magic_unknown_version_and_trailing_bytes() {
        let bytes = encode(&sample());
        let mut bad = bytes.clone();
        bad[0] = b'X';
        assert_eq!(decode(&bad).unwrap_err(), SnapshotError::BadMagic);
        let mut bad = bytes.clone();
        bad[8..12].copy_from_slice(&99u32.to_le_bytes());
        assert_eq!(decode(&bad).unwrap_err(), SnapshotError::UnsupportedVersion(99));
        let mut bad = bytes.clone();
        bad.push(0);
        assert_eq!(decode(&bad).unwrap_err(), SnapshotError::TrailingBytes(1));
    }

    #[test]
    fn refuses_corrupt_values() {
        let bytes = encode(&sample());
        let n = 3;
        let flags_at = bytes.len() - n;
        let mut bad = bytes.clone();
        bad[flags_at] = 0; // risk level 0
        assert!(matches!(decode(&bad), Err(SnapshotError::Corrupt(_))));
        let mut bad = bytes.clone();
        bad[flags_at] |= 0b1000_0000;
        assert!(matches!(decode(&bad), Err(SnapshotError::Corrupt(_))));
        let branch_at = bytes.len() - n * BYTES_PER_CUSTOMER;
        let mut bad = bytes.clone();
        bad[branch_at..branch_at + 2].copy_from_slice(&9u16.to_le_bytes());
        assert!(matches!(decode(&bad), Err(SnapshotError::Book(BookError::UnknownBranch { .. }))));
        let assets_at = branch_at + n * 2;
        let mut bad = bytes.clone();
        bad[assets_at..assets_at + 8].copy_from_slice(&(-5i64).to_le_bytes());
        assert!(matches!(decode(&bad), Err(SnapshotError::Book(BookError::Negative { .. }))));
        let mut bad = bytes;
        bad[20..24].copy_from_slice(&u32::MAX.to_le_bytes()); // branch count
        assert!(decode(&bad).is_err());
    }
}
