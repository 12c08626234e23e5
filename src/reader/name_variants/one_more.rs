//! "a second robot" for Dispensing Robot, "a second CNC" for CNC Router: one more of the
//! thing a name is, said by its last word (in the singular too) or by an acronym of its
//! kind when the name is a thing, not work done on one. Another of a thing a name's other
//! words say is a new thing ("a second climbing wall" against Climbing Wall Refurbishment,
//! "a second pump station" against Pump Station Telemetry).

use super::*;

/// Work done on a thing a name may end on, besides `WORK_ON`'s.
const MORE_WORK: &[&str] = &[
    "refurbishment",
    "refurb",
    "refit",
    "fitout",
    "fit-out",
    "resurfacing",
    "extension",
    "rebuild",
    "repairs",
    "repair",
    "project",
    "programme",
    "program",
    "scheme",
    "study",
    "pilot",
    "trial",
];

/// Whether `bare`, said after "a second" / "an extra" (`caps`: written in capitals, an
/// acronym), is one more of the thing the name of `name_words` is.
pub(in crate::reader) fn one_more_of_the_thing(
    name_words: &[String],
    bare: &str,
    caps: bool,
) -> bool {
    let Some(last) = name_words.last() else {
        return true;
    };
    let singular = last.strip_suffix('s').is_some_and(|s| s == bare);
    let a_thing = !work_on(last) && !MORE_WORK.contains(&last.as_str());
    last == bare || singular || caps && a_thing && name_words.iter().any(|w| w == bare)
}

/// "a second knitting machine" against Flat Knitting Machine: one more of the thing a name
/// is, said by its last two words or more (`said`, the words from the one after "a second"
/// to the match's end), the last perhaps in the singular, when the name is a thing, not
/// work done on one.
pub(in crate::reader) fn one_more_by_its_last_words(name_words: &[String], said: &[Token]) -> bool {
    let n = said.len();
    let Some(last) = name_words.last() else {
        return false;
    };
    if n < 2 || n > name_words.len() || work_on(last) || MORE_WORK.contains(&last.as_str()) {
        return false;
    }
    let tail = &name_words[name_words.len() - n..];
    // "a second reefer truck" against Refrigerated Truck (round B67): the whole name said
    // with a word the trade writes short is one more of it too.
    let whole = n == name_words.len();
    let mut short = false;
    let all = said.iter().zip(tail).enumerate().all(|(k, (t, w))| {
        let t = t.lower.as_str();
        let other_form = whole && t != w && crate::reader::names::expanded(t) == w;
        short |= other_form;
        t == w || other_form || k + 1 == n && w.strip_suffix('s').is_some_and(|s| s == t)
    });
    all && (!whole || short)
}
