//! A second speaker's pitch in a pasted chat (convention 70, round R54): "Tyler:
//! compressor's 19 years old, the expansion we talked about would fix that" between the
//! trouble the thread opened on and the decider's "Ray: do it. $72k is cheaper than a trailer
//! of soft grapefruit" argues for the thing; it is not why the decider said yes. The
//! decider's own sentence after the verdict's is, when it is a statement of its own (money
//! in it or not); with none, the thread's opening trouble (`chat_turns.rs`).

/// Is the line `k` (`first` the first spoken line's index) a second speaker's line
/// before the decider's: not the thread's opening, not the decider's?
pub(super) fn pitch_line(k: usize, first: Option<usize>, vl: usize, own: bool) -> bool {
    k < vl && !own && first.is_some_and(|f| k > f)
}

/// The decider's own sentence after the verdict's in the same line ("do it. $72k is
/// cheaper than a trailer of soft grapefruit" → "$72k is cheaper than a trailer of soft
/// grapefruit"): four words or more, no question, not a time ("Before the Christmas rush if
/// you can"), not a thanks or a task.
pub(super) fn own_sentence_after(rest: &str) -> Option<&str> {
    let at = rest.find(". ").or_else(|| rest.find("! "))?;
    let said = rest[at + 2..].trim().trim_end_matches(['.', '!']).trim();
    let lower = said.to_lowercase();
    let words = said
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count();
    let opens_on = |w: &str| lower.split_whitespace().next() == Some(w);
    (words >= 4
        && !said.contains('?')
        && !["before", "thanks", "cheers", "please", "can", "by"]
            .iter()
            .any(|w| opens_on(w)))
    .then_some(said)
}
