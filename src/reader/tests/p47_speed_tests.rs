use super::*;

/// `clauses::only_when` as it was before round P47 read its words without copying each:
/// the answer the new one must give on every reason.
fn only_when_before(reason: &str) -> bool {
    if reason.split_whitespace().nth(8).is_some() {
        return false;
    }
    let words: Vec<String> = reason
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .collect();
    let w = |k: usize| words.get(k).map_or("", String::as_str);
    let done_at = if w(0) == "done" {
        Some(1)
    } else if w(0) == "work" && (w(1), w(2), w(3)) == ("to", "be", "done") {
        Some(4)
    } else {
        None
    };
    let done_when = done_at.is_some_and(|k| {
        words.len() <= k + 4 && matches!(w(k), "before" | "by" | "after" | "over" | "in")
    });
    done_when
        || words.len() <= 3
            && words.iter().any(|w| w == "tonight")
            && words
                .iter()
                .all(|w| clauses::TIME_WORDS.contains(&w.as_str()))
}

#[test]
fn a_reason_said_only_as_a_time_is_told_as_before() {
    let reasons = [
        "",
        "   ",
        "tonight",
        "Tonight",
        "TONIGHT!",
        "tonight then",
        "the end tonight",
        "next week tonight",
        "this tonight then now",
        "done before playoffs",
        "Done before the spring rush",
        "done by Friday at the depot",
        "done by Friday at the depot yard",
        "done in",
        "done",
        "work to be done before the spring",
        "Work to be done over the summer break at the pool",
        "work to be done over the summer break at the pool house",
        "work to be done",
        "work to get done before spring",
        "because the chiller failed tonight",
        "the kiln is old",
        "(tonight)",
        "— tonight —",
        "TØNIGHT",
        "tonight \u{212a}",
        "done b\u{212a}",
        "DONE BY easter",
        "done İn May",
        "la nuit tonight",
        "one two three four five six seven eight nine",
        "done one two three four five six seven eight",
    ];
    for r in reasons {
        assert_eq!(
            clauses::only_when(r),
            only_when_before(r),
            "only_when({r:?})"
        );
    }
}
