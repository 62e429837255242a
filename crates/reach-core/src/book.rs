//! The customer book: one record per retail customer (as imported), and the column-oriented,
//! in-memory `Book` the engine reads. A `Book` is built once (from the warehouse, the demo
//! generator or a test) and then only read; it also holds the book-wide figures every scenario
//! needs: base revenue and the peer revenue of each asset band.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// Suitability class C1 (most conservative) to C5.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum RiskProfile {
    C1,
    C2,
    C3,
    C4,
    C5,
}

impl RiskProfile {
    pub const ALL: [RiskProfile; 5] = [Self::C1, Self::C2, Self::C3, Self::C4, Self::C5];

    /// 1 for C1 .. 5 for C5.
    pub fn level(self) -> u8 {
        self as u8 + 1
    }

    pub fn from_level(level: u8) -> Option<Self> {
        Self::ALL.get(usize::from(level).checked_sub(1)?).copied()
    }
}

impl FromStr for RiskProfile {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "C1" => Ok(Self::C1),
            "C2" => Ok(Self::C2),
            "C3" => Ok(Self::C3),
            "C4" => Ok(Self::C4),
            "C5" => Ok(Self::C5),
            _ => Err(format!("`{s}` is not one of C1 C2 C3 C4 C5")),
        }
    }
}

impl fmt::Display for RiskProfile {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "C{}", self.level())
    }
}

/// How the customer was acquired.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "lowercase")]
pub enum Channel {
    Online,
    Offline,
}

impl FromStr for Channel {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "online" => Ok(Self::Online),
            "offline" => Ok(Self::Offline),
            _ => Err(format!("`{s}` is not `online` or `offline`")),
        }
    }
}

impl fmt::Display for Channel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Online => "online",
            Self::Offline => "offline",
        })
    }
}

/// One customer as imported (docs/spec/MODEL.md section 1). Money in fen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Customer {
    pub customer_id: String,
    pub branch: String,
    pub total_assets_fen: i64,
    pub age: u8,
    pub risk_profile: RiskProfile,
    pub channel: Channel,
    pub trades_12m: u32,
    pub revenue_12m_fen: i64,
    /// Empty in the file is `None`: not served by an advisor today.
    pub advisor_id: Option<String>,
}

/// A branch of record and its advisor headcount today.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BranchInfo {
    pub name: String,
    pub region: Option<String>,
    pub current_advisors: u32,
}

/// The asset bands of docs/spec/MODEL.md section 2, as lower bounds in fen (the first is 0).
pub const BAND_LOWER_FEN: [i64; BAND_COUNT] =
    [0, 1_000_000, 3_000_000, 10_000_000, 50_000_000, 100_000_000, 500_000_000];
pub const BAND_COUNT: usize = 7;
/// Short labels of the bands, in yuan.
pub const BAND_LABELS: [&str; BAND_COUNT] =
    ["[0, 10k)", "[10k, 30k)", "[30k, 100k)", "[100k, 500k)", "[500k, 1M)", "[1M, 5M)", "[5M, ∞)"];

/// The band (0..7) an amount in fen falls in; lower bounds are inclusive.
pub fn band_of(assets_fen: i64) -> usize {
    BAND_LOWER_FEN.iter().rposition(|&lo| assets_fen >= lo).unwrap_or(0)
}

/// Book-wide figures, computed once when the book is built.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct BookStats {
    pub customers: u64,
    pub active: u64,
    pub dormant: u64,
    pub already_served: u64,
    /// Σ revenue_12m over the whole book, in fen.
    pub base_revenue_fen: i128,
    /// Σ revenue_12m per branch (indexed like `Book::branches`), in fen.
    pub branch_revenue_fen: Vec<i128>,
    pub band_customers: [u64; BAND_COUNT],
    pub band_dormant: [u64; BAND_COUNT],
    pub band_assets_fen: [i128; BAND_COUNT],
    /// Active customers per band, and their revenue: peer(band) = revenue / active.
    pub band_active: [u64; BAND_COUNT],
    pub band_active_revenue_fen: [i128; BAND_COUNT],
}

// Bit layout of `Book::traits`.
const RISK_MASK: u8 = 0b0000_0111;
const ONLINE: u8 = 0b0000_1000;
const ACTIVE: u8 = 0b0001_0000;
const SERVED: u8 = 0b0010_0000;

/// The in-memory, column-oriented book: one entry per customer in each column.
#[derive(Debug, Clone)]
pub struct Book {
    pub(crate) branches: Vec<BranchInfo>,
    pub(crate) branch: Vec<u16>,
    pub(crate) assets_fen: Vec<i64>,
    pub(crate) revenue_fen: Vec<i64>,
    pub(crate) age: Vec<u8>,
    pub(crate) band: Vec<u8>,
    pub(crate) traits: Vec<u8>,
    pub(crate) stats: BookStats,
}

/// The facts about one customer that the engine needs, by index.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CustomerView {
    pub branch: usize,
    pub assets_fen: i64,
    pub revenue_fen: i64,
    pub age: u8,
    pub band: usize,
    pub risk: RiskProfile,
    pub channel: Channel,
    pub active: bool,
    pub already_served: bool,
}

impl Book {
    /// Branches sorted by code point; a customer's `branch` indexes this slice.
    pub fn branches(&self) -> &[BranchInfo] {
        &self.branches
    }
    pub fn stats(&self) -> &BookStats {
        &self.stats
    }
    pub fn len(&self) -> usize {
        self.assets_fen.len()
    }
    pub fn is_empty(&self) -> bool {
        self.assets_fen.is_empty()
    }
    pub fn customer(&self, i: usize) -> CustomerView {
        let t = self.traits[i];
        CustomerView {
            branch: usize::from(self.branch[i]),
            assets_fen: self.assets_fen[i],
            revenue_fen: self.revenue_fen[i],
            age: self.age[i],
            band: usize::from(self.band[i]),
            risk: RiskProfile::from_level(t & RISK_MASK).unwrap_or(RiskProfile::C1),
            channel: if t & ONLINE != 0 { Channel::Online } else { Channel::Offline },
            active: t & ACTIVE != 0,
            already_served: t & SERVED != 0,
        }
    }

    /// Raw columns for the engine's hot loops.
    pub(crate) fn columns(&self) -> Columns<'_> {
        Columns {
            branch: &self.branch,
            assets_fen: &self.assets_fen,
            revenue_fen: &self.revenue_fen,
            age: &self.age,
            band: &self.band,
            traits: &self.traits,
        }
    }

    /// Bytes held by the columns (for the memory benchmark).
    pub fn heap_bytes(&self) -> usize {
        self.len() * (2 + 8 + 8 + 1 + 1 + 1)
    }

    /// Builds a book from whole customer records. Branches come from `branches` when given
    /// (a branch of the book missing there has 0 advisors); otherwise each branch's current
    /// advisors are the distinct non-empty advisor ids among its customers.
    pub fn from_customers(customers: &[Customer], branches: Option<&[BranchInfo]>) -> Result<Book, BookError> {
        let mut names: BTreeMap<&str, BranchInfo> = BTreeMap::new();
        if let Some(list) = branches {
            for b in list {
                names.insert(&b.name, b.clone());
            }
        }
        let mut advisors: HashMap<&str, BTreeSet<&str>> = HashMap::new();
        for c in customers {
            names.entry(&c.branch).or_insert_with(|| BranchInfo {
                name: c.branch.clone(),
                region: None,
                current_advisors: 0,
            });
            if let Some(a) = c.advisor_id.as_deref().filter(|a| !a.is_empty()) {
                advisors.entry(&c.branch).or_default().insert(a);
            }
        }
        if branches.is_none() {
            for (name, info) in names.iter_mut() {
                info.current_advisors = advisors.get(name).map_or(0, |s| s.len() as u32);
            }
        }
        let list: Vec<BranchInfo> = names.into_values().collect();
        let index: HashMap<&str, u16> = list.iter().enumerate().map(|(i, b)| (b.name.as_str(), i as u16)).collect();
        let mut builder = BookBuilder::new(list.clone())?;
        for c in customers {
            builder.push(CustomerFacts::of(c, index[c.branch.as_str()]))?;
        }
        Ok(builder.finish())
    }
}

pub(crate) struct Columns<'a> {
    pub branch: &'a [u16],
    pub assets_fen: &'a [i64],
    pub revenue_fen: &'a [i64],
    pub age: &'a [u8],
    pub band: &'a [u8],
    pub traits: &'a [u8],
}

impl Columns<'_> {
    #[inline]
    pub fn risk_bit(&self, i: usize) -> u8 {
        1 << (self.traits[i] & RISK_MASK)
    }
    #[inline]
    pub fn channel_bit(&self, i: usize) -> u8 {
        if self.traits[i] & ONLINE != 0 {
            1
        } else {
            2
        }
    }
    #[inline]
    pub fn active(&self, i: usize) -> bool {
        self.traits[i] & ACTIVE != 0
    }
    #[inline]
    pub fn served(&self, i: usize) -> bool {
        self.traits[i] & SERVED != 0
    }
}

/// What the engine needs of one customer, given its branch's index in the branch list.
#[derive(Debug, Clone, Copy)]
pub struct CustomerFacts {
    pub branch: u16,
    pub assets_fen: i64,
    pub revenue_fen: i64,
    pub age: u8,
    pub risk: RiskProfile,
    pub channel: Channel,
    pub active: bool,
    pub already_served: bool,
}

impl CustomerFacts {
    /// The engine's facts about a customer record whose branch has index `branch`.
    pub fn of(c: &Customer, branch: u16) -> Self {
        CustomerFacts {
            branch,
            assets_fen: c.total_assets_fen,
            revenue_fen: c.revenue_12m_fen,
            age: c.age,
            risk: c.risk_profile,
            channel: c.channel,
            active: c.trades_12m > 0,
            already_served: c.advisor_id.as_deref().is_some_and(|a| !a.is_empty()),
        }
    }
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum BookError {
    #[error("the book names {0} branches; at most 65,535 are supported")]
    TooManyBranches(usize),
    #[error("branch `{0}` is listed twice")]
    DuplicateBranch(String),
    #[error("customer {index} refers to branch #{branch}, but only {branches} branches are known")]
    UnknownBranch { index: usize, branch: u16, branches: usize },
    #[error("customer {index}: {what} is negative")]
    Negative { index: usize, what: &'static str },
}

/// Builds a `Book` column by column; used by the warehouse loader and the demo generator.
pub struct BookBuilder {
    branches: Vec<BranchInfo>,
    book: Book,
}

impl BookBuilder {
    /// `branches` in any order; indices given to `push` refer to this order.
    pub fn new(branches: Vec<BranchInfo>) -> Result<Self, BookError> {
        if branches.len() > usize::from(u16::MAX) {
            return Err(BookError::TooManyBranches(branches.len()));
        }
        let mut seen = BTreeSet::new();
        for b in &branches {
            if !seen.insert(b.name.as_str()) {
                return Err(BookError::DuplicateBranch(b.name.clone()));
            }
        }
        let stats = BookStats { branch_revenue_fen: vec![0; branches.len()], ..BookStats::default() };
        Ok(Self {
            branches,
            book: Book {
                branches: Vec::new(),
                branch: Vec::new(),
                assets_fen: Vec::new(),
                revenue_fen: Vec::new(),
                age: Vec::new(),
                band: Vec::new(),
                traits: Vec::new(),
                stats,
            },
        })
    }

    pub fn reserve(&mut self, n: usize) {
        let b = &mut self.book;
        b.branch.reserve(n);
        b.assets_fen.reserve(n);
        b.revenue_fen.reserve(n);
        b.age.reserve(n);
        b.band.reserve(n);
        b.traits.reserve(n);
    }

    /// Sets a branch's current advisor headcount (for sources that learn it last).
    pub fn set_current_advisors(&mut self, branch: &str, advisors: u32) {
        if let Some(b) = self.branches.iter_mut().find(|b| b.name == branch) {
            b.current_advisors = advisors;
        }
    }

    pub fn push(&mut self, c: CustomerFacts) -> Result<(), BookError> {
        let index = self.book.len();
        if usize::from(c.branch) >= self.branches.len() {
            return Err(BookError::UnknownBranch { index, branch: c.branch, branches: self.branches.len() });
        }
        if c.assets_fen < 0 {
            return Err(BookError::Negative { index, what: "total_assets" });
        }
        if c.revenue_fen < 0 {
            return Err(BookError::Negative { index, what: "revenue_12m" });
        }
        let band = band_of(c.assets_fen);
        let s = &mut self.book.stats;
        s.customers += 1;
        s.base_revenue_fen += i128::from(c.revenue_fen);
        s.branch_revenue_fen[usize::from(c.branch)] += i128::from(c.revenue_fen);
        s.band_customers[band] += 1;
        s.band_assets_fen[band] += i128::from(c.assets_fen);
        if c.active {
            s.active += 1;
            s.band_active[band] += 1;
            s.band_active_revenue_fen[band] += i128::from(c.revenue_fen);
        } else {
            s.dormant += 1;
            s.band_dormant[band] += 1;
        }
        if c.already_served {
            s.already_served += 1;
        }
        let mut traits = c.risk.level();
        if c.channel == Channel::Online {
            traits |= ONLINE;
        }
        if c.active {
            traits |= ACTIVE;
        }
        if c.already_served {
            traits |= SERVED;
        }
        let b = &mut self.book;
        b.branch.push(c.branch);
        b.assets_fen.push(c.assets_fen);
        b.revenue_fen.push(c.revenue_fen);
        b.age.push(c.age);
        b.band.push(band as u8);
        b.traits.push(traits);
        Ok(())
    }

    /// Sorts the branches by code point (renumbering the customers' branch column) and
    /// returns the finished book.
    pub fn finish(self) -> Book {
        let mut book = self.book;
        let mut order: Vec<usize> = (0..self.branches.len()).collect();
        order.sort_by(|&a, &b| self.branches[a].name.cmp(&self.branches[b].name));
        let mut new_index = vec![0u16; order.len()];
        for (new, &old) in order.iter().enumerate() {
            new_index[old] = new as u16;
        }
        if order.iter().enumerate().any(|(new, &old)| new != old) {
            for b in book.branch.iter_mut() {
                *b = new_index[usize::from(*b)];
            }
        }
        book.stats.branch_revenue_fen = order.iter().map(|&old| book.stats.branch_revenue_fen[old]).collect();
        let mut branches = self.branches;
        let mut sorted: Vec<Option<BranchInfo>> = branches.drain(..).map(Some).collect();
        book.branches = order.iter().map(|&old| sorted[old].take().expect("each branch once")).collect();
        book
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn customer(id: &str, branch: &str, assets: i64, trades: u32, revenue: i64, advisor: Option<&str>) -> Customer {
        Customer {
            customer_id: id.into(),
            branch: branch.into(),
            total_assets_fen: assets,
            age: 40,
            risk_profile: RiskProfile::C3,
            channel: Channel::Online,
            trades_12m: trades,
            revenue_12m_fen: revenue,
            advisor_id: advisor.map(Into::into),
        }
    }

    #[test]
    fn band_lower_bounds_are_inclusive() {
        assert_eq!(band_of(0), 0);
        assert_eq!(band_of(999_999), 0);
        assert_eq!(band_of(1_000_000), 1);
        assert_eq!(band_of(2_999_999), 1);
        assert_eq!(band_of(3_000_000), 2);
        assert_eq!(band_of(10_000_000), 3);
        assert_eq!(band_of(50_000_000), 4);
        assert_eq!(band_of(100_000_000), 5);
        assert_eq!(band_of(499_999_999), 5);
        assert_eq!(band_of(500_000_000), 6);
        assert_eq!(band_of(i64::MAX), 6);
    }

    #[test]
    fn branches_are_sorted_by_code_point_and_advisors_derived() {
        let book = Book::from_customers(
            &[
                customer("1", "上海", 100, 1, 5, Some("A")),
                customer("2", "Beijing", 100, 0, 0, Some("B")),
                customer("3", "上海", 100, 1, 5, Some("C")),
                customer("4", "上海", 100, 1, 5, Some("A")),
                customer("5", "Beijing", 100, 1, 5, Some("")),
            ],
            None,
        )
        .unwrap();
        let names: Vec<_> = book.branches().iter().map(|b| (b.name.as_str(), b.current_advisors)).collect();
        assert_eq!(names, vec![("Beijing", 1), ("上海", 2)]);
        assert_eq!(book.customer(0).branch, 1);
        assert_eq!(book.customer(1).branch, 0);
        assert!(!book.customer(4).already_served, "an empty advisor id is not served");
        assert_eq!(book.stats().dormant, 1);
        assert_eq!(book.stats().base_revenue_fen, 20);
    }

    #[test]
    fn a_branches_file_sets_headcounts_and_adds_empty_branches() {
        let file = [BranchInfo { name: "Xi'an".into(), region: Some("西北".into()), current_advisors: 4 }];
        let book = Book::from_customers(&[customer("1", "Chengdu", 100, 1, 5, Some("A"))], Some(&file)).unwrap();
        let names: Vec<_> = book.branches().iter().map(|b| (b.name.as_str(), b.current_advisors)).collect();
        assert_eq!(names, vec![("Chengdu", 0), ("Xi'an", 4)]);
    }

    #[test]
    fn customer_view_round_trips_the_traits() {
        let mut c = customer("1", "A", 123, 0, 0, Some("x"));
        c.risk_profile = RiskProfile::C5;
        c.channel = Channel::Offline;
        let book = Book::from_customers(&[c], None).unwrap();
        let v = book.customer(0);
        assert_eq!((v.risk, v.channel, v.active, v.already_served), (RiskProfile::C5, Channel::Offline, false, true));
    }
}
