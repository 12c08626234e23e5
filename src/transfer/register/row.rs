//! One row of a register checked: the investment it describes, or every problem it has.

use super::header::Extras;
use super::RegisterDefaults;
use crate::command::parse_date;
use crate::domain::{names, Category, Investment, Meta, Record};
use crate::ids::{InvestmentId, Kind, TenantId, UnitId};
use crate::money::{Currency, Money, MONEY_FORMS};
use crate::store::{normalise_name, Store, StoreError};
use std::collections::HashSet;

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

/// The name of the investment numbered `id` (its id when it cannot be read).
fn investment_name(
    store: &Store,
    tenant: &TenantId,
    id: InvestmentId,
) -> Result<String, StoreError> {
    Ok(match store.get(tenant, id.record())? {
        Some(s) => match s.record {
            Record::Investment(i) => i.name,
            _ => id.to_string(),
        },
        None => id.to_string(),
    })
}

/// The row's aliases (its `aliases` column, separated by `;` as the export writes them, or
/// by commas), each checked as `invest … alias:` checks one: readable, without `:`, not the
/// row's own name, not a name of another investment nor said twice in the file.
#[expect(
    clippy::too_many_arguments,
    reason = "the row's reading state, passed as `read_row` holds it"
)]
fn read_aliases(
    store: &Store,
    tenant: &TenantId,
    extras: &Extras,
    row: &[&str],
    name: &str,
    existing: Option<InvestmentId>,
    seen: &mut HashSet<String>,
    errs: &mut Vec<String>,
) -> Result<Vec<String>, StoreError> {
    let Some(column) = extras.aliases else {
        return Ok(Vec::new());
    };
    let mut out = Vec::new();
    for alias in row[column].split([';', ',']).map(names::clean) {
        if alias.is_empty() {
            continue;
        }
        let key = normalise_name(&alias);
        if let Some(problem) = names::problem(&alias, "an alias", false) {
            errs.push(problem);
        } else if key == normalise_name(name) {
            errs.push(format!("the alias '{alias}' is the investment's own name"));
        } else if !seen.insert(key) {
            errs.push(format!("'{alias}' appears twice in the file"));
        } else {
            match store.find_name(tenant, Kind::Investment, &alias)? {
                Some(id) if Some(InvestmentId(id.n)) != existing => errs.push(format!(
                    "the alias '{alias}' is already a name of {id} ({})",
                    investment_name(store, tenant, InvestmentId(id.n))?
                )),
                _ => out.push(alias),
            }
        }
    }
    Ok(out)
}

/// A row read and checked: the investment it describes, and the one of that name if any.
pub(super) struct Row {
    pub(super) investment: Investment,
    pub(super) existing: Option<InvestmentId>,
}

/// One row checked: the investment, or every problem the row has.
pub(super) fn read_row(
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
        let held = investment_name(store, tenant, InvestmentId(id.n))?;
        if normalise_name(&held) == normalise_name(&name) {
            existing = Some(InvestmentId(id.n));
        } else {
            errs.push(format!(
                "'{name}' is an alias of {id} ({held}); a row names an investment by its name"
            ));
        }
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
    let aliases = read_aliases(store, tenant, extras, row, &name, existing, seen, &mut errs)?;
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
            aliases,
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
