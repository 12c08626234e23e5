//! The terms kept as they were, read as the reason (round R55): "hive rentals keep going next
//! year, same 1200 hives. wade says yield was up some this year", "Still going wit da dock
//! float repair even tho da diver crew bumped us to january. Same price." — "same <a few
//! words>" says nothing changed in what is bought, not why: the sentence after it when it
//! explains, else none. Not "the same hives gave us 20% more fruit", a ground of its own.

use super::*;

impl Choice<'_> {
    /// A reason that is only "same <up to three words>": the next sentence's reason, or none.
    pub(super) fn same_terms(&self, rationale: Option<String>) -> Option<String> {
        let Some((a, b)) = self.span_of(rationale.as_deref()) else {
            return rationale;
        };
        let toks = self.toks;
        let words = (a..b).filter(|&k| toks[k].is_word() || toks[k].kind == tokens::TokKind::Num).count();
        if !(toks[a].is("same") && words >= 2 && words <= 4) {
            return rationale;
        }
        clauses::next_sentence(
            self.text,
            toks,
            b.saturating_sub(1),
            self.stop,
            self.skip,
            self.in_money,
            self.decides,
        )
    }
}
