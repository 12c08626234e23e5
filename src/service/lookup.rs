//! Finding units and investments by what people type: names, aliases, ids; with a
//! "did you mean" when they are close.

use super::error::{user, Failure};
use super::Caller;
use crate::command::{InvestmentRef, UnitRef};
use crate::domain::{Investment, Record, Unit};
use crate::ids::{InvestmentId, Kind, RecordId, UnitId};
use crate::store::{normalise_name, Store};

/// The closest of `names` to `wanted`, if close enough to be a typo.
pub fn closest<'a>(wanted: &str, names: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let wanted = normalise_name(wanted);
    names
        .into_iter()
        .map(|n| (strsim::damerau_levenshtein(&wanted, &normalise_name(n)), n))
        .filter(|(d, n)| *d <= 2.max(n.chars().count() / 4) && *d < n.chars().count())
        .min_by_key(|(d, _)| *d)
        .map(|(_, n)| n)
}

pub fn units(store: &Store, caller: &Caller) -> Result<Vec<Unit>, Failure> {
    Ok(store
        .live(&caller.tenant, Kind::Unit)?
        .into_iter()
        .filter_map(|s| match s.record {
            Record::Unit(u) => Some(u),
            _ => None,
        })
        .collect())
}

/// A unit by name or alias (in quotes or not: a "did you mean" tells a name with a space to be
/// typed in quotes, as commands take it, and a draft's `edit unit` takes the rest of its line).
pub fn unit(store: &Store, caller: &Caller, name: &str) -> Result<Unit, Failure> {
    let name = unquoted(name);
    if let Some(id) = store.find_name(&caller.tenant, Kind::Unit, name)? {
        if let Some(state) = store.get(&caller.tenant, id)? {
            if let Record::Unit(u) = state.record {
                return Ok(u);
            }
        }
    }
    Err(no_unit(store, caller, name))
}

/// `name` without one pair of quotes around the whole of it.
fn unquoted(name: &str) -> &str {
    let name = name.trim();
    [('"', '"'), ('\'', '\''), ('“', '”'), ('‘', '’')]
        .iter()
        .find_map(|(open, close)| {
            let inner = name.strip_prefix(*open)?.strip_suffix(*close)?;
            (!inner.trim().is_empty()).then_some(inner.trim())
        })
        .unwrap_or(name)
}

/// A unit's name as it is typed in a command: in quotes when it has a space.
fn as_typed(unit: &str) -> String {
    match unit.contains(char::is_whitespace) {
        true => format!("\"{unit}\""),
        false => unit.to_string(),
    }
}

/// "There is no business unit called …", with the units near `name` (by name or alias) and
/// the name to type (a unit is typed by its name), as investments are answered.
fn no_unit(store: &Store, caller: &Caller, name: &str) -> Failure {
    let add = if name.contains(' ') {
        format!("/value unit add \"{name}\"")
    } else {
        format!("/value unit add {name}")
    };
    let none = match store.live(&caller.tenant, Kind::Unit) {
        Ok(units) if units.is_empty() => {
            return user(format!(
                "There is no business unit called '{name}' yet. Add it with `{add}`."
            ))
        }
        Ok(_) => {
            format!("If it is new, add it with `{add}`; `/value units` lists the units there are.")
        }
        Err(e) => return e.into(),
    };
    let new = format!(" If '{name}' is new, add it with `{add}`.");
    let one = |_: RecordId, unit: &str| format!(" Type `{}` in its place.{new}", as_typed(unit));
    let several = |_: RecordId, unit: &str| {
        let unit = as_typed(unit);
        format!(" Type the name of the one you mean in its place, like `{unit}`.{new}")
    };
    let said = super::near_names::no_such_name(
        store,
        caller,
        &[name],
        &[Kind::Unit],
        super::near_names::NotFound {
            lead: format!("There is no business unit called '{name}'."),
            one: &one,
            several: &several,
            none,
            by_name: true,
        },
    );
    said.unwrap_or_else(|e| e)
}

/// `None` for `All`.
pub fn unit_or_all(
    store: &Store,
    caller: &Caller,
    wanted: &UnitRef,
) -> Result<Option<Unit>, Failure> {
    match wanted {
        UnitRef::All => Ok(None),
        UnitRef::Name(n) => unit(store, caller, n).map(Some),
    }
}

pub fn unit_name(store: &Store, caller: &Caller, id: UnitId) -> Result<String, Failure> {
    Ok(match store.get(&caller.tenant, id.record())? {
        Some(s) => match s.record {
            Record::Unit(u) => u.name,
            _ => id.to_string(),
        },
        None => id.to_string(),
    })
}

/// "There is no investment called …", with the investments near `name` (by name or alias)
/// and their ids, as every command taking a name says it.
fn no_investment(store: &Store, caller: &Caller, name: &str) -> Failure {
    let one = |id: RecordId, _: &str| format!(" Type its id, `{id}`, in place of the name.");
    let several = |id: RecordId, _: &str| {
        format!(" Type the id of the one you mean in place of the name, like `{id}`.")
    };
    let said = super::near_names::no_such_name(
        store,
        caller,
        &[name],
        &[Kind::Investment],
        super::near_names::NotFound {
            lead: format!("There is no investment called '{name}'."),
            one: &one,
            several: &several,
            none: format!("Register it with `/value invest \"{name}\" unit:… cost:… benefit:…/yr years:… category:…`, or see `/value list investments`."),
            by_name: false,
        },
    );
    said.unwrap_or_else(|e| e)
}

/// A live investment by id, name or alias.
pub fn investment(
    store: &Store,
    caller: &Caller,
    r: &InvestmentRef,
) -> Result<Investment, Failure> {
    let id = match r {
        InvestmentRef::Id(id) => *id,
        InvestmentRef::Name(name) => {
            match store.find_name(&caller.tenant, Kind::Investment, name)? {
                Some(id) => InvestmentId(id.n),
                None => return Err(no_investment(store, caller, name)),
            }
        }
    };
    match store.get(&caller.tenant, id.record())? {
        Some(state) if state.is_live() => match state.record {
            Record::Investment(i) => Ok(i),
            _ => Err(user(format!("{id} is not an investment."))),
        },
        Some(_) => Err(user(format!(
            "{id} was retracted; see `/value history {id}`."
        ))),
        None => Err(user(format!(
            "There is no {id}. `/value list investments` shows them all."
        ))),
    }
}

#[cfg(test)]
mod tests {
    use super::{as_typed, unquoted};

    #[test]
    fn a_unit_in_quotes_is_the_unit() {
        assert_eq!(unquoted("\"Field Ops\""), "Field Ops");
        assert_eq!(unquoted(" “Field Ops” "), "Field Ops");
        assert_eq!(unquoted("'Ops'"), "Ops");
        // Only a pair around the whole name, never an apostrophe inside it.
        assert_eq!(unquoted("O'Neil's"), "O'Neil's");
        assert_eq!(unquoted("\"\""), "\"\"");
        assert_eq!(unquoted("\"Ops"), "\"Ops");
    }

    #[test]
    fn a_unit_with_a_space_is_said_in_quotes_to_type() {
        assert_eq!(as_typed("Field Ops"), "\"Field Ops\"");
        assert_eq!(as_typed("Ops"), "Ops");
    }
}
