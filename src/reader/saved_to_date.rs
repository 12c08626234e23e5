//! "…, saving approximately KES 3.6 million to date", "saved about £2k so far": money saved
//! up to now is a result already had (a benefit cue; see `realised_savings::saving_at`).

use super::tokens::{TokKind, Token};

/// Whether `i` opens "saving" / "saved" then, in the same clause and within eight words,
/// an amount's figure and "to date" or "so far".
pub(super) fn saved_to_date(toks: &[Token], i: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    if !matches!(word(i), "saving" | "saved") {
        return false;
    }
    let end = (i + 1..toks.len().min(i + 9))
        .find(|&k| toks[k].is_break())
        .unwrap_or(toks.len().min(i + 9));
    let figure = (i + 1..end).find(|&k| toks[k].kind == TokKind::Num);
    figure.is_some_and(|f| {
        (f + 1..end).any(|k| {
            word(k) == "to" && word(k + 1) == "date" || word(k) == "so" && word(k + 1) == "far"
        })
    })
}
