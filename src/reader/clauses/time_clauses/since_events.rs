//! "since" an event of the work ("since the relaunch", "since it went live in June"): when a
//! result started, not why; and the date said with it, part of the evidence.

use super::*;

/// "since the sorter upgrade", "since the relaunch", "since it went live (in June)",
/// "since we switched it on": "since" an event of the work is when a result started, not
/// why. `s` is the word after "since"; the clause up to its break (less a time said after
/// it) names the event in its last word.
pub fn since_event(toks: &[Token], s: usize, limit: usize) -> bool {
    let e = clause_end(toks, s, limit);
    // "since launch and members just use the website": the event ends where "and" or
    // "but" opens the next clause.
    let joined = (s..e).find(|&j| matches!(toks[j].lower.as_str(), "and" | "but"));
    event_ends_at(toks, s, e) || joined.is_some_and(|k| event_ends_at(toks, s, k))
}

/// "since we went live in August", "Since the kiosks went live in September, …": is the
/// date at `d` the time of the event a result is counted since? That is a start, part of
/// the evidence (convention 1 of the corpus), not when the benefit was counted.
pub fn time_of_since_event(toks: &[Token], d: usize) -> bool {
    let Some(p) = d
        .checked_sub(1)
        .filter(|&p| matches!(toks[p].lower.as_str(), "in" | "on"))
    else {
        return false;
    };
    (p.saturating_sub(7)..p)
        .rev()
        .take_while(|&j| !toks[j].is_break())
        .find(|&j| toks[j].is("since"))
        .is_some_and(|k| p > k + 1 && event_ends_at(toks, k + 1, p))
}

/// Do tokens `s..e` after "since" name an event of the work (see [`since_event`])?
pub(in crate::reader::clauses) fn event_ends_at(toks: &[Token], s: usize, mut e: usize) -> bool {
    // "since we went live in June": the event, then when it was.
    // "since it went in at Carrow", "… in at the Fargo bureau": and where.
    if let Some(back) = (2..=4).find(|&b| {
        e > s + b
            && matches!(toks[e - b].lower.as_str(), "in" | "on" | "last" | "at")
            && (b == 2 || toks[e - b].is("at"))
    }) {
        e -= back;
    }
    // "since the digital X-ray room opened": a hyphen inside a word adds no word.
    let words = (s..e)
        .filter(|&j| !(toks[j].is_sym("-") && toks[j].attached))
        .count();
    if e <= s || words > 6 {
        return false;
    }
    let last = &toks[e - 1];
    // "since we switched them on", "since it was turned on".
    let switched_on = last.is("on")
        && toks[s..e - 1]
            .iter()
            .any(|t| matches!(t.lower.as_str(), "switched" | "turned"));
    // "since it went in", "since we put them in", "since the new tags went on": the work
    // put in place ("since the webstore went up").
    let put_in = (last.is("in") || last.is("up") || last.is("on"))
        && e >= s + 2
        && matches!(toks[e - 2].lower.as_str(), "went" | "gone" | "put" | "got");
    switched_on
        || put_in
        || names_the_work(last)
        || matches!(
            last.lower.as_str(),
            "go-live"
                | "live"
                | "launch"
                | "launched"
                | "relaunch"
                | "install"
                | "installed"
                | "installation"
                | "cutover"
                | "switchover"
                | "migration"
                | "refit"
                | "refurb"
                | "kickoff"
                | "started"
                // "Since the GIS cleanup finished, …": the work done.
                | "finished"
                | "completed"
                // "Since the digital X-ray room opened".
                | "opened"
                | "reopened"
                // "since start in August", "since rollout".
                | "start"
                | "rollout"
                | "roll-out"
        )
}
