//! "CON-61 [Proposal] Self-order screens – Edmonton concession stands", "IT-358 Request:
//! second ticketing server for DR", "GX-150 Accessibility – captioning glasses" (round B61,
//! convention 89): a tracker's ticket names its thing in its title, the first line after the
//! ticket's key, its bracketed kind or "Request:", and a one-word category before a dash;
//! the lines after it (a reporter, a cost, a comment) name no thing of their own.

use crate::reader::tokens::{TokKind, Token};

/// A tracker's word before its title that says what kind of ticket it is.
fn kind_word(w: &str) -> bool {
    matches!(w, "request" | "proposal" | "idea" | "ask" | "task")
}

/// Where the title of a ticket opening the message starts: past a key of capitals and a
/// number ("CON-61", "IT-358", "RITM0042210", "TKT#0451"), a mark after it ("·", "|", "–",
/// ":"), a bracketed kind ("[Proposal]"), a kind's word and its colon ("Request:") and a
/// one-word category and its dash ("Accessibility –"). `None` when the message opens on
/// no such key or the title has no word, and when it is one line alone (no ticket).
pub(super) fn ticket_title_start(toks: &[Token]) -> Option<usize> {
    // Asked of every new thing's name: the first token is told first, before any scan.
    let first = toks.first()?;
    if !(first.is_word() && (first.caps || first.lower.bytes().any(|b| b.is_ascii_digit()))) {
        return None;
    }
    let line_end = toks.iter().position(|t| t.is_sym("\n"))?;
    // The key: its capitals, its hyphen or "#", and a number, four tokens at most.
    let key_end = (1..=4.min(line_end)).find(|&k| {
        toks[..k].iter().any(|t| {
            t.kind == TokKind::Num || t.is_word() && t.lower.bytes().any(|b| b.is_ascii_digit())
        }) && toks[..k].iter().all(|t| match t.kind {
            TokKind::Num => true,
            TokKind::Word => t.caps || t.lower.bytes().any(|b| b.is_ascii_digit()),
            _ => matches!(t.lower.as_str(), "-" | "#"),
        }) && !toks[k].is_sym("-")
            && toks[k].kind != TokKind::Num
    })?;
    let mut k = key_end;
    let word = |k: usize| {
        toks.get(k)
            .filter(|_| k < line_end)
            .map_or("", |t| t.lower.as_str())
    };
    if matches!(word(k), "·" | "|" | "–" | "—" | "-" | ":") {
        k += 1;
    }
    if word(k) == "[" && word(k + 2) == "]" {
        k += 3;
    }
    if kind_word(word(k)) && word(k + 1) == ":" {
        k += 2;
    }
    if toks.get(k).is_some_and(Token::is_word)
        && matches!(word(k + 1), "–" | "—")
        && k + 2 < line_end
    {
        k += 2;
    }
    // "TICKET #2291 — ICT — Priority: Medium": a field of the ticket, no title.
    (k < line_end && toks[k].is_word() && word(k + 1) != ":").then_some(k)
}
