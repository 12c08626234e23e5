//! "the trotro fares are killing the workers", "the hand sorting is killing the crew", "my
//! back is killing me" (round S52): a cost or a chore that is hard on people, not work
//! stopped.

use super::*;

/// The people a thing can be hard on, said after "the" or alone.
const PEOPLE: &[&str] = &[
    "workers",
    "crew",
    "crews",
    "staff",
    "team",
    "drivers",
    "pickers",
    "women",
    "men",
    "lads",
    "girls",
    "guys",
    "folks",
    "folk",
    "customers",
    "members",
    "farmers",
    "riders",
];

/// "killing <people>": `Some(None)`, no verdict.
pub(super) fn hurting_people(at: &Around, raw: Verdict) -> Option<Option<Verdict>> {
    let (toks, _start, end, word, _prev, next) = at.parts();
    if raw != Verdict::Stop || !matches!(word, "killing" | "kills") {
        return None;
    }
    let after = toks.get(end + 1).map_or("", |t| t.lower.as_str());
    // The people end their phrase: "the staff scheduling app" is a thing.
    let ends = |k: usize| {
        toks.get(k)
            .is_none_or(|t| t.is_break() || matches!(t.lower.as_str(), "and" | "who" | "so"))
    };
    let people = matches!(next, "me" | "us" | "them" | "everyone" | "everybody") && ends(end + 1)
        || matches!(next, "the" | "our" | "my") && PEOPLE.contains(&after) && ends(end + 2);
    people.then_some(None)
}
