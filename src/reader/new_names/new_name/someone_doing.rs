//! "Update on ServiceTitan. Renee signed the contract Monday", "Jolene asked whether we
//! should drop the portal vendor": a first name written with a capital, doing what only
//! people do (signing a contract, asking, saying, agreeing, coming back with an answer), is
//! someone, never the name of a new investment.

use super::*;

/// Verbs only someone does, said straight after their name.
const PEOPLE_DO: &[&str] = &[
    "says", "said", "asked", "asks", "thinks", "thought", "reckons", "reckoned", "told", "agreed",
    "agrees", "wants", "wanted",
];

/// Whether the words from `i` open on a first name doing what people do: one word with a
/// capital (not an acronym, not a registered name), then a verb of `PEOPLE_DO` or "signed"
/// / "signs" with what was signed ("the contract", "off").
pub(super) fn someone_doing_at(toks: &[Token], names: &[NameMatch], i: usize) -> bool {
    let Some(who) = toks.get(i) else {
        return false;
    };
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let signs = matches!(word(i + 1), "signed" | "signs")
        && matches!(word(i + 2), "the" | "a" | "an" | "off" | "our" | "it");
    // "Villamor came back on the fingerprint scanners — not approved" (round S45).
    let came_back =
        matches!(word(i + 1), "came" | "comes" | "got" | "gets") && word(i + 2) == "back";
    who.kind == TokKind::Word
        && who.capital
        && !who.caps
        && who.lower.chars().all(char::is_alphabetic)
        && (signs || came_back || PEOPLE_DO.contains(&word(i + 1)))
        && !names.iter().any(|m| m.start <= i && i < m.end)
}
