//! "The harbour board approved the pontoon lighting. They parked the ticketing system till
//! spring": a record whose verdict's subject is "they", "he" or "she" is decided by the one
//! the record before it names as deciding (round D44). With no one named before, the
//! pronoun names no one.

use super::tokens::Token;
use super::{verdicts, Reading};

/// Gives `more`, the record read from the message's tokens `a..b`, the decider of `before`
/// when its verdict's clause opens on a pronoun deciding again.
pub(super) fn decided_again(
    toks: &[Token],
    (a, b): (usize, usize),
    before: &Reading,
    more: &mut Reading,
) {
    if more.decided_by.is_some() || more.verdict.is_none() || before.decided_by.is_none() {
        return;
    }
    let Some(v) = verdicts::find_verdict_in(toks, a, b) else {
        return;
    };
    if pronoun_subject(toks, a, v.start) {
        more.decided_by.clone_from(&before.decided_by);
    }
}

/// Whether the clause before the verdict at `verb` is only "they", "he" or "she" and words
/// between a subject and its verb ("They also turned down …", "She's knocked back …", "He
/// has said no …").
fn pronoun_subject(toks: &[Token], a: usize, verb: usize) -> bool {
    let start = (a..verb)
        .rev()
        .find(|&k| toks[k].is_break())
        .map_or(a, |k| k + 1);
    let Some(first) = toks.get(start).filter(|_| start < verb) else {
        return false;
    };
    let pronoun = matches!(
        first.lower.as_str(),
        "they" | "he" | "she" | "they've" | "he's" | "she's"
    );
    pronoun
        && toks[start + 1..verb].iter().all(|t| {
            matches!(
                t.lower.as_str(),
                "also" | "have" | "has" | "had" | "then" | "just" | "since" | "later" | "finally"
            )
        })
}
