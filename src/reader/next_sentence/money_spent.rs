//! Money already put into the work, told in a sentence after the verdict's: "$52,000 and two
//! years in and the tags still fall off …", "… and we've spent £3,200 on it already",
//! "Spent £9k with that agency and the login still fails". The money walked away from is
//! part of the case the writer makes (convention 30), not the record's figures.

use super::Token;
use crate::reader::tokens::TokKind;

/// "$52,000 and two years in and …", "Eighteen month an' £140k in, an' …": in `s..e`, an
/// "in" closing the money or the time put in (after a figure or "years", "months"), then
/// "and" or a comma and what followed.
pub(super) fn put_in(toks: &[Token], s: usize, e: usize) -> bool {
    (s + 1..e.saturating_sub(2)).any(|k| {
        let before = &toks[k - 1];
        toks[k].is("in")
            && matches!(toks[k + 1].lower.as_str(), "and" | "an'" | "an" | ",")
            && (before.kind == TokKind::Num
                || before.attached && k >= 2 && toks[k - 2].kind == TokKind::Num
                || matches!(
                    before.lower.as_str(),
                    "years" | "year" | "months" | "month" | "weeks" | "seasons"
                ))
    })
}

/// "we've spent £3,200 on it already", "we've sunk $85k", "Spent £9k with that agency":
/// in `s..e`, money (`money`) straight after a verb of spending it, maybe with "already"
/// or a hedge ("about", "nearly") between.
pub(super) fn spent_already(
    toks: &[Token],
    s: usize,
    e: usize,
    money: &dyn Fn(usize) -> bool,
) -> bool {
    (s + 1..e).any(|j| {
        if !money(j) || money(j - 1) {
            return false;
        }
        let mut k = j;
        while k > s + 1
            && matches!(
                toks[k - 1].lower.as_str(),
                "already" | "about" | "around" | "nearly" | "almost" | "over" | "roughly"
            )
        {
            k -= 1;
        }
        matches!(
            toks[k - 1].lower.as_str(),
            "spent" | "sunk" | "sank" | "poured" | "thrown" | "burned" | "burnt" | "wasted"
        )
    })
}
