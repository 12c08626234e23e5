//! "Replace 6 office laptops" against Laptop Replacement (round B60, conventions 74 and
//! 89): a new thing said as the verb of the work a registered name is, then the thing the
//! work is done to.

use crate::reader::names::NameIndex;

/// A verb of work done on a thing and the noun a register's name says it with.
const VERB_NOUN: &[(&str, &str)] = &[
    ("replace", "replacement"),
    ("upgrade", "upgrade"),
    ("refresh", "refresh"),
    ("migrate", "migration"),
    ("renew", "renewal"),
    ("overhaul", "overhaul"),
    ("expand", "expansion"),
    ("rebuild", "rebuild"),
    ("redesign", "redesign"),
    ("refit", "refit"),
    ("revamp", "revamp"),
];

/// The registered investment a new thing's name `thing` names: it opens on a verb of work
/// whose noun is a word of exactly one registered name, and every other word of that name
/// (the thing the work is done to, singular or plural) is said after the verb.
pub(super) fn work_verb_first(ix: &NameIndex, thing: &str) -> Option<usize> {
    let mut said = thing
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty());
    let verb = said.next()?.to_lowercase();
    let &(_, noun) = VERB_NOUN.iter().find(|(v, _)| *v == verb)?;
    let rest: Vec<String> = said.map(str::to_lowercase).collect();
    let is_said = |w: &str| {
        rest.iter().any(|s| {
            s == w
                || s.strip_suffix('s') == Some(w)
                || s.strip_suffix("es") == Some(w)
                || s.strip_suffix("ies")
                    .is_some_and(|stem| w.strip_suffix('y') == Some(stem))
        })
    };
    let mut found = None;
    for i in 0..ix.investments.len() {
        let words = ix.investment_words(i);
        let things = words.iter().filter(|w| *w != noun);
        if words.len() < 2 || !words.iter().any(|w| w == noun) {
            continue;
        }
        if things.clone().all(|w| is_said(w)) {
            if found.is_some() {
                return None;
            }
            found = Some(i);
        }
    }
    found
}
