//! "since the EU buyer rejected two containers this year", "because the insurer turned down
//! three claims": things counted, turned back by someone in a reason clause, are what
//! happened to goods or claims, never a verdict on the work.

use super::*;

/// Counts said in words.
const COUNT_WORDS: &[&str] = &[
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "several", "both",
];

/// Words opening a reason clause.
const REASON_OPENERS: &[&str] = &["since", "because", "as", "after", "cos", "cause"];

/// A refusal word in a reason clause with a count of things after it: `Some(None)`.
pub(super) fn goods_turned_back(at: &Around, raw: Verdict) -> Option<Option<Verdict>> {
    let (toks, start, end, word, _prev, next) = at.parts();
    if raw != Verdict::Reject || !matches!(word, "rejected" | "returned" | "refused") {
        return None;
    }
    let counted = COUNT_WORDS.contains(&next)
        || toks.get(end).is_some_and(|t| t.kind == TokKind::Num)
        || next == "a" && toks.get(end + 1).is_some_and(|t| t.is("couple"));
    let in_reason = (start.saturating_sub(10)..start)
        .rev()
        .take_while(|&k| !toks[k].is_break())
        .any(|k| REASON_OPENERS.contains(&toks[k].lower.as_str()));
    // "approved at KSh 38M — during the October heatwave … the Dutch buyers rejected 140
    // boxes for botrytis": a clause after a dash, told after the verdict, is its reason too
    // (round S43).
    let after_dash = (start.saturating_sub(20)..start)
        .rev()
        .find(|&k| toks[k].is_break())
        .is_some_and(|k| toks[k].is("—") || toks[k].is("–"));
    (counted && (in_reason || after_dash)).then_some(None)
}
