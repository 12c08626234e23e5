//! Import of an investment register kept in a spreadsheet, as CSV whose header starts
//! `name,unit,category,cost,run_cost,annual_benefit,years,start,sponsor`. Further columns
//! may follow (as in `investments.csv` from `export --format csv`): `currency` gives the
//! row's currency, a row with `retracted` set is skipped, others are ignored.
//! Every row is checked first; one bad row means nothing is imported. Names already
//! registered are refused, or with `update` the changed fields are amended, each change in
//! history with the file's name as the reason.

use super::csv_cells::unescape;
use crate::command::parse_date;
use crate::domain::{names, Category, Investment, Meta, Record};
use crate::ids::{InvestmentId, Kind, TenantId, UnitId};
use crate::money::{Currency, Money, MONEY_FORMS};
use crate::store::{normalise_name, FieldChange, NewRecord, Store, StoreError};
use std::collections::HashSet;
use std::path::Path;
use thiserror::Error;

pub const REGISTER_HEADER: &str =
    "name,unit,category,cost,run_cost,annual_benefit,years,start,sponsor";

const COLUMNS: usize = 9;

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

/// A row read and checked: the investment it describes, and the one of that name if any.
struct Row {
    investment: Investment,
    existing: Option<InvestmentId>,
}

/// Where the optional columns are.
struct Extras {
    currency: Option<usize>,
    retracted: Option<usize>,
    width: usize,
}

fn read_header(display: &str, header: &[String]) -> Result<Extras, RegisterError> {
    let starts_right = header.len() >= COLUMNS && header[..COLUMNS].join(",") == REGISTER_HEADER;
    if !starts_right {
        return Err(RegisterError::Unreadable(format!(
            "{display} does not start with the register header. The first line must start with:\n{REGISTER_HEADER}"
        )));
    }
    let find = |name: &str| {
        header
            .iter()
            .skip(COLUMNS)
            .position(|h| h == name)
            .map(|i| i + COLUMNS)
    };
    Ok(Extras {
        currency: find("currency"),
        retracted: find("retracted"),
        width: header.len(),
    })
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
            let after = Investment {
                id,
                meta: before.meta.clone(),
                ..row.investment.clone()
            };
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

/// The fields that differ, as amendments show them.
fn changes(
    store: &Store,
    tenant: &TenantId,
    before: &Investment,
    after: &Investment,
) -> Vec<FieldChange> {
    let unit_name = |id: UnitId| match store.get(tenant, id.record()) {
        Ok(Some(s)) => match s.record {
            Record::Unit(u) => u.name,
            _ => id.to_string(),
        },
        _ => id.to_string(),
    };
    let mut out = Vec::new();
    let mut field = |name: &str, b: String, a: String| {
        if b != a {
            out.push(FieldChange {
                field: name.into(),
                before: b,
                after: a,
            });
        }
    };
    field("name", before.name.clone(), after.name.clone());
    field("unit", unit_name(before.unit), unit_name(after.unit));
    field(
        "category",
        before.category.to_string(),
        after.category.to_string(),
    );
    field("cost", before.cost.exact(), after.cost.exact());
    field("run", before.run_cost.exact(), after.run_cost.exact());
    field(
        "benefit",
        before.annual_benefit.exact(),
        after.annual_benefit.exact(),
    );
    field("years", before.years.to_string(), after.years.to_string());
    field("start", before.start.to_string(), after.start.to_string());
    let sponsor = |s: &Option<String>| s.clone().unwrap_or_else(|| "none".into());
    field("sponsor", sponsor(&before.sponsor), sponsor(&after.sponsor));
    out
}

/// One row checked: the investment, or every problem the row has.
fn read_row(
    store: &Store,
    tenant: &TenantId,
    meta: &Meta,
    defaults: RegisterDefaults,
    extras: &Extras,
    row: &[&str],
    seen: &mut HashSet<String>,
) -> Result<Result<Row, Vec<String>>, StoreError> {
    let today = meta.at.date_naive();
    let mut errs = Vec::new();
    let name = names::clean(row[0]);
    let mut existing = None;
    if let Some(problem) = names::problem(row[0], "the name", true) {
        errs.push(problem);
    } else if !seen.insert(normalise_name(&name)) {
        errs.push(format!("'{name}' appears twice in the file"));
    } else if let Some(id) = store.find_name(tenant, Kind::Investment, &name)? {
        existing = Some(InvestmentId(id.n));
    }
    let unit = match unit_id(store, tenant, row[1])? {
        Ok(u) => Some(u),
        Err(e) => {
            errs.push(e);
            None
        }
    };
    let category: Option<Category> = row[2].parse().ok();
    if category.is_none() {
        errs.push(format!("category '{}' is not {}", row[2], Category::WORDS));
    }
    let default_currency = defaults.currency;
    let currency = match extras.currency.map(|c| row[c]).filter(|c| !c.is_empty()) {
        None => default_currency,
        Some(code) => Currency::from_code(code).unwrap_or_else(|| {
            errs.push(format!(
                "currency '{code}' is not a currency code the bot knows"
            ));
            default_currency
        }),
    };
    let mut money = |col: &str, v: &str, annual: bool| {
        let parsed = if annual {
            Money::parse_annual(v, currency)
        } else {
            Money::parse(v, currency)
        };
        match parsed {
            Ok(m) if m.minor <= 0 && col != "run_cost" => {
                errs.push(format!("{col} must be more than zero"));
                None
            }
            Ok(m) if m.minor < 0 => {
                errs.push(format!("{col} cannot be negative"));
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
    let cost = money("cost", row[3], false);
    // A blank running cost is zero, in the row's currency (the cost's, when it names one).
    let run_cost = if row[4].is_empty() {
        Some(Money::zero(cost.map_or(currency, |c| c.currency)))
    } else {
        money("run_cost", row[4], true)
    };
    let benefit = money("annual_benefit", row[5], true);
    let years = match row[6].parse::<u32>() {
        Ok(n) if (1..=50).contains(&n) => Some(n),
        _ => {
            errs.push(format!(
                "years '{}' is not a whole number from 1 to 50",
                row[6]
            ));
            None
        }
    };
    let start = if row[7].is_empty() {
        Some(today)
    } else {
        let d = parse_date(row[7], today, defaults.day_first);
        if d.is_none() {
            let order = if defaults.day_first {
                "DD/MM/YYYY"
            } else {
                "MM/DD/YYYY"
            };
            errs.push(format!(
                "start '{}' is not a date (YYYY-MM-DD or {order}, years 1900 to 2200)",
                row[7]
            ));
        }
        d
    };
    let sponsor = names::clean(row[8]);
    if sponsor.chars().count() > names::MAX_NAME_CHARS {
        errs.push(format!(
            "the sponsor is {} characters long; it can be at most {}",
            sponsor.chars().count(),
            names::MAX_NAME_CHARS
        ));
    }
    if let (Some(c), Some(r), Some(b)) = (cost, run_cost, benefit) {
        if c.currency != r.currency || c.currency != b.currency {
            errs.push("cost, run_cost and annual_benefit must be in one currency".to_string());
        }
    }
    let (
        true,
        Some(unit),
        Some(category),
        Some(cost),
        Some(run_cost),
        Some(annual_benefit),
        Some(years),
        Some(start),
    ) = (
        errs.is_empty(),
        unit,
        category,
        cost,
        run_cost,
        benefit,
        years,
        start,
    )
    else {
        return Ok(Err(errs));
    };
    Ok(Ok(Row {
        investment: Investment {
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
        },
        existing,
    }))
}
