//! A benefit's result told with what brought it about after "because": "The buyer in Boston
//! took the whole November pack of snow crab without a second audit because every box scans
//! back to the boat — that premium was worth about $31,000 to us". The result is counted in
//! no money of its own, so it is the evidence and its "because" clause only says how: the
//! reason is the whole clause, as labelled (round R60). When the result before "because" is
//! the money ("$12k less overtime in October, because rosters now sync automatically"), the
//! money is the benefit's figure and the "because" clause alone stays the reason.

use super::*;

impl Choice<'_> {
    /// A benefit's reason read from just after "because", run back to the start of the
    /// result it explains when that result holds no money.
    pub(super) fn result_because(&self, rationale: Option<String>) -> Option<String> {
        let Choice {
            toks,
            in_money,
            named,
            ..
        } = *self;
        if self.intent != Intent::Benefit || self.verdict.is_some() {
            return rationale;
        }
        let Some((a, b)) = self.span_of(rationale.as_deref()) else {
            return rationale;
        };
        if a < 5 || !toks[a - 1].is("because") {
            return rationale;
        }
        let ends = |t: &Token| {
            t.is_sym(".") || t.is_sym("!") || t.is_sym("?") || t.is("\n") || t.is_sym(":")
        };
        let s = (0..a - 1)
            .rev()
            .find(|&j| ends(&toks[j]))
            .map_or(0, |j| j + 1);
        let result = a - 1;
        let clause = result >= s + 5
            && toks[s].is_word()
            && !(s..result)
                .any(|j| in_money(j) || matches!(toks[j].lower.as_str(), "," | ";" | "—" | "–"))
            && !named(s, result);
        if !clause {
            return rationale;
        }
        Some(self.words(s, b))
    }
}
