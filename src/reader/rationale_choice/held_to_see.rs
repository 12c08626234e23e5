//! A hold "till <a time> and see if …" (round R53): "let's hold it till next season and see
//! if the paper tickets actually cost us anything this year", "hold it till after the season
//! and see if Accra testing is really delaying our shipments". The time is when to look
//! again (the review date); what is to be seen is why it waits.

use super::*;

impl Choice<'_> {
    /// A deferral whose verdict is followed, in its sentence, by "till/until <a few words>
    /// and see if/how/what/whether …": that "see …" to the sentence's end.
    pub(super) fn held_to_see(&self, rationale: Option<String>) -> Option<String> {
        let toks = self.toks;
        let Some(v) = self.verdict.filter(|v| v.verdict == Verdict::Defer) else {
            return rationale;
        };
        let w = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
        let ends = |k: usize| matches!(w(k), "." | "!" | "?" | "\n" | ";" | "");
        let till = (v.end.saturating_sub(1)..v.end + 3)
            .take_while(|&k| !ends(k))
            .find(|&k| matches!(w(k), "till" | "until" | "til"));
        let Some(t) = till else {
            return rationale;
        };
        let see = (t + 2..t + 9)
            .take_while(|&k| !ends(k) && !toks[k].is(","))
            .find(|&k| {
                w(k - 1) == "and"
                    && w(k) == "see"
                    && matches!(w(k + 1), "if" | "how" | "what" | "whether")
            });
        let Some(s) = see else {
            return rationale;
        };
        let e = (s..toks.len()).find(|&k| ends(k)).unwrap_or(toks.len());
        if e < s + 4 {
            return rationale;
        }
        Some(self.words(s, e))
    }
}

impl Choice<'_> {
    /// A rescope whose sentence goes on "… and we see how/if … (before the rest)": "landed
    /// on one machine now instead of two — £215k instead of £410k — and we see how the
    /// seamless orders go before buying the second". What is to be seen is why the rest
    /// waits (convention 40), over a grumble after it ("Davie's no delighted but he'll
    /// live") or none.
    pub(super) fn rescope_to_see(&self, rationale: Option<String>) -> Option<String> {
        let toks = self.toks;
        // The verdict may still read as the approval of the part kept; the rescope is
        // settled after the reason (an "instead of" before the "and we see" says it).
        let Some(v) = self
            .verdict
            .filter(|v| matches!(v.verdict, Verdict::Rescope | Verdict::Approve))
        else {
            return rationale;
        };
        let w = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
        let ends = |k: usize| matches!(w(k), "." | "!" | "?" | "\n" | ";" | "");
        let see = (v.start..toks.len()).take_while(|&k| !ends(k)).find(|&k| {
            w(k) == "and"
                && matches!(w(k + 1), "we" | "we'll" | "we’ll")
                && w(k + 2) == "see"
                && matches!(w(k + 3), "if" | "how" | "what" | "whether")
        });
        let Some(k) = see else {
            return rationale;
        };
        let instead = (v.start..k).any(|j| w(j) == "instead" && w(j + 1) == "of");
        if v.verdict == Verdict::Approve && !instead {
            return rationale;
        }
        let s = k + 1;
        let e = (s..toks.len()).find(|&j| ends(j)).unwrap_or(toks.len());
        if e < s + 5 {
            return rationale;
        }
        Some(self.words(s, e))
    }
}
