//! Fragments after a verdict's comma too slight to be its reason when a sentence of its own
//! follows (round S15): "we're carrying on, slippage and all. The old system is out of
//! support in May …", "approved $48k to replace the lot. 40% of em failed bump tests …",
//! "paying their way, tidy. 38 homes flagged …". The fragment says how the verdict was
//! given or what the money buys; the sentence after says why.

/// Words a purpose of the money ends on that only point back at the work.
const POINTING_BACK: &[&str] = &["it", "them", "lot", "everything", "all"];

/// Is `said` (a reason as the rules chose it) a slight fragment: one word, "<x> and all"
/// (despite x), or "to <verb> it/them/the lot" (what the money is for)?
pub(super) fn slight(said: &str) -> bool {
    let words: Vec<String> = said
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .filter(|w| !w.is_empty())
        // "£48k to replace it": the money before the purpose is the amount's.
        .skip_while(|w| w.chars().any(|c| c.is_ascii_digit()))
        .collect();
    let n = words.len();
    let one_word = n == 1;
    let and_all = (3..=4).contains(&n) && words[n - 2] == "and" && words[n - 1] == "all";
    let purpose =
        (3..=4).contains(&n) && words[0] == "to" && POINTING_BACK.contains(&words[n - 1].as_str());
    one_word || and_all || purpose
}
