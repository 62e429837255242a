//! The optional branches file (`branch,region,advisors`, or their Chinese names; CSV or
//! workbook): today's advisor headcount per branch. Same rules as the customers file;
//! `region` may be absent or empty; a branch listed twice is refused. Small, so it is read
//! whole before the customers.

use std::collections::HashMap;
use std::path::Path;

use reach_core::book::BranchInfo;

use crate::aliases::BRANCH_COLUMNS;
use crate::csv_input::Next;
use crate::error::{RowError, StoreError};
use crate::notation;
use crate::problem::Problem;
use crate::table::{Columns, Refusals, Table};

/// A valid branches file.
#[derive(Debug)]
pub(crate) struct BranchesRead {
    pub branches: Vec<BranchInfo>,
    pub sha256: String,
    pub warnings: Vec<String>,
}

pub(crate) fn read_branches(path: &Path) -> Result<BranchesRead, StoreError> {
    let mut file = Table::open(path, &["营业部", "branch"])?;
    let Columns { at: [c_branch, c_region, c_advisors], warnings } = file.columns(&BRANCH_COLUMNS)?;
    let (c_branch, c_advisors) = (c_branch.unwrap_or(usize::MAX), c_advisors.unwrap_or(usize::MAX));
    let mut first_line: HashMap<String, u64> = HashMap::new();
    let mut refusals = Refusals::default();
    let mut branches = Vec::new();
    loop {
        let line = match file.next()? {
            Next::End => break,
            Next::BadWidth(line, problem) => {
                refusals.row([RowError::new(line, "", problem)]);
                continue;
            }
            Next::Row(line) => line,
        };
        let mut errors = Vec::new();
        let name =
            match file.field(c_branch) {
                Err(problem) => {
                    errors.push(file.refusal(c_branch, problem));
                    None
                }
                Ok(name) if name.is_empty() => {
                    errors.push(file.refusal(c_branch, Problem::Empty));
                    None
                }
                Ok(name) => match first_line.get(name.as_ref()) {
                    Some(&first) => {
                        errors.push(file.refusal(
                            c_branch,
                            Problem::DuplicateBranch { value: name.into_owned(), first_line: first },
                        ));
                        None
                    }
                    None => {
                        first_line.insert(name.to_string(), line);
                        Some(name.into_owned())
                    }
                },
            };
        let advisors = match file.field(c_advisors) {
            Err(problem) => {
                errors.push(file.refusal(c_branch, problem));
                None
            }
            Ok(t) if t.is_empty() => {
                errors.push(file.refusal(c_advisors, Problem::Empty));
                None
            }
            Ok(t) => match notation::whole_number(&t).map(u32::try_from) {
                Some(Ok(n)) => Some(n),
                Some(Err(_)) => {
                    errors.push(file.refusal(c_advisors, Problem::TooLarge { value: t.into_owned() }));
                    None
                }
                None => {
                    errors.push(file.refusal(c_advisors, Problem::NotAnInteger { value: t.into_owned() }));
                    None
                }
            },
        };
        let region = match c_region.map(|c| (c, file.field(c))) {
            None => Some(None),
            Some((_, Ok(r))) => Some((!r.is_empty()).then(|| r.into_owned())),
            Some((c, Err(problem))) => {
                errors.push(file.refusal(c, problem));
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
        refusals.row([RowError::new(file.header_line(), "", Problem::NoBranches)]);
    }
    if !refusals.is_empty() {
        return Err(refusals.into_error(&file.name));
    }
    Ok(BranchesRead { branches, sha256: file.finish()?, warnings })
}
