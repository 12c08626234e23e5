//! "Laptop refresh for Accounts — revisit after the audit in February. Same for the store
//! wi-fi at Harrogate, look again in March.": a sentence opening "Same for", "Same goes
//! for", "Same with" or "Ditto for" gives another thing the verdict said before it, so it
//! is a record of its own, though its own words may say no verdict; so is one that opens
//! on another thing and "is the same" ("The customer portal is the same, look again in
//! March.").

use super::*;

/// Does the sentence at `a` open on "Same for", "Same goes for", "Same with", "Ditto for"
/// (after "And"), then the thing?
pub(in crate::reader) fn same_for_at(toks: &[Token], a: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let a = a + usize::from(word(a) == "and");
    let k = match (word(a), word(a + 1), word(a + 2)) {
        ("same", "goes", "for") => a + 3,
        ("same", "for" | "with", _) | ("ditto", "for" | "with", _) => a + 2,
        _ => return thing_is_the_same(toks, a),
    };
    toks.get(k).is_some_and(|t| t.is_word())
}

/// "Customer portal phase 2 is the same, let's look again in March.": a sentence at `a`
/// that opens on a thing of one to six words and then "is the same" (not "the same as …",
/// a comparison), closing its clause.
fn thing_is_the_same(toks: &[Token], a: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    (a + 1..a + 7)
        .take_while(|&k| {
            toks.get(k)
                .is_some_and(|t| t.is_word() || t.kind == TokKind::Num)
        })
        .any(|k| {
            matches!(word(k), "is" | "are")
                && word(k + 1) == "the"
                && word(k + 2) == "same"
                && toks.get(k + 3).is_none_or(|t| t.is_break())
                && (a..k).all(|j| !matches!(word(j), "it" | "this" | "that" | "everything"))
        })
}

/// Marks as a record each sentence opening on "Same for …" in a message with a verdict,
/// and the sentence before it too (its verdict is what the "Same for" gives on).
pub(super) fn mark_same_for(toks: &[Token], parts: &[(usize, usize)], records: &mut [bool]) {
    for k in 1..parts.len() {
        if !same_for_at(toks, parts[k].0) {
            continue;
        }
        // The verdict before may be one its sentence alone does not read ("let's revisit
        // after the audit in February"): the message says one somewhere.
        if find_verdict_in(toks, 0, toks.len()).is_some() {
            records[k - 1] = true;
            records[k] = true;
        }
    }
}
