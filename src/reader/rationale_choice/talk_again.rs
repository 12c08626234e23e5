//! "Cap say wait on da vessel tracking till after new year, we go talk bout it in January",
//! "After festival we talk again", "we will talk in February": when the matter comes up
//! again is the hold's time, no reason (round R60; no training label holds such a clause).
//! Talking to someone about something ("we talk to the bank in January about the lease
//! rates") says more, and stays.

/// Does `said` only say that we will talk about it (again) at some time?
pub(super) fn only_talk_again(said: &str) -> bool {
    let mut words = said.split_whitespace().map(|w| {
        w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'')
            .to_ascii_lowercase()
    });
    if words.next().as_deref() != Some("we") {
        return false;
    }
    let mut w = words.next().unwrap_or_default();
    if matches!(
        w.as_str(),
        "will" | "'ll" | "go" | "gonna" | "shall" | "can"
    ) {
        w = words.next().unwrap_or_default();
    }
    if !matches!(w.as_str(), "talk" | "discuss" | "speak") {
        return false;
    }
    // What follows: "bout it", "about it", "it", "again", then the time, in six words at most.
    let rest: Vec<String> = words.collect();
    rest.len() <= 6
        && !rest
            .iter()
            .any(|w| matches!(w.as_str(), "to" | "with" | "because" | "since"))
}
