//! "Heat recovery didn't get through: Priti wants a full year of meter readings off the new
//! plant before we spend again", "The bottling line didn't make the cut this year: Denise
//! wants one full season's numbers first": a thing that did not get through the meeting that
//! decides it is not approved. With something wanted first after it, the no holds until then,
//! a deferral (a no "for now", convention 43); with nothing waited for it is a refusal.
//! Something that can't get through a wall, or getting through a list, decides nothing.

use super::tokens::Token;
use crate::domain::Verdict;

fn word(toks: &[Token], k: usize) -> &str {
    toks.get(k).map_or("", |t| t.lower.as_str())
}

/// Bodies a thing gets through: "didn't get through the board".
const DECIDING: &[&str] = &[
    "board",
    "committee",
    "meeting",
    "budget",
    "review",
    "round",
    "panel",
    "trustees",
    "exec",
    "cabinet",
    "council",
    "governors",
    "call",
];

/// At `i` ("didn't", "did not"), "get through", "make it through" or "make the cut", said of
/// a thing (not of us), closing its clause or before a time, a place or the deciding body;
/// the verdict and where the shape ends.
pub(super) fn not_through_at(toks: &[Token], i: usize) -> Option<(Verdict, usize)> {
    let verb = match word(toks, i) {
        "didn't" | "didnt" => i + 1,
        "did" if word(toks, i + 1) == "not" => i + 2,
        _ => return None,
    };
    let end = match (word(toks, verb), word(toks, verb + 1), word(toks, verb + 2)) {
        ("get", "through", _) => verb + 2,
        ("make", "it", "through") => verb + 3,
        ("make", "the", "cut") => verb + 3,
        _ => return None,
    };
    let ours = matches!(
        word(toks, i.wrapping_sub(1)),
        "we" | "i" | "you" | "they" | "he" | "she"
    );
    let closes = toks.get(end).is_none_or(|t| t.is_break())
        || matches!(
            word(toks, end),
            "this" | "at" | "in" | "for" | "with" | "again"
        )
        || matches!(word(toks, end), "the" | "a" | "our")
            && DECIDING.contains(&word(toks, end + 1));
    if i == 0 || ours || !closes {
        return None;
    }
    let verdict = if wanted_first(toks, end) {
        Verdict::Defer
    } else {
        Verdict::Reject
    };
    Some((verdict, end))
}

/// From `at` to the sentence's end, someone wanting something first: a wish ("wants",
/// "would like", "asked for") and after it "first", "before", "till" / "until" or "after".
fn wanted_first(toks: &[Token], at: usize) -> bool {
    let sentence = toks[at..]
        .iter()
        .take_while(|t| !matches!(t.lower.as_str(), "." | "!" | "?" | "\n"));
    let mut wished = false;
    for t in sentence {
        match t.lower.as_str() {
            "wants" | "want" | "wanted" | "like" | "asked" | "needs" => wished = true,
            "first" | "before" | "till" | "until" | "til" | "after" if wished => return true,
            _ => {}
        }
    }
    false
}
