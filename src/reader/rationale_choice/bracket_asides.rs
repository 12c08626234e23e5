//! Words in brackets inside a sentence that runs on after them (round R45): "The old system
//! (actual one) has no support from 2027." is one sentence with an aside in it; the words
//! in brackets are no reason alone.

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

/// A verb that carries the sentence on after a bracket in its subject: "has", "is", "won't".
fn runs_on(w: &str) -> bool {
    const VERBS: [&str; 24] = [
        "has", "have", "had", "is", "are", "was", "were", "will", "won't", "can", "can't",
        "cannot", "doesn't", "don't", "didn't", "isn't", "aren't", "hasn't", "haven't", "needs",
        "goes", "runs", "keeps", "stops",
    ];
    VERBS.contains(&w)
}
