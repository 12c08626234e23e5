//! Clauses too bare to be a reason: only an exclamation ("yes, finally", "sweet as"), or
//! only a length of time ("12 months", "since 2 months").

use super::tokens::{TokKind, Token};

/// From `s` to `e`, only words of mood ("yes, finally", "sweet as", "about time!"), which
/// say how the writer feels about the verdict, not why it was taken.
pub(super) fn only_exclamation(toks: &[Token], s: usize, e: usize) -> bool {
    let e = e.min(toks.len());
    let words: Vec<&str> = (s..e)
        .filter(|&j| toks[j].is_word())
        .map(|j| toks[j].lower.as_str())
        .collect();
    !words.is_empty()
        && (s..e).all(|j| toks[j].is_word() || matches!(toks[j].lower.as_str(), "," | "!"))
        && words.iter().enumerate().all(|(k, w)| {
            let next = words.get(k + 1).copied().unwrap_or("");
            let before = k.checked_sub(1).map_or("", |p| words[p]);
            match *w {
                "yes" | "yep" | "yeah" | "yay" | "finally" | "woohoo" | "woo" | "hooray"
                | "phew" | "whoop" | "nice" | "awesome" | "brilliant" | "excellent" | "ace"
                | "lovely" | "sweet" | "beauty" | "bonza" | "rad" => true,
                // "sweet as", "about time", "at last".
                "as" => before == "sweet",
                "about" => next == "time",
                "time" => before == "about",
                "at" => next == "last",
                "last" => before == "at",
                _ => false,
            }
        })
}

/// From `s` to `e`, only a length of time, with "since" or "for" before it at most
/// ("24 months", "for 3 years", "since 2 months"): a term or an age, no reason.
pub(super) fn only_duration(toks: &[Token], s: usize, e: usize) -> bool {
    let e = e.min(toks.len());
    let s = s + usize::from(
        toks.get(s)
            .is_some_and(|t| matches!(t.lower.as_str(), "since" | "for" | "over")),
    );
    e == s + 2
        && toks[s].kind == TokKind::Num
        && matches!(
            toks[s + 1].lower.as_str(),
            "day"
                | "days"
                | "week"
                | "weeks"
                | "wks"
                | "month"
                | "months"
                | "mths"
                | "mos"
                | "year"
                | "years"
                | "yrs"
        )
}
