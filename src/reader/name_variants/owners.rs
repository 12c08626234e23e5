//! "the café's Christmas opening hours", "the store's holiday price list", "a battery bank
//! for the yard's power tools": a unit's word, however ordinary, said as the owner of the
//! thing after it is the team or place that owns it; so is one a proposal comes from
//! ("Proposal from the pressroom: …").

use crate::reader::tokens::Token;

/// Words after "'s" that make it "is" or "has" ("the shop's closed", "the yard's got a
/// leak"): the word said of, not an owner.
const CONTRACTED: &[&str] = &[
    "a", "an", "the", "been", "got", "gone", "going", "not", "still", "now", "just", "back", "up",
    "down", "out", "off", "on", "in", "over", "done", "shut", "open", "full", "busy", "dead",
];

/// Whether the one-word match at `start` is said with a possessive "'s" before the thing
/// it owns (a word, not a participle or a word that makes the "'s" a verb).
pub(in crate::reader) fn said_as_owner(toks: &[Token], start: usize, end: usize) -> bool {
    let t = &toks[start];
    let owner = end == start + 1 && (t.lower.ends_with("'s") || t.lower.ends_with("’s"));
    owner
        && toks.get(end).is_some_and(|n| {
            n.is_word()
                && !n.lower.ends_with("ed")
                && !n.lower.ends_with("ing")
                && !CONTRACTED.contains(&n.lower.as_str())
        })
}

/// Words for what a team puts forward.
const PUT_FORWARD: &[&str] = &[
    "proposal",
    "proposals",
    "request",
    "requests",
    "bid",
    "ask",
    "pitch",
    "idea",
    "suggestion",
];

/// Whether the one-word match at `start` is whom a proposal comes from: "Proposal from the
/// groomers: …", "Request from the yard —".
pub(in crate::reader) fn proposal_from(toks: &[Token], start: usize, end: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    end == start + 1
        && start >= 3
        && word(start - 1) == "the"
        && word(start - 2) == "from"
        && PUT_FORWARD.contains(&word(start - 3))
}
