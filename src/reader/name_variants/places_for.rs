//! A unit's word said as the place a new thing is for or on: "a recovery room for the
//! clubhouse", "solar panels on the depot roof".

use super::*;

/// Parts of a place a thing is fitted on or beside.
const PARTS_OF_A_PLACE: &[&str] = &[
    "roof", "roofs", "floor", "wall", "walls", "side", "entrance",
];

/// A unit's people or vehicles said after its word ("the showroom guides", "the fleet
/// cars"): whom or what of the unit's own a thing is for.
const UNITS_OWN: &[&str] = &["guides", "cars", "vans", "trucks"];

/// Whether the one-word match at `start` (after "the" or "our") is the place a thing is
/// for, the phrase ending there ("a drying room for the boathouse with …", "new ovens for
/// the kitchen, 6.5k") or the place whose part a thing is on ("on the depot roof").
pub(in crate::reader) fn place_a_thing_is_for(toks: &[Token], start: usize, end: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    // "The solar panel on warehouse roof" (round B61): the part of the place said with no
    // "the", as terse writers say it.
    if end == start + 1
        && start >= 1
        && word(start - 1) == "on"
        && PARTS_OF_A_PLACE.contains(&word(end))
    {
        return true;
    }
    if end != start + 1 || start < 2 || !matches!(word(start - 1), "the" | "our") {
        return false;
    }
    // "for the boathouse, …": the phrase ends at the place (a mark, the message's end or a
    // word that cannot go on a noun phrase); "for the kitchen staff" is the staff's.
    let phrase_ends = toks
        .get(end)
        .is_none_or(|t| !t.is_word() || ENDS_A_NOUN_PHRASE.contains(&t.lower.as_str()));
    // "tablets for the showroom guides", "mounts for the fleet cars" (round B61, convention
    // 50): the unit's people or vehicles the thing is for, the phrase ending after them.
    let its_own = UNITS_OWN.contains(&word(end))
        && toks
            .get(end + 1)
            .is_none_or(|t| !t.is_word() || ENDS_A_NOUN_PHRASE.contains(&t.lower.as_str()));
    let phrase_ends = phrase_ends || its_own;
    // "for the yard": after a thing said before "for" (a noun, not "paid" or "waiting").
    let thing_before = start >= 3
        && toks[start - 3].is_word()
        && !toks[start - 3].lower.ends_with("ed")
        && !toks[start - 3].lower.ends_with("ing");
    let for_it = word(start - 2) == "for" && phrase_ends && thing_before;
    let its_part = PARTS_OF_A_PLACE.contains(&word(end)) && word(start - 2) == "on";
    for_it || its_part || on_a_part_of(toks, start)
}

/// "a screen out on the A12 side of the building", "a hatch on the towpath side of the
/// café": the place whose part ("side of", "roof of") a thing is on, the part said after
/// "on the" and up to two words of its own.
fn on_a_part_of(toks: &[Token], start: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    if start < 5 || word(start - 2) != "of" || !PARTS_OF_A_PLACE.contains(&word(start - 3)) {
        return false;
    }
    // "on the side of", "on the A12 side of", "on the car park side of".
    (4..=6).any(|k| {
        start > k
            && word(start - k) == "the"
            && word(start - k - 1) == "on"
            && (start - k + 1..start - 3).all(|j| toks[j].is_word())
    })
}
