//! A reason set off by a dash right after the verdict and its thing, when no other reason was
//! found (round R59): "She said go ahead on da Haleiwa dock office remodel — da roof leaking
//! on top da booking desk every time get rain — figure $95k" — the dash clause says why; a
//! rescope's scope told there ("— only da front half, …") is its reason too (round R62).

use super::*;

impl Choice<'_> {
    /// The clause after the first dash after the verdict in its sentence (only the thing's
    /// words between), to the next dash or the sentence's end, when no reason was found.
    pub(super) fn dash_after_verdict(&self, rationale: Option<String>) -> Option<String> {
        let Choice {
            toks,
            verdict,
            decides,
            in_money,
            ..
        } = *self;
        if rationale.is_some() {
            return rationale;
        }
        let v = verdict?;
        let limit = self.limit();
        let dash = |t: &Token| matches!(t.lower.as_str(), "—" | "–" | "-") && !t.attached;
        let is_end = |t: &Token| matches!(t.lower.as_str(), "." | "!" | "?" | "\n" | ";");
        // Only the thing's words (at most six) between the verdict and the dash; for a
        // rescope whose verdict was read later ("… getting cut down — only …. Now $38k
        // instead of $71k"), the dash closing the message's opening words.
        let first_dash = |from: usize, words: usize| {
            (from..limit.min(from + words))
                .find(|&k| !toks[k].is_word())
                .filter(|&k| dash(&toks[k]))
        };
        let rescope_first = (v.verdict == Verdict::Rescope)
            .then(|| first_dash(0, 9))
            .flatten()
            .filter(|&k| k < v.start);
        let d = first_dash(v.end, 7).or(rescope_first)?;
        let s = d + 1;
        let e = (s..limit)
            .find(|&k| dash(&toks[k]) || is_end(&toks[k]))
            .unwrap_or(limit);
        let plain = (s..e).all(|k| toks[k].is_word() || toks[k].is(",") || toks[k].is("'s"));
        let first = toks.get(s).map_or("", |t| t.lower.as_str());
        // "too much going on …", "not the time …": a judgement; "the old decking leaks …",
        // "da roof leaking …", "we've …": a subject opening a clause of its own.
        let opens_judging = matches!(first, "too" | "not");
        let opens_subject = matches!(
            first,
            "the" | "da" | "our" | "their" | "we" | "we're" | "we've" | "they" | "they're" | "it's"
        );
        // "Solar … getting cut down — only da front half, da back half get too much shade",
        // "reduced in scope — roof and pens only, no new classing room": a rescope's scope
        // told in the dash's clause of its own is its reason (convention 16, round R62).
        // A scope the verdict's own words already narrowed ("back to just the two end
        // cottages — windows and roofs only") is still its object, no reason
        // (`scope_narrowed`).
        let scope_only = v.verdict == Verdict::Rescope
            && (s..e).any(|k| toks[k].is("only"))
            && !(v.start.min(d)..d).any(|k| matches!(toks[k].lower.as_str(), "just" | "only"));
        (e >= s + 5
            && plain
            && !(s..e).any(in_money)
            && !(s..e).any(self.skip)
            // The scope's "only" reads as a rescope of its own; it is the same one.
            && (scope_only || !decides(s, e))
            && !clauses::opens_look_again(toks, s)
            && (opens_judging
                || opens_subject
                || scope_only
                || crate::reader::intent::own_clause(toks, s, e)))
        .then(|| self.words(s, e))
    }
}
