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

/// Whether a clause opening at `a` (its article) is reported after a verb of saying or
/// thinking: "Mick reckons the …", "Ewan says the …", "Lise thinks that the …".
pub(in crate::reader) fn opens_a_reported_clause(toks: &[Token], a: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let said = |k: usize| {
        matches!(
            word(k),
            "reckons" | "reckon" | "reckoned" | "says" | "said" | "thinks" | "thought"
        )
    };
    a >= 1 && (said(a - 1) || a >= 2 && word(a - 1) == "that" && said(a - 2))
}
