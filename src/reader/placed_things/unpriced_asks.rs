//! "He's also looking at a parts washer, no price yet", "She also wants to redo the
//! hand-wash stations — no price yet", "And he want to change the CK floor tiles, no quote
//! yet" (round B53): a thing someone is looking at, said as new, or things someone wants
//! work done on, in a message that says there is no price yet, is a proposal of its own
//! (convention 17), however many decisions come before it.

use super::*;
use crate::reader::intent::LOOKED_AT_NOT_THINGS;

/// Work wanted on things that makes them a job of their own.
const REDO: &[&str] = &[
    "redo",
    "replace",
    "change",
    "upgrade",
    "refit",
    "resurface",
    "renew",
    "retile",
    "reline",
];

/// At `i`: "looking at a <thing>" or "want(s) to <redo> the <things>", with no price yet in
/// the message; where the thing is said.
pub(in crate::reader) fn looked_at_or_redone_unpriced(toks: &[Token], i: usize) -> Option<usize> {
    match word(toks, i) {
        "looking" if word(toks, i + 1) == "at" && matches!(word(toks, i + 2), "a" | "an") => {
            super::unpriced_thing_at(toks, i + 2).or_else(|| no_quote_yet(toks).then_some(i + 2))
        }
        "want" | "wants"
            if word(toks, i + 1) == "to"
                && REDO.contains(&word(toks, i + 2))
                && word(toks, i + 3) == "the" =>
        {
            // "the hand-wash stations": the things' words, hyphens and all, up to a plural
            // that is no figure or way of doing (as `unpriced_thing_at` reads one).
            let at = i + 4;
            let plural = (at..at + 5)
                .take_while(|&k| toks.get(k).is_some_and(|t| t.is_word() || t.is("-")))
                .find(|&k| {
                    let w = word(toks, k);
                    w.len() > 3 && w.ends_with('s') && !LOOKED_AT_NOT_THINGS.contains(&w)
                })?;
            (super::unpriced_thing_at(toks, plural).is_some() || no_quote_yet(toks)).then_some(at)
        }
        _ => None,
    }
}

/// "no quote yet", "no quotes yet": the price still to come, said as the quote.
fn no_quote_yet(toks: &[Token]) -> bool {
    (0..toks.len()).any(|k| {
        word(toks, k) == "no"
            && matches!(word(toks, k + 1), "quote" | "quotes")
            && (k + 2..(k + 4).min(toks.len())).any(|j| word(toks, j) == "yet")
    })
}
