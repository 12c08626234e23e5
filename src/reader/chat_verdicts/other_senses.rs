//! Verdict words in another sense, no verdict: time killed, hardship or weather killing
//! something, a thing that will "hold" till a time, and "killed it" as praise.

use super::*;

/// Is the verdict word at `start..end` no verdict where it stands?
/// "killing time at the airport", "killed an hour in the lobby": time passed, no work
/// stopped.
pub(super) fn time_killed(toks: &[Token], start: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    matches!(word(start), "kill" | "killed" | "killing")
        && (word(start + 1) == "time"
            || matches!(word(start + 1), "an" | "a" | "some" | "the")
                && matches!(
                    word(start + 2),
                    "hour" | "afternoon" | "morning" | "evening" | "time"
                ))
}

/// "this cold is killing me", "the drive's killing us": at `start`, hardship told of a
/// person, no work stopped.
pub(super) fn hardship_killing(toks: &[Token], start: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    matches!(word(start), "kill" | "kills" | "killed" | "killing")
        && matches!(word(start + 1), "me" | "us" | "you" | "him" | "her")
}

/// "the weather killed wk 2", "the storm killed the last weekend": at `start`, weather
/// that spoilt something, no work stopped.
pub(super) fn weather_killed(toks: &[Token], start: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    matches!(word(start), "kill" | "kills" | "killed" | "killing")
        && start > 0
        && matches!(
            word(start - 1),
            "weather"
                | "rain"
                | "storm"
                | "storms"
                | "heat"
                | "cold"
                | "snow"
                | "wind"
                | "frost"
                | "hail"
                | "flood"
                | "floods"
                | "flooding"
                | "smoke"
                | "fog"
        )
}

/// "Macca reckons it'll hold till the wet", "she should hold until Easter": at `start`,
/// "hold" said of a thing that will last, no hold we decide ("we'll hold till March" is
/// ours).
pub(super) fn a_thing_lasting(toks: &[Token], start: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    if word(start) != "hold" || start == 0 {
        return false;
    }
    let things = ["it", "she", "that", "they", "this"];
    let before = word(start - 1);
    let contracted = before
        .strip_suffix("'ll")
        .or_else(|| before.strip_suffix("'d"))
        .is_some_and(|s| things.contains(&s));
    let modal = matches!(
        before,
        "will" | "should" | "would" | "might" | "could" | "'ll" | "'d"
    ) && start >= 2
        && things.contains(&word(start - 2));
    contracted || modal
}

/// Words that make "killed it" praise when said before it ("absolutely killed it").
const PRAISING: &[&str] = &[
    "absolutely",
    "totally",
    "completely",
    "literally",
    "really",
    "properly",
    "so",
];

/// Occasions someone can do well at ("killed it at the gala", "killed it at the awards").
const OCCASIONS: &[&str] = &[
    "gala",
    "show",
    "awards",
    "conference",
    "party",
    "launch",
    "fair",
    "event",
    "dinner",
    "match",
    "game",
    "final",
    "pitch",
    "demo",
    "expo",
    "day",
    "night",
    "auction",
    "ball",
    "festival",
    "concert",
    "race",
    "raceday",
    "open",
    "quiz",
    "presentation",
];

/// "we absolutely killed it at the gala", "Learning killed it at the schools awards":
/// at `start`, "killed it" said as praise (with a word of praise before it, or at an
/// occasion after it), no work stopped.
pub(super) fn praise_killed(toks: &[Token], start: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    if !matches!(word(start), "killed" | "killing" | "kills") || word(start + 1) != "it" {
        return false;
    }
    let praised = start > 0 && PRAISING.contains(&word(start - 1));
    // "at the gala", "at last night's open day", "at the schools awards": an occasion
    // within a few words after "at".
    let at_an_occasion = word(start + 2) == "at"
        && (start + 3..start + 7)
            .take_while(|&k| toks.get(k).is_some_and(|t| !t.is_break()))
            .any(|k| OCCASIONS.contains(&word(k)));
    praised || at_an_occasion
}
