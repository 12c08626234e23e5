//! "traceability system scaled back to the packing house only for now, $21k. the cider
//! side waits til the canning line is sorted": the part a rescope leaves for later, told
//! in a sentence of its own straight after it, is the rescope's reason (convention 40), not
//! a deferral of its own.

use super::*;

/// Whether the sentence `part`, with no money in it, only tells the part left for later,
/// after the record opened at `last` whose verdict is a rescope.
pub(super) fn part_left_after_a_rescope(
    toks: &[Token],
    part: (usize, usize),
    last: usize,
    currency: Currency,
) -> bool {
    let (a, b) = part;
    let b = if toks.get(b - 1).is_some_and(|t| t.is_break()) {
        b - 1
    } else {
        b
    };
    a > last
        && find_money(&toks[a..b], currency).is_empty()
        && find_verdict_in(toks, last, a)
            .is_some_and(|v| v.verdict == crate::reader::Verdict::Rescope)
        && crate::reader::left_for_later::tells_the_part_left(toks, a, b)
}
