//! A unit's word opening a sentence as the one that asks, said with "is" / "are" before the
//! ask: "The lab is asking for a second aflatoxin reader", "the groomers are after a dog
//! wash bay", "Pattern shop were on about a climate-controlled store".

use super::*;

/// Whether the words from `end` (after a unit's word) say it is asking for, after, pushing
/// for or on about a thing: "is" / "are" / "was" / "were", the ask, then "a" / "an" /
/// "another" / "new" / "some".
pub(in crate::reader) fn asking_after_be(toks: &[Token], end: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    if !matches!(word(end), "is" | "are" | "was" | "were") {
        return false;
    }
    let thing = match (word(end + 1), word(end + 2)) {
        ("asking" | "pushing", "for") | ("on", "about") => end + 3,
        ("after", _) => end + 2,
        _ => return false,
    };
    matches!(word(thing), "a" | "an" | "another" | "new" | "some")
}
