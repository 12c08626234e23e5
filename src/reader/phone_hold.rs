//! "it'd do nothin' the old one cor do bar play music when yam on hold", "callers on hold
//! for twenty minutes": a person on hold is waiting on a phone line, no work put off (round
//! V49, `black-country-castings` 18).

use super::tokens::Token;

/// Who is on hold on a phone: "you're", "yam" (Black Country "you are"), "callers".
const CALLERS: &[&str] = &[
    "you're",
    "youre",
    "you",
    "yam",
    "i'm",
    "callers",
    "caller",
    "customers",
];

/// Whether the verdict at `start..end` is "on hold" said of a person ("when you're on hold").
pub(super) fn person_on_hold(toks: &[Token], start: usize, end: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    end == start + 2
        && word(start) == "on"
        && word(start + 1) == "hold"
        && start > 0
        && (CALLERS.contains(&word(start - 1))
            // "Complaints about being on hold", "sick of being on hold": the callers'
            // waiting told as a thing they complain of (round V51).
            || word(start - 1) == "being"
                && start >= 2
                && matches!(word(start - 2), "about" | "of"))
}
