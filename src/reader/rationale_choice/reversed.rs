//! A verdict reversed, told as the reason (round R62): "Core banking: Board has reversed the
//! stop, we continue with the new vendor". That an earlier stop, hold or decision was
//! reversed is the verdict said again, as who decided is (round R58's sign-offs): no reason.

/// Is `said` only someone reversing, overturning or lifting an earlier stop, hold or
/// decision, in at most eight words? A cheap test on its length first, as it is asked of
/// every record's reason.
pub(super) fn only_reversal(said: &str) -> bool {
    if said.len() > 64 {
        return false;
    }
    let lower = said.to_ascii_lowercase();
    let words: Vec<&str> = lower.split_whitespace().collect();
    words.len() <= 8
        && words.windows(3).any(|w| {
            matches!(w[0], "reversed" | "overturned" | "lifted" | "rescinded")
                && matches!(w[1], "the" | "its" | "their" | "our")
                && matches!(
                    w[2].trim_end_matches(|c: char| !c.is_alphanumeric()),
                    "stop" | "hold" | "decision" | "freeze" | "pause" | "ban" | "no"
                )
        })
}

#[cfg(test)]
mod tests {
    use super::only_reversal;

    #[test]
    fn a_verdict_reversed_is_known() {
        assert!(only_reversal("Board has reversed the stop"));
        assert!(only_reversal("the directors lifted the freeze"));
        assert!(!only_reversal(
            "the regulator reversed the stop on imports, so the kit can ship"
        ));
        assert!(!only_reversal("the pump reversed the flow"));
    }
}
