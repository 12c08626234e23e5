//! Words that mean a thing of their own rather than a name's: a paper an authority issues
//! or an event a body holds after a name's first words, a body said by its acronym, and one
//! more of a kind of thing.

use super::*;

/// Papers a regulator or an authority issues: a thing of their own, not a tool about them.
const PAPERS_ISSUED: &[&str] = &[
    "licence",
    "license",
    "licences",
    "licenses",
    "permit",
    "permits",
    "certificate",
    "certificates",
    "accreditation",
    "consent",
    "consents",
    "registration",
];

/// Events someone holds: "the Central Bank review", "the Marine Scotland inspection".
const EVENTS_HELD: &[&str] = &[
    "review",
    "audit",
    "inspection",
    "visit",
    "hearing",
    "consultation",
    "deadline",
    "ruling",
    "assessment",
    "examination",
];

/// Whether a name's first words, said without its later ones and ending before `end`, mean
/// a thing of their own: a paper they end on ("the CAR licence" against CAR Licence Modelling
/// Tool, when the words left unsaid are more than the work done on it), or whoever holds the
/// event said next ("the Central Bank review" against Central Bank Returns Automation), unless
/// they end on a kind of thing, whose review it is ("the billing platform review").
pub(in crate::reader) fn first_words_mean_their_own_thing(
    toks: &[Token],
    end: usize,
    said: &[String],
    unsaid: &[String],
) -> bool {
    let (Some(last), false) = (said.last(), unsaid.is_empty()) else {
        return false;
    };
    // "the TradeNet permit rejection stats": a paper before more nouns describes them, and
    // they may be the name's ("permit rejections" are the permit automation's).
    let phrase_ends = toks
        .get(end)
        .is_none_or(|t| !t.is_word() || ENDS_A_NOUN_PHRASE.contains(&t.lower.as_str()));
    let paper = PAPERS_ISSUED.contains(&last.as_str())
        && phrase_ends
        && !unsaid
            .iter()
            .all(|w| work_on(w) || crate::reader::names::GENERIC.contains(&w.as_str()));
    let event = toks.get(end).is_some_and(|t| {
        t.is_word()
            && EVENTS_HELD.contains(&t.lower.as_str())
            && !unsaid.contains(&t.lower)
            && !kind_word(last)
    });
    paper || event
}

/// Those who act for a body: "the SEPA inspector", "the DWI folk".
const BODYS_PEOPLE: &[&str] = &[
    "inspector",
    "inspectors",
    "officer",
    "officers",
    "auditor",
    "auditors",
    "assessor",
    "assessors",
    "folk",
    "folks",
    "people",
];

/// Words saying what came from someone: "heard back from", "a letter from".
const WORD_FROM: &[&str] = &[
    "heard", "hear", "letter", "email", "word", "feedback", "call", "reply", "response", "news",
];

/// Whether the acronym at `i` is said as a body ("heard back fae SEPA", "the SEPA
/// inspector", "the DWI audit"): whom word came from, whose people or event it is.
pub(in crate::reader) fn acronym_said_as_a_body(toks: &[Token], i: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let next = word(i + 1);
    if BODYS_PEOPLE.contains(&next) || EVENTS_HELD.contains(&next) {
        return true;
    }
    // "from the DWI", "fae SEPA": the body after "from", past "the".
    let mut k = i;
    if k > 0 && word(k - 1) == "the" {
        k -= 1;
    }
    if k < 2 || !matches!(word(k - 1), "from" | "fae" | "frae") {
        return false;
    }
    let mut w = k - 2;
    if word(w) == "back" && w > 0 {
        w -= 1;
    }
    WORD_FROM.contains(&word(w))
}

/// "a second climbing wall", "another minibus", "an extra kiln": words before `i` saying one
/// more of a kind of thing, a new one beside the one there is.
pub(in crate::reader) fn another_of_its_kind(toks: &[Token], i: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    i >= 1 && word(i - 1) == "another"
        || i >= 2
            && matches!(word(i - 2), "a" | "an")
            && matches!(word(i - 1), "second" | "third" | "extra" | "additional")
}
