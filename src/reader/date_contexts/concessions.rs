//! "the booking system's still a go even tho go-live slid to feb", "still happening even
//! though the second site slipped to late Jan": a time inside a concession said beside the
//! verdict is another thing's, no date, review date or deadline of the record.

use super::clause_start;
use crate::reader::dates::DateMention;
use crate::reader::tokens::Token;

/// Is the date in a clause after "even tho / though / if" (back to its clause's start)?
pub fn in_a_concession(toks: &[Token], d: &DateMention) -> bool {
    let s = clause_start(toks, d.start);
    (s..d.start.min(toks.len())).any(|k| {
        toks[k].is("even")
            && toks
                .get(k + 1)
                .is_some_and(|t| matches!(t.lower.as_str(), "tho" | "though" | "if"))
    })
}
