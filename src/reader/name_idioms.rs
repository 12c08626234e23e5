//! A name's word said in an idiom that names no investment: "Marco's on the phone w/
//! support", "sorted it over the phone", "sent by email". The one word (a name's word, or
//! a short form of one, such as "phone" for a Phone System Upgrade) after "on the", "over
//! the", "by" or "via" and ending its phrase is how something was done, not the thing.

use super::tokens::Token;

/// Words said in such idioms.
const MEANS: &[&str] = &["phone", "phones", "email", "e-mail", "radio", "text"];

/// Is the one-word match at `start..end` such an idiom's word?
pub(super) fn means_of_talking(toks: &[Token], start: usize, end: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    if end != start + 1 || !MEANS.contains(&word(start)) {
        return false;
    }
    let after = start >= 2 && matches!(word(start - 2), "on" | "over") && word(start - 1) == "the"
        || start >= 1 && matches!(word(start - 1), "by" | "via");
    let ends = toks.get(end).is_none_or(|t| {
        !t.is_word()
            || matches!(
                t.lower.as_str(),
                "w" | "with" | "to" | "all" | "for" | "again" | "and" | "now" | "today"
            )
    });
    after && ends
}
