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
pub(in crate::reader) fn only_task_by_a_time(said: &str) -> bool {
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
