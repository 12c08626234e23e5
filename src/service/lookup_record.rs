//! `show` and `history` by name: an investment, a business unit or a service found by its
//! name or one of its aliases, exactly as `decide` and `benefit` find an investment; else a
//! "did you mean" naming the ids to type, or a message saying how to list them.

use super::error::{user, Failure};
use super::near_names::{labelled, listed, no_such_name, NotFound};
use super::Caller;
use crate::command::RecordRef;
use crate::ids::{Kind, RecordId};
use crate::store::Store;

/// The kinds a name may stand for, in the order the message names them.
const NAMED: [Kind; 3] = [Kind::Investment, Kind::Unit, Kind::Service];

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

/// "There is no investment, business unit or service called …", with the near ones' ids to
/// type (as every command taking a name says it).
fn nothing_called(
    store: &Store,
    caller: &Caller,
    name: &str,
    command: &str,
) -> Result<Failure, Failure> {
    let forms: Vec<&str> = spoken_forms(name).collect();
    let one = |first: RecordId, _: &str| format!(" Type `/value {command} {first}`.");
    let several =
        |first: RecordId, _: &str| format!(" Type `/value {command} {first}`, or another's id.");
    no_such_name(
        store,
        caller,
        &forms,
        &NAMED,
        NotFound {
            lead: format!("There is no investment, business unit or service called '{name}'."),
            one: &one,
            several: &several,
            none: "`/value list investments`, `/value units` and `/value list services` list them with their ids; `/value find <words>` searches notes and reasons too.".into(),
            by_name: false,
        },
    )
}

#[cfg(test)]
mod tests {
    use super::spoken_forms;

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
}
