//! "laptops moved to Q2", "batteries dying bare quick in this cold", "cameras went up at
//! the depot": the word after things said as a clause's subject, telling what happened to
//! them (a verb in the past or in "-ing"), so the things are ones known.

use crate::reader::tokens::Token;

/// Past tenses that do not end in "-ed".
const IRREGULAR_PAST: &[&str] = &["went", "came", "got", "broke", "ran", "froze", "blew"];

/// Verbs saying a figure of the things moved ("Licences doubled at renewal"): their price
/// or count, told as a reason, not the things' own fate.
const FIGURE_MOVED: &[&str] = &[
    "doubled",
    "tripled",
    "halved",
    "increased",
    "decreased",
    "jumped",
    "climbed",
    "dropped",
    "soared",
    "rose",
    "fell",
];

/// Whether `t`, straight after the things, says what happened to them.
pub(super) fn what_happened_to_them(t: &Token) -> bool {
    let w = t.lower.as_str();
    t.is_word()
        && !t.capital
        && !FIGURE_MOVED.contains(&w)
        && (IRREGULAR_PAST.contains(&w)
            || w.len() >= 5 && (w.ends_with("ed") || w.ends_with("ing")))
}
