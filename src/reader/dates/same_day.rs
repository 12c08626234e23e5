//! "vendor says the fix lands 12/11. @kayla to test it same day": a task "the same day" or
//! "that day" after a date is set for that date. A habit ("reports go out same day now")
//! names no day (round D46).

use super::*;

/// "same day", "the same day", "that day", "that same day" at `i`, ending its clause, in a
/// task ("to …", "will …", "please …") with no "now" or "instead": the day of `prev`, the
/// date said before it, with the cue read afresh.
pub(super) fn same_day_as(toks: &[Token], i: usize, prev: &DateMention) -> Option<DateMention> {
    let lead = usize::from(matches!(lower(toks, i), "the" | "that"));
    let said = if lower(toks, i) == "that" && lower(toks, i + 1) == "day" {
        2
    } else if lower(toks, i + lead) == "same" && lower(toks, i + lead + 1) == "day" {
        lead + 2
    } else {
        return None;
    };
    let end = i + said;
    let ends = toks.get(end).is_none_or(|t| t.is_break());
    let clause = toks[..i]
        .iter()
        .rposition(|t| t.is_break())
        .map_or(0, |p| p + 1);
    let in_task = toks[clause..i].iter().any(|t| {
        matches!(
            t.lower.as_str(),
            "to" | "will" | "please" | "pls" | "i'll" | "we'll" | "should"
        )
    });
    let habit = toks[clause..end]
        .iter()
        .any(|t| matches!(t.lower.as_str(), "now" | "instead"));
    (ends && in_task && !habit).then(|| DateMention {
        past: prev.past,
        future: prev.future,
        start: i,
        end,
        cue: cue_before(toks, i),
    })
}
