//! "in before the muster" against Helicopter Muster Contract: a name's describing word
//! alone after "before the" (or "after the", "until the", "till the"), ending the clause, is
//! the time of year or the event something is timed by, not the investment.

use crate::reader::tokens::Token;

/// Whether the one word at `i` (of the name `words`, not its last) is said as the event
/// something is timed by: "before the" just before it and nothing of its phrase after it.
pub(super) fn said_as_the_event(toks: &[Token], i: usize, words: &[String]) -> bool {
    let timed = i >= 2
        && toks[i - 1].is("the")
        && matches!(
            toks[i - 2].lower.as_str(),
            "before" | "after" | "until" | "till" | "til" | "during"
        );
    let bare = toks[i].lower.strip_suffix("'s").unwrap_or(&toks[i].lower);
    let describing = words.last().is_some_and(|l| l != bare);
    let ends = toks.get(i + 1).is_none_or(|t| t.is_break());
    timed && describing && ends
}
