//! "now <something has changed>" after a verdict (round R44): "It's back on at £120k now the
//! biomass plant at Padiham has signed a three-year offtake", "Small biz platform back to
//! full scope now the grant's in, $56,500 approved by the board last night". What changed to
//! allow the work, told after "now" (or "now that") in the verdict's own clause, is why; it
//! is read without its "now", as a "since" cause is without its "since" (convention 31).

use super::*;

/// Words that open the clause of its own after "now": "now the grant's in", "now our
/// landlord has agreed", "now it's signed".
const OPENS: &[&str] = &[
    "the", "our", "their", "its", "a", "an", "it's", "it", "we've", "we're", "they've", "they're",
    "we", "they",
];

/// Does the clause `s..e` say something has come about: a finite verb ("has signed", "is
/// in") or a word's "'s" ("the grant's in")?
fn has_happened(toks: &[Token], s: usize, e: usize) -> bool {
    (s..e).any(|j| {
        let w = toks[j].lower.replace('’', "'");
        matches!(
            w.as_str(),
            "has" | "have" | "is" | "are" | "was" | "were" | "came" | "come" | "landed"
        ) || w.ends_with("'s")
            || w.ends_with("'ve")
            || w.ends_with("'re")
    })
}

impl Choice<'_> {
    /// The cause told after "now" in the verdict's clause, without its "now".
    pub(super) fn now_cause(&self) -> Option<String> {
        let Choice {
            toks,
            verdict,
            in_money,
            ..
        } = *self;
        let v = verdict?;
        let limit = self.limit();
        // In the verdict's clause, a few words on: "… back on at £120k now the …" (an
        // amount's tokens, "€ 31 k", count as one word: "he's ok with the delivery van at
        // €31k now …").
        let mut words_on = 0;
        let in_clause = (v.end..limit)
            .take_while(|&j| !toks[j].is_break() || in_money(j))
            .take_while(|&j| {
                words_on += usize::from(!in_money(j) || !in_money(j + 1));
                words_on <= 8
            })
            .find(|&j| toks[j].is("now"));
        // Or opening the clause after its comma as "now that", a conjunction only
        // (convention 64): "We carry on with the web shop, now that the grant's in". A bare
        // "now" there is the time ("approved, now we're waiting on the vendor").
        let k = in_clause.or_else(|| {
            (v.end..limit.min(v.end + 10))
                .find(|&j| toks[j].is_break() && !in_money(j))
                .filter(|&j| toks[j].is(","))
                .map(|j| j + 1)
                .filter(|&j| {
                    toks.get(j).is_some_and(|t| t.is("now"))
                        && toks.get(j + 1).is_some_and(|t| t.is("that"))
                })
        })?;
        let after_that = k + 1 + usize::from(toks.get(k + 1).is_some_and(|t| t.is("that")));
        let s = after_that;
        // "now Sage have put their fees up", "now that Fonterra has signed": a name (a firm,
        // a person) opens the clause as well (round R48).
        let name = |t: &Token| {
            t.is_word() && !(self.skip)(s) && self.text[t.start..].starts_with(char::is_uppercase)
        };
        if !toks
            .get(s)
            .is_some_and(|t| OPENS.contains(&t.lower.replace('’', "'").as_str()) || name(t))
        {
            return None;
        }
        let e = (s..limit)
            .find(|&j| toks[j].is_break() && !toks[j].is("'"))
            .unwrap_or(limit);
        let words = (s..e).filter(|&j| toks[j].is_word()).count();
        if words < 3 || (s..e).any(in_money) || !has_happened(toks, s, e) {
            return None;
        }
        Some(self.words(s, e))
    }
}
