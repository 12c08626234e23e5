//! A "since" cause after a dash (round R53): "We're only doing the back bay of the racking
//! now — £36k rather than the full £90k — since the Lidl contract's still not signed." A
//! "since" cause is the reason without its "since" (convention 31), wherever it is joined;
//! "since" a time ("Since January the ticket queue has doubled") is no cause and stays.

use super::*;
use crate::reader::tokens::TokKind;

/// Words after "since" that make it a time, not a cause.
const TIMES: &[&str] = &[
    "then",
    "last",
    "early",
    "late",
    "mid",
    "go-live",
    "launch",
    "day",
    "week",
    "month",
    "year",
    "spring",
    "summer",
    "autumn",
    "fall",
    "winter",
    "christmas",
    "easter",
];

impl Choice<'_> {
    /// A decision's reason read as "since <a clause>" straight after a dash or a comma: the
    /// clause.
    pub(super) fn since_after_dash(&self, rationale: Option<String>) -> Option<String> {
        let toks = self.toks;
        if self.verdict.is_none() {
            return rationale;
        }
        let Some((a, b)) = self.span_of(rationale.as_deref()) else {
            return rationale;
        };
        let w = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
        let joined = a > 0 && matches!(w(a - 1), "—" | "–" | "-" | ",");
        let time = |k: usize| {
            toks[k].kind == TokKind::Num || TIMES.contains(&w(k)) || dates::month(w(k)).is_some()
        };
        let cause = w(a) == "since" && b >= a + 4 && !time(a + 1) && !time(a + 2);
        if joined && cause && toks[a + 1].is_word() {
            Some(self.words(a + 1, b))
        } else {
            rationale
        }
    }
}
