//! "Gerry says we're renting from Sackville again, not paying $96K for a thing that sits 9
//! months of the year": a sentence told after the verdict that opens with who says it — one
//! or two words of a name, then "says", "said", "say", "reckons" — is a clause of the
//! writer's case as much as the clause said is (conventions 35 and 88, round R60).

use super::Token;

/// Words that open a clause, never the name of someone saying something.
const NOT_SAYERS: &[&str] = &[
    "it", "this", "that", "which", "who", "so", "and", "but", "i", "we", "you", "everyone",
    "nobody", "if", "as",
];

/// Where the clause said starts, when tokens `s..e` open with one or two words naming
/// someone and a verb of saying, and at least three words follow.
pub(super) fn said_clause(toks: &[Token], s: usize, e: usize) -> Option<usize> {
    let k = (s + 1..(s + 3).min(e)).find(|&j| {
        matches!(
            toks[j].lower.as_str(),
            "says" | "said" | "say" | "reckons" | "reckon"
        )
    })?;
    let sayer = (s..k).all(|j| {
        toks[j].is_word()
            && !toks[j].lower.contains('\'')
            && !NOT_SAYERS.contains(&toks[j].lower.as_str())
    }) && toks[s].capital;
    (sayer && k + 4 <= e).then_some(k + 1)
}
