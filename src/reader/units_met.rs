//! The unit a note is about. A note about a named investment is filed under that
//! investment's unit; only a note of a meeting with another unit ("Quick sync w/ Marketing:
//! …", "Ops stand-up: …") is about the unit met. A unit only said in it ("👍 from the F&B
//! managers", "Finance want the write-off done", "Sheriff cutover slipped") leaves it with
//! the investment's unit (convention 19 of `tests/corpus/README.md`).

use super::tokens::Token;

/// Words that say the writer met the unit beside them.
const MEETING_WORDS: &[&str] = &[
    "met",
    "meet",
    "meeting",
    "meetings",
    "mtg",
    "sync",
    "standup",
    "stand-up",
    "stand",
    "huddle",
    "catch-up",
    "catchup",
    "workshop",
    "call",
    "spoke",
    "talked",
    "chatted",
    "session",
    "council",
    "committee",
];

fn breaks(t: &Token) -> bool {
    [".", ":", "!", "?", "\n", ",", ";", "—", "–", "-"]
        .iter()
        .any(|s| t.is_sym(s))
}

/// Whether the unit said at `toks[start..end]` is one the writer met: a meeting word up to
/// three words before it ("Met Finance", "sync w/ Marketing", "catch-up with Ops") or after
/// it ("Ops stand-up", "Rx + Finance mtg", "Supply Chain and Finance workshop"), within its
/// clause.
pub(super) fn met(toks: &[Token], start: usize, end: usize) -> bool {
    let meeting = |t: &Token| MEETING_WORDS.contains(&t.lower.as_str());
    let before = toks[start.saturating_sub(3)..start]
        .iter()
        .rev()
        .take_while(|t| !breaks(t))
        .any(meeting);
    let after = toks[end..(end + 3).min(toks.len())]
        .iter()
        .take_while(|t| !breaks(t))
        .any(meeting);
    before || after
}

/// "Finance says the POS numbers finally reconcile": at `end`, just after a unit, a verb of
/// its reporting news (a party to the news, not a unit met).
pub(super) fn reports(toks: &[Token], end: usize) -> bool {
    toks.get(end).is_some_and(|t| {
        matches!(
            t.lower.as_str(),
            "says" | "say" | "said" | "reckon" | "reckons" | "reports" | "reported"
        )
    })
}

/// Whether the words between two names hold no clause break ("Attrition in the BPO", not
/// "Palletiser - Finance").
pub(super) fn same_clause(between: &[Token]) -> bool {
    !between.iter().any(breaks)
}
