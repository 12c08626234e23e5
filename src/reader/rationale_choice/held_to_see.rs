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
