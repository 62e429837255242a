//! The customers file (CSV or workbook, columns by any name of the alias table): each row checked against the rules of docs/spec/MODEL.md section 1 and turned
//! into a `Customer`. Streams: valid customers leave in batches while no row has been
//! refused; after the first refusal the rest of the file is still checked (so the user sees
//! every problem at once) but nothing more leaves.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::path::Path;

use reach_core::book::Customer;

use crate::aliases::{ColumnSpec, CUSTOMER_COLUMNS};
use crate::csv_input::Next;
use crate::error::{RowError, StoreError};
use crate::import_control::{ImportControl, Progress, ROWS_PER_REPORT};
use crate::notation;
use crate::problem::Problem;
use crate::table::{Columns, Refusals, Table};

/// The names of the customers file's columns (docs/spec/MODEL.md section 1), in template order.
pub const COLUMNS: [&str; 9] = column_names(&CUSTOMER_COLUMNS);

const fn column_names(specs: &[ColumnSpec; 9]) -> [&'static str; 9] {
    let mut out = [""; 9];
    let mut i = 0;
    while i < 9 {
        out[i] = specs[i].name;
        i += 1;
    }
    out
}

/// The most branches a book can name (reach-core numbers them with a u16).
const MAX_BRANCHES: usize = u16::MAX as usize;

/// What a fully valid customers file gave.
#[derive(Debug)]
pub(crate) struct CustomersRead {
    pub sha256: String,
    pub warnings: Vec<String>,
    /// What the file is (`CSV, GB18030`, `XLSX, sheet 客户`).
    pub format: String,
}

/// Reads and checks the whole file, handing valid customers to `sink` in batches of
/// `batch_size`. `sink` returns false to stop early (the writer failed). Reports progress and
/// stops when cancelled, through `control`. Returns the number of data rows read, and the
/// file's summary or `InvalidFile` with every problem found.
pub(crate) fn read_customers(
    path: &Path,
    batch_size: usize,
    control: &ImportControl,
    sink: &mut dyn FnMut(Vec<Customer>) -> bool,
) -> (u64, Result<CustomersRead, StoreError>) {
    let mut rows = 0u64;
    let result = read_all(path, batch_size, control, sink, &mut rows);
    (rows, result)
}

fn read_all(
    path: &Path,
    batch_size: usize,
    control: &ImportControl,
    sink: &mut dyn FnMut(Vec<Customer>) -> bool,
    rows: &mut u64,
) -> Result<CustomersRead, StoreError> {
    let mut file = Table::open(path, &["客户", "customer"])?;
    let Columns { at, warnings } = file.columns(&CUSTOMER_COLUMNS)?;
    let cols = at.map(|c| c.unwrap_or(usize::MAX));
    // Sized up front from the file (rows are rarely under 64 bytes): growing a million-entry
    // map step by step costs more than filling it.
    let expected_rows = std::fs::metadata(path).map_or(0, |m| m.len() / 64).min(50_000_000) as usize;
    let mut first_line: HashMap<Box<str>, u64> = HashMap::with_capacity(expected_rows);
    let mut branches: HashSet<String> = HashSet::new();
    let mut refusals = Refusals::default();
    let mut batch = Vec::with_capacity(batch_size);
    let mut row_errors = Vec::new();
    let interrupted = || StoreError::io(path, std::io::Error::other("the import was interrupted"));
    loop {
        if rows.is_multiple_of(ROWS_PER_REPORT) && *rows > 0 {
            if control.is_cancelled() {
                return Err(StoreError::Cancelled);
            }
            let (bytes_done, bytes_total) = file.progress();
            control.report(Progress { rows: *rows, bytes_done, bytes_total });
        }
        let line = match file.next()? {
            Next::End => break,
            Next::BadWidth(line, problem) => {
                *rows += 1;
                refusals.row([RowError::new(line, "", problem)]);
                continue;
            }
            Next::Row(line) => line,
        };
        *rows += 1;
        row_errors.clear();
        let mut customer = parse_row(&file, &cols, line, &mut first_line, &mut row_errors);
        if let Some(c) = customer.as_ref().filter(|c| !branches.contains(c.branch.as_str())) {
            if branches.len() == MAX_BRANCHES {
                row_errors.push(file.refusal(
                    cols[1],
                    Problem::TooManyBranches { value: c.branch.clone(), limit: MAX_BRANCHES as u64 },
                ));
                customer = None;
            } else {
                branches.insert(c.branch.clone());
            }
        }
        match customer {
            Some(c) if refusals.is_empty() => {
                batch.push(c);
                if batch.len() == batch_size && !sink(std::mem::replace(&mut batch, Vec::with_capacity(batch_size))) {
                    return Err(interrupted());
                }
            }
            Some(_) => {}
            None => {
                refusals.row(row_errors.drain(..));
                batch.clear();
            }
        }
    }
    if control.is_cancelled() {
        return Err(StoreError::Cancelled);
    }
    if *rows == 0 && refusals.is_empty() {
        refusals.row([RowError::new(file.header_line(), "", Problem::NoCustomers)]);
    }
    if !refusals.is_empty() {
        return Err(refusals.into_error(&file.name));
    }
    if !batch.is_empty() && !sink(batch) {
        return Err(interrupted());
    }
    let (bytes_done, bytes_total) = file.progress();
    control.report(Progress { rows: *rows, bytes_done, bytes_total });
    let format = file.format();
    Ok(CustomersRead { sha256: file.finish()?, warnings, format })
}

/// Checks one row; `None` (with `errors` filled) when any field is refused.
fn parse_row(
    file: &Table,
    cols: &[usize; 9],
    line: u64,
    first_line: &mut HashMap<Box<str>, u64>,
    errors: &mut Vec<RowError>,
) -> Option<Customer> {
    let [c_id, c_branch, c_assets, c_age, c_risk, c_channel, c_trades, c_revenue, c_advisor] = *cols;
    let mut row = RowCheck { file, errors };

    let customer_id = row.non_empty(c_id).and_then(|id| match first_line.get(id.as_ref()) {
        Some(&first) => row.refuse(c_id, Problem::DuplicateCustomer { value: id.into_owned(), first_line: first }),
        None => {
            first_line.insert(id.as_ref().into(), line);
            Some(id)
        }
    });
    let branch = row.non_empty(c_branch);
    let total_assets_fen = row.non_empty(c_assets).and_then(|t| row.ok(c_assets, notation::amount_fen(&t)));
    let age = row.non_empty(c_age).and_then(|t| match notation::whole_number(&t) {
        Some(a @ 18..=120) => Some(a as u8),
        Some(_) => row.refuse(c_age, Problem::AgeOutOfRange { value: t.into_owned() }),
        None => row.refuse(c_age, Problem::NotAnInteger { value: t.into_owned() }),
    });
    let risk_profile = row.non_empty(c_risk).and_then(|t| row.ok(c_risk, notation::risk_profile(&t)));
    let channel = row.non_empty(c_channel).and_then(|t| row.ok(c_channel, notation::channel(&t)));
    let trades_12m = row.non_empty(c_trades).and_then(|t| match notation::whole_number(&t).map(u32::try_from) {
        Some(Ok(n)) => Some(n),
        Some(Err(_)) => row.refuse(c_trades, Problem::TooLarge { value: t.into_owned() }),
        None => row.refuse(c_trades, Problem::NotAnInteger { value: t.into_owned() }),
    });
    let revenue_12m_fen = row.non_empty(c_revenue).and_then(|t| row.ok(c_revenue, notation::amount_fen(&t)));
    let advisor_id = row.text(c_advisor).map(|a| (!a.is_empty()).then(|| a.into_owned()));

    Some(Customer {
        customer_id: customer_id?.into_owned(),
        branch: branch?.into_owned(),
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
    file: &'f Table,
    errors: &'e mut Vec<RowError>,
}

impl<'f> RowCheck<'f, '_> {
    fn refuse<T>(&mut self, col: usize, problem: Problem) -> Option<T> {
        self.errors.push(self.file.refusal(col, problem));
        None
    }

    /// The field's text, refused when it cannot be read as text.
    fn text(&mut self, col: usize) -> Option<Cow<'f, str>> {
        match self.file.field(col) {
            Ok(t) => Some(t),
            Err(problem) => self.refuse(col, problem),
        }
    }

    /// The field's text, refused when it cannot be read or is empty.
    fn non_empty(&mut self, col: usize) -> Option<Cow<'f, str>> {
        match self.text(col)? {
            t if t.is_empty() => self.refuse(col, Problem::Empty),
            t => Some(t),
        }
    }

    fn ok<T>(&mut self, col: usize, parsed: Result<T, Problem>) -> Option<T> {
        parsed.map_err(|problem| self.refuse::<()>(col, problem)).ok()
    }
}
