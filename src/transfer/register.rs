//! Import of an investment register kept in a spreadsheet, as CSV whose header starts
//! `name,unit,category,cost,run_cost,annual_benefit,years,start,sponsor`. Further columns
//! may follow (as in `investments.csv` from `export --format csv`): `currency` gives the
//! row's currency, `aliases` its other names, a row with `retracted` set is skipped, others
//! are ignored.
//! Every row is checked first; one bad row means nothing is imported. Names already
//! registered are refused, or with `update` the changed fields are amended, each change in
//! history with the file's name as the reason.
//!
//! This file runs the import; `header` reads the header, `row` checks each row and
//! `changes` says what an update amends.

use super::csv_cells::unescape;
use crate::domain::{Investment, Meta, Record};
use crate::ids::{InvestmentId, Kind, TenantId};
use crate::money::Currency;
use crate::store::{NewRecord, Store, StoreError};
use changes::changes;
use header::read_header;
use row::{read_row, Row};
use std::collections::HashSet;
use std::path::Path;
use thiserror::Error;

mod changes;
mod header;
mod row;

pub const REGISTER_HEADER: &str =
    "name,unit,category,cost,run_cost,annual_benefit,years,start,sponsor";

#[derive(Debug, Error)]
pub enum RegisterError {
    #[error("Nothing was imported from {path}; fix these rows and try again:\n{}", problems.join("\n"))]
    BadRows { path: String, problems: Vec<String> },
    #[error("{0}")]
    Unreadable(String),
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// What an import did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RegisterImport {
    pub created: Vec<InvestmentId>,
    /// Investments that had a field amended (`update` only).
    pub updated: Vec<InvestmentId>,
    /// Rows naming an investment that already held every value (`update` only).
    pub unchanged: usize,
    /// Rows marked retracted, which were not imported.
    pub skipped_retracted: usize,
}

/// A progress line is said after this many rows are checked: a register of tens of
/// thousands of rows takes a while, and the person importing it sees it move.
pub const ROWS_PER_PROGRESS_LINE: usize = 500;

/// How a register's rows are read where they say nothing themselves: the currency of an
/// amount written without one, and whether a numeric date (`04/03/2027`) is day first, as
/// the tenant's `conversation.day_first` says.
#[derive(Clone, Copy, Debug)]
pub struct RegisterDefaults {
    pub currency: Currency,
    pub day_first: bool,
}

/// Imports the register at `path`. With `update`, rows naming an existing investment
/// amend it; without, they are refused.
pub fn import_register(
    store: &Store,
    tenant: &TenantId,
    meta: &Meta,
    defaults: RegisterDefaults,
    path: &Path,
    update: bool,
) -> Result<RegisterImport, RegisterError> {
    import_register_saying(store, tenant, meta, defaults, path, update, &mut |_| {})
}

/// [`import_register`], saying how far it got to `progress`: a line every
/// [`ROWS_PER_PROGRESS_LINE`] rows checked, and one as it writes them all in one batch.
pub fn import_register_saying(
    store: &Store,
    tenant: &TenantId,
    meta: &Meta,
    defaults: RegisterDefaults,
    path: &Path,
    update: bool,
    progress: &mut dyn FnMut(String),
) -> Result<RegisterImport, RegisterError> {
    let display = path.display().to_string();
    let file_name = path
        .file_name()
        .map(|f| f.to_string_lossy().into_owned())
        .unwrap_or_else(|| display.clone());
    let mut reader = csv::ReaderBuilder::new()
        .trim(csv::Trim::All)
        .flexible(true)
        .from_path(path)
        .map_err(|e| RegisterError::Unreadable(format!("Cannot read {display}: {e}")))?;
    let header: Vec<String> = reader
        .headers()
        .map_err(|e| {
            RegisterError::Unreadable(format!("Cannot read the header of {display}: {e}"))
        })?
        .iter()
        .map(|h| h.to_lowercase())
        .collect();
    let extras = read_header(&display, &header)?;
    let mut problems = Vec::new();
    let mut rows: Vec<Row> = Vec::new();
    let mut seen = HashSet::new();
    let mut outcome = RegisterImport::default();
    let mut read = 0;
    let mut checked = |n: usize| {
        if n > 0 && n.is_multiple_of(ROWS_PER_PROGRESS_LINE) {
            progress(format!("Checked {n} rows of {file_name}…"));
        }
    };
    for (i, row) in reader.records().enumerate() {
        let line = i + 2;
        checked(i);
        read = i + 1;
        let row = match row {
            Ok(r) => r,
            Err(e) => {
                problems.push(format!("line {line}: cannot be read ({e})"));
                continue;
            }
        };
        if row.iter().all(str::is_empty) {
            continue;
        }
        if row.len() != extras.width {
            problems.push(format!(
                "line {line}: has {} columns; the header has {}",
                row.len(),
                extras.width
            ));
            continue;
        }
        if extras.retracted.is_some_and(|c| !row[c].is_empty()) {
            outcome.skipped_retracted += 1;
            continue;
        }
        let cells: Vec<&str> = row.iter().map(unescape).collect();
        match read_row(store, tenant, meta, defaults, &extras, &cells, &mut seen)? {
            Ok(r) if r.existing.is_some() && !update => problems.push(format!(
                "line {line}: '{}' is already registered as {} (import with --update to amend it from this file)",
                r.investment.name,
                r.existing.expect("checked")
            )),
            Ok(r) => rows.push(r),
            Err(errs) => problems.push(format!("line {line}: {}", errs.join("; "))),
        }
    }
    checked(read);
    if !problems.is_empty() {
        return Err(RegisterError::BadRows {
            path: display,
            problems,
        });
    }
    if rows.is_empty() && outcome.skipped_retracted == 0 {
        return Err(RegisterError::Unreadable(format!(
            "{display} has a header but no rows; nothing to import."
        )));
    }
    let reason = format!("imported from {file_name}");
    progress(match rows.len() {
        1 => format!("Writing 1 row of {file_name} into {tenant}…"),
        n => format!(
            "Writing {n} rows of {file_name} into {tenant} in one batch: all of them or none…"
        ),
    });
    let (created, updated, unchanged) = store.write(|tx| {
        let (mut created, mut updated, mut unchanged) = (Vec::new(), Vec::new(), 0);
        for row in &rows {
            let Some(id) = row.existing else {
                let record = tx.create(
                    NewRecord {
                        tenant,
                        kind: Kind::Investment,
                        meta,
                    },
                    |n| {
                        Record::Investment(Investment {
                            id: InvestmentId(n),
                            ..row.investment.clone()
                        })
                    },
                )?;
                created.push(InvestmentId(record.id().n));
                continue;
            };
            let Some(state) = tx.state(tenant, id.record())? else {
                return Err(StoreError::NotFound(id.record()));
            };
            let Record::Investment(before) = state.record else {
                return Err(StoreError::NotFound(id.record()));
            };
            let mut after = Investment {
                id,
                meta: before.meta.clone(),
                ..row.investment.clone()
            };
            // A register without an `aliases` column says nothing about them.
            if extras.aliases.is_none() {
                after.aliases = before.aliases.clone();
            }
            let changes = changes(store, tenant, &before, &after);
            if changes.is_empty() {
                unchanged += 1;
                continue;
            }
            tx.amend(
                tenant,
                meta,
                Record::Investment(after),
                changes,
                reason.clone(),
            )?;
            updated.push(id);
        }
        Ok((created, updated, unchanged))
    })?;
    store.flush()?;
    outcome.created = created;
    outcome.updated = updated;
    outcome.unchanged = unchanged;
    Ok(outcome)
}
