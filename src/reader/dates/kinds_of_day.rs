//! "sorted the saturday drop outs", "the Tuesday truck", "spending half of Saturday on the
//! phone": a weekday said as the name of what happens that day every week, or as a part of
//! such a day, is no one date (round D45).

use super::*;

/// Is the weekday at `i` said as a kind of day: between "the" and a thing named for it
/// ("the saturday drop outs"), or after "half of" / "most of" / "part of" / "much of"?
pub(super) fn names_a_kind_of_day(toks: &[Token], i: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let before = |k: usize| i.checked_sub(k).map_or("", word);
    let portion = before(1) == "of" && matches!(before(2), "half" | "most" | "part" | "much");
    portion || before(1) == "the" && thing_after(toks, i + 1)
}

/// Does the word at `j` name a thing, not a time or a clause going on ("the Monday after",
/// "the Friday we went live", "the Saturday morning", "the Tuesday meeting")?
fn thing_after(toks: &[Token], j: usize) -> bool {
    let Some(t) = toks.get(j) else {
        return false;
    };
    t.is_word()
        && !t.capital
        && !matches!(
            t.lower.as_str(),
            "after"
                | "before"
                | "following"
                | "just"
                | "gone"
                | "of"
                | "that"
                | "when"
                | "we"
                | "i"
                | "you"
                | "they"
                | "he"
                | "she"
                | "it"
                | "and"
                | "or"
                | "to"
                | "at"
                | "in"
                | "on"
                | "for"
                | "with"
                | "is"
                | "was"
                | "morning"
                | "night"
                | "afternoon"
                | "evening"
                | "arvo"
                | "am"
                | "pm"
                | "meeting"
                | "mtg"
                | "board"
                | "call"
                | "session"
                | "committee"
        )
}
