//! Headings that announce items (round V35): "Summary for the minutes:", "Quality meeting
//! today:", "Environment update:" — no thing's name, whatever words come before them.

use super::*;

/// Nouns a heading announces items with.
const ANNOUNCING: &[&str] = &[
    "summary",
    "minutes",
    "recap",
    "round-up",
    "roundup",
    "agenda",
    "meeting",
    "mtg",
    "update",
    "updates",
    "sync",
    "huddle",
    "debrief",
    "notes",
    "wrap",
    "wrap-up",
    "decisions",
    "outcomes",
    // "For the BOD's consideration: a solar-powered waiting shed …" (round B52).
    "consideration",
];

/// Words that may follow the announcing noun in its heading: when ("today", "this
/// morning"), what for ("for the minutes", "for the record").
const AFTER_ANNOUNCING: &[&str] = &[
    "today",
    "yesterday",
    "this",
    "morning",
    "afternoon",
    "evening",
    "tonight",
    "for",
    "the",
    "minutes",
    "record",
    "notes",
];

/// Whether `heading` (the words before a colon) announces items: one of its words a noun
/// that announces them, followed by nothing but when or what for ("Quality meeting
/// today", "Summary for the minutes"; not "Meeting room screens", whose "meeting" names a
/// room).
pub(super) fn announces_items(heading: &[Token]) -> bool {
    heading.iter().enumerate().any(|(h, t)| {
        ANNOUNCING.contains(&t.lower.as_str())
            && heading[h + 1..]
                .iter()
                .all(|a| AFTER_ANNOUNCING.contains(&a.lower.as_str()))
    })
}
