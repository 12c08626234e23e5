//! What a date is for, from the words before it: a decision, a review, a due date, a
//! milestone moved or planned.

use super::*;

pub(super) fn cue_before(toks: &[Token], start: usize) -> Cue {
    let prev = |k: usize| {
        if start >= k {
            lower(toks, start - k)
        } else {
            ""
        }
    };
    let p1 = prev(1);
    let p2 = prev(2);
    // "since start in August", "since we went live on 3/8": the start of a period said
    // with the event that began it.
    let since_event = matches!(p1, "in" | "on")
        && (2..=5)
            .take_while(|&k| start >= k && toks[start - k].is_word())
            .any(|k| prev(k) == "since");
    // "the range is dead from October to March": the end of a span said from a time to
    // another, no time to look again or to meet.
    let span_end = matches!(p1, "to" | "till" | "until" | "through" | "-" | "–")
        && (3..=5).any(|k| {
            prev(k) == "from"
                && (2..k).all(|j| {
                    start >= j && {
                        let t = &toks[start - j];
                        (t.is_word() || t.kind == TokKind::Num) && !t.is_break()
                    }
                })
                && (2..k).any(|j| {
                    month(prev(j)).is_some() || weekday(prev(j)).is_some() || {
                        let t = &toks[start - j];
                        t.kind == TokKind::Num
                    }
                })
        });
    if p1 == "since" || since_event || span_end || since_clause::ends_since_clause(toks, start) {
        return Cue::Since;
    }
    // "offers will be collected until 15.12.", "applications accepted till Friday": how
    // long something is taken in is the deadline to send it, not a time to look again.
    if matches!(p1, "until" | "till" | "til")
        && matches!(
            p2,
            "collected" | "accepted" | "received" | "taken" | "open" | "submitted" | "welcome"
        )
    {
        return Cue::By;
    }
    if back_to_finish::back_to_finish(toks, start) || back_to_finish::worker_back_on(toks, start) {
        return Cue::By;
    }
    // "continue the pilot through June": how long the work runs, not a date of the record.
    // "went through yesterday": the particle of a verb of going, no span (round D45).
    let went_through = matches!(p2, "went" | "gone" | "got" | "came" | "sailed" | "passed");
    if matches!(p1, "through" | "thru") && !went_through {
        return Cue::Milestone;
    }
    // "support past June", "not beyond 2027": a limit, not a date of the record; "now
    // saying April": a date someone expects; "rest by Q2": where the work gets to ("rest
    // by the 18th", "rest by 15/12": a day the rest is to be done by, its due).
    if matches!(
        p1,
        "past" | "beyond" | "saying" | "expecting" | "forecasting"
    ) || p1 == "by" && matches!(p2, "rest" | "remainder") && !a_day_at(toks, start)
    {
        return Cue::Milestone;
    }
    // "on track for jan 20", "on schedule for the 18th": the day the work is to be done
    // by, its due (a month or a named milestone, "on track for the Feb cutover", is none).
    if on_track_for_day(toks, start, &prev) {
        return Cue::By;
    }
    // "paused until the login is ready, maybe March": a look-again guessed at.
    if matches!(
        p1,
        "maybe" | "possibly" | "probably" | "prob" | "likely" | "perhaps" | "hopefully"
    ) {
        return Cue::Until;
    }
    // "mandatory from Feb", "compulsory from 1 April": when a rule starts to apply, told as
    // a reason, not a date of the record.
    if p1 == "from"
        && matches!(
            p2,
            "mandatory" | "compulsory" | "obligatory" | "required" | "enforced" | "force"
        )
    {
        return Cue::Milestone;
    }
    // "go-live in May", "rollout by Q2", "go-live 3/15", "cutover planned 01.07.": the
    // work's milestone.
    let leads_milestone = matches!(
        p1,
        "in" | "on"
            | "by"
            | "for"
            | "from"
            | "around"
            | "early"
            | "late"
            | "mid"
            | "planned"
            | "scheduled"
            | "targeted"
            | "target"
            // "go-live still April": the plan as it stands.
            | "still"
            | "is"
            // "go-live was 10/1": the work's milestone, told after it passed.
            | "was"
            | "due"
            // "go-live before the Easter holidays".
            | "before"
    );
    // "went live on Monday" happened: it is when, not a milestone to come.
    let done = |w: &str| matches!(w, "went" | "gone" | "was" | "were" | "got");
    if (leads_milestone && MILESTONES.contains(&p2) && !done(prev(3)))
        || (MILESTONES.contains(&p1) && p1 != "out" && p1 != "ready" && !done(p2))
        // "done by 1/8", "finished by March": when the work is finished, not a deadline
        // anyone owns.
        // ("has to be done by 6/1", "must be finished by the 20th" is one, below).
        || (matches!(p1, "by" | "in")
            && matches!(p2, "done" | "finished" | "complete" | "completed")
            && !(prev(3) == "be" && matches!(prev(4), "to" | "must" | "should")))
        || milestone_moved(p1, &prev)
        || milestone_planned(p1, &prev)
    {
        return Cue::Milestone;
    }
    // "60 stores by March", "all sites by Q2": a target the work reaches, unless someone
    // is asked to reach it ("Dana to order 60 more by …").
    if matches!(p1, "by" | "before")
        && start >= 3
        && toks[start - 2].is_word()
        && (toks[start - 3].kind == TokKind::Num || prev(3) == "all")
        && !asked_in_clause(toks, start - 3)
    {
        return Cue::Milestone;
    }
    // "next check-in 15/01", "the next catch-up in March": when to look again.
    let p3 = prev(3);
    let check_in = |a: &str, b: &str, c: &str| {
        (a == "in" && b == "-" && c == "check") || matches!(a, "checkin" | "check-in")
    };
    let next_meeting = |k: usize| {
        matches!(prev(k), "catch-up" | "catchup" | "review" | "meeting")
            || (prev(k) == "up" && prev(k + 1) == "-" && prev(k + 2) == "catch")
    };
    if check_in(p1, p2, p3)
        || (matches!(p1, "in" | "on" | "at") && check_in(p2, p3, prev(4)))
        || (matches!(p1, "in" | "on" | "at") && next_meeting(2) && {
            let k = if p2 == "up" { 5 } else { 3 };
            prev(k) == "next"
        })
    {
        return Cue::Until;
    }
    // "the budget review on 11/23", "Ops review 19/11", "after the review on 18/11": a
    // review meeting, when something happened, unless the sentence puts something off to it.
    let (review_at, noun_at) = if matches!(p1, "on" | "at") {
        (2, 3)
    } else {
        (1, 2)
    };
    if matches!(prev(review_at), "review" | "reviews")
        && start >= noun_at
        && toks[start - noun_at].is_word()
        && !matches!(
            prev(noun_at),
            "to" | "will"
                | "'ll"
                | "i'll"
                | "we'll"
                | "we"
                | "i"
                | "and"
                | "then"
                | "please"
                | "pls"
                | "can"
                | "should"
                | "must"
                | "let's"
                | "again"
                | "next"
        )
        && !puts_off_before(toks, start - review_at)
    {
        return Cue::At;
    }
    // "deadline for the business case is 15/12", "deadline: 15/12", "deadline of …".
    if matches!(p1, "is" | ":" | "of" | "=")
        && toks[..start - 1]
            .iter()
            .rev()
            .take(6)
            .take_while(|t| !t.is_break() || t.is_sym(":"))
            .any(|t| matches!(t.lower.as_str(), "deadline" | "deadlines"))
    {
        return Cue::By;
    }
    match p1 {
        // "review by 28 Feb", "revisit by March": when to look again, not a deadline.
        "by" if matches!(
            p2,
            "review" | "revisit" | "reassess" | "reconsider" | "again"
        ) =>
        {
            Cue::Until
        }
        // "the ice machine froze up again Tuesday": a thing that happened once more, on
        // the day said straight after.
        "again" if happened_again(toks, start - 1) => Cue::At,
        "again" => Cue::Until,
        "by" | "before" | "due" | "deadline" | "latest" => Cue::By,
        "till" | "til" | "until" | "'til" | "to" | "into" | "revisit" | "review" | "reconvene" => {
            Cue::Until
        }
        // "approved back in October", "members won back in Nov": when it happened.
        "in" if p2 == "back" && {
            let p3 = prev(3);
            p3.ends_with("ed")
                || matches!(
                    p3,
                    "was" | "were" | "won" | "got" | "brought" | "paid" | "went"
                )
        } =>
        {
            Cue::At
        }
        // "the portal went down again on Friday": a thing that happened once more says
        // when, no time to look again.
        "in" | "on" | "at" | "from" | "for" | "the" | "after"
            if p2 == "again" && happened_again(toks, start - 2) =>
        {
            Cue::At
        }
        "in" | "on" | "at" | "from" | "for" | "the" | "after"
            if matches!(
                p2,
                "revisit"
                    | "review"
                    | "back"
                    | "again"
                    | "reconvene"
                    | "resume"
                    | "restart"
                    | "revisiting"
                    | "reviewing"
                    | "pushed"
                    | "moved"
                    | "look"
                    | "reassess"
            ) =>
        {
            Cue::Until
        }
        _ => Cue::At,
    }
}

/// Whether the date at `start` is a day after "on track for" / "on schedule for" / "on
/// target for" / "on course for": the day a progress line says the work will be done by.
fn on_track_for_day<'a>(toks: &[Token], start: usize, prev: &impl Fn(usize) -> &'a str) -> bool {
    prev(1) == "for"
        && matches!(prev(2), "track" | "schedule" | "target" | "course")
        && prev(3) == "on"
        && a_day_at(toks, start)
}

/// Whether the date at `start` names a day ("the 18th", "15/12", "Dec 18"), not a
/// period ("Q2", "March", "next year").
fn a_day_at(toks: &[Token], start: usize) -> bool {
    let at = |k: usize| toks.get(k);
    let first = if at(start).is_some_and(|t| t.is("the")) {
        start + 1
    } else {
        start
    };
    // "18th", "15/12", "18": a number or an ordinal opens a day.
    let day =
        |t: &Token| t.kind == TokKind::Num || t.lower.starts_with(|c: char| c.is_ascii_digit());
    at(first).is_some_and(day)
        || at(first).is_some_and(|t| super::month(&t.lower).is_some())
            && at(first + 1).is_some_and(day)
}

/// Whether the clause ending before `end` asks someone to act: "@sean to get …",
/// "Raj will …", "pls can …".
pub(super) fn asked_in_clause(toks: &[Token], end: usize) -> bool {
    crate::reader::tokens::back_in_clause(&toks[..end]).any(|t| {
        matches!(
            t.lower.as_str(),
            "to" | "will"
                | "'ll"
                | "i'll"
                | "we'll"
                | "pls"
                | "please"
                | "can"
                | "should"
                | "must"
                | "need"
                | "needs"
        )
    })
}

/// Whether the sentence ending before `end` puts something off: "deferred to the board
/// review …", "parked, board review …".
pub(super) fn puts_off_before(toks: &[Token], end: usize) -> bool {
    toks[..end]
        .iter()
        .rev()
        .take_while(|t| !matches!(t.lower.as_str(), "." | "!" | "?" | ";" | "\n"))
        .any(|t| {
            matches!(
                t.lower.as_str(),
                "to" | "till"
                    | "til"
                    | "until"
                    | "pushed"
                    | "deferred"
                    | "moved"
                    | "parked"
                    | "postponed"
                    | "hold"
                    | "defer"
                    | "park"
                    | "push"
                    | "delay"
                    | "delayed"
            )
        })
}
