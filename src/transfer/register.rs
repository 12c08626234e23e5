//! Import of an investment register kept in a spreadsheet, as CSV with the header
//! `name,unit,category,cost,run_cost,annual_benefit,years,start,sponsor`.
//! Every row is checked first; one bad row means nothing is imported.

use crate::command::parse_date;
use crate::domain::{Category, Investment, Meta, Record};
use crate::ids::{InvestmentId, Kind, TenantId, UnitId};
use crate::money::{Currency, Money, MONEY_FORMS};
use crate::store::{normalise_name, NewRecord, Store, StoreError};
use std::collections::HashSet;
use std::path::Path;
use thiserror::Error;

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

fn unit_id(
    store: &Store,
    tenant: &TenantId,
    name: &str,
) -> Result<Result<UnitId, String>, StoreError> {
    if let Some(id) = store.find_name(tenant, Kind::Unit, name)? {
        return Ok(Ok(UnitId(id.n)));
    }
    let units = store.live(tenant, Kind::Unit)?;
    let names: Vec<String> = units
        .iter()
        .filter_map(|s| match &s.record {
            Record::Unit(u) => Some(u.name.clone()),
            _ => None,
        })
        .collect();
    let guess = crate::service::closest_name(name, names.iter().map(String::as_str));
    Ok(Err(match guess {
        Some(g) => format!("there is no business unit called '{name}' (did you mean '{g}'?)"),
        None => format!("there is no business unit called '{name}'; add it first with `unit add`"),
    }))
}

/// Imports the register at `path`; returns the ids created.
pub fn import_register(
    store: &Store,
    tenant: &TenantId,
    meta: &Meta,
    currency: Currency,
    path: &Path,
) -> Result<Vec<InvestmentId>, RegisterError> {
    let display = path.display().to_string();
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
    if header.join(",") != REGISTER_HEADER {
        return Err(RegisterError::Unreadable(format!(
            "{display} does not start with the register header. The first line must be exactly:\n{REGISTER_HEADER}"
        )));
    }
    let today = meta.at.date_naive();
    let mut problems = Vec::new();
    let mut rows: Vec<Investment> = Vec::new();
    let mut seen = HashSet::new();
    for (i, row) in reader.records().enumerate() {
        let line = i + 2;
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
        if row.len() != 9 {
            problems.push(format!(
                "line {line}: has {} columns; the register has 9 ({REGISTER_HEADER})",
                row.len()
            ));
            continue;
        }
        let mut errs = Vec::new();
        let name = crate::domain::names::clean(&row[0]);
        if let Some(problem) = crate::domain::names::problem(&row[0], "the name", true) {
            errs.push(problem);
        } else if !seen.insert(normalise_name(&name)) {
            errs.push(format!("'{name}' appears twice in the file"));
        } else if let Some(existing) = store.find_name(tenant, Kind::Investment, &name)? {
            errs.push(format!("'{name}' is already registered as {existing}"));
        }
        let unit = match unit_id(store, tenant, &row[1])? {
            Ok(u) => Some(u),
            Err(e) => {
                errs.push(e);
                None
            }
        };
        let category: Option<Category> = row[2].parse().ok();
        if category.is_none() {
            errs.push(format!("category '{}' is not {}", &row[2], Category::WORDS));
        }
        let mut money = |col: &str, v: &str, annual: bool, required_positive: bool| {
            let parsed = if v.is_empty() && !required_positive {
                Ok(Money::zero(currency))
            } else if annual {
                Money::parse_annual(v, currency)
            } else {
                Money::parse(v, currency)
            };
            match parsed {
                Ok(m) if required_positive && m.minor == 0 => {
                    errs.push(format!("{col} must be more than zero"));
                    None
                }
                Ok(m) => Some(m),
                Err(_) => {
                    errs.push(format!(
                        "{col} '{v}' is not an amount (write it like {MONEY_FORMS})"
                    ));
                    None
                }
            }
        };
        let cost = money("cost", &row[3], false, true);
        let run_cost = money("run_cost", &row[4], true, false);
        let benefit = money("annual_benefit", &row[5], true, true);
        let years = match row[6].parse::<u32>() {
            Ok(n) if (1..=50).contains(&n) => Some(n),
            _ => {
                errs.push(format!(
                    "years '{}' is not a whole number from 1 to 50",
                    &row[6]
                ));
                None
            }
        };
        let start = if row[7].is_empty() {
            Some(today)
        } else {
            let d = parse_date(&row[7], today);
            if d.is_none() {
                errs.push(format!(
                    "start '{}' is not a date (YYYY-MM-DD or DD/MM/YYYY)",
                    &row[7]
                ));
            }
            d
        };
        let sponsor = crate::domain::names::clean(&row[8]);
        if sponsor.chars().count() > crate::domain::names::MAX_NAME_CHARS {
            errs.push(format!(
                "the sponsor is {} characters long; it can be at most {}",
                sponsor.chars().count(),
                crate::domain::names::MAX_NAME_CHARS
            ));
        }
        if let (Some(c), Some(r), Some(b)) = (cost, run_cost, benefit) {
            if c.currency != r.currency || c.currency != b.currency {
                errs.push("cost, run_cost and annual_benefit must be in one currency".to_string());
            }
        }
        if !errs.is_empty() {
            problems.push(format!("line {line}: {}", errs.join("; ")));
            continue;
        }
        if let (
            Some(unit),
            Some(category),
            Some(cost),
            Some(run_cost),
            Some(annual_benefit),
            Some(years),
            Some(start),
        ) = (unit, category, cost, run_cost, benefit, years, start)
        {
            let run_cost = if run_cost.minor == 0 {
                Money::zero(cost.currency)
            } else {
                run_cost
            };
            rows.push(Investment {
                id: InvestmentId(0),
                name,
                unit,
                category,
                cost,
                run_cost,
                annual_benefit,
                years,
                start,
                sponsor: Some(sponsor).filter(|s| !s.is_empty()),
                meta: meta.clone(),
            });
        }
    }
    if !problems.is_empty() {
        return Err(RegisterError::BadRows {
            path: display,
            problems,
        });
    }
    if rows.is_empty() {
        return Err(RegisterError::Unreadable(format!(
            "{display} has a header but no rows; nothing to import."
        )));
    }
    let ids = store.write(|tx| {
        let mut ids = Vec::new();
        for inv in &rows {
            let record = tx.create(
                NewRecord {
                    tenant,
                    kind: Kind::Investment,
                    meta,
                },
                |n| {
                    Record::Investment(Investment {
                        id: InvestmentId(n),
                        ..inv.clone()
                    })
                },
            )?;
            ids.push(InvestmentId(record.id().n));
        }
        Ok(ids)
    })?;
    store.flush()?;
    Ok(ids)
}
