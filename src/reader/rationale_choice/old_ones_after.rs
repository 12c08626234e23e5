//! The old ones' state told after an approval's order (round R53): "The office laptop
//! refresh is approved — 9 machines, $13,500, Tyler's ordering from Dell this week. The old
//! ones are still on Windows 10 and …", "… and Callum's ordering them from the Hawick
//! supplier next week — the old ones take ten minutes to start …". Who orders it and where
//! the money came from say how it goes ahead; what is wrong with the old ones is why.

use super::*;

impl Choice<'_> {
    /// An approval read with no reason, or with the order or the money found as its reason,
    /// whose next sentence (or the part of its own after a dash) opens on "the old/current/
    /// existing one(s)": that part to its sentence's end.
    pub(super) fn old_ones_after(&self, rationale: Option<String>) -> Option<String> {
        let toks = self.toks;
        let Some(v) = self.verdict.filter(|v| v.verdict == Verdict::Approve) else {
            return rationale;
        };
        let how_it_goes = rationale.as_deref().is_none_or(|r| {
            let r = r.to_lowercase();
            r.contains("order") || r.contains("found the money") || r.contains("found money")
        });
        if !how_it_goes {
            return rationale;
        }
        let w = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
        let ends = |k: usize| matches!(w(k), "." | "!" | "?" | "\n");
        // As far as the end of the sentence after the verdict's.
        let first_end = (v.end..toks.len()).find(|&k| ends(k)).unwrap_or(toks.len());
        let limit = (first_end + 1..toks.len())
            .find(|&k| ends(k))
            .unwrap_or(toks.len());
        let opens = |k: usize| {
            w(k) == "the"
                && matches!(w(k + 1), "old" | "current" | "existing")
                && matches!(w(k + 2), "one" | "ones")
                && (ends(k - 1) || matches!(w(k - 1), "—" | "–" | "-"))
        };
        let Some(s) = (v.end.max(1)..limit).find(|&k| opens(k)) else {
            return rationale;
        };
        // The order or the money said between the verdict and the old ones, when a reason
        // was read there: "Tyler's ordering from Dell", "Kojo will order".
        let ordered = (v.end..s).any(|k| w(k).starts_with("order") || w(k) == "found");
        if rationale.is_none() && !ordered {
            return rationale;
        }
        let e = (s..toks.len()).find(|&k| ends(k)).unwrap_or(toks.len());
        (e >= s + 5).then(|| self.words(s, e)).or(rationale)
    }
}
