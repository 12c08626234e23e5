//! A hold's time told again before its reason (round R48): "hold the MFA rollout till July,
//! after the end of financial year, Accounts can't take anything else on before then". The
//! "after <a time>," only says when again; the clause of its own after it is why.

use super::*;

/// Words that make an "after …" phrase a time: "the end of financial year", "Christmas".
const TIME: &[&str] = &[
    "end",
    "year",
    "month",
    "quarter",
    "financial",
    "fy",
    "christmas",
    "easter",
    "summer",
    "winter",
    "spring",
    "autumn",
    "fall",
    "holidays",
    "season",
];

impl Choice<'_> {
    /// A deferral's reason opening on "after <a time>," before a clause of its own: the
    /// clause.
    pub(super) fn time_told_again(&self, rationale: Option<String>) -> Option<String> {
        let Choice {
            toks,
            verdict,
            skip,
            ..
        } = *self;
        if verdict.is_none_or(|v| v.verdict != Verdict::Defer) {
            return rationale;
        }
        let Some((a, b)) = self.span_of(rationale.as_deref()) else {
            return rationale;
        };
        if !toks[a].is("after") {
            return rationale;
        }
        let Some(c) = (a + 2..b.min(a + 9)).find(|&j| toks[j].is(",")) else {
            return rationale;
        };
        let timed = (a + 1..c).any(|j| skip(j) || TIME.contains(&toks[j].lower.as_str()));
        let words = (c + 1..b).filter(|&j| toks[j].is_word()).count();
        if !timed
            || intent::own_clause(toks, a + 1, c)
            || words < 4
            || !intent::own_clause(toks, c + 1, b)
        {
            return rationale;
        }
        Some(self.words(c + 1, b))
    }
}
