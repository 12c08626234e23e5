//! "payroll move bumped to feb", "We're putting the website rebuild back to March": work
//! bumped to a time, or put back to one with the work named between, is put off to it, as
//! "pushed to q2" is. Bumped to money ("budget bumped to $40k") is a new figure, and put
//! back to anything but a time ("putting the old compressor back to work") no verdict.

use super::tokens::Token;

/// At `i` ("bumped" / "bumping", "shoved", or "gone" / "went" / "goes" with "back"), a time
/// right after "to" / "till" / "until" (or "back to", "out to"); where the verdict's word
/// ends.
pub(super) fn bumped_to_a_time_at(toks: &[Token], i: usize) -> Option<usize> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    // "laptop refresh shoved back to april" (round S42); "De PET blow moulder gone back to
    // January" (round B65): gone, went or goes back to a time, "back" said.
    let gone = matches!(word(i), "gone" | "went" | "goes");
    if !gone && !matches!(word(i), "bumped" | "bumping" | "shoved" | "shoving") {
        return None;
    }
    let mut to = i + 1;
    if matches!(word(to), "back" | "out") {
        to += 1;
    } else if gone {
        return None;
    }
    (matches!(word(to), "to" | "till" | "until" | "til")
        && crate::reader::verdict_shapes::moved_to_a_time(toks, to + 1))
    .then_some(i + 1)
}

/// At `i` ("putting" / "put"), the work (a few words, no break) then "back to" / "back
/// till" / "back until" a time; where the verdict's word ends (before the work).
pub(super) fn putting_back_to_a_time_at(toks: &[Token], i: usize) -> Option<usize> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    if !matches!(word(i), "putting" | "put") {
        return None;
    }
    // "POS system: we put it back to March", "The POS for route sales we put back to March"
    // (round S58): the work said before, "it" / "them" for it or nothing, after our "put".
    let ours = i > 0 && matches!(word(i - 1), "we" | "we've" | "i" | "i've" | "they" | "have");
    let back = if ours && word(i + 1) == "back" {
        i + 1
    } else if ours && matches!(word(i + 1), "it" | "them" | "this") && word(i + 2) == "back" {
        i + 2
    } else if matches!(word(i + 1), "the" | "our" | "that") {
        (i + 2..(i + 9).min(toks.len()))
            .take_while(|&k| !toks[k].is_break())
            .find(|&k| word(k) == "back")?
    } else {
        return None;
    };
    (matches!(word(back + 1), "to" | "till" | "until" | "til")
        && crate::reader::verdict_shapes::moved_to_a_time(toks, back + 2))
    .then_some(i + 1)
}
