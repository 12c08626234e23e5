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
    // "second fan in January"
    matches!(w(skip), "second" | "third" | "next" | "other")
        && n <= 5
        && (skip + 1..words.len()).any(|k| {
            matches!(w(k), "in" | "by" | "from") && crate::reader::dates::month(w(k + 1)).is_some()
        })
}
