//! Words in brackets inside a sentence that runs on after them (round R45): "The old system
//! (actual one) has no support from 2027." is one sentence with an aside in it; the words
//! in brackets are no reason alone. Nor is a person named in brackets after the team or
//! the role doing the work ("Outreach (Kollie Jr.) will organize it", "raised by HR (Mrs.
//! Fernando)", round R62): that says who, not why.

use super::*;

impl Choice<'_> {
    /// Is `said` only the words inside brackets, with the sentence's verb after the
    /// closing bracket ("(actual one) has no support …"; not "(auto belays and a cave) at
    /// £64,000", a bracket of what the work holds)?
    pub(super) fn bracket_in_sentence(&self, said: &str) -> bool {
        let toks = self.toks;
        reasons::span_of(self.text, toks, said).is_some_and(|(a, b)| {
            a > 0
                && toks[a - 1].is("(")
                && toks.get(b).is_some_and(|t| t.is(")"))
                && toks.get(b + 1).is_some_and(|t| runs_on(&t.lower))
        })
    }
}

impl Choice<'_> {
    /// Is `said` only a name in brackets: one to three words, each opening with a capital
    /// ("Kollie Jr", "Mrs. Fernando")? Asked of every record's reason, so the cheap test on
    /// its length and first letter comes first.
    pub(super) fn bracketed_name(&self, said: &str) -> bool {
        let said = said.trim();
        if said.len() > 30 || !said.chars().next().is_some_and(char::is_uppercase) {
            return false;
        }
        let words: Vec<&str> = said.split_whitespace().collect();
        let named = (1..=3).contains(&words.len())
            && words
                .iter()
                .all(|w| w.chars().next().is_some_and(char::is_uppercase));
        let toks = self.toks;
        named
            && reasons::span_of(self.text, toks, said).is_some_and(|(a, b)| {
                a > 0
                    && toks[a - 1].is("(")
                    && (b..(b + 2).min(toks.len())).any(|k| toks[k].is(")"))
            })
    }
}

/// A verb that carries the sentence on after a bracket in its subject: "has", "is", "won't".
fn runs_on(w: &str) -> bool {
    const VERBS: [&str; 24] = [
        "has", "have", "had", "is", "are", "was", "were", "will", "won't", "can", "can't",
        "cannot", "doesn't", "don't", "didn't", "isn't", "aren't", "hasn't", "haven't", "needs",
        "goes", "runs", "keeps", "stops",
    ];
    VERBS.contains(&w)
}
