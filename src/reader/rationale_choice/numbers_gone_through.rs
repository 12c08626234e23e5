//! Who went over the figures before the verdict (round R63): "Auntie Bea and I went through
//! the numbers. We're approving …" says how the decision was reached, not why.

/// Is `said` only someone going over the numbers: at most nine words ending on "the
/// numbers", "the figures", "the quotes" or "the costings" after "went through", "went
/// over", "ran", "crunched", "looked at" or "looked over"? Its first test is the last word.
pub(super) fn only_numbers_gone_through(said: &str) -> bool {
    let said = said.trim_end_matches(|c: char| !c.is_alphanumeric());
    let last = said.rsplit(' ').next().unwrap_or("");
    if !["numbers", "figures", "quotes", "costings"]
        .iter()
        .any(|w| last.eq_ignore_ascii_case(w))
    {
        return false;
    }
    let lower = said.to_lowercase();
    let words: Vec<&str> = lower.split_whitespace().collect();
    let n = words.len();
    (4..=9).contains(&n)
        && words[n - 2] == "the"
        && matches!(
            (words[n - 4], words[n - 3]),
            ("went" | "gone" | "been" | "looked", "through" | "over")
                | ("looked", "at")
                | (_, "ran" | "crunched" | "run")
        )
}

#[cfg(test)]
mod tests {
    use super::only_numbers_gone_through;

    #[test]
    fn going_over_the_figures_is_known() {
        assert!(only_numbers_gone_through(
            "Auntie Bea and I went through the numbers"
        ));
        assert!(only_numbers_gone_through("Dave and I ran the numbers"));
        assert!(!only_numbers_gone_through("the numbers don't work"));
        assert!(!only_numbers_gone_through(
            "we lost money on the old quotes"
        ));
    }
}
