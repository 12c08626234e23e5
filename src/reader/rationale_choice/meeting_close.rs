//! Minutes' lines that close the meeting or hold its other business (round R61): "AOB —
//! Christmas party at Chaguaramas, date TBC", "Closing prayer by Tuilagi", "Meeting closed
//! 4:40pm". They follow the last item, and the reason of the item before them is never in
//! them: no training label holds one.

/// Does `said` open as a meeting's closing line or its other business? Compared without
/// case and without a copy, as it is asked of every record's reason.
pub(super) fn only_meeting_close(said: &str) -> bool {
    let said = said.trim_start();
    // A cheap first test: every opening below starts with "a", "c", "m" or "t".
    if !said
        .as_bytes()
        .first()
        .is_some_and(|b| matches!(b.to_ascii_lowercase(), b'a' | b'c' | b'm' | b't'))
    {
        return false;
    }
    let opens = |w: &str| {
        said.get(..w.len())
            .is_some_and(|p| p.eq_ignore_ascii_case(w))
            && said[w.len()..]
                .chars()
                .next()
                .is_none_or(|c| !c.is_alphanumeric())
    };
    [
        "aob",
        "a.o.b",
        "any other business",
        // "Agenda 3: Miscellaneous — nil." (round R63).
        "miscellaneous",
        "misc",
        "closing prayer",
        "meeting closed",
        "meeting adjourned",
        "meeting ended",
        "the meeting closed",
        "the meeting adjourned",
        "the meeting ended",
    ]
    .iter()
    .any(|w| opens(w))
}

#[cfg(test)]
mod tests {
    use super::only_meeting_close;

    #[test]
    fn closing_lines_and_other_business_are_known() {
        assert!(only_meeting_close(
            "AOB — Christmas party at Chaguaramas, date TBC"
        ));
        assert!(only_meeting_close("Closing prayer by Tuilagi"));
        assert!(only_meeting_close("Meeting closed 4:40pm"));
        assert!(!only_meeting_close("aobwise the fitters are busy"));
        assert!(!only_meeting_close(
            "the meeting room is too small for the team"
        ));
    }
}
