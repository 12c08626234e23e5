//! "the crusher has refused again", "the expeller refused this morning" (round S53):
//! Ugandan and Kenyan English say a machine that will not work "has refused". A thing that
//! refused, with nothing refused after it, is broken down, not a refusal of work; a person
//! or a body that refused ("the MD has refused") still refuses.

use super::*;

/// Words for those who decide, and the pronouns of people, that keep a bare "refused" a
/// refusal.
const DECIDERS: &[&str] = &[
    "he",
    "she",
    "they",
    "we",
    "i",
    "md",
    "boss",
    "board",
    "management",
    "director",
    "ceo",
    "cfo",
    "manager",
    "madam",
    "mzee",
    "bank",
    "council",
    "committee",
    "chairman",
    "chair",
    "owner",
    "finance",
];

/// A bare "refused" whose subject is a thing: `Some(None)`, no verdict.
pub(super) fn machine_refused(at: &Around, raw: Verdict) -> Option<Option<Verdict>> {
    let (toks, start, end, word, _prev, next) = at.parts();
    if raw != Verdict::Reject || !matches!(word, "refused" | "refuses") {
        return None;
    }
    // Nothing refused after it: "again", a time of today, or the clause's end.
    let bare = matches!(next, "" | "again" | "today" | "yesterday")
        || next == "this" && toks.get(end + 1).is_some_and(|t| t.is("morning"))
        || toks.get(end).is_some_and(|t| t.is_break() || t.is(","));
    if !bare {
        return None;
    }
    // The subject: the word before, past "has", "had", "just", "now".
    let mut k = start;
    while k > 0
        && matches!(
            toks[k - 1].lower.as_str(),
            "has" | "have" | "had" | "just" | "now" | "also" | "again"
        )
    {
        k -= 1;
    }
    let subject = toks.get(k.checked_sub(1)?)?;
    let thing = subject.is_word()
        && !subject.capital
        && !DECIDERS.contains(&subject.lower.trim_end_matches("'s"))
        && toks[..k - 1]
            .iter()
            .rev()
            .take_while(|t| t.is_word())
            .take(4)
            .any(|t| matches!(t.lower.as_str(), "the" | "our" | "my" | "this"));
    thing.then_some(None)
}
