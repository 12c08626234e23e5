//! "PRJ-77 Laser projector retrofit: due date changed from 2027-02-15 to 2027-03-12 by
//! kenji", "due date moved to 1/15": a tracker's line that changes the due date names the
//! day it is changed to as the due date, whatever the rest of the message is (round D46).

use super::dates::DateMention;
use super::tokens::Token;

/// Verbs that change a date.
const CHANGED: &[&str] = &[
    "changed", "moved", "set", "pushed", "updated", "extended", "brought", "reset",
];

/// Is `d` said after "to" in "due date <changed> [from …] to <d>" (or "deadline …"),
/// within its line?
pub fn due_date_changed_to(toks: &[Token], d: &DateMention) -> bool {
    if d.start == 0 || !toks[d.start - 1].is("to") {
        return false;
    }
    let line = toks[..d.start]
        .iter()
        .rposition(|t| t.is_sym("\n"))
        .map_or(0, |p| p + 1);
    let from = line.max(d.start.saturating_sub(12));
    (from..d.start).any(|k| {
        let named = toks[k].is("deadline")
            || toks[k].is("due") && toks.get(k + 1).is_some_and(|t| t.is("date"));
        let verb = k + 1 + usize::from(toks[k].is("due"));
        named
            && toks
                .get(verb)
                .is_some_and(|t| CHANGED.contains(&t.lower.as_str()))
    })
}
