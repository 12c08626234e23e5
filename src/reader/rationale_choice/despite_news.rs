//! News told before a go-ahead "… anyway" (round R53): "Hector came back on the hedger — the
//! dealer can't get the new one here till February, so Ray says go ahead and order it
//! anyway and we'll rent one …". "Anyway" says the verdict stands despite the news, so the
//! news is no reason; a plan after a go-on with the decider's nod ("Hawa wants to add 15
//! more communities in February and Alhaji is happy with that") is none either; nor is what
//! a go-on is told not to stop for ("doh stop because of the rain delay", round R62).

use super::*;

impl Choice<'_> {
    /// A decision whose verdict is followed by "… it anyway" in its clause, and whose
    /// reason read lies before the verdict: none. A go-on whose reason read is someone's
    /// wish closed by the decider being happy with it: none.
    pub(super) fn despite_news(&self, rationale: Option<String>) -> Option<String> {
        let toks = self.toks;
        let Some(v) = self.verdict else {
            return rationale;
        };
        let Some((a, b)) = self.span_of(rationale.as_deref()) else {
            return rationale;
        };
        let w = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
        // "order it anyway", "go ahead and order it anyway", "we should pay anyway" (round
        // V54, convention 72).
        let anyway = (v.start..(v.end + 6).min(toks.len()))
            .take_while(|&k| !toks[k].is_break())
            .any(|k| {
                w(k) == "anyway" && matches!(w(k - 1), "it" | "them" | "pay" | "buy" | "order")
            });
        if anyway && b <= v.start {
            return None;
        }
        // "Hector wants to do the same blocks again in March …, Ray's good with it".
        let wish = (a..(a + 3).min(b)).any(|k| w(k) == "wants" && w(k + 1) == "to");
        // The nod closes the wish's sentence, read with it or cut off after its comma.
        let e = (b..toks.len())
            .find(|&k| matches!(w(k), "." | "!" | "?" | "\n"))
            .unwrap_or(toks.len());
        let nod = e >= a + 6
            && e <= b + 6
            && matches!(w(e - 1), "it" | "that")
            && w(e - 2) == "with"
            && matches!(w(e - 3), "happy" | "good" | "fine" | "ok" | "okay");
        if v.verdict == Verdict::Continue && wish && nod {
            return None;
        }
        // "keep going with the install, doh stop because of the rain delay": what the work is
        // told not to stop for is a setback it goes on despite (convention 72), no reason
        // (round R62).
        let not_stopped = a >= 4
            && w(a - 1) == "of"
            && w(a - 2) == "because"
            && matches!(w(a - 3), "stop" | "stopping" | "halt" | "pause")
            && (matches!(w(a - 4), "dont" | "doh" | "not" | "never" | "no")
                || w(a - 4).ends_with("n't"));
        if v.verdict == Verdict::Continue && not_stopped {
            return None;
        }
        rationale
    }
}
