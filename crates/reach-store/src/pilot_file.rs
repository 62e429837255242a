//! The pilot outcome file (MODEL section 11): each row checked and turned into a
//! `PilotCustomer`. Read like the customers file — CSV or XLSX through `Table`, headers matched
//! by name (English or Chinese), errors with line, column and reason for the first rows at
//! fault plus the total count — but held in memory whole: a pilot is thousands of customers,
//! not millions.

use std::borrow::Cow;
use std::collections::HashMap;
use std::path::Path;

use reach_core::evaluation::{Group, PilotCustomer};

use crate::aliases::ColumnSpec;
use crate::csv_input::Next;
use crate::error::{RowError, StoreError};
use crate::notation;
use crate::problem::Problem;
use crate::table::{Columns, Refusals, Table};

const fn column(name: &'static str, zh: &'static str, required: bool, about_en: &'static str) -> ColumnSpec {
    ColumnSpec { name, zh, aliases: &[], required, about_en, about_zh: "" }
}

/// The columns of the outcome file; the last, placed_after, is optional.
pub const PILOT_COLUMNS: [ColumnSpec; 9] = [
    column("customer_id", "客户号", true, "The customer's id: non-empty, unique in the file."),
    column("group", "组别", true, "treated or control."),
    column("revenue_before", "试点前收入", true, "Net revenue in the period before, yuan >= 0."),
    column("revenue_after", "试点后收入", true, "Net revenue in the period after, yuan >= 0."),
    column("assets_before", "试点前资产", true, "Assets at the start, yuan >= 0."),
    column("assets_after", "试点后资产", true, "Assets at the end, yuan >= 0."),
    column("trades_before", "试点前交易次数", true, "Trades in the period before, whole number >= 0."),
    column("trades_after", "试点后交易次数", true, "Trades in the period after, whole number >= 0."),
    column("placed_after", "试点后理财资产", false, "Assets in wealth products at the end, yuan >= 0."),
];

/// A fully valid outcome file.
#[derive(Debug)]
pub struct PilotRead {
    pub customers: Vec<PilotCustomer>,
    /// SHA-256 of the file's bytes.
    pub sha256: String,
    /// Unused columns.
    pub warnings: Vec<String>,
}

/// Reads and checks a whole outcome file. Returns the number of data rows read (for the
/// import history) and the customers, or `InvalidFile` with every problem found.
pub fn read_pilot(path: &Path) -> (u64, Result<PilotRead, StoreError>) {
    let mut rows = 0;
    let result = read_all(path, &mut rows);
    (rows, result)
}

fn read_all(path: &Path, rows: &mut u64) -> Result<PilotRead, StoreError> {
    let mut file = Table::open(path, &["试点", "pilot"])?;
    let Columns { at, warnings } = file.columns(&PILOT_COLUMNS)?;
    let cols = at.map(|c| c.unwrap_or(usize::MAX));
    let placed = at[8];
    let mut first_line: HashMap<String, u64> = HashMap::new();
    let mut refusals = Refusals::default();
    let mut customers = Vec::new();
    let mut errors = Vec::new();
    loop {
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
        errors.clear();
        let mut row = RowCheck { file: &file, errors: &mut errors };
        match parse_row(&mut row, &cols, placed, line, &mut first_line) {
            Some(c) if refusals.is_empty() => customers.push(c),
            Some(_) => {}
            None => {
                refusals.row(errors.drain(..));
                customers.clear();
            }
        }
    }
    if *rows == 0 && refusals.is_empty() {
        refusals.row([RowError::new(file.header_line(), "", Problem::NoCustomers)]);
    }
    if !refusals.is_empty() {
        return Err(refusals.into_error(&file.name));
    }
    Ok(PilotRead { customers, sha256: file.finish()?, warnings })
}

fn parse_row(
    row: &mut RowCheck<'_, '_>,
    cols: &[usize; 9],
    placed: Option<usize>,
    line: u64,
    first_line: &mut HashMap<String, u64>,
) -> Option<PilotCustomer> {
    let [c_id, c_group, c_rb, c_ra, c_ab, c_aa, c_tb, c_ta, _] = *cols;
    let customer_id = row.non_empty(c_id).and_then(|id| match first_line.get(id.as_ref()) {
        Some(&first) => row.refuse(c_id, Problem::DuplicateCustomer { value: id.into_owned(), first_line: first }),
        None => {
            first_line.insert(id.to_string(), line);
            Some(id)
        }
    });
    let group = row.non_empty(c_group).and_then(|t| match t.as_ref() {
        "treated" | "实验组" | "干预组" => Some(Group::Treated),
        "control" | "对照组" => Some(Group::Control),
        _ => row.refuse(c_group, Problem::NotAGroup { value: t.into_owned() }),
    });
    let revenue_before_fen = row.fen(c_rb);
    let revenue_after_fen = row.fen(c_ra);
    let assets_before_fen = row.fen(c_ab);
    let assets_after_fen = row.fen(c_aa);
    let placed_after_fen = match placed {
        Some(col) => row.fen(col).map(Some),
        None => Some(None),
    };
    let trades_before = row.count(c_tb);
    let trades_after = row.count(c_ta);
    Some(PilotCustomer {
        customer_id: customer_id?.into_owned(),
        group: group?,
        revenue_before_fen: revenue_before_fen?,
        revenue_after_fen: revenue_after_fen?,
        assets_before_fen: assets_before_fen?,
        assets_after_fen: assets_after_fen?,
        trades_before: trades_before?,
        trades_after: trades_after?,
        placed_after_fen: placed_after_fen?,
        profile: None,
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

    fn non_empty(&mut self, col: usize) -> Option<Cow<'f, str>> {
        match self.file.field(col) {
            Ok(t) if t.is_empty() => self.refuse(col, Problem::Empty),
            Ok(t) => Some(t),
            Err(problem) => self.refuse(col, problem),
        }
    }

    /// An amount in yuan >= 0 with at most two decimals, in fen.
    fn fen(&mut self, col: usize) -> Option<i64> {
        let text = self.non_empty(col)?;
        notation::amount_fen(&text).map_err(|problem| self.refuse::<()>(col, problem)).ok()
    }

    /// A whole number of trades >= 0.
    fn count(&mut self, col: usize) -> Option<u32> {
        let text = self.non_empty(col)?;
        match notation::whole_number(&text).map(u32::try_from) {
            Some(Ok(n)) => Some(n),
            Some(Err(_)) => self.refuse(col, Problem::TooLarge { value: text.into_owned() }),
            None => self.refuse(col, Problem::NotAnInteger { value: text.into_owned() }),
        }
    }
}
