//! "Plant room walk-round 2/12\n- chiller: no change, engineer back in Jan\n- dehumidifier:
//! Priti ok'd the second unit, £9k": a time on an earlier item of a list than the verdict's
//! belongs to that item, as one on a later item does (`on_another_item`), not to the
//! decision as a date to look again or to meet (round D46).

use super::*;

/// Where the line holding token `at` starts.
fn line_start(toks: &[Token], at: usize) -> usize {
    toks[..at.min(toks.len())]
        .iter()
        .rposition(|t| t.is_sym("\n"))
        .map_or(0, |p| p + 1)
}

/// Does the line starting at `k` open as a list item ("- ", "• ", "* ", "1. ", "2)")?
fn list_item_at(toks: &[Token], k: usize) -> bool {
    toks.get(k).is_some_and(|t| {
        matches!(t.lower.as_str(), "-" | "•" | "*" | "–" | "·")
            || t.kind == TokKind::Num
                && toks
                    .get(k + 1)
                    .is_some_and(|p| p.is_sym(".") || p.is_sym(")"))
    })
}

/// Is date `d` on a list item before the verdict's (at `verdict_at`), both lines items of
/// the same list?
pub fn on_an_earlier_item(toks: &[Token], d: &DateMention, verdict_at: usize) -> bool {
    let date_line = line_start(toks, d.start);
    let verdict_line = line_start(toks, verdict_at);
    date_line < verdict_line && list_item_at(toks, date_line) && list_item_at(toks, verdict_line)
}
