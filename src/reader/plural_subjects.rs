//! "the digester operators catch kappa swings in minutes", "the lads stop feeding when the
//! fish go off it": a result whose subject is a plural noun phrase and whose verb is in the
//! plain present, which no list of verbs holds ("catch", "stop", "fill", "book").

use super::tokens::Token;

/// Words after a plural noun that are no verb: prepositions, conjunctions, articles.
const NOT_A_VERB: &[&str] = &[
    "of", "in", "at", "on", "for", "and", "or", "to", "with", "from", "that", "which", "who",
    "the", "a", "an", "by", "into", "onto", "over", "under", "per", "from", "but", "as",
];

/// At `k`, "the/our/their" and one to three words ending on a plural noun, then a plain
/// word that is no function word, then at least one more word, all before `e`.
pub(super) fn plural_then_verb(toks: &[Token], k: usize, e: usize) -> bool {
    let word = |j: usize| toks.get(j).map_or("", |t| t.lower.as_str());
    if !matches!(word(k), "the" | "our" | "their") {
        return false;
    }
    (k + 1..(k + 4).min(e)).any(|j| {
        let noun = word(j);
        let verb = word(j + 1);
        (k + 1..=j).all(|m| toks[m].is_word())
            && noun.len() > 3
            && noun.ends_with('s')
            && !noun.ends_with("ss")
            && j + 2 < e
            && toks[j + 1].is_word()
            && !toks[j + 1].capital
            && !NOT_A_VERB.contains(&verb)
            && !verb.ends_with("ly")
            && toks[j + 2].is_word()
    })
}
