//! How a benefit came about, told around its money when no reason was found (round R62):
//! "Pager swap means we've cancelled the old paging network contract, $7,200 a year saved"
//! (the clause after "means", convention 94), "saved us IDR 310 million in November after
//! we moved the image CDN to the committed-use plan" (the "after we …" clause, with its
//! "after", convention 22), "CFD cluster's live and the £12k/month cloud contract is
//! cancelled - that's £144k a year back" (what going live let us drop), "SSO is live for Acme + Globex 🎉 that unlocked $340k in new
//! ARR" (what happened, before "that"). The clause says what changed to bring the money in.

use super::*;

/// Subjects that open the clause after "after": a happening we or they made.
fn doer(w: &str) -> bool {
    matches!(
        w,
        "we" | "we'd" | "we've" | "they" | "they'd" | "they've" | "i" | "i'd" | "i've"
    )
}

impl Choice<'_> {
    /// The clause after "<the work> means" or after an "after we …" following the money, in
    /// the benefit's first sentence, when no reason was found: three plain words or more, no
    /// money or date in them.
    pub(super) fn benefit_how(&self, rationale: Option<String>) -> Option<String> {
        if rationale.is_some() || self.intent != Intent::Benefit || self.verdict.is_some() {
            return rationale;
        }
        let Choice { toks, .. } = *self;
        let limit = self.limit();
        let is_end = |t: &Token| matches!(t.lower.as_str(), "." | "!" | "?" | "\n" | ";");
        let end = (0..limit).find(|&k| is_end(&toks[k])).unwrap_or(limit);
        let clause_end = |s: usize| {
            (s..end)
                .find(|&k| toks[k].is_break() || (self.in_money)(k))
                .unwrap_or(end)
        };
        let plain = |s: usize, e: usize| {
            e >= s + 3
                && (s..e).all(|k| toks[k].is_word() || toks[k].attached)
                && !(s..e).any(self.skip)
        };
        // "Pager swap means we've cancelled …": the work named in at most five words.
        let means = (1..end.min(6))
            .find(|&j| matches!(toks[j].lower.as_str(), "means" | "meant"))
            .filter(|&j| (0..j).all(|k| toks[k].is_word()));
        if let Some(j) = means {
            let s = j + 1 + usize::from(toks.get(j + 1).is_some_and(|t| t.is("that")));
            let e = clause_end(s);
            if plain(s, e) && doer(toks.get(s).map_or("", |t| t.lower.as_str())) {
                return Some(self.words(s, e));
            }
        }
        // "SSO is live for Acme + Globex 🎉 that unlocked $340k in new ARR": what happened,
        // then "that <brought money>" — the clause before "that", without the work's name
        // alone.
        if let Some(j) = (3..end).find(|&j| {
            toks[j].is("that")
                && toks.get(j + 1).is_some_and(|t| {
                    matches!(
                        t.lower.as_str(),
                        "unlocked" | "brought" | "earned" | "generated" | "made" | "freed"
                    )
                })
                && (j + 2..(j + 5).min(end)).any(|k| (self.in_money)(k))
        }) {
            let e = (0..j)
                .rev()
                .find(|&k| toks[k].is_word())
                .map_or(0, |k| k + 1);
            let clause = e >= 3
                && !(0..e).any(|k| toks[k].is_break() || (self.in_money)(k) || (self.skip)(k))
                && (0..e).any(|k| matches!(toks[k].lower.as_str(), "is" | "are" | "went" | "has"))
                && !(self.named)(0, e);
            if clause {
                return Some(self.words(0, e));
            }
        }
        // "CFD cluster's live and the £12k/month cloud contract is cancelled - that's £144k a
        // year back": the work gone live, then what that let us drop.
        let live = (1..end.min(6)).find(|&j| {
            toks[j].is("live")
                && (matches!(toks[j - 1].lower.as_str(), "is" | "'s" | "went")
                    || toks[j - 1].lower.ends_with("'s"))
                && toks.get(j + 1).is_some_and(|t| t.is("and"))
        });
        if let Some(j) = live {
            // The cost dropped may say its own price ("the £12k/month cloud contract"): the
            // clause runs to its break.
            let s = j + 2;
            let e = (s..end)
                .find(|&k| toks[k].is_break() || toks[k].is_sym("-") && !toks[k].attached)
                .unwrap_or(end);
            let dropped = (s..e).any(|k| {
                matches!(
                    toks[k].lower.as_str(),
                    "cancelled" | "canceled" | "dropped" | "gone" | "retired" | "ended"
                )
            });
            if e >= s + 4 && dropped {
                return Some(self.words(s, e));
            }
        }
        // "… saved us €3,100 in November after we moved the hosting …": after the money.
        let first_money = (0..end).find(|&k| (self.in_money)(k))?;
        let after = (first_money..end)
            .find(|&k| toks[k].is("after") && toks.get(k + 1).is_some_and(|t| doer(&t.lower)))?;
        let e = clause_end(after + 1);
        plain(after, e).then(|| self.words(after, e))
    }
}
