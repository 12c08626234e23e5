//! "board approved $118K at the Q3 review", "cleared the October backlog": a month or a
//! quarter said between "the" and a noun names a thing (a meeting, a backlog, an event),
//! not when the record's news happened. Said after a word of time ("from the October
//! sweep", "over the October holidays") outside a decision, it tells when a result came.

use super::dates::{month, DateMention};
use super::tokens::Token;

/// Words after a month that are no noun it names.
const NOT_NOUNS: &[&str] = &[
    "of", "to", "and", "or", "is", "was", "will", "has", "had", "be", "for", "in", "on", "at",
    "this", "next", "last", "so", "but", "then", "we", "it", "the", "a",
];

/// Whether `d` is "the <month or quarter> <noun>".
pub fn names_a_thing(toks: &[Token], d: &DateMention) -> bool {
    let at = d.start + usize::from(toks[d.start].is("the"));
    let the = at > d.start || d.start > 0 && toks[d.start - 1].is("the");
    let w = toks[at].lower.as_str();
    let time = month(w).is_some() || matches!(w, "q1" | "q2" | "q3" | "q4");
    the && time
        && d.end == at + 1
        && toks.get(d.end).is_some_and(|t| {
            t.is_word()
                && t.lower.chars().all(|c| c.is_alphabetic() || c == '-')
                && !NOT_NOUNS.contains(&t.lower.as_str())
                && month(&t.lower).is_none()
        })
}

/// Whether `d` is "the <month> <noun>" said as the object of a verb ("cleared the October
/// backlog"), not after a word of time ("over the October holidays").
pub fn names_a_thing_done(toks: &[Token], d: &DateMention) -> bool {
    let the = if toks[d.start].is("the") {
        d.start
    } else {
        d.start.saturating_sub(1)
    };
    names_a_thing(toks, d)
        && the > 0
        && !matches!(
            toks[the - 1].lower.as_str(),
            "from"
                | "over"
                | "in"
                | "during"
                | "at"
                | "through"
                | "for"
                | "since"
                | "after"
                | "before"
                | "across"
                | "throughout"
        )
}
