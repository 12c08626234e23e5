//! Milestones: the words for when the work lands, a milestone moved or planned, the
//! nouns a quarter or month names a thing with, and the next meeting's date.

use super::*;

/// Words for when the work lands: a date beside them is a milestone.
pub(in crate::reader) const MILESTONES: &[&str] = &[
    "live",
    "go-live",
    "golive",
    "launch",
    "launches",
    "launching",
    "rollout",
    "out",
    "delivery",
    "completion",
    "cutover",
    "cut-over",
    "ready",
    "lands",
    "landing",
];

/// "go-live slipped to March", "rollout pushed back to Q2": the milestone's new date, not
/// a date to look again at the work ("pushed to Q2" alone puts the work off).
pub(super) fn milestone_moved<'a>(p1: &str, prev: &dyn Fn(usize) -> &'a str) -> bool {
    if !matches!(p1, "to" | "into" | "till" | "until" | "til") {
        return false;
    }
    let mut k = 2;
    if matches!(prev(k), "back" | "out" | "again") {
        k += 1;
    }
    let moved = matches!(
        prev(k),
        "slipped"
            | "slips"
            | "slip"
            | "slid"
            | "pushed"
            | "moved"
            | "moves"
            | "shifted"
            | "delayed"
            | "pushes"
    );
    moved
        && (1..=2)
            .map(|extra| prev(k + extra))
            .any(|w| MILESTONES.contains(&w) && w != "out" && w != "ready")
}

/// "rollout is planned for Q2", "installs start in January", "go-live scheduled for
/// May": when the work lands or starts, not when anything was decided.
pub(super) fn milestone_planned<'a>(p1: &str, prev: &dyn Fn(usize) -> &'a str) -> bool {
    let work = |w: &str| {
        (MILESTONES.contains(&w) && w != "out" && w != "ready")
            || matches!(
                w,
                "install" | "installs" | "installation" | "build" | "works" | "construction"
            )
    };
    // "install 11/1", "install wk of Jan 11", "installation w/c 4 Jan": when the work is
    // put in.
    let installed = |w: &str| matches!(w, "install" | "installs" | "installation");
    // "install the week of 3/15": a "the" before the week too.
    let the = usize::from(p1 == "of" && prev(3) == "the");
    if installed(p1)
        || p1 == "of" && matches!(prev(2), "wk" | "week") && installed(prev(3 + the))
        || matches!(p1, "wk" | "week") && installed(prev(2))
    {
        return true;
    }
    if !matches!(p1, "for" | "in" | "on" | "from") {
        return false;
    }
    match prev(2) {
        "planned" | "scheduled" | "targeted" | "slated" | "pencilled" | "penciled" => {
            let k = if matches!(prev(3), "is" | "was" | "now" | "'s") {
                4
            } else {
                3
            };
            work(prev(k))
        }
        "start" | "starts" | "begin" | "begins" => work(prev(3)),
        _ => false,
    }
}

/// Whether the words just after a date make it a milestone: "3/1 go-live", "4/20 launch".
pub(super) fn milestone_after(toks: &[Token], end: usize) -> bool {
    match lower(toks, end) {
        "go" => lower(toks, end + 1) == "-" && lower(toks, end + 2) == "live",
        "golive" | "launch" | "cutover" | "go-live" => true,
        _ => false,
    }
}

/// Nouns a quarter or month can qualify: "the Q4 numbers", "May release" name a thing,
/// not a date.
pub(super) const QUALIFIED: &[&str] = &[
    "numbers",
    "number",
    "figures",
    "results",
    "forecast",
    "forecasts",
    "budget",
    "budgets",
    "report",
    "reports",
    "close",
    "accounts",
    "targets",
    "target",
    "plan",
    "plans",
    "release",
    "deck",
    "pack",
    "board",
    "payroll",
    "invoices",
    "invoice",
    "run",
    "data",
    "actuals",
    "spend",
    "sales",
    "stats",
    "metrics",
    "okrs",
    "roadmap",
    "campaign",
    "newsletter",
    // "warnings went out earlier in the Nov event", "in the January planning": an event or
    // a round of work named for its month.
    "event",
    "events",
    "planning",
    "storm",
    "storms",
    "floods",
    "intake",
    // "park it until after the May elections, so it's on hold till June": a vote named for
    // its month is an event; the time the work waits till is said apart.
    "election",
    "elections",
    "polls",
    "referendum",
];

/// Whether the date of `used` tokens at `i` is a quarter or month naming a thing.
pub(super) fn names_a_thing(toks: &[Token], i: usize, used: usize) -> bool {
    let last = &toks[i + used - 1];
    // "pushed to the March board", "until the Jan exco", "revisit after the Feb board": the
    // meeting a thing is put off to, not its pack or minutes; so is "til the Q1 budget"
    // ending its clause, the round of budgeting it waits for (not "the Q1 budget review").
    let budget_round =
        lower(toks, i + used) == "budget" && toks.get(i + used + 1).is_none_or(|t| !t.is_word());
    // "we'll look at it after the May sales", "until after the January sales": a month's
    // sales ending the clause are the sales held then, an event waited for (not "the May
    // sales figures").
    let sales_held = month(&last.lower).is_some()
        && matches!(lower(toks, i + used), "sales" | "sale")
        && toks.get(i + used + 1).is_none_or(|t| !t.is_word());
    let meeting = (budget_round
        || sales_held
        || matches!(
            lower(toks, i + used),
            "board" | "committee" | "exco" | "meeting" | "sitting"
        ))
        && !QUALIFIED.contains(&lower(toks, i + used + 1));
    let the = if toks[i].lower == "the" {
        Some(i)
    } else {
        i.checked_sub(1).filter(|&k| toks[k].lower == "the")
    };
    let put_off_to = the.and_then(|k| k.checked_sub(1)).is_some_and(|k| {
        matches!(
            toks[k].lower.as_str(),
            "to" | "until" | "till" | "til" | "after"
        )
    });
    if meeting && put_off_to {
        return false;
    }
    // "the Q4 numbers", "May release", "the new year budget".
    let bare = used <= 3
        && ((last.lower.len() == 2 && last.lower.starts_with('q'))
            || matches!(last.lower.as_str(), "h1" | "h2")
            || month(&last.lower).is_some()
            || last.lower == "year")
        && toks[i..i + used].iter().all(|t| t.kind != TokKind::Num);
    // "the March budget workshop": a meeting named for what it settles is still when.
    let meeting_after = matches!(
        lower(toks, i + used + 1),
        "workshop" | "meeting" | "board" | "committee" | "session" | "retreat"
    );
    bare && !meeting_after
        && toks
            .get(i + used)
            .is_some_and(|t| QUALIFIED.contains(&t.lower.as_str()))
}

/// Every date in the message, in order.
/// "Next GL 15.12.", "next board on 15 Dec", "next meeting: 12/1": the date of the next
/// meeting, which is ahead, at `i`.
pub(in crate::reader) fn next_meeting_before(toks: &[Token], i: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let mut k = i;
    if k > 0 && matches!(word(k - 1), "on" | ":" | "is" | "-" | "–") {
        k -= 1;
    }
    // One to three words name the meeting: "next GL", "next board meeting"; "next review
    // end of Jan" is when to look again.
    (1..=3).any(|back| {
        k > back
            && word(k - back - 1) == "next"
            && (k - back..k).all(|j| {
                toks[j].is_word()
                    && !matches!(
                        word(j),
                        "review" | "check" | "checkpoint" | "look" | "revisit" | "deadline"
                    )
            })
    })
}
