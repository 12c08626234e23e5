//! A figure put right: "the Sage upgrade quote is £38k not £30k", "the SOC quote is
//! $9.5k/mo, not $95k". Someone correcting what a quote or price says is news about the
//! work it prices (a note), not a proposal or chat.

use super::tokens::{TokKind, Token};

/// Words that say the figure is a price told by someone else.
const PRICED: &[&str] = &[
    "quote", "quoted", "price", "priced", "estimate", "figure", "invoice", "bill", "cost",
];

/// Does a correction "<money> (,) not <money>" open at `i` (the "not"), in a sentence that
/// says a quote, price or estimate?
pub(super) fn put_right_at(toks: &[Token], i: usize) -> bool {
    let money_starts = |k: usize| {
        toks.get(k).is_some_and(|t| {
            t.kind == TokKind::Num || matches!(t.lower.as_str(), "£" | "$" | "€" | "us$" | "a$")
        })
    };
    if !toks[i].is("not") || !money_starts(i + 1) {
        return false;
    }
    // The money before: a number within three tokens ("£38k not", "$9.5k/mo, not").
    let sentence = toks[..i]
        .iter()
        .rposition(|t| matches!(t.lower.as_str(), "." | "!" | "?" | "\n" | ":" | ";"))
        .map_or(0, |k| k + 1);
    let money_before = (i.saturating_sub(5).max(sentence)..i).any(|k| toks[k].kind == TokKind::Num);
    money_before
        && toks[sentence..i]
            .iter()
            .any(|t| PRICED.contains(&t.lower.as_str()))
}

/// Does the message put a figure right anywhere?
pub(super) fn said(toks: &[Token]) -> bool {
    (0..toks.len()).any(|i| put_right_at(toks, i))
}
