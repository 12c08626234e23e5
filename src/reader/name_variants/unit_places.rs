//! A unit's word that is a place, before a new thing's noun: "the workshop pillar drill",
//! "the lab pipettes", "the office chairs" (convention 56). The thing stands or works in
//! the team's place, as "a pillar drill in the workshop" does (convention 50), so the word
//! names the team. A word of the thing's kind of use ("the delivery e-bike", "the club
//! app") does not: it stays the thing's kind.

use super::*;

/// Rooms, buildings and yards a team works in, as English says them: the words a unit
/// named for its place is called by.
const PLACES: &[&str] = &[
    "office",
    "offices",
    "lab",
    "labs",
    "laboratory",
    "workshop",
    "workshops",
    "shop",
    "kitchen",
    "kitchens",
    "hatchery",
    "kiln",
    "kilns",
    "yard",
    "warehouse",
    "depot",
    "garage",
    "shed",
    "barn",
    "cellar",
    "taproom",
    "café",
    "cafe",
    "canteen",
    "clinic",
    "mill",
    "gatehouse",
    "bakery",
    "hangar",
    "studio",
    "gym",
    "library",
    "pharmacy",
    "boathouse",
    "greenhouse",
    "greenhouses",
    "nursery",
    "dairy",
    "pressroom",
    // "upgrade the outlet wifi" (round B62): a food court's or chain's shop.
    "outlet",
    "outlets",
];

/// Whether the one-word match at `start`, after "the" or "the new", is a place's word followed by a
/// noun of a thing ("the lab pipettes", "the office chairs got knocked back").
pub(in crate::reader) fn a_units_place_before_a_thing(
    toks: &[Token],
    start: usize,
    end: usize,
) -> bool {
    let the = start >= 1 && toks[start - 1].is("the")
        || start >= 2 && toks[start - 1].is("new") && toks[start - 2].is("the");
    end == start + 1
        && the
        && PLACES.contains(&toks[start].lower.as_str())
        && toks.get(end).is_some_and(super::whose_things::a_nouns_word)
}

/// "the new delivery e-bike", "a new training defibrillator": a unit's word after "new"
/// (itself after an article) before a thing's noun is the new thing's kind of use, as it is
/// straight after the article (convention 56); `said_as_ordinary_word` reads the pair as
/// it reads an article. Not before a kind noun ("the new service vans", where "vans" may be
/// a team's word of its own): the pair is left to the kind nouns' own test.
pub(in crate::reader) fn after_an_article_and_new(toks: &[Token], start: usize) -> bool {
    start >= 2
        && toks[start - 1].is("new")
        && matches!(toks[start - 2].lower.as_str(), "the" | "a" | "our")
        && toks
            .get(start + 1)
            .is_some_and(|t| t.is_word() && !super::KIND_NOUNS.contains(&t.lower.as_str()))
}

/// Kinds of thing a team runs rather than buys: "the haulage contract", "the payroll
/// service" are the team's running work, whatever its word.
const RUNNING: &[&str] = &[
    "contract", "service", "licence", "license", "campaign", "course", "survey", "hotline",
    "helpline",
];

/// "the club app", "the club app idea", "the delivery kiosk": a unit's word that is no
/// place, before a new thing's kind noun, is the thing's kind of use (convention 56), not
/// whose it is; a running kind ("the haulage contract") stays the team's.
pub(in crate::reader) fn kind_of_use_before_a_new_thing(toks: &[Token], start: usize) -> bool {
    let kind = |t: &Token| {
        super::KIND_NOUNS.contains(&t.lower.as_str()) && !RUNNING.contains(&t.lower.as_str())
    };
    !PLACES.contains(&toks[start].lower.as_str()) && toks.get(start + 1).is_some_and(kind)
}
