//! "They approved $2.1m for the policy admin replacement …. I'll brief UW on Monday.": after
//! a decision, the writer telling others of it on a day is the writer's own talk about what
//! comes next, and its day is no due of the decision (as a call set up next week is none). A
//! deadline ("I'll tell them by Monday") is still one. Bringing the thing to a meeting ("I'll
//! bring them to the January board") is left to the date's role: it can be when the thing
//! is looked at again (round D46).

use super::*;

/// Verbs of telling others.
const TELLING: &[&str] = &["brief", "tell", "update", "inform", "debrief"];

/// Is `a` the writer's own telling of the decision made before it ("I'll brief UW on
/// Monday", "I will tell the club tomorrow"), on a day said with no deadline?
pub(in crate::reader) fn decision_passed_on(
    toks: &[Token],
    a: &intent::ActionSpan,
    verdict_at: Option<usize>,
) -> bool {
    let i = a.start;
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let verb = match word(i) {
        "i'll" | "i’ll" | "ill" => i + 1,
        "i" if matches!(word(i + 1), "will" | "shall") => i + 2,
        _ => return false,
    };
    if !TELLING.contains(&word(verb)) || verdict_at.is_none_or(|v| v >= i) {
        return false;
    }
    let clause_end = (verb + 1..toks.len())
        .find(|&k| toks[k].is_break())
        .unwrap_or(toks.len())
        .min(verb + 12);
    let deadline = (verb + 1..clause_end).any(|k| {
        matches!(
            word(k),
            "by" | "before" | "till" | "until" | "asap" | "eod" | "eow" | "latest"
        )
    });
    let a_day = (verb + 1..clause_end).any(|k| {
        matches!(word(k), "tomorrow" | "tmrw" | "tomoz")
            || dates::weekday(word(k)).is_some()
            || word(k) == "next" && matches!(word(k + 1), "week" | "month")
    });
    a_day && !deadline
}
