//! "Happy to walk anyone through it Monday.", "I'm happy to go over the numbers with anyone
//! on Tuesday": a day the writer offers to talk on is still to come, not when anything
//! happened.

use super::{clause_start, past_told};
use crate::reader::dates::DateMention;
use crate::reader::tokens::Token;

/// Does the date's clause open on an offer ("happy / glad / keen to …", after "I'm", "I am",
/// "we're", "am"), with nothing told as done before the date?
pub fn offered_ahead(toks: &[Token], d: &DateMention) -> bool {
    let s = clause_start(toks, d.start);
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let mut k = s;
    if matches!(word(k), "i'm" | "we're" | "am") {
        k += 1;
    } else if matches!(word(k), "i" | "we") && matches!(word(k + 1), "am" | "are") {
        k += 2;
    }
    matches!(word(k), "happy" | "glad" | "keen")
        && word(k + 1) == "to"
        && k + 2 < d.start
        && !(k + 2..d.start).any(|j| past_told(&toks[j]))
}
