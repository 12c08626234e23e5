//! The verdict told again inside the reason read (round R53): "Ray pulled the plug this
//! morning — we've sunk $310k into it over two years and …", "alhaji says we should not stop
//! it, the women are happy not to wait for cash", "… and the app still cannot work offline
//! in the villages, so alhaji has ended it". The message already said the verdict; the
//! clause that says it again, before a dash or a comma or after ", so", is no part of why.

use super::*;

impl Choice<'_> {
    /// A decision's reason that opens on a clause deciding, before a dash or a comma and a
    /// clause of its own, or closes on ", so <a clause deciding>": the reason without it.
    pub(super) fn verdict_again(&self, rationale: Option<String>) -> Option<String> {
        let toks = self.toks;
        if self.verdict.is_none() {
            return rationale;
        }
        let Some((a, b)) = self.span_of(rationale.as_deref()) else {
            return rationale;
        };
        let w = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
        // A short clause about "it" with a verb of going on or ending, passed on from the
        // decider ("alhaji says we should not stop it", "so alhaji has ended it").
        let about_it = |s: usize, e: usize| {
            e <= s + 8
                && e > s
                && w(e - 1) == "it"
                && (s..e).any(|k| {
                    matches!(
                        w(k),
                        "stop"
                            | "stopped"
                            | "end"
                            | "ended"
                            | "kill"
                            | "killed"
                            | "scrap"
                            | "scrapped"
                            | "cancel"
                            | "cancelled"
                            | "keep"
                            | "continue"
                            | "binned"
                            | "dropped"
                            // "dinnae touch it": leave it be (round R55).
                            | "touch"
                    )
                })
        };
        // A clause deciding, said by the writer or passed on from the decider.
        let decides = |s: usize, e: usize| (self.decides)(s, e) || about_it(s, e);
        // "Ray pulled the plug this morning — …", "alhaji says we should not stop it, …".
        let lead = (a + 2..b.saturating_sub(4))
            .find(|&k| matches!(w(k), "—" | "–" | "," | ":"))
            .filter(|&k| decides(a, k) && toks[k + 1].is_word());
        if let Some(k) = lead {
            return Some(self.words(k + 1, b));
        }
        // "…, so alhaji has ended it".
        let tail = (a + 4..b.saturating_sub(2))
            .rev()
            .find(|&k| w(k) == "," && w(k + 1) == "so")
            .filter(|&k| decides(k + 2, b));
        match tail {
            Some(k) => Some(self.words(a, k)),
            None => rationale,
        }
    }
}
