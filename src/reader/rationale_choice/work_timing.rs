//! When the work happens, read as a reason (round R54): "we continue with the fan overhaul
//! as planned, second fan in January", "still going ahead despite the builder's delays, just
//! slips to late Feb", "approved, $210k, works to start after the wet". The clause dates the
//! work or its next part; it says nothing of why: no reason.

/// Is `said` only the work's timing: "(just) slips/slid/moves to <time>", "works/work/install
/// to start / starts <when>", or "second/next <thing> in/by <month>"?
pub(super) fn only_timing(said: &str) -> bool {
    let lower = said.to_lowercase();
    let words: Vec<&str> = lower
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .collect();
    let w = |k: usize| words.get(k).copied().unwrap_or("");
    let skip = usize::from(matches!(w(0), "just" | "only" | "it" | "that"));
    let n = words.len() - skip;
    // "just slips to late Feb"
    if matches!(
        w(skip),
        "slips" | "slipped" | "slid" | "slides" | "moves" | "moved"
    ) && w(skip + 1) == "to"
        && n <= 6
    {
        return true;
    }
    // "works to start after the wet", "install starts in March"
    let worker = matches!(
        w(skip),
        "works" | "work" | "install" | "installation" | "construction" | "building"
    );
    let start = |k: usize| matches!(w(k), "start" | "starts" | "begin" | "begins");
    if worker && (start(skip + 1) || w(skip + 1) == "to" && start(skip + 2)) && n <= 7 {
        return true;
    }
    if planned_with_its_day(&words) {
        return true;
    }
    // "second fan in January"
    matches!(w(skip), "second" | "third" | "next" | "other")
        && n <= 5
        && (skip + 1..words.len()).any(|k| {
            matches!(w(k), "in" | "by" | "from") && crate::reader::dates::month(w(k + 1)).is_some()
        })
}

/// "Sefo's boys will build it by 20/12", "Outreach team will start to share them in January",
/// "Marlon finish it next week", "pro-pack ships in
/// January", "Contractor mobilises on 11 January 2027", "all deckhands to complete by Jan 31"
/// (round R59): who does the work next and by when — a short clause of doing the work, said
/// with its day, is the plan, no reason (as convention 79's next step).
fn planned_with_its_day(words: &[&str]) -> bool {
    let n = words.len();
    // "Outreach team will start to share them in January": up to ten words (round R62).
    if !(3..=10).contains(&n) {
        return false;
    }
    let w = |k: usize| words.get(k).copied().unwrap_or("");
    const DOING: &[&str] = &[
        "build", "install", "fit", "finish", "do", "start", "deliver", "order", "set", "lay",
        "paint", "ship", "complete", "put", "fix", "replace",
    ];
    const SCHEDULED: &[&str] = &[
        "finish",
        "finishes",
        "ships",
        "ship",
        "mobilises",
        "mobilizes",
        "mobilise",
        "mobilize",
        "delivers",
        "installs",
    ];
    // The work's verb, after a doer: "will <do>", "to <do>", or a scheduled verb.
    let verb = (1..n.min(5)).any(|k| {
        SCHEDULED.contains(&w(k))
            || (w(k) == "will" || w(k).ends_with("'ll") || w(k) == "to")
                && DOING.contains(&w(k + 1))
                // "we have to replace it by March": a duty, not the plan.
                && !matches!(w(k.wrapping_sub(1)), "have" | "need" | "must" | "got" | "has")
    });
    // The day it ends on: "by 20/12", "on 11 january 2027", "in january", "next week".
    let month = |x: &str| crate::reader::dates::month(x).is_some();
    let dayish = |x: &str| {
        !x.is_empty()
            && x.bytes()
                .all(|b| b.is_ascii_digit() || b == b'/' || b == b'-')
    };
    let last = w(n - 1);
    let before = w(n.saturating_sub(2));
    // "from 15th December", "by the 3rd of January": a day of the month told as an
    // ordinal before its month (round R63).
    let ordinal = |x: &str| {
        let digits = x.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        !digits.is_empty()
            && digits.len() <= 2
            && digits.bytes().all(|b| b.is_ascii_digit())
            && matches!(&x[digits.len()..], "st" | "nd" | "rd" | "th")
    };
    let day = matches!(before, "next" | "this") && matches!(last, "week" | "month")
        || month(last) && matches!(before, "in" | "by" | "on" | "from")
        || month(last) && ordinal(before) && matches!(w(n.saturating_sub(3)), "by" | "on" | "from")
        || dayish(last) && (matches!(before, "by" | "on") || month(before))
        || last == "tomorrow";
    let because = words.iter().any(|x| {
        matches!(
            *x,
            "because" | "since" | "so" | "too" | "cos" | "as" | "no" | "not" | "can't" | "cannot"
        )
    });
    verb && day && !because
}
