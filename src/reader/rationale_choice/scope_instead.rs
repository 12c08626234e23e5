//! A rescope whose scope is told in a clause of its own straight after the verdict, as what
//! is done instead of what (convention 16, round R54): "Cold room expansion rescoped —
//! instead of the full 40ft extension we doing a 20ft for now, $54,000 instead of $97,000",
//! "The kiln upgrade we are reducing it. Instead of converting both kilns we shall do only
//! kiln 1 for now." The clause, up to its money or its sentence's end, is the reason.

use super::*;

impl Choice<'_> {
    /// The "instead of … we …" clause after a rescope's verdict, when no reason was read.
    pub(super) fn scope_instead(&self, rationale: Option<String>) -> Option<String> {
        if rationale.is_some() {
            return rationale;
        }
        let Choice {
            toks,
            verdict,
            in_money,
            ..
        } = *self;
        verdict.filter(|v| v.verdict == Verdict::Rescope)?;
        let w = |j: usize| toks.get(j).map_or("", |t| t.lower.as_str());
        // "rescoped — instead of …", "… reducing it. Instead of …": the clause opens after a
        // dash or a stop (the money's own "$54,000 instead of $97,000" does not).
        let a = (1..self.limit()).find(|&j| {
            w(j) == "instead"
                && w(j + 1) == "of"
                && (toks[j - 1].is_sym("—")
                    || toks[j - 1].is_sym("–")
                    || toks[j - 1].is_sym("-")
                    || toks[j - 1].is_sym(".")
                    || toks[j - 1].is_sym(":"))
        })?;
        let end = (a..self.limit())
            .find(|&k| {
                in_money(k) || matches!(w(k), "." | ";" | "!" | "?" | "\n") || toks[k].is_sym("—")
            })
            .unwrap_or(self.limit());
        // A clause of its own: someone doing the smaller thing ("we shall do", "we doing").
        let clause = (a + 3..end).any(|k| matches!(w(k), "we" | "they" | "i" | "we'll" | "we're"));
        let mut b = end;
        while b > a && matches!(w(b - 1), "," | "-" | "–") {
            b -= 1;
        }
        (clause && b - a <= 25).then(|| self.words(a, b))
    }
}
