//! "Cap say wait on da vessel tracking till after new year, we go talk bout it in January",
//! "After festival we talk again", "we will talk in February": when the matter comes up
//! again is the hold's time, no reason (round R60; no training label holds such a clause).
//! Talking to someone about something ("we talk to the bank in January about the lease
//! rates") says more, and stays.

/// Does `said` only say that we will talk about it (again) at some time? (Compared without
/// allocating: the filter is asked of every record's reason.)
pub(super) fn only_talk_again(said: &str) -> bool {
    let mut words = said
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\''));
    let is = |w: Option<&str>, of: &[&str]| {
        w.is_some_and(|w| of.iter().any(|o| w.eq_ignore_ascii_case(o)))
    };
    if !is(words.next(), &["we"]) {
        return false;
    }
    let mut w = words.next();
    if is(w, &["will", "'ll", "go", "gonna", "shall", "can"]) {
        w = words.next();
    }
    if !is(w, &["talk", "discuss", "speak"]) {
        return false;
    }
    // What follows: "bout it", "about it", "it", "again", then the time, in six words at most.
    let mut rest = 0;
    for w in words {
        if is(Some(w), &["to", "with", "because", "since"]) {
            return false;
        }
        rest += 1;
    }
    rest <= 6
}
