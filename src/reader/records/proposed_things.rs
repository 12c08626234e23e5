//! A thing someone named proposes, with its price in the same sentence: "Dwayne is pushing
//! for a new welder for the truck shop, around $9,000", "Mick wants a proper lifting beam
//! over the workshop bay, roughly £16,000", "Sifu Wong ask for a second dumpling machine,
//! about HK$380k". After news of another thing it is a record of its own (see `split`).

use super::Token;

/// Where someone named opens the sentence `part` (its money found by the caller) wanting,
/// asking, pushing or being after a thing: a name in capitals (one or two words, not "I" /
/// "We"), the verb ("wants", "is pushing for", "ask for", "is after"), then "a" / "an" /
/// "another" and a word that is no "one" ("Facilities wants a new one" is the thing before
/// it, replaced). How many words the name takes, from the sentence's start ("The Lab wants
/// …" opens on a group, not someone named).
pub(super) fn someone_proposes_a_thing(part: &[Token]) -> Option<usize> {
    let word = |k: usize| part.get(k).map_or("", |t| t.lower.as_str());
    let name = |k: usize| {
        part.get(k)
            .is_some_and(|t| t.is_word() && t.capital && !t.caps && !matches!(word(k), "i" | "we"))
            // "They also asked for a second sauna …": a pronoun names no one (round B48).
            && !matches!(word(k), "they" | "he" | "she" | "it" | "you")
    };
    if matches!(word(0), "the" | "our" | "their") {
        return None;
    }
    // The name: one word, or two ("Sifu Wong").
    let after_name = match (name(0), name(1)) {
        (true, true) => 2,
        (true, false) => 1,
        _ => return None,
    };
    let mut v = after_name;
    // "Lucy also wants a pallet wrapper", "Jo is also asking for …" (round B48).
    if word(v) == "also" {
        v += 1;
    }
    if matches!(word(v), "is" | "are" | "'s") {
        v += 1;
    }
    if word(v) == "also" {
        v += 1;
    }
    let article = match word(v) {
        "wants" | "want" | "needs" => v + 1,
        "ask" | "asks" | "asked" | "asking" | "pushing" | "pitching" if word(v + 1) == "for" => {
            v + 2
        }
        "after" if v > after_name => v + 1,
        _ => return None,
    };
    let mut thing = article + 1;
    if matches!(
        word(thing),
        "new" | "second" | "proper" | "bigger" | "better"
    ) {
        thing += 1;
    }
    (matches!(word(article), "a" | "an" | "another")
        && part.get(thing).is_some_and(Token::is_word)
        && !matches!(word(thing), "one" | "ones"))
    .then_some(after_name)
}
