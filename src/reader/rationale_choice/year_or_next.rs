//! A no hedged "this year or next" (round R53): "there will be no guest house, this year or
//! next. The buyers can stay at the hotel." The hedge says for how long the answer holds,
//! and who agreed it ("— Alasdair and Fiona are agreed") is no why; the sentence after it
//! is the reason.

use super::*;

impl Choice<'_> {
    /// A refusal's reason read as "this year or next …": the statement after its sentence,
    /// else none.
    pub(super) fn year_or_next(&self, rationale: Option<String>) -> Option<String> {
        let toks = self.toks;
        if self.verdict.is_none_or(|v| v.verdict != Verdict::Reject) {
            return rationale;
        }
        let Some((a, _)) = self.span_of(rationale.as_deref()) else {
            return rationale;
        };
        let w = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
        let hedge = matches!(w(a), "this" | "not")
            && (a..a + 4).any(|k| w(k) == "or")
            && (a..a + 6).any(|k| w(k) == "next")
            && (a..a + 3).any(|k| w(k) == "year");
        if !hedge {
            return rationale;
        }
        let ends = |k: usize| matches!(w(k), "." | "!" | "?" | "\n");
        let e = (a..toks.len()).find(|&k| ends(k))?;
        let s = e + 1;
        let f = (s..toks.len()).find(|&k| ends(k)).unwrap_or(toks.len());
        let in_money = self.in_money;
        let statement = f >= s + 4 && toks[s].is_word() && w(f) != "?" && !(s..f).any(in_money);
        statement.then(|| self.words(s, f))
    }
}
