//! Which date is which: the decision's date, the review date and the due date, from each
//! date's place in the sentence and the date roles model.

use super::*;

/// Token by token: is it part of an amount or a date? One pass, so lookups are O(1).
pub(super) fn amounts_and_dates(
    len: usize,
    money: &[MoneyMention],
    dates: &[dates::DateMention],
) -> Vec<bool> {
    let mut mask = vec![false; len];
    for (s, e) in money
        .iter()
        .map(|m| (m.start, m.end))
        .chain(dates.iter().map(|d| (d.start, d.end)))
    {
        mask[s.min(len)..e.min(len)]
            .iter_mut()
            .for_each(|b| *b = true);
    }
    mask
}

/// The rules' role for date mention `d`: from its cue, the record's kind and verdict.
pub(super) fn rule_role(
    r: &Reading,
    toks: &[Token],
    d: &dates::DateMention,
    has_action: bool,
    verdict_at: Option<usize>,
    today: NaiveDate,
) -> Role {
    use dates::Cue;
    let defer = r.verdict == Some(Verdict::Defer);
    // "Board minutes 19/11 - drones deferred to March": a recent plain date before the
    // verdict is when it was decided; the look-again date comes after it ("the vendor can
    // only start in March, so we're holding off till then" looks again in March).
    let before_verdict =
        verdict_at.is_some_and(|v| d.end <= v) && (today - d.past).num_days() <= 31;
    // "after the review on 18/11": a look-again date in the past is just a date.
    let cue = if d.cue == Cue::Until && d.past == d.future && d.future <= today {
        Cue::At
    } else {
        d.cue
    };
    // "knocked back in October but it's back on": the date of the verdict turned round.
    if verdict_at.is_some_and(|v| verdict_shapes::turned_by_but(toks, d.end, v, v + 1)) {
        return Role::None;
    }
    // "will be tested one more winter, decision about full rollout in April": after going
    // on, the decision still to take is when to look again (whatever milestone it names).
    if matches!(cue, Cue::At | Cue::Milestone)
        && r.verdict == Some(Verdict::Continue)
        && r.intent == Intent::Decision
        && verdict_at.is_some_and(|v| d.start > v)
        && d.future > today
        && decision_point_before(toks, d.start)
    {
        return Role::Review;
    }
    match cue {
        // "they want a decision by the 20th", "wants it in every room by September":
        // a note records the request, not a deadline of ours.
        // "IT want a firewall upgrade by March": a proposal's wished-for time is theirs too.
        // Handed to someone of ours ("Finance want the write-off done before 31/3, Mere to
        // sort the paperwork"), it is the follow-up's deadline.
        Cue::By | Cue::Until
            if matches!(r.intent, Intent::Note | Intent::Investment)
                && wished_dates::wished_by_others(toks, d.start)
                && !(has_action && r.intent == Intent::Note && cue == Cue::By) =>
        {
            Role::None
        }
        // "the go-live has slipped to March": in a note, a new date nobody is asked to
        // meet is not a due date (a follow-up's is).
        Cue::Until if r.intent == Intent::Note && !has_action => Role::None,
        // "the cutover weekend is 2/20-2/21": in a note, when a thing is set to happen is
        // not when anything happened.
        Cue::At if r.intent == Intent::Note && scheduled(toks, d.start) => Role::None,
        // "Kiosks: a maybe for Q2": in a note, a time things are meant for lies ahead.
        Cue::At
            if r.intent == Intent::Note
                && d.future > today
                && d.start > 0
                && toks[d.start - 1].is("for") =>
        {
            Role::None
        }
        Cue::By if defer && !has_action => Role::Review,
        // "said no - can't resource it before April": a refusal with no follow-up sets no
        // deadline; its date belongs to the reason.
        Cue::By
            if matches!(r.verdict, Some(Verdict::Reject | Verdict::Stop))
                && r.intent == Intent::Decision
                && !has_action =>
        {
            Role::None
        }
        Cue::By => Role::Due,
        // "approved at £60k, cash is tight until January": an approval sets no look-again;
        // the time its reason waits for belongs to the reason.
        Cue::Until
            if r.verdict == Some(Verdict::Approve)
                && r.intent == Intent::Decision
                && toks[d.start.saturating_sub(3)..d.start]
                    .iter()
                    .any(|t| matches!(t.lower.as_str(), "until" | "till" | "til" | "'til")) =>
        {
            Role::None
        }
        Cue::Until if defer || r.intent == Intent::Decision => Role::Review,
        Cue::Until => Role::Due,
        // When an investment goes live is its start; for anything else, not a date the
        // record keeps.
        Cue::Milestone if r.intent == Intent::Investment => Role::Date,
        // "saved £31k since April": the start of the period a benefit covers.
        Cue::Since if r.intent == Intent::Benefit => Role::Date,
        Cue::Milestone | Cue::Since => Role::None,
        Cue::At if defer && d.future > today && !before_verdict => Role::Review,

        // "we're stopping it at the end of the month": when the stop takes effect.
        Cue::At if r.verdict == Some(Verdict::Stop) && r.intent == Intent::Decision => Role::Date,
        // "LMS: go, 60 k€, start in January", "back on for Q1", "the lease ends June": after
        // the verdict, when a plan is set to happen, not when it was decided.
        Cue::At
            if r.intent == Intent::Decision
                && verdict_at.is_some_and(|v| d.start > v)
                && d.future > today
                && (scheduled(toks, d.start)
                    || d.start > 0
                        && (toks[d.start - 1].is("for") || toks[d.start - 1].is("from"))) =>
        {
            Role::None
        }
        // "Next GL 15.12.": the next meeting's date is no date of the record, whatever its
        // verdict (nor, whatever the model reads, below).
        Cue::At if dates::next_meeting_before(toks, d.start) => Role::None,
        // "out of support next year": a date with no reading in the past is not when
        // anything happened.
        Cue::At if d.past > today => Role::None,
        Cue::At => Role::Date,
    }
}

/// Role `role` of date `d`, unless where the date sits says it is no date of the record
/// (whatever the rules or the model read): a time inside a condition or a reason is not
/// when to look again or a deadline; a decision still to come by a date in a note is
/// nobody's deadline; a meeting still to come said with its time is not when anything
/// happened; the period a budget is for is not when it was decided.
pub(super) fn placed(
    role: Role,
    r: &Reading,
    toks: &[Token],
    d: &dates::DateMention,
    (has_action, verdict_at): (bool, Option<usize>),
    today: NaiveDate,
) -> Role {
    // "Due: 2026-12-18", "Deadline: 1/15": a ticket's or a form's due line.
    if due_labels::labelled_due(toks, d) {
        return Role::Due;
    }
    let ahead = matches!(role, Role::Review | Role::Due);
    let none = ahead
        && (date_contexts::in_condition(toks, d, r.investment.as_deref())
            && !timed_conditions::event_timed(toks, d)
            || date_contexts::in_reason(toks, d, verdict_at)
            || told_ahead::behind_by_its_verb(toks, d))
        || role == Role::Review
            && verdict_at.is_some_and(|v| date_contexts::on_another_item(toks, d, v))
        // "We'll park it. Underwriting can't sign off the pricing before the regulator's
        // review in March.": the time of an event something must come before is the
        // reason's, not when to look again.
        || role == Role::Review && date_contexts::event_it_must_precede(toks, d)
        || role == Role::Date
            && r.intent == Intent::Benefit
            && date_contexts::went_live_at(toks, d)
        || role == Role::Date
            && r.intent == Intent::Note
            && (date_contexts::runs_out_at(toks, d) || date_contexts::counted_in_a_month(toks, d))
        || role == Role::Date
            && r.intent == Intent::Investment
            && (date_contexts::runs_out_at(toks, d)
                || date_contexts::told_as_done(toks, d)
                || date_contexts::sold_then(toks, d)
                || date_contexts::event_it_must_precede(toks, d))
        || role == Role::Due
            && r.intent == Intent::Note
            && !has_action
            && decision_point_before(toks, d.start)
        || role == Role::Date
            && matches!(r.intent, Intent::Note | Intent::None)
            && (date_contexts::meeting_ahead(toks, d) || date_contexts::purpose_ahead(toks, d))
        || role == Role::Date
            && matches!(r.intent, Intent::Note | Intent::Decision)
            && (date_contexts::wanted_then(toks, d) || told_ahead::ahead_by_its_verb(toks, d))
        || role == Role::Date
            && r.intent == Intent::Decision
            && verdict_at.is_some_and(|v| v > d.end)
            && date_contexts::in_history_of_a_thing(toks, d)
        || role == Role::Date
            && (r.intent == Intent::Note
                || r.intent == Intent::Decision && verdict_at.is_some_and(|v| v < d.start))
            && date_contexts::month_planned(toks, d, today)
        || role == Role::Date
            && r.intent == Intent::Decision
            && (date_contexts::budget_period(toks, d) || date_contexts::worked_over(toks, d))
        || role == Role::Date
            && matches!(r.intent, Intent::Decision | Intent::Investment)
            && (verdict_at.is_some_and(|v| incident_days::told_beside(toks, d, v, r.intent))
                || incident_days::after_an_incident(toks, d))
        || role == Role::Date
            && (r.intent == Intent::Decision && time_named_things::names_a_thing(toks, d)
                || time_named_things::names_a_thing_done(toks, d))
        || role == Role::Review
            && matches!(r.verdict, Some(Verdict::Continue | Verdict::Approve))
            && going_on_dates::schedule_of_going_on(toks, d)
        || date_contexts::away_on(toks, d);
    if none {
        Role::None
    } else if r.intent == Intent::Note && deadline_days::owed_then(role, toks, d) {
        Role::Due
    } else if role == Role::None
        && r.verdict == Some(Verdict::Defer)
        && timed_conditions::event_timed(toks, d)
    {
        // "holding off til the state network is live in March": the event's own time.
        Role::Review
    } else if role == Role::Date
        && r.intent == Intent::Note
        && date_contexts::asked_of_someone(toks, d)
    {
        // "@jean can you have a look the day?": when the request is wanted.
        Role::Due
    } else {
        role
    }
}

/// "decision about full rollout in April", "decision on the second batch in March": the
/// date at `start` is when a decision still to come is due.
pub(super) fn decision_point_before(toks: &[Token], start: usize) -> bool {
    let from = start.saturating_sub(8);
    let clause_start = (from..start)
        .rev()
        .find(|&k| toks[k].is_break())
        .map_or(from, |k| k + 1);
    (clause_start..start.saturating_sub(1)).any(|k| {
        matches!(toks[k].lower.as_str(), "decision" | "call")
            && matches!(toks[k + 1].lower.as_str(), "on" | "about" | "re")
    })
}

/// Is the date at `start` said as when something is set to happen ("is 2/20", "will be
/// on the 18th", "is booked for Thursday")?
pub(super) fn scheduled(toks: &[Token], start: usize) -> bool {
    // The second date of a range ("2/20-2/21") is said as its first is.
    let mut start = start;
    if start > 0 && matches!(toks[start - 1].lower.as_str(), "-" | "–" | "to" | "thru") {
        start -= 1;
        while start > 0
            && (toks[start - 1].kind == tokens::TokKind::Num || toks[start - 1].is_sym("/"))
        {
            start -= 1;
        }
    }
    let word = |k: usize| {
        start
            .checked_sub(k)
            .and_then(|j| toks.get(j))
            .map_or("", |t| t.lower.as_str())
    };
    // "go-live is still 1 March", "install is now 3 February": said of the plan as it
    // stands.
    let skip = usize::from(matches!(word(1), "still" | "now" | "currently"));
    let (w1, w2) = match word(1 + skip) {
        "on" | "for" => (word(2 + skip), word(3 + skip)),
        w => (w, word(2 + skip)),
    };
    // "we're going back out with an RFQ in Feb", "goes to the ops committee on Jan 15th",
    // "go-live set for March 3rd": a plan earlier in the clause puts its date ahead.
    // "plan" only as a verb ("we plan to"): "approved our dust plan on Monday" is past.
    let window = &toks[start.saturating_sub(10)..start];
    let clause: Vec<&Token> = tokens::back_in_clause(window).collect();
    let plan_to = clause.windows(2).any(|w| w[0].is("to") && w[1].is("plan"))
        // "we'll make the call on the 12th".
        || clause.iter().any(|t| t.lower.ends_with("'ll"))
        // "the clock folk can do a demo the week of the 14th": an offer, ahead.
        || clause
            .windows(2)
            .any(|w| w[0].is("do") && matches!(w[1].lower.as_str(), "can" | "could"));
    let planned = plan_to
        || tokens::back_in_clause(window).any(|t| {
            matches!(
                t.lower.as_str(),
                "going"
                    | "goes"
                    | "want"
                    | "wants"
                    | "revisit"
                    | "will"
                    | "'ll"
                    | "expected"
                    | "planning"
                    | "set"
                    | "start"
                    | "starts"
                    | "restarts"
                    | "resumes"
                    | "ends"
                    | "expires"
                    | "begin"
                    | "begins"
                    | "kicks"
                    | "agenda"
                    | "coming"
                    | "visiting"
                    | "arriving"
                    | "runs"
                    | "lapses"
            )
        })
        // "the integrator is visiting Tuesday", "they're demoing on Monday": an
        // arrangement ahead.
        || clause.windows(2).any(|w| {
            w[0].lower.len() > 4
                && w[0].lower.ends_with("ing")
                && matches!(w[1].lower.as_str(), "is" | "are" | "'re" | "we're" | "they're")
        });
    // "final sign-off in Jan", "final call on the 14th": a decision still to be taken.
    let decision_ahead = clause.windows(2).any(|w| {
        w[1].is("final")
            && matches!(
                w[0].lower.as_str(),
                "sign" | "sign-off" | "signoff" | "decision" | "call" | "approval"
            )
    })
        // "go/no-go on Jan 12": the decision point ahead.
        || clause.windows(3).any(|w| w[2].is_sym("/") && w[1].is("no"));
    planned
        || decision_ahead
        || matches!(w1, "is" | "are")
        || w1 == "be" && w2 == "will"
        // "the engineers are in on Wednesday to calibrate …": a visit still to come.
        || w1 == "in" && matches!(w2, "is" | "are" | "'re" | "be")
        || matches!(w1, "booked" | "scheduled" | "planned") && matches!(w2, "is" | "are")
        // "Calderys have confirmed the 21st for the strip-out": a day agreed for work to
        // come ("confirmed on Monday" says when it was agreed).
        || [word(1), word(2)].iter().zip([true, word(1) == "the"]).any(|(w, at)| {
            at && matches!(*w, "confirmed" | "pencilled" | "penciled" | "agreed" | "fixed")
        })
}

/// The date mentions outside the follow-up, each with what the date-role model reads and
/// the rules' role. Dates inside the follow-up are its due date, by its structure.
pub(super) fn date_mentions<'a>(
    r: &Reading,
    toks: &'a [Token],
    dates: &'a [dates::DateMention],
    action: Option<&intent::ActionSpan>,
    verdict_at: Option<usize>,
    today: NaiveDate,
) -> Vec<date_roles::Mention<'a>> {
    dates
        .iter()
        .filter(|d| !action.is_some_and(|a| d.start >= a.start && d.start <= a.end))
        .enumerate()
        .map(|(nth, d)| date_roles::Mention {
            toks,
            d,
            intent: r.intent,
            verdict: r.verdict,
            verdict_at,
            today,
            rule: placed(
                rule_role(r, toks, d, action.is_some(), verdict_at, today),
                r,
                toks,
                d,
                (action.is_some(), verdict_at),
                today,
            ),
            asked: wished_dates::asked(toks, d.start),
            nth,
        })
        .collect()
}

/// "install starts in January", "pull a crew together for January", "for a January
/// start": in a follow-up, a time when the work starts, or a month (or part of one: "for
/// mid-Jan") it is for, no deadline of the task ("set it up for Tuesday" is one).
pub(super) fn lands_or_is_for(toks: &[Token], d: &dates::DateMention) -> bool {
    let word = |k: usize| {
        d.start
            .checked_sub(k)
            .map_or("", |j| toks[j].lower.as_str())
    };
    // "for mid-Jan", "for early March": a part of a month is said for as the month is.
    let month_alone = d.end > d.start
        && dates::month(&toks[d.end - 1].lower).is_some()
        && toks[d.start..d.end - 1]
            .iter()
            .all(|t| matches!(t.lower.as_str(), "mid" | "early" | "late" | "-"));
    let start_after = toks
        .get(d.end)
        .is_some_and(|t| matches!(t.lower.as_str(), "start" | "kickoff" | "kick-off"));
    word(1) == "for" && month_alone
        || start_after
        || matches!(word(1), "in" | "on" | "from")
            && matches!(
                word(2),
                "starts" | "start" | "starting" | "begins" | "lands" | "launches"
            )
}

pub(super) fn assign_dates(
    r: &mut Reading,
    toks: &[Token],
    dates: &[dates::DateMention],
    action: Option<&intent::ActionSpan>,
    verdict_at: Option<usize>,
    today: NaiveDate,
    roles: &ReasonModel,
) {
    let mut mentions = date_mentions(r, toks, dates, action, verdict_at, today).into_iter();
    let mut found: [Option<NaiveDate>; 3] = [None; 3];
    // "since Aug" is the date only when no other date says when ("since Aug, $48k in Oct").
    let mut since: Option<NaiveDate> = None;
    // Where the date taken as `date` was said.
    let mut date_from: Option<usize> = None;
    for d in dates {
        // In mention order, so the first date for a field wins as it is written.
        let in_action = action.is_some_and(|a| d.start >= a.start && d.start <= a.end);
        let (i, value) = if super::meeting_days::meeting_held_on(toks, d) {
            // Said of the meeting that handed out the task: the note's date.
            if !in_action {
                mentions.next();
            }
            (Role::Date.index(), Some(d.past))
        } else if in_action && lands_or_is_for(toks, d) {
            (Role::None.index(), None)
        } else if in_action {
            (Role::Due.index(), Some(d.future).filter(|f| *f >= today))
        } else {
            let m = mentions
                .next()
                .expect("one mention per date outside the follow-up");
            let role = if roles.is_empty() {
                m.rule
            } else {
                date_roles::ROLES[roles.choose(&date_roles::options(&m), m.rule.index())]
            };
            // "continue into next year": how long the work goes on, never a date to look
            // again or to meet, whatever the model reads.
            // "Next GL 15.12.": the next meeting's date is no date of the record either.
            let role = if d.start > 0 && toks[d.start - 1].is("into")
                || dates::next_meeting_before(toks, d.start)
            {
                Role::None
            } else {
                placed(role, r, toks, d, (action.is_some(), verdict_at), today)
            };
            (role.index(), role.value(m.d, m.intent, m.verdict, today))
        };
        if d.cue == dates::Cue::Since && i == Role::Date.index() {
            since = since.or(value);
        } else if i < 3 && found[i].is_none() {
            found[i] = value;
            if i == Role::Date.index() {
                date_from = Some(d.start);
            }
        }
    }
    found[Role::Date.index()] = found[Role::Date.index()].or(since);
    // "Q1 we'll swap the counters, roughly $9K … Start early Feb.": a proposal's start said
    // as one is its date, over a time said before it.
    if r.intent == Intent::Investment && found[Role::Date.index()].is_some() {
        let said_as_start = |d: &&dates::DateMention| {
            let word = |k: usize| {
                d.start
                    .checked_sub(k)
                    .map_or("", |j| toks[j].lower.as_str())
            };
            let lead = usize::from(matches!(word(1), "in" | "on" | "from" | "early" | "mid"));
            date_from != Some(d.start)
                && matches!(
                    word(1 + lead),
                    "start" | "starts" | "starting" | "begin" | "begins" | "beginning"
                )
        };
        if let Some(d) = dates.iter().find(said_as_start) {
            found[Role::Date.index()] = Some(d.future);
            date_from = Some(d.start);
        }
    }
    // "parked until after the year-end close. look again in March": the date said to look
    // again is the review date, whatever date the condition before it names.
    let clause_start = |at: usize| {
        toks[..at]
            .iter()
            .rposition(|t| t.is_break() || (t.is_sym("-") && !t.attached))
            .map_or(0, |p| p + 1)
    };
    let look_again = dates.iter().find(|d| {
        !action.is_some_and(|a| d.start >= a.start && d.start <= a.end)
            && (clauses::opens_look_again(toks, clause_start(d.start))
                // "tomorrow we discuss again": the time said before who looks again.
                || clause_start(d.start) == d.start && clauses::opens_look_again(toks, d.end))
    });
    // "we review the benefits after year end in September": the clause's last date is the
    // one it settles on.
    let look_again = look_again.or_else(|| {
        dates.iter().rev().find(|d| {
            !action.is_some_and(|a| d.start >= a.start && d.start <= a.end)
                && date_contexts::review_said(toks, d)
        })
    });
    // "will look at the rest again in June": a time to look again is no deadline, whatever
    // the record.
    if look_again.is_some_and(|d| found[Role::Due.index()] == Some(d.future)) {
        found[Role::Due.index()] = None;
    }
    // "trimmed back to €240k, the claims bit goes to next year": on a rescope, the time the
    // part cut is put off to is no date to look again at the record, unless said as one.
    let again_in_clause = |d: &dates::DateMention| {
        (clause_start(d.start)..d.start).any(|k| {
            matches!(
                toks[k].lower.as_str(),
                "again" | "revisit" | "revisited" | "review" | "reviewed"
            )
        })
    };
    let review_said_again = dates
        .iter()
        .any(|d| Some(d.future) == found[Role::Review.index()] && again_in_clause(d));
    if r.verdict == Some(Verdict::Rescope) && look_again.is_none() && !review_said_again {
        found[Role::Review.index()] = None;
    }
    if let Some(d) = look_again.filter(|_| r.intent == Intent::Decision) {
        found[Role::Review.index()] = Some(d.future);
        // "Come back with it in February": the date to look again is not also when.
        if date_from == Some(d.start) {
            found[Role::Date.index()] = None;
        }
    }
    // "Tour of the block with the bank on Monday. @tama sort the ute by then": a task due
    // "by then" is due on the day named before it, still to come, which is then no date of
    // the note.
    let by_then = action.is_some_and(|a| {
        (a.start..a.end.min(toks.len()))
            .any(|k| toks[k].is("by") && toks.get(k + 1).is_some_and(|t| t.is("then")))
    });
    if by_then && found[Role::Due.index()].is_none() {
        let start = action.map_or(0, |a| a.start);
        if let Some(d) = dates.iter().rev().find(|d| d.end <= start) {
            found[Role::Due.index()] = Some(d.future).filter(|f| *f >= today);
            if date_from == Some(d.start) {
                found[Role::Date.index()] = None;
            }
        }
    }
    let [date, review, due] = found;
    r.date = r.date.or(date);
    r.review_date = r.review_date.or(review);
    r.due = r.due.or(due);
}
