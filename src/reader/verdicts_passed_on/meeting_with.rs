//! "Hello team, update from this morning's meeting with Mr Li:", "Quick rundown from
//! yesterday meeting with Boss:", "a few things from today's call with Tuilagi (he's in
//! Auckland):" (round V58): a heading, closed by its colon, that says the items under it come
//! from a meeting or a call with one person names who the verdicts after it come from. A
//! meeting with two ("with Ray and Denise:") or told in a sentence of its own names no one.

use super::super::tokens::Token;

/// Titles written before a name ("Mr Li", "Ms. Garbutt").
fn title(w: &str) -> bool {
    crate::reader::name_titles::courtesy_title(w) || matches!(w, "mme" | "mdm")
}

/// Words for a meeting or a call, the last word of "sit-down" and "catch-up" included.
fn meeting(toks: &[Token], k: usize) -> bool {
    match toks[k].lower.as_str() {
        "meeting" | "call" | "chat" | "talk" | "discussion" | "session" | "yarn" | "sitdown"
        | "catchup" => true,
        "down" | "up" => {
            k >= 2
                && toks[k - 1].is_sym("-")
                && matches!(toks[k - 2].lower.as_str(), "sit" | "catch")
        }
        _ => false,
    }
}

/// The one person the heading's meeting or call was with, as written.
pub(super) fn heading_source(text: &str, toks: &[Token]) -> Option<String> {
    let colon = toks
        .iter()
        .take(24)
        .take_while(|t| !t.is_sym("\n"))
        .position(|t| t.is_sym(":"))?;
    // "… with Tuilagi (he's in Auckland):": the bracket said after the name.
    let mut end = colon;
    if end > 0 && toks[end - 1].is_sym(")") {
        end = (0..end).rev().find(|&k| toks[k].is_sym("("))?;
    }
    let with = (1..end)
        .rev()
        .find(|&k| matches!(toks[k].lower.as_str(), "with" | "wit"))?;
    if !meeting(toks, with - 1) || super::verdicts::find_verdict_in(toks, 0, colon).is_some() {
        return None;
    }
    let mut k = with + 1;
    if toks.get(k).is_some_and(|t| title(&t.lower)) {
        k += 1 + usize::from(toks.get(k + 1).is_some_and(|t| t.is_sym(".")));
    }
    let name = super::person(text, toks, k, end)?;
    // The name closes the heading: one person, nobody after an "and".
    if k + name.split_whitespace().count() != end {
        return None;
    }
    Some(text[toks[with + 1].start..toks[end - 1].end].to_string())
}
