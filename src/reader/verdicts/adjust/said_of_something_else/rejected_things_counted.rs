//! "Since the moisture analysers came, rejected loads at the weighbridge dropped from 30 a
//! week to 6" (round S59): "rejected" before a plural noun whose clause then counts them up
//! or down is the goods turned back, said as an adjective, no refusal.

use super::*;

/// Verbs a count of turned-back goods goes up or down by.
const CHANGES: &[&str] = &[
    "dropped",
    "fell",
    "down",
    "halved",
    "went",
    "are",
    "were",
    "rose",
    "up",
    "doubled",
    "tripled",
    "have",
    "has",
    "came",
    "cut",
    "reduced",
    "increased",
    "decreased",
];

/// "rejected <things> … dropped": `Some(None)`.
pub(super) fn rejected_things_counted(at: &Around, raw: Verdict) -> Option<Option<Verdict>> {
    let (toks, start, end, word, prev, next) = at.parts();
    if raw != Verdict::Reject || word != "rejected" || end != start + 1 {
        return None;
    }
    let opens = start == 0
        || !toks[start - 1].is_word()
        || matches!(
            prev,
            "the" | "our" | "of" | "and" | "no" | "fewer" | "more" | "in"
        );
    let plural = next.len() > 3 && next.ends_with('s') && !next.ends_with("ss");
    let counted = (end + 1..end + 6)
        .take_while(|&k| toks.get(k).is_some_and(|t| !t.is_break()))
        .any(|k| CHANGES.contains(&toks[k].lower.as_str()));
    (opens && plural && counted).then_some(None)
}
