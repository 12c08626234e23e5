//! "HR chatbot – approved at S$95k by the CHRO this morning. HR helpdesk overtime was S$5k a
//! month last year.": money by the period said as what a cost was ("was", "were", "ran at")
//! tells the reason's figure, what the problem cost, no yearly benefit of the decision
//! (round V49, `kallang-health-shared-services`). Said as saved, it is one (read first).

use super::*;

/// Money `m` by the period straight after a past "was" / "were" / "ran (at)" / "cost us"
/// (past "about" / "~").
pub(in crate::reader) fn cost_that_was(toks: &[Token], m: &MoneyMention) -> bool {
    let at = lead(toks, m);
    let back = |n: usize| at.checked_sub(n).map_or("", |k| word(toks, k));
    m.period.is_some()
        && (matches!(back(1), "was" | "were")
            || back(1) == "at" && back(2) == "ran"
            || back(1) == "us" && back(2) == "cost")
}
