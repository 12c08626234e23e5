//! A line announcing a list, read as a reason (round R54): "Team, two things from my side.",
//! "Right, a few things from the packhouse walk-round this morning." It says how many items
//! follow and where they come from, never why: no reason.

/// Words counting the things announced.
const COUNTS: &[&str] = &[
    "two", "three", "four", "five", "few", "couple", "several", "some", "2", "3", "4", "5",
];

/// Is `said` only a list's announcement: "[a] <count> [of] things/items/updates [from …]"?
pub(super) fn announces_list(said: &str) -> bool {
    let lower = said.to_lowercase();
    let mut words = lower
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()));
    let mut w = words.next();
    if w == Some("a") {
        w = words.next();
    }
    if !w.is_some_and(|w| COUNTS.contains(&w)) {
        return false;
    }
    let mut w = words.next();
    if w == Some("of") {
        w = words.next();
    }
    if !matches!(w, Some("things" | "items" | "updates" | "bits")) {
        return false;
    }
    matches!(words.next(), None | Some("from" | "for" | "on" | "to"))
}
