//! "Hank called after the committee: he's fine with the rebuild. On my side, the payroll
//! switch waits until after the W-2s": a verdict the speaker sets apart as their own side's
//! is theirs, not the one the news is passed on from (round D44).

use super::super::tokens::Token;
use super::super::verdicts;

/// Whether the record read from `a..b` says its verdict in a sentence opened as the
/// speaker's own side: "On my side,", "From my end,", "For my part,", "As for me,".
pub(super) fn said_as_my_side(toks: &[Token], (a, b): (usize, usize)) -> bool {
    let Some(v) = verdicts::find_verdict_in(toks, a, b) else {
        return false;
    };
    let start = (0..v.start)
        .rev()
        .find(|&k| matches!(toks[k].lower.as_str(), "." | "!" | "?" | ";" | "\n"))
        .map_or(0, |k| k + 1);
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    (start..v.start).any(|k| {
        matches!(word(k), "on" | "from" | "for" | "at")
            && word(k + 1) == "my"
            && matches!(word(k + 2), "side" | "end" | "part")
            || (word(k), word(k + 1), word(k + 2)) == ("as", "for", "me")
    })
}
