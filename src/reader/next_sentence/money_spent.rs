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
        ) || paid_already(toks, s, e, k)
    }) || spent_after(toks, s, e, money)
}

/// "Builder already billed £3,800", "We already paid the roofer a £900 deposit", "pay them
/// $22,000 already", "Lost about £2,000 in tyres": a verb of paying or losing at most three
/// words before the money at `k` (its object between: "the roofer a", "them"); paying only
/// with "already" in the sentence, as money paid for work still going is no reason
/// (round R58).
fn paid_already(toks: &[Token], s: usize, e: usize, k: usize) -> bool {
    let already = || (s..e).any(|j| toks[j].is("already"));
    (k.saturating_sub(4).max(s)..k).rev().any(|v| {
        let between = &toks[v + 1..k];
        if between
            .iter()
            .any(|t| !t.is_word() || matches!(t.lower.as_str(), "and" | "but" | "or"))
        {
            return false;
        }
        match toks[v].lower.as_str() {
            "lost" => between.is_empty(),
            "paid" | "pay" | "billed" | "invoiced" | "charged" | "done" => already(),
            _ => false,
        }
    })
}

/// "Already Rs. 450,000 spent on cabling", "£3k already gone on the survey": money, then
/// (maybe "already" or "been") a word of spending it.
fn spent_after(toks: &[Token], s: usize, e: usize, money: &dyn Fn(usize) -> bool) -> bool {
    (s..e.saturating_sub(1)).any(|j| {
        if !money(j) || money(j + 1) {
            return false;
        }
        let mut k = j + 1;
        while k < e && matches!(toks[k].lower.as_str(), "already" | "been") {
            k += 1;
        }
        k < e && matches!(toks[k].lower.as_str(), "spent" | "sunk" | "gone" | "paid")
    })
}
