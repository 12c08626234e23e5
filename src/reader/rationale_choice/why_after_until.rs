//! A hold's condition run on over a dash into its reason (round R43): "ERP migration we are
//! keeping in abeyance till the GST audit is over — auditors have asked for Tally data as it
//! is, and moving now will only create confusion". Where a "till …" is followed by a spaced
//! dash and a clause of its own, the clause after the dash is why (21 of the 22 training
//! labels of the shape: "parked till Q2 — no sense building reports on a system we're
//! leaving", "till the website's sorted — no point bolting it onto the old site").

use super::*;

impl Choice<'_> {
    /// A deferral's rationale "till … — <clause>", cut to the clause after the dash.
    pub(super) fn why_after_until(&self, rationale: Option<String>) -> Option<String> {
        let Choice { toks, verdict, .. } = *self;
        if !verdict.is_some_and(|v| v.verdict == Verdict::Defer) {
            return rationale;
        }
        let Some((a, b)) = self.span_of(rationale.as_deref()) else {
            return rationale;
        };
        if !matches!(toks[a].lower.as_str(), "till" | "until" | "til") {
            return rationale;
        }
        let dash = (a + 2..b).find(|&j| {
            matches!(toks[j].lower.as_str(), "—" | "–") || toks[j].is_sym("-") && !toks[j].attached
        });
        match dash {
            // "… — auditors have asked …": four words or more, opening on a word.
            Some(d)
                if d + 4 < b
                    && toks[d + 1].is_word()
                    && !clauses::opens_look_again(toks, d + 1) =>
            {
                Some(self.words(d + 1, b))
            }
            _ => rationale,
        }
    }
}
