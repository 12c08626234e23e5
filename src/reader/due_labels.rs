//! A line labelled as when the work is owed, as issue trackers and forms write it: "Due:
//! 2026-12-18", "Due date: Dec 18", "Deadline: 1/15", "Owner: @jo | Due: 1/15". The date
//! after the label is the due date, whatever the rest of the message is.

use super::dates::DateMention;
use super::tokens::Token;

/// Is `d` said straight after a "Due:" / "Due date:" / "Due by:" / "Deadline:" label that
/// opens its line or follows another field ("… | Due: 1/15", "…, Due: 1/15")?
pub fn labelled_due(toks: &[Token], d: &DateMention) -> bool {
    let word = |k: usize| {
        d.start
            .checked_sub(k)
            .and_then(|j| toks.get(j))
            .map_or("", |t| t.lower.as_str())
    };
    if word(1) != ":" {
        return false;
    }
    let label = match (word(3), word(2)) {
        ("due", "date" | "by") => 3,
        (_, "due" | "deadline") => 2,
        _ => return false,
    };
    d.start == label || matches!(word(label + 1), "\n" | "|" | "," | ";" | "•")
}
