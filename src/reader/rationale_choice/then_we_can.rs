//! After an approval, what the thing lets us do, told in a sentence of its own (round R59):
//! "… got approval from Sir. 2.6 Mn. Then we can wash the pith to the EC levels the Dutch
//! want.", "Sir has approved the grow bag press (Rs. 4.2 Mn). With this we can do 9,000
//! bags a day instead of 5,500" — its reason, asked when no other reason was found; a
//! "then" that only joins is left out, "with this" stays with its clause.

use super::*;

/// At `j`, a sentence opening "then / now / that way we can", "with this / with it / with
/// that we can": where the reason's words start, if it does.
fn we_can_at(toks: &[Token], j: usize) -> Option<usize> {
    let w = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let we_can = |k: usize| matches!(w(k), "we" | "they") && w(k + 1) == "can";
    match w(j) {
        "then" | "now" if we_can(j + 1) => Some(j + 1),
        "then" | "now" if w(j + 1) == "," && we_can(j + 2) => Some(j + 2),
        "that" if w(j + 1) == "way" && we_can(j + 2) => Some(j + 2),
        "with" if matches!(w(j + 1), "this" | "that" | "it") && we_can(j + 2) => Some(j),
        _ => None,
    }
}

impl Choice<'_> {
    /// An approval with no reason found: a sentence after the verdict's, within the next two
    /// (a sentence of only money may come between), opening "then we can …" or "with this we
    /// can …", to its end.
    pub(super) fn then_we_can(&self, rationale: Option<String>) -> Option<String> {
        let Choice { toks, verdict, .. } = *self;
        if rationale.is_some() {
            return rationale;
        }
        let v = verdict.filter(|v| v.verdict == Verdict::Approve)?;
        let limit = self.limit();
        let is_end = |t: &Token| matches!(t.lower.as_str(), "." | "!" | "?" | "\n");
        let mut ends = 0;
        let mut j = v.end;
        while j < limit {
            if is_end(&toks[j]) {
                ends += 1;
                if ends > 2 {
                    return None;
                }
                // The sentence's first word (past blank lines).
                let mut s = j + 1;
                while s < limit && is_end(&toks[s]) {
                    s += 1;
                }
                if let Some(a) = we_can_at(toks, s) {
                    let e = (s..limit).find(|&k| is_end(&toks[k])).unwrap_or(limit);
                    return (e > a + 3).then(|| self.words(a, e));
                }
                j = s;
                continue;
            }
            j += 1;
        }
        None
    }
}
