//! "Approver: Salote (Finance)", "Approved by: R. Persaud", "Decision by: the Board" (round
//! V56): a ticket's or minutes' own field naming who decided, on a line of its own.

use super::decider_words::is_decider_word;
use super::tokens::{TokKind, Token};

/// Where the field's label ends (its colon) when a line opens at `i` on one.
fn label_at(toks: &[Token], i: usize) -> Option<usize> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let colon = match (word(i), word(i + 1), word(i + 2)) {
        ("approver" | "approvers", ":", _) => i + 1,
        ("approved" | "decided" | "decision" | "authorised" | "authorized", "by", ":") => i + 2,
        _ => return None,
    };
    Some(colon)
}

/// The one the field names, as written: up to four words (initials with their full stops
/// kept), ending at a bracket, a comma or the line's end.
pub(super) fn field_decider(text: &str, toks: &[Token]) -> Option<String> {
    let opens = |i: usize| i == 0 || toks[i - 1].is_sym("\n");
    let colon = (0..toks.len()).find_map(|i| opens(i).then(|| label_at(toks, i)).flatten())?;
    let start = colon + 1;
    let mut end = start;
    while end < toks.len() && end - start < 6 {
        let t = &toks[end];
        let initial = t.is_sym(".") && end > start && toks[end - 1].lower.chars().count() == 1;
        if !(t.kind == TokKind::Word && is_decider_word(&t.lower) || initial) {
            break;
        }
        end += 1;
    }
    let words = toks[start..end].iter().filter(|t| t.is_word()).count();
    (1..=4)
        .contains(&words)
        .then(|| text[toks[start].start..toks[end - 1].end].to_string())
}

/// A ticket's field label ("Status: Approved", "Resolution: Won't Do") read as a chat line's
/// speaker: no one who decided.
pub(super) fn is_field_label(name: &str) -> bool {
    matches!(
        name.to_ascii_lowercase().as_str(),
        "status" | "resolution" | "priority" | "state" | "outcome" | "decision" | "result"
    )
}
