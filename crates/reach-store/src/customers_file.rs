//! The customers file: each row checked against the rules of MODEL.md section 1 and turned
//! into a `Customer`. Streams: valid customers leave in batches while no row has been
//! refused; after the first refusal the rest of the file is still checked (so the user sees
//! every problem at once) but nothing more leaves.

use std::collections::{HashMap, HashSet};
use std::path::Path;

use reach_core::book::{Channel, Customer, RiskProfile};
use reach_core::money::parse_fen;

use crate::csv_input::{parse_whole, Columns, CsvFile, Next, Refusals};
use crate::error::{RowError, StoreError};

/// The columns of the customers file, all required.
pub const COLUMNS: [&str; 9] = [
    "customer_id",
    "branch",
    "total_assets",
    "age",
    "risk_profile",
    "channel",
    "trades_12m",
    "revenue_12m",
    "advisor_id",
];

/// The most branches a book can name (reach-core numbers them with a u16).
const MAX_BRANCHES: usize = u16::MAX as usize;

/// What a fully valid customers file gave.
#[derive(Debug)]
pub(crate) struct CustomersRead {
    pub sha256: String,
    pub warnings: Vec<String>,
}

/// Reads and checks the whole file, handing valid customers to `sink` in batches of
/// `batch_size`. `sink` returns false to stop early (the writer failed). Returns the number
/// of data rows read, and the file's summary or `InvalidFile` with every problem found.
pub(crate) fn read_customers(
    path: &Path,
    batch_size: usize,
    sink: &mut dyn FnMut(Vec<Customer>) -> bool,
) -> (u64, Result<CustomersRead, StoreError>) {
    let mut rows = 0u64;
    let result = read_all(path, batch_size, sink, &mut rows);
    (rows, result)
}

fn read_all(
    path: &Path,
    batch_size: usize,
    sink: &mut dyn FnMut(Vec<Customer>) -> bool,
    rows: &mut u64,
) -> Result<CustomersRead, StoreError> {
    let mut file = CsvFile::open(path)?;
    let Columns { required: cols, optional: [], warnings } = file.columns(COLUMNS, [])?;
    // Sized up front from the file (rows are rarely under 64 bytes): growing a million-entry
    // map step by step costs more than filling it.
    let expected_rows = std::fs::metadata(path).map_or(0, |m| m.len() / 64).min(50_000_000) as usize;
    let mut first_line: HashMap<Box<str>, u64> = HashMap::with_capacity(expected_rows);
    let mut branches: HashSet<String> = HashSet::new();
    let mut refusals = Refusals::default();
    let mut batch = Vec::with_capacity(batch_size);
    let mut row_errors = Vec::new();
    loop {
        let line = match file.next()? {
            Next::End => break,
            Next::BadWidth(e) => {
                *rows += 1;
                refusals.row([e]);
                continue;
            }
            Next::Row(line) => line,
        };
        *rows += 1;
        row_errors.clear();
        let mut customer = parse_row(&file, &cols, line, &mut first_line, &mut row_errors);
        if let Some(c) = customer.as_ref().filter(|c| !branches.contains(c.branch.as_str())) {
            if branches.len() == MAX_BRANCHES {
                row_errors.push(RowError {
                    line,
                    column: file.column_name(cols[1]).to_string(),
                    reason: format!(
                        "`{}` would be branch number {}; a book has at most {MAX_BRANCHES}",
                        c.branch,
                        MAX_BRANCHES + 1
                    ),
                });
                customer = None;
            } else {
                branches.insert(c.branch.clone());
            }
        }
        match customer {
            Some(c) if refusals.is_empty() => {
                batch.push(c);
                if batch.len() == batch_size && !sink(std::mem::replace(&mut batch, Vec::with_capacity(batch_size))) {
                    return Err(StoreError::io(path, std::io::Error::other("the import was interrupted")));
                }
            }
            Some(_) => {}
            None => {
                refusals.row(row_errors.drain(..));
                batch.clear();
            }
        }
    }
    if *rows == 0 && refusals.is_empty() {
        refusals.row([RowError {
            line: file.header_line(),
            column: String::new(),
            reason: "the file has no customers: only a header row".into(),
        }]);
    }
    if !refusals.is_empty() {
        return Err(refusals.into_error(&file.name));
    }
    if !batch.is_empty() && !sink(batch) {
        return Err(StoreError::io(path, std::io::Error::other("the import was interrupted")));
    }
    Ok(CustomersRead { sha256: file.finish(), warnings })
}

/// Checks one row; `None` (with `errors` filled) when any field is refused.
fn parse_row(
    file: &CsvFile,
    cols: &[usize; 9],
    line: u64,
    first_line: &mut HashMap<Box<str>, u64>,
    errors: &mut Vec<RowError>,
) -> Option<Customer> {
    let [c_id, c_branch, c_assets, c_age, c_risk, c_channel, c_trades, c_revenue, c_advisor] = *cols;
    let mut row = RowCheck { file, line, errors };

    let customer_id = row.non_empty(c_id).and_then(|id| match first_line.get(id) {
        Some(&first) => row.refuse(c_id, format!("`{id}` is a duplicate: it already appears on line {first}")),
        None => {
            first_line.insert(id.into(), line);
            Some(id)
        }
    });
    let branch = row.non_empty(c_branch);
    let total_assets_fen = row.non_empty(c_assets).and_then(|t| row.ok(c_assets, parse_fen(t)));
    let age = row.non_empty(c_age).and_then(|t| match parse_whole(t) {
        Some(a @ 18..=120) => Some(a as u8),
        Some(_) => row.refuse(c_age, format!("`{t}` is not between 18 and 120")),
        None => row.refuse(c_age, format!("`{t}` is not a whole number of years")),
    });
    let risk_profile = row.non_empty(c_risk).and_then(|t| row.ok(c_risk, t.parse::<RiskProfile>()));
    let channel = row.non_empty(c_channel).and_then(|t| row.ok(c_channel, t.parse::<Channel>()));
    let trades_12m = row.non_empty(c_trades).and_then(|t| match parse_whole(t).map(u32::try_from) {
        Some(Ok(n)) => Some(n),
        Some(Err(_)) => row.refuse(c_trades, format!("`{t}` is too large")),
        None => row.refuse(c_trades, format!("`{t}` is not a whole number >= 0")),
    });
    let revenue_12m_fen = row.non_empty(c_revenue).and_then(|t| row.ok(c_revenue, parse_fen(t)));
    let advisor_id = row.text(c_advisor).map(|a| (!a.is_empty()).then(|| a.to_string()));

    Some(Customer {
        customer_id: customer_id?.to_string(),
        branch: branch?.to_string(),
        total_assets_fen: total_assets_fen?,
        age: age?,
        risk_profile: risk_profile?,
        channel: channel?,
        trades_12m: trades_12m?,
        revenue_12m_fen: revenue_12m_fen?,
        advisor_id: advisor_id?,
    })
}

/// The checks of one row, collecting its refusals.
struct RowCheck<'f, 'e> {
    file: &'f CsvFile,
    line: u64,
    errors: &'e mut Vec<RowError>,
}

impl<'f> RowCheck<'f, '_> {
    fn refuse<T>(&mut self, col: usize, reason: String) -> Option<T> {
        self.errors.push(RowError { line: self.line, column: self.file.column_name(col).to_string(), reason });
        None
    }

    /// The field's text, refused when it is not UTF-8.
    fn text(&mut self, col: usize) -> Option<&'f str> {
        match self.file.field(col) {
            Ok(t) => Some(t),
            Err(e) => {
                self.errors.push(e);
                None
            }
        }
    }

    /// The field's text, refused when it is not UTF-8 or empty.
    fn non_empty(&mut self, col: usize) -> Option<&'f str> {
        match self.text(col)? {
            "" => self.refuse(col, "is empty".into()),
            t => Some(t),
        }
    }

    fn ok<T>(&mut self, col: usize, parsed: Result<T, String>) -> Option<T> {
        parsed.map_err(|reason| self.refuse::<()>(col, reason)).ok()
    }
}
