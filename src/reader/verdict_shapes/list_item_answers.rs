//! A list item's bare answer after its comma: "- edger scanner, yes, $37,000, it'll pay for
//! itself", "- the gift shop, no, we're a sawmill" answer the item as "edger scanner: yes"
//! does (see `figures_and_times::label_answer_at`).

use super::Token;

/// "- edger scanner, yes, $37,000": at `i`, just after the comma that closes a list item's
/// opening words (after its bullet, at a line's start), as a label's colon would; not after
/// a greeting's comma ("Hi Sam, yes, …" opens no item).
pub(super) fn after_item_comma(toks: &[Token], i: usize) -> bool {
    if i < 3 || !toks[i - 1].is_sym(",") {
        return false;
    }
    let Some(bullet) = (i.saturating_sub(14)..i - 1)
        .rev()
        .take_while(|&k| !toks[k].is_sym(",") && !toks[k].is_break() || is_bullet(toks, k))
        .find(|&k| is_bullet(toks, k))
    else {
        return false;
    };
    bullet + 2 < i
}

/// A list's bullet at `k`: "-", "•" or "*" opening a line.
fn is_bullet(toks: &[Token], k: usize) -> bool {
    matches!(toks[k].lower.as_str(), "-" | "•" | "*" | "·") && (k == 0 || toks[k - 1].is("\n"))
}

/// "- the gift shop Mama wanted for the sawdust candles, no, we're a sawmill": the verdict
/// from `start` to `end` is a list item's bare answer, standing alone between its item's
/// comma and the next break; the item's own words before it ("Mama wanted") say which
/// thing it answers, and hedge nothing.
pub(in crate::reader) fn answers_a_listed_thing(toks: &[Token], start: usize, end: usize) -> bool {
    end == start + 1 && after_item_comma(toks, start) && toks.get(end).is_none_or(|t| t.is_break())
}
