//! A reason read up to its ", but" when the clause after it is the writer's own: "It stays —
//! the checkout is clunky for older customers, but nobody wants to go back to phone orders".
//! What is granted before ", but" is the other side's point, not why (convention 48); the
//! reason is the clause after "but", to its sentence's end (or its ", so …").

use super::*;

impl Choice<'_> {
    /// The rationale moved past a concession it stopped at: the clause after its ", but".
    pub(super) fn past_concession(&self, rationale: Option<String>) -> Option<String> {
        let (toks, limit) = (self.toks, self.limit());
        let Some((a, b)) = rationale
            .as_deref()
            .and_then(|said| reasons::span_of(self.text, toks, said))
        else {
            return rationale;
        };
        let but =
            toks.get(b).is_some_and(|t| t.is(",")) && toks.get(b + 1).is_some_and(|t| t.is("but"));
        if !but || b + 2 >= limit {
            return rationale;
        }
        // The clause after "but" runs to its sentence's end, a semicolon, or ", so".
        let e = (b + 2..limit)
            .find(|&j| {
                matches!(toks[j].lower.as_str(), "." | "!" | "?" | ";" | "\n")
                    || toks[j].is(",") && toks.get(j + 1).is_some_and(|t| t.is("so"))
            })
            .unwrap_or(limit);
        match reason_heads::granted_but(toks, a, e) {
            // "…, but we're keeping it": a verdict after "but" is no reason.
            Some(s) if s == b + 2 && !(self.decides)(s, e) => Some(self.words(s, e)),
            _ => rationale,
        }
    }
}
