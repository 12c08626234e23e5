//! A unit's word said in passing: in lower case, ending its phrase in the middle of a
//! clause, not after a word saying where or for whom, not whom the clause is about ("it
//! sells a single membership", "the Albany clinic is a no", "the 4 new clubs, $9,600"). A
//! new thing's unit is never one said only so.

use crate::reader::name_variants::TEAM_WORDS;
use crate::reader::tokens::Token;

/// Words saying where or for whom, before a unit's word: the unit meant ("for the cold
/// store", "across the visitor centres").
const WHERE_OR_FOR: &[&str] = &[
    "for", "in", "at", "across", "to", "from", "with", "w/", "on", "into", "met",
];

/// Words that open a clause after a comma or none ("… and the dispensers are getting on").
const CLAUSE_OPENERS: &[&str] = &["and", "but", "so", "while", "because"];

/// Words calling to whoever they come before ("sorry grounds", "thanks ops").
const CALLING: &[&str] = &["sorry", "thanks", "cheers", "hey", "hi", "morning"];

/// Words after a noun that end its phrase: joining words, verbs of being and having, the
/// words opening another clause.
const ENDS_A_PHRASE: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "has", "have", "had", "who", "that", "which", "when",
    "where", "we", "they", "it", "he", "she", "you", "i", "can", "could", "would", "will", "do",
    "does", "did", "to", "and", "or", "but", "so", "because", "as", "if", "since", "the", "a",
    "an", "in", "on", "at", "for", "of", "with", "by", "from", "make",
];

/// Whether the unit said at `toks[start..end]` is said in passing: in lower case, ending
/// its phrase (not a word describing the thing after it: "new kiln carts", "the club app"),
/// not opening its clause ("the setting team want …", "the Phoenix designers can …"), not
/// within three words after "for" / "in" / "at" …, not called to, nor before a word for its
/// people ("the reg team").
pub(super) fn in_passing(toks: &[Token], start: usize, end: usize) -> bool {
    let t = &toks[start];
    if t.capital || t.caps {
        return false;
    }
    let word = |k: usize| toks[k].lower.as_str();
    let ends = toks
        .get(end)
        .is_none_or(|n| !n.is_word() || n.is_break() || ENDS_A_PHRASE.contains(&n.lower.as_str()));
    let opens =
        |k: usize| k == 0 || toks[k - 1].is_break() || CLAUSE_OPENERS.contains(&word(k - 1));
    // "the Phoenix designers can …", "Bilpin brigade asked …": after a place's name too.
    let mut k = start;
    if k >= 1 && toks[k - 1].capital && !toks[k - 1].caps && toks[k - 1].is_word() {
        k -= 1;
    }
    if k >= 1 && matches!(word(k - 1), "the" | "our") {
        k -= 1;
    }
    let leads = opens(start) || opens(k);
    // "at the 24/7 clubs": three words back, numbers and symbols passed over; not new
    // things ("for the 4 new clubs": sites bought, not the unit).
    let placed = start >= 1
        && word(start - 1) != "new"
        && toks[..start]
            .iter()
            .rev()
            .take_while(|p| !p.is_break())
            .filter(|p| p.is_word())
            .take(3)
            .any(|p| WHERE_OR_FOR.contains(&p.lower.as_str()));
    let called = start >= 1 && CALLING.contains(&word(start - 1));
    let team = toks[start + 1..(end + 3).min(toks.len())]
        .iter()
        .take_while(|t| t.is_word())
        .any(|t| TEAM_WORDS.contains(&t.lower.as_str()));
    // "a screen on the car park side of the shop": the place a thing is on or for.
    let placed = placed || crate::reader::name_variants::place_a_thing_is_for(toks, start, end);
    // "Omari wants a second boat" (round B62): one more of the unit's own things, counted,
    // is the unit's (a new place, "the Albany clinic", is not).
    let one_more = start >= 2
        && matches!(
            word(start - 1),
            "second" | "third" | "another" | "extra" | "spare"
        )
        && matches!(word(start - 2), "a" | "an" | "the" | "one" | "another");
    ends && !leads && !placed && !called && !team && !one_more
}
