//! "We're pushing the website rebuild to April; the agency can't start before then", "I'm
//! moving the payroll switch to Q2": work we say we are moving to a later time is put off to
//! it, as "pushed to q2" is. Moved to anything but a time ("pushing the booking app to every
//! site", "moving bookings to the new system") or pushed hard is no verdict.

use super::tokens::Token;

/// At `i` ("pushing" / "moving" / "shifting" after "we're", "I'm", "we are"), the thing
/// moved to, till or until a time within the clause; where the verdict's word ends (before
/// the thing).
pub(super) fn pushing_to_a_time_at(toks: &[Token], i: usize) -> Option<usize> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    if i == 0 {
        return None;
    }
    let by_us = matches!(word(i), "pushing" | "moving" | "shifting")
        && matches!(word(i - 1), "we're" | "were" | "i'm" | "im" | "are" | "am");
    // "Russell wants to push that to next year", "Finance would like to move it to Q2": a
    // wish to put it off, said by whoever decides, is a deferral (convention 21; round S50).
    let wished = matches!(word(i), "push" | "move" | "shift")
        && (word(i - 1) == "to"
            && matches!(
                word(i.wrapping_sub(2)),
                "wants" | "want" | "like" | "decided" | "agreed" | "going"
            )
            || matches!(word(i - 1), "wanna" | "gonna"));
    if !(by_us || wished) {
        return None;
    }
    // The thing: a few words up to "to" / "till" / "until", no break between.
    let to = (i + 1..(i + 9).min(toks.len()))
        .take_while(|&k| !toks[k].is_break())
        .find(|&k| matches!(word(k), "to" | "till" | "until" | "til"))?;
    let back = usize::from(word(to) == "back");
    (to > i + 1
        && !matches!(word(i + 1), "hard" | "ahead" | "on" | "for")
        && crate::reader::verdict_shapes::moved_to_a_time(toks, to + 1 + back))
    .then_some(i + 1)
}
