//! "Since we put de solar on de office roof last year, de light bill drop from $14,000 to
//! $8,500 a month.", "Kato reports that since we started tracking the trucks with the GPS,
//! the diesel bill has gone down from 9m to 6.5m a month.": a benefit's "since" clause says
//! from when its result is counted (convention 1); told alone, with only money after its
//! comma, it says no result, and the money's clause is no reason (convention 15): none
//! (round R64; the training labels give none to both of this shape, and keep the "since"
//! clause with the result in every one where a result in other words follows).

use super::*;

impl Choice<'_> {
    /// None for a benefit's reason that is only its "since" clause, money after its comma.
    pub(super) fn without_since_alone(&self, said: String) -> Option<String> {
        if self.intent != Intent::Benefit || self.verdict.is_some() {
            return Some(said);
        }
        let toks = self.toks;
        let Some((a, b)) = self.span_of(Some(&said)) else {
            return Some(said);
        };
        let since = toks[a].is("since") || a > 0 && toks[a - 1].is("since");
        // The reason is the "since" clause whole, ended by its comma.
        let whole = !(a..b).any(|j| matches!(toks[j].lower.as_str(), "," | ";" | "—" | "–"));
        if !since || !whole || !toks.get(b).is_some_and(|t| t.is(",")) {
            return Some(said);
        }
        // The clause after the comma is the result with its own subject ("de light bill",
        // "the diesel bill"), not more said of the "since" clause ("…, and the insurer …",
        // "…, about £9k saved"), and holds the money, to its sentence's end.
        let subject = toks
            .get(b + 1)
            .is_some_and(|t| matches!(t.lower.as_str(), "the" | "de" | "da" | "di" | "our" | "d'"));
        if !subject {
            return Some(said);
        }
        let end = (b + 1..toks.len())
            .find(|&j| matches!(toks[j].lower.as_str(), "." | "!" | "?" | "\n" | "," | ";"))
            .unwrap_or(toks.len());
        let last = end == toks.len() || !matches!(toks[end].lower.as_str(), "," | ";");
        let money_after = (b + 1..end).any(|j| (self.in_money)(j));
        if money_after && last && end > b + 3 {
            None
        } else {
            Some(said)
        }
    }
}
