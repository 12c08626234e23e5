//! "The online store's going gangbusters. Parcels to the US and Germany have brought in
//! about $11,000 a month more than the showroom did on its own last year.", "Gift box sales
//! are running about $6,500 a month over what the stand did by phone last year.": a
//! benefit whose one result is money over what came before, told in a sentence of its own
//! with its subject and verb, has that sentence whole as its reason (round R50). Tried
//! last, when nothing else in the message says what the work did ("we're selling maple
//! cream …, about $900 a month more than last winter" keeps its result without the money).

use super::*;

/// Words before the money that make the sentence a clause with its verb.
const VERBS: &[&str] = &[
    "are", "is", "was", "were", "have", "has", "brought", "made", "earned", "added", "took",
];

impl Choice<'_> {
    /// The sentence telling a benefit's money over what came before, when it is its only
    /// result.
    pub(super) fn money_over_before(&self) -> Option<String> {
        let Choice { toks, in_money, .. } = *self;
        if !self.benefit_without_verdict() {
            return None;
        }
        let end = |t: &Token| matches!(t.lower.as_str(), "." | "!" | "?" | "\n");
        let mut s = 0;
        while s < toks.len() {
            let e = (s..toks.len())
                .find(|&j| end(&toks[j]))
                .unwrap_or(toks.len());
            if let Some(said) = self.over_before_in(s, e, &in_money) {
                return Some(said);
            }
            s = e + 1;
        }
        None
    }

    /// In the sentence `s..e`: a subject, a verb, the money, then "more than" or "over
    /// what" — the sentence whole.
    fn over_before_in(&self, s: usize, e: usize, money: &dyn Fn(usize) -> bool) -> Option<String> {
        let toks = self.toks;
        let m = (s..e).find(|&j| money(j))?;
        let after = (m..e).find(|&j| !money(j))?;
        let word = |k: usize| {
            toks.get(k)
                .filter(|_| k < e)
                .map_or("", |t| t.lower.as_str())
        };
        let rate = matches!(word(after), "a" | "per")
            && matches!(word(after + 1), "month" | "year" | "week");
        let k = if rate { after + 2 } else { after };
        let over = word(k) == "more" && word(k + 1) == "than"
            || word(k) == "over" && matches!(word(k + 1), "what" | "last");
        let subject = toks[s].is_word() && m >= s + 3;
        let verb = (s + 1..m).any(|j| {
            let w = word(j);
            VERBS.contains(&w) || w.len() > 4 && w.ends_with("ing")
        });
        let later = (k + 2..e).filter(|&j| toks[j].is_word()).count() >= 3;
        (over && subject && verb && later && !(self.decides)(s, e)).then(|| self.words(s, e))
    }
}
