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
    if pronoun_subject(toks, a, v.start) || pronoun_after_its_thing(toks, a, v.start) {
        more.decided_by.clone_from(&before.decided_by);
    }
}

/// "The gift shop POS he wants left alone till March", "For the armored van, she wants to
/// wait …" (round V64): the thing named first, then "he" or "she" and the words between a
/// subject and its verdict ("wants", "also", "has"). Not a pronoun after someone else's
/// "says" ("… Bounmy says she wants …"): that one is theirs.
fn pronoun_after_its_thing(toks: &[Token], a: usize, verb: usize) -> bool {
    let mut p = verb;
    while p > a
        && matches!(
            toks[p - 1].lower.as_str(),
            "wants" | "want" | "would" | "also" | "has" | "had" | "just" | "to"
        )
    {
        p -= 1;
    }
    // The pronoun, with at least one word of "wants" or "also" between it and the verdict,
    // or the verdict straight after it.
    let Some(k) = p.checked_sub(1).filter(|&k| k > a) else {
        return false;
    };
    if !matches!(toks[k].lower.as_str(), "he" | "she") {
        return false;
    }
    // The thing named first: a word or a comma before the pronoun, in its sentence.
    let before = &toks[k - 1];
    let fronted = before.is_sym(",") || before.is_word() && !before.is_break();
    let reported = matches!(
        before.lower.as_str(),
        "says" | "said" | "say" | "thinks" | "reckons" | "that" | "and" | "but" | "so" | "if"
    );
    fronted && !reported
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
