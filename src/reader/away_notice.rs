//! "Sorry, I'll be out of office tomorrow – please direct any urgent arena issues to Mike",
//! "I will be on leave until 4 January, please contact Ray": the writer's own absence, told
//! near the message's start, is a notice to colleagues, chat (as "OOO until Monday" and "fyi
//! I'm off Monday, dentist" are labelled), not a promise of work nor a task (round V46).

use super::tokens::Token;

/// Words that may open the notice before the writer's "I'll be": greetings and asides.
const OPENERS: &[&str] = &[
    "sorry", "hi", "hey", "all", "everyone", "team", "heads", "up", "fyi", "just", "quick", "note",
    "folks", "y'all", "guys",
];

/// Words that say, after "out", when the writer is away ("I'll be out tomorrow"), as
/// against where they will be working ("I'll be out at the orchards").
const WHEN: &[&str] = &[
    "tomorrow",
    "today",
    "tmrw",
    "next",
    "from",
    "until",
    "till",
    "til",
    "all",
    "this",
    "for",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "mon",
    "tue",
    "tues",
    "wed",
    "thu",
    "thur",
    "thurs",
    "fri",
];

/// Does the message open (within its first clause or two, after a greeting or "sorry") on
/// the writer saying they will be away: "I'll be / I will be / I'm / I am" then "out of
/// (the) office", "OOO", "on leave", "on holiday", "on vacation", "off" or "away", or
/// "out" followed by when?
pub(super) fn opens_away(toks: &[Token]) -> bool {
    let words: Vec<&str> = toks
        .iter()
        .filter(|t| t.is_word())
        .map(|t| t.lower.as_str())
        .collect();
    let w = |k: usize| words.get(k).copied().unwrap_or("");
    let mut k = 0;
    while k < 4 && OPENERS.contains(&w(k)) {
        k += 1;
    }
    let after = match (w(k), w(k + 1), w(k + 2)) {
        ("i'll" | "i’ll", "be", _) | ("i'm" | "i’m", _, _) => {
            k + if w(k).starts_with("i'm") || w(k).starts_with("i’m") {
                1
            } else {
                2
            }
        }
        ("i", "will", "be") => k + 3,
        ("i", "am", _) => k + 2,
        _ => return false,
    };
    match (w(after), w(after + 1), w(after + 2)) {
        ("out", "of", "office" | "town") | ("ooo", _, _) => true,
        ("out", "of", "the") => matches!(w(after + 3), "office" | "country"),
        // "I'm off to Stourport. We're going ahead with …" tells where the writer goes.
        ("off" | "away", next, _) => next != "to",
        ("on", "leave" | "holiday" | "vacation" | "pto" | "annual", _) => true,
        ("out", next, _) => WHEN.contains(&next),
        _ => false,
    }
}
