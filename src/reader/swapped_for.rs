//! "We dropped QuickBooks Desktop for the online one": a thing dropped "for" another one
//! is swapped for it — news of the new one, no stop of work (round V52). "dropped the box
//! for good" and "dropped it for a year" say how long, and stay stops.

use super::tokens::Token;

/// Verbs of dropping a thing.
const DROPS: &[&str] = &[
    "dropped", "ditched", "binned", "dumped", "dropping", "ditching", "binning", "dumping",
];

/// Whether the stop's verb at `start..end` drops its object "for the / a … one(s)" or "for
/// the / a new …", in the same clause.
pub(super) fn dropped_for_another(toks: &[Token], start: usize, end: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    if end != start + 1 || !DROPS.contains(&word(start)) {
        return false;
    }
    let Some(k) = (end + 1..(end + 8).min(toks.len()))
        .take_while(|&k| toks[k].is_word())
        .find(|&k| word(k) == "for")
    else {
        return false;
    };
    if !matches!(word(k + 1), "the" | "a" | "an") {
        return false;
    }
    let other = (k + 2..(k + 6).min(toks.len()))
        .take_while(|&j| toks[j].is_word())
        .any(|j| matches!(word(j), "one" | "ones"));
    other || word(k + 2) == "new"
}
