//! "laptops trimmed to 25 units 31k", "laptops cut to 20, €19k", "laptops down to 12": the things a name's word
//! says, before a rescope's participle and the count or sum it goes to, are the work that was
//! rescoped, as they are before "approved".

use crate::reader::tokens::Token;

/// Participles of a rescope said right after the things rescoped.
const RESCOPED: &[&str] = &["trimmed", "cut", "reduced", "scaled", "pared"];

/// Whether `toks[i]` opens "<trimmed|cut|reduced|scaled> [back|down] to …" or "down to …".
pub(super) fn rescoped_at(toks: &[Token], i: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    // "laptops down to 12 for reception only": the count they came down to.
    let down_to = word(i) == "down" && word(i + 1) == "to";
    down_to
        || RESCOPED.contains(&word(i))
            && (word(i + 1) == "to"
                || matches!(word(i + 1), "back" | "down") && word(i + 2) == "to")
}
