//! `show` and `history` by name: an investment, a business unit or a service found by its
//! name or one of its aliases, exactly as `decide` and `benefit` find an investment; else a
//! "did you mean" naming the ids to type, or a message saying how to list them.

use super::error::{user, Failure};
use super::Caller;
use crate::command::RecordRef;
use crate::domain::Record;
use crate::ids::{Kind, RecordId};
use crate::store::{normalise_name, Store};

/// The kinds a name may stand for, in the order the message names them.
const NAMED: [Kind; 3] = [Kind::Investment, Kind::Unit, Kind::Service];

/// At most this many suggestions in a "did you mean".
const SUGGESTIONS: usize = 4;

/// The record `wanted` stands for; `command` is the word typed (`show`, `history`), for the
/// line the message tells the person to type.
pub fn record_id(
    store: &Store,
    caller: &Caller,
    wanted: &RecordRef,
    command: &str,
) -> Result<RecordId, Failure> {
    let name = match wanted {
        RecordRef::Id(id) => return Ok(*id),
        RecordRef::Name(name) => name.as_str(),
    };
    for spoken in spoken_forms(name) {
        let mut found = Vec::new();
        for kind in NAMED {
            if let Some(id) = store.find_name(&caller.tenant, kind, spoken)? {
                found.push(id);
            }
        }
        match found.as_slice() {
            [] => continue,
            [id] => return Ok(*id),
            _ => {
                let labels = labelled(store, caller, &found)?;
                return Err(user(format!(
                    "'{spoken}' names {}{}. Type the id of the one you mean, like `/value {command} {}`.",
                    if labels.len() == 2 { "both " } else { "" },
                    listed(&labels, "and"),
                    found[0]
                )));
            }
        }
    }
    Err(nothing_called(store, caller, name, command)?)
}

/// What was typed, then without a leading "me" ("show me the CRM replacement") and "the".
fn spoken_forms(name: &str) -> impl Iterator<Item = &str> {
    let without_me = after_word(name, "me");
    let without_the = after_word(without_me.unwrap_or(name), "the");
    std::iter::once(name).chain(without_me).chain(without_the)
}

/// What follows `word` when `s` opens on it and more follows.
fn after_word<'a>(s: &'a str, word: &str) -> Option<&'a str> {
    let (first, rest) = s.trim().split_once(' ')?;
    let rest = rest.trim();
    (first.eq_ignore_ascii_case(word) && !rest.is_empty()).then_some(rest)
}

/// "INV-2 (Field service platform)" for each id, as the records name themselves.
fn labelled(store: &Store, caller: &Caller, ids: &[RecordId]) -> Result<Vec<String>, Failure> {
    let mut out = Vec::with_capacity(ids.len());
    for id in ids {
        let name = match store.get(&caller.tenant, *id)?.map(|s| s.record) {
            Some(Record::Investment(i)) => i.name,
            Some(Record::Unit(u)) => u.name,
            Some(Record::Service(v)) => v.name,
            _ => String::new(),
        };
        out.push(format!("{id} ({name})"));
    }
    Ok(out)
}

/// "A", "A or B", "A, B or C" (`or`), or the same with "and".
fn listed(labels: &[String], or: &str) -> String {
    match labels.split_last() {
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} {or} {last}", rest.join(", ")),
        None => String::new(),
    }
}

/// How near `name` is to what was typed: an edit distance small enough to be a typo (as
/// [`super::lookup::closest`] judges one), else the name holding every typed word in order
/// ("field service" in "Field service platform"), ranked after any typo.
fn nearness(typed: &str, name: &str) -> Option<usize> {
    let name = normalise_name(name);
    let length = name.chars().count();
    let d = strsim::damerau_levenshtein(typed, &name);
    if d <= 2.max(length / 4) && d < length {
        return Some(d);
    }
    let inside = typed.chars().count() >= 3 && format!(" {name} ").contains(&format!(" {typed} "));
    inside.then_some(length + d)
}

/// "There is no investment, business unit or service called …", with the near ones' ids to type.
fn nothing_called(
    store: &Store,
    caller: &Caller,
    name: &str,
    command: &str,
) -> Result<Failure, Failure> {
    let mut near: Vec<(usize, RecordId)> = Vec::new();
    for kind in NAMED {
        for state in store.live(&caller.tenant, kind)? {
            let (id, names): (RecordId, Vec<&str>) = match &state.record {
                Record::Investment(i) => (i.id.record(), i.names().collect()),
                Record::Unit(u) => (u.id.record(), u.names().collect()),
                Record::Service(v) => (v.id.record(), vec![v.name.as_str()]),
                _ => continue,
            };
            let best = spoken_forms(name)
                .flat_map(|typed| {
                    let typed = normalise_name(typed);
                    names
                        .iter()
                        .filter_map(move |n| nearness(&typed, n))
                        .collect::<Vec<_>>()
                })
                .min();
            if let Some(best) = best {
                near.push((best, id));
            }
        }
    }
    near.sort();
    let ids: Vec<RecordId> = near.iter().take(SUGGESTIONS).map(|(_, id)| *id).collect();
    let lead = format!("There is no investment, business unit or service called '{name}'.");
    Ok(match ids.first() {
        Some(first) => user(format!(
            "{lead} Did you mean {}? Type `/value {command} {first}`{}.",
            listed(&labelled(store, caller, &ids)?, "or"),
            if ids.len() > 1 { ", or another's id" } else { "" }
        )),
        None => user(format!(
            "{lead} `/value list investments`, `/value units` and `/value list services` list them with their ids; `/value find <words>` searches notes and reasons too."
        )),
    })
}

#[cfg(test)]
mod tests {
    use super::{listed, spoken_forms};

    #[test]
    fn me_and_the_are_left_off_only_after_the_name_as_typed() {
        let forms = |s| spoken_forms(s).collect::<Vec<_>>();
        assert_eq!(
            forms("me the CRM replacement"),
            [
                "me the CRM replacement",
                "the CRM replacement",
                "CRM replacement"
            ]
        );
        assert_eq!(forms("the Hub"), ["the Hub", "Hub"]);
        assert_eq!(forms("Metro"), ["Metro"]);
        assert_eq!(forms("me"), ["me"]);
        assert_eq!(forms("theme park"), ["theme park"]);
    }

    #[test]
    fn suggestions_read_as_a_list() {
        let l = |v: &[&str], or| listed(&v.iter().map(|s| s.to_string()).collect::<Vec<_>>(), or);
        assert_eq!(l(&["A"], "or"), "A");
        assert_eq!(l(&["A", "B"], "or"), "A or B");
        assert_eq!(l(&["A", "B", "C"], "or"), "A, B or C");
        assert_eq!(l(&["A", "B", "C"], "and"), "A, B and C");
    }
}
