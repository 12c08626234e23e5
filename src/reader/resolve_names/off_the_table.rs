//! "The Townsville dealership is off the table — he won't open another site till …": a new
//! thing (no registered investment) said off the table was asked for and turned down, a
//! refusal, as the corpus labels it; registered work said so is stopped (see
//! `verdicts::adjust` for the price or the year that make a refusal of any thing).

use super::*;

/// Whether the stop said at `verdict` is "off the table" of a thing with no money sunk in
/// it and no work running (a pilot, a trial, nobody using it): a refusal when the thing is
/// new.
pub(super) fn new_thing_refused(toks: &[Token], verdict: (usize, usize)) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let (v, _) = verdict;
    word(v) == "off"
        && word(v + 1) == "the"
        && word(v + 2) == "table"
        && !crate::reader::verdict_shapes::says_work_is_running(toks)
        && !toks.iter().any(|t| {
            matches!(
                t.lower.as_str(),
                "sunk" | "sank" | "spent" | "overspent" | "overspend" | "written"
            )
        })
}
