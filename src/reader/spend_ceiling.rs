//! "ok, replace it, don't patch it. up to $12k is fine", "up to £5k is ok": a ceiling on
//! the spend said to be fine gives the go-ahead up to it. A limit told as a fact ("run up
//! to $12k each") says nothing of the kind.

use super::tokens::Token;

/// At `i` ("up" and "to", or "under" / "below" after "anything"), money, then "is" / "'s"
/// and "fine" / "ok" / "okay"; where the verdict's word ends.
pub(super) fn ceiling_fine_at(toks: &[Token], i: usize) -> Option<usize> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    // "anything under $4k is fine", "anything below 250k is ok" (round S43).
    let from = if word(i) == "up" && word(i + 1) == "to" {
        i + 2
    } else if matches!(word(i), "under" | "below") && i > 0 && word(i - 1) == "anything" {
        i + 1
    } else {
        return None;
    };
    let end = (from + 4).min(toks.len());
    let m = super::money_words::find_money(toks.get(from..end)?, crate::money::Currency::GBP)
        .into_iter()
        .next()
        .filter(|m| m.start == 0)?;
    let after = from + m.end;
    let fine = match word(after) {
        "is" => after + 1,
        "'s" => after + 1,
        _ => return None,
    };
    matches!(word(fine), "fine" | "ok" | "okay").then_some(i + 1)
}
