//! The optional branches file (`branch,region,advisors`): today's advisor headcount per
//! branch. Same CSV rules as the customers file; `region` may be absent or empty; a branch
//! listed twice is refused. Small, so it is read whole before the customers.

use std::collections::HashMap;
use std::path::Path;

use reach_core::book::BranchInfo;

use crate::csv_input::{parse_whole, Columns, CsvFile, Next, Refusals};
use crate::error::{RowError, StoreError};

/// A valid branches file.
#[derive(Debug)]
pub(crate) struct BranchesRead {
    pub branches: Vec<BranchInfo>,
    pub sha256: String,
    pub warnings: Vec<String>,
}

pub(crate) fn read_branches(path: &Path) -> Result<BranchesRead, StoreError> {
    let mut file = CsvFile::open(path)?;
    let Columns { required: [c_branch, c_advisors], optional: [c_region], warnings } =
        file.columns(["branch", "advisors"], ["region"])?;
    let mut first_line: HashMap<String, u64> = HashMap::new();
    let mut refusals = Refusals::default();
    let mut branches = Vec::new();
    loop {
        let line = match file.next()? {
            Next::End => break,
            Next::BadWidth(e) => {
                refusals.row([e]);
                continue;
            }
            Next::Row(line) => line,
        };
        let mut errors = Vec::new();
        let bad = |col: usize, reason: String| RowError { line, column: file.column_name(col).to_string(), reason };
        let name = match file.field(c_branch) {
            Err(e) => {
                errors.push(e);
                None
            }
            Ok("") => {
                errors.push(bad(c_branch, "is empty".into()));
                None
            }
            Ok(name) => match first_line.get(name) {
                Some(&first) => {
                    errors.push(bad(c_branch, format!("`{name}` is listed twice: it already appears on line {first}")));
                    None
                }
                None => {
                    first_line.insert(name.to_string(), line);
                    Some(name.to_string())
                }
            },
        };
        let advisors = match file.field(c_advisors) {
            Err(e) => {
                errors.push(e);
                None
            }
            Ok("") => {
                errors.push(bad(c_advisors, "is empty".into()));
                None
            }
            Ok(t) => match parse_whole(t).map(u32::try_from) {
                Some(Ok(n)) => Some(n),
                Some(Err(_)) => {
                    errors.push(bad(c_advisors, format!("`{t}` is too large")));
                    None
                }
                None => {
                    errors.push(bad(c_advisors, format!("`{t}` is not a whole number >= 0")));
                    None
                }
            },
        };
        let region = match c_region.map(|c| file.field(c)) {
            None | Some(Ok("")) => Some(None),
            Some(Ok(r)) => Some(Some(r.to_string())),
            Some(Err(e)) => {
                errors.push(e);
                None
            }
        };
        if errors.is_empty() {
            if let (Some(name), Some(current_advisors), Some(region)) = (name, advisors, region) {
                branches.push(BranchInfo { name, region, current_advisors });
            }
        } else {
            refusals.row(errors);
        }
    }
    if branches.is_empty() && refusals.is_empty() {
        refusals.row([RowError {
            line: file.header_line(),
            column: String::new(),
            reason: "the file has no branches: only a header row".into(),
        }]);
    }
    if !refusals.is_empty() {
        return Err(refusals.into_error(&file.name));
    }
    Ok(BranchesRead { branches, sha256: file.finish(), warnings })
}
