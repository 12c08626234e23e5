//! A new thing said with one or two words of a known investment's name inside a longer
//! name of its own: "a legacy giving CRM module" (not CRM Replacement), "an LED ribbon board"
//! (not Arena LED Lighting), "an AI ticket triage bot" (not AI Copilot). The guessed match
//! gives way so the thing is named as said.

use super::names::NameMatch;
use super::tokens::{TokKind, Token};

/// Words that end a thing's name said after its guessed words, or stop it before them:
/// little words, and verbs a name runs into ("the new sensor network keeps dropping
/// readings", "the new CMS went live").
#[rustfmt::skip]
const STOPS: &[&str] = &[
    "a", "an", "the", "new", "for", "in", "at", "on", "to", "from", "with", "of", "by", "and",
    "or", "is", "are", "was", "were", "'s", "be", "been", "has", "have", "had", "that", "which",
    "this", "these", "those", "our", "their", "its", "it", "we", "they", "approved", "rejected",
    "declined", "agreed", "signed", "parked", "paused", "stopped", "cancelled", "canceled",
    "deferred", "done", "live", "would", "will", "should", "could", "can", "not", "no", "yes",
    "go", "gets", "got", "needs", "need", "wants", "want", "off", "up", "out", "over", "as",
    "than", "so", "but", "if", "all", "only", "also", "just", "still", "now", "today",
    "keeps", "keep", "kept", "went", "goes", "came", "comes", "looks", "seems", "works",
    "worked", "runs", "ran", "does", "did", "saved", "saves", "cut", "cuts", "paid", "pays",
];

fn stop(t: &Token) -> bool {
    t.kind != TokKind::Word || t.is_break() || STOPS.contains(&t.lower.as_str())
}

/// Is guessed match `m` of the known investment `name` only a part of a new thing's own
/// name: said after "a" or "an", running on past the guessed words, at least two
/// words long, its last word none of the known name's words, and not saying the known
/// name's own last word ("the new e-book platform app" is the E-Book Lending Platform)?
pub(super) fn inside_a_new_thing(toks: &[Token], m: &NameMatch, name: &str) -> bool {
    if !m.guessed || m.start >= toks.len() {
        return false;
    }
    let mut p = m.start;
    while p > 0 && !stop(&toks[p - 1]) {
        p -= 1;
    }
    // A name said at a clause's start ("Routing tool cut fuel spend") or after "the new"
    // ("the new bar tills saved …") is how people shorten the known one; a new thing is
    // brought in with "a" or "an".
    let opened = p > 0 && matches!(toks[p - 1].lower.as_str(), "a" | "an");
    let mut q = m.end;
    while q < toks.len() && !stop(&toks[q]) {
        q += 1;
    }
    if !opened || q <= m.end || q - p < 2 {
        return false;
    }
    let known: Vec<String> = name
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let in_name = |w: &str| {
        let w = w.strip_suffix('s').unwrap_or(w);
        known
            .iter()
            .any(|k| k == w || k.strip_suffix('s') == Some(w))
    };
    let head_said = known
        .last()
        .is_some_and(|k| toks[p..q].iter().any(|t| t.lower == *k));
    // "a legacy giving CRM module": one of the known thing's own parts is that thing
    // (convention 59), not a new thing named after it.
    let own_part = super::names::counted_parts::own_part(&toks[q - 1].lower);
    !head_said && !in_name(&toks[q - 1].lower) && !own_part
}
