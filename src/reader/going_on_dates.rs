//! Dates that say how work that goes on is scheduled, not when to look at it again:
//! a supplier's slip told with it ("vendor slipped UAT to mid Jan but we're not changing
//! course", "the Italians can't ship till Feb now … still going ahead") and how long it
//! runs ("the drone trial carries on through to Easter").

use super::dates::DateMention;
use super::tokens::Token;

/// Words of a slip or a hold-up of another party's delivery.
fn slip_word(w: &str) -> bool {
    matches!(
        w,
        "slipped"
            | "slipping"
            | "slips"
            | "slip"
            | "ship"
            | "deliver"
            | "can't"
            | "cannot"
            | "won't"
    )
}

/// Whether the date `d`, in a record that goes on or goes ahead, is a slip told in its own
/// clause or the end of the time the work runs ("through to Easter", "thru to June").
pub fn schedule_of_going_on(toks: &[Token], d: &DateMention) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let through = d.start >= 2
        && word(d.start - 1) == "to"
        && matches!(word(d.start - 2), "through" | "thru");
    let slip = toks[..d.start]
        .iter()
        .rev()
        .take_while(|t| !t.is_break())
        .take(6)
        .any(|t| slip_word(&t.lower));
    through || slip
}
