//! "Contractor to be booked for May.", "Install to be done by the 20th", "Can HR have it set
//! up by 31/3": a task with its time, said as to be done or asked for, is the follow-up
//! (convention 47), no reason (round R66; no training label's reason is of this shape).

/// Words that make a time: a month, a weekday, "week", "end", or a figure ("31/3", "20th").
fn timed(w: &str) -> bool {
    const MONTHS: &[&str] = &[
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    w.bytes().next().is_some_and(|b| b.is_ascii_digit())
        || w.len() >= 3 && MONTHS.iter().any(|m| w.starts_with(m))
        || w.ends_with("day") && w.len() > 5
        || matches!(w, "week" | "end" | "eom" | "eow" | "tomorrow" | "tmr")
}

/// Does `said` only hand out a task with its time: "<who or what> to be <done> by / for /
/// in / before <a time>" in at most nine words, or "can <someone> have it <done> by <a
/// time>"?
///
/// Its first test, before any word is copied: four to nine words, the first "can" or one of
/// the next three "to" (the look cost ~490 instructions a message when it copied
/// every candidate sentence's words first).
pub(in crate::reader) fn only_task_by_a_time(said: &str) -> bool {
    let n = said.split_whitespace().count();
    if !(4..=9).contains(&n) {
        return false;
    }
    let mut words = said
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '/'));
    let can = words.next().is_some_and(|w| w.eq_ignore_ascii_case("can"));
    if !can && !words.take(3).any(|w| w.eq_ignore_ascii_case("to")) {
        return false;
    }
    task_by_a_time_past_its_first_test(said)
}

/// [`only_task_by_a_time`] once its first test is passed.
fn task_by_a_time_past_its_first_test(said: &str) -> bool {
    let first = said
        .as_bytes()
        .first()
        .copied()
        .unwrap_or(0)
        .to_ascii_lowercase();
    if !first.is_ascii_alphabetic() {
        return false;
    }
    let words: Vec<String> = said
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric() && c != '/')
                .to_lowercase()
        })
        .collect();
    if words.len() > 9 || words.len() < 4 {
        return false;
    }
    let w = |k: usize| words.get(k).map_or("", String::as_str);
    let by_a_time = |from: usize| {
        (from..words.len()).any(|k| {
            matches!(w(k), "by" | "for" | "in" | "before" | "from")
                && (k + 1..words.len()).any(|j| timed(w(j)))
        })
    };
    // "can HR have it set up by 31/3".
    if first == b'c' && w(0) == "can" {
        return (2..4).any(|k| w(k) == "have" && matches!(w(k + 1), "it" | "them")) && by_a_time(3);
    }
    // "Contractor to be booked for May".
    (1..4).any(|k| {
        w(k) == "to"
            && w(k + 1) == "be"
            && (w(k + 2).ends_with("ed") || matches!(w(k + 2), "done" | "set" | "paid" | "sent"))
            && by_a_time(k + 3)
    })
}

#[cfg(test)]
mod p66_tests {
    use super::{only_task_by_a_time, task_by_a_time_past_its_first_test};
    use crate::reader::tests::p55_training_texts::training_and_source_texts;

    /// The look with its first test answers as its body on every sentence, clause and line
    /// of the training and source texts (and every tail of them from a word on).
    #[test]
    fn with_its_first_test_answers_as_its_body() {
        let mut seen = 0;
        for text in training_and_source_texts() {
            for piece in text.split(['.', '\n', ';', ',', '?', '!', '—']) {
                let words: Vec<&str> = piece.split_whitespace().collect();
                for k in 0..words.len() {
                    let said = words[k..].join(" ");
                    assert_eq!(
                        only_task_by_a_time(&said),
                        task_by_a_time_past_its_first_test(&said),
                        "{said}"
                    );
                    seen += usize::from(only_task_by_a_time(&said));
                }
            }
        }
        assert!(seen > 0, "no piece of the texts is a task with its time");
    }
}
