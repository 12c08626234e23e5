//! "Kindly note that the Board, at its sitting of 2nd December, has approved …", "… the
//! Board of Directors, at its sitting of 2 December 2026, approved …", "… the Board in its
//! meeting held on 2nd December 2026 has approved …" (round V65): a body's sitting told
//! between the body and its verdict is an aside; the body before it decided.

use super::tokens::{TokKind, Token};

/// Where the aside of a sitting ("at its sitting of …", "in its meeting held on …") opens
/// when it ends just before `end` (a comma or a day closes it), so the one named before it
/// is the verdict's subject.
pub(super) fn before_its_sitting(toks: &[Token], end: usize) -> Option<usize> {
    // Asked at every subject looked for: a comma or a number just before it first.
    let last = toks.get(end.checked_sub(1)?)?;
    if !(last.is_sym(",") || last.kind == TokKind::Num) {
        return None;
    }
    before_its_sitting_past_its_first_test(toks, end)
}

/// [`before_its_sitting`] once its first test is passed.
fn before_its_sitting_past_its_first_test(toks: &[Token], end: usize) -> Option<usize> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let its = (end.saturating_sub(12).max(1)..end.saturating_sub(2))
        .rev()
        .take_while(|&k| !matches!(word(k), "." | "!" | "?" | "\n" | ";" | ":"))
        .find(|&k| {
            word(k) == "its"
                && matches!(word(k - 1), "at" | "in" | "during")
                && matches!(word(k + 1), "sitting" | "meeting" | "session")
        })?;
    // Nothing but the sitting's day and its place between "its" and the verdict: no
    // clause's break but the comma closing the aside.
    if (its + 1..end - 1).any(|k| toks[k].is_break()) {
        return None;
    }
    let open = its - 1;
    Some(if open > 0 && toks[open - 1].is_sym(",") {
        open - 1
    } else {
        open
    })
}
