//! Words in brackets inside a sentence that runs on after them (round R45): "The old system
//! (actual one) has no support from 2027." is one sentence with an aside in it; the words
//! in brackets are no reason alone.

use super::*;

impl Choice<'_> {
    /// Is `said` only the words inside brackets, with the sentence running on after the
    /// closing bracket (a word next, not a break)?
    pub(super) fn bracket_in_sentence(&self, said: &str) -> bool {
        let toks = self.toks;
        reasons::span_of(self.text, toks, said).is_some_and(|(a, b)| {
            a > 0
                && toks[a - 1].is("(")
                && toks.get(b).is_some_and(|t| t.is(")"))
                && toks.get(b + 1).is_some_and(Token::is_word)
        })
    }
}
