//! A reason run on into its own verdict after ", so" (round R59): "Yolanda seh di 2019
//! version stop getting updates, so Miss Hyacinth ok di upgrade after all", "Finance found
//! the money after the BMC numbers came early, so we are buying it" — the verdict is no part
//! of its reason; the clause before ", so" is the reason.

use super::*;

impl Choice<'_> {
    /// `rationale` cut at a ", so" whose clause holds the record's verdict or says we do it.
    pub(super) fn so_verdict_after(&self, rationale: Option<String>) -> Option<String> {
        let Choice { toks, verdict, .. } = *self;
        let Some((a, b)) = self.span_of(rationale.as_deref()) else {
            return rationale;
        };
        let Some(k) =
            (a + 3..b.saturating_sub(2)).find(|&k| toks[k].is("so") && toks[k - 1].is(","))
        else {
            return rationale;
        };
        let holds_verdict = verdict.is_some_and(|v| v.start > k && v.start < b && v.start <= k + 5);
        // "so we are buying it", "so we're going ahead", "so we'll take it": we do it.
        let w = |j: usize| toks.get(j).map_or("", |t| t.lower.as_str());
        let we_do_it = matches!(w(k + 1), "we" | "we're" | "we'll" | "i'm" | "i'll")
            && (k + 2..(k + 5).min(b)).any(|j| {
                matches!(
                    w(j),
                    "buying" | "buy" | "going" | "taking" | "take" | "ordering" | "order" | "doing"
                ) && matches!(w(j + 1), "it" | "them" | "ahead" | "one")
                    // Only that we do it: "so we are buying them second hand from Brest"
                    // says how, and stays.
                    && (j + 2 >= b || toks[j + 2].is_break())
            });
        if holds_verdict || we_do_it {
            Some(self.words(a, k - 1))
        } else {
            rationale
        }
    }
}
