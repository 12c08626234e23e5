//! Work that slipped, told as what happened to it: "Conveyor install got pushed, the belt's
//! sitting at the port in Baltimore". With no one who pushed it and no time it was pushed
//! to, it is news of a delay (as "cutover slipped" is), not a deferral decided.

use super::tokens::Token;

/// Is the verdict's word at `start..end` "pushed" after "got" / "gets", with nothing after
/// it but the end of its clause?
pub(super) fn got_pushed(toks: &[Token], start: usize, end: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    end == start + 1
        && word(start) == "pushed"
        && start > 0
        && matches!(word(start - 1), "got" | "gets" | "getting")
        && toks.get(end).is_none_or(|t| t.is_break() || t.is_sym(","))
}
