//! Where a date sits, when that says it is no date of the record: in a condition, a reason,
//! a meeting still to come, a budget's period; and in a follow-up, when its work starts.

use super::*;

/// Role `role` of date `d`, unless where the date sits says it is no date of the record
/// (whatever the rules or the model read): a time inside a condition or a reason is not
/// when to look again or a deadline; a decision still to come by a date in a note is
/// nobody's deadline; a meeting still to come said with its time is not when anything
/// happened; the period a budget is for is not when it was decided.
pub(in crate::reader) fn placed(
    role: Role,
    r: &Reading,
    toks: &[Token],
    d: &dates::DateMention,
    (has_action, verdict_at): (bool, Option<usize>),
    today: NaiveDate,
) -> Role {
    // "Due: 2026-12-18", "Deadline: 1/15": a ticket's or a form's due line.
    if due_labels::labelled_due(toks, d) || due_changes::due_date_changed_to(toks, d) {
        return Role::Due;
    }
    // "scada paid off again in nov, …": a benefit is money already counted, so a time said
    // in it is when it was counted ("in nov") or none ("held to June"), never a deadline,
    // unless a follow-up sets one (round S43).
    if role == Role::Due && r.intent == Intent::Benefit && !has_action {
        let said_in = d.start > 0 && toks[d.start - 1].is("in");
        return if said_in { Role::Date } else { Role::None };
    }
    let ahead = matches!(role, Role::Review | Role::Due);
    let none = ahead
        && (date_contexts::in_condition(toks, d, r.investment.as_deref())
            && !timed_conditions::event_timed(toks, d)
            || date_contexts::in_reason(toks, d, verdict_at)
            || told_ahead::behind_by_its_verb(toks, d))
        || role == Role::Review
            && (verdict_at.is_some_and(|v| {
                date_contexts::on_another_item(toks, d, v)
                    || date_contexts::on_an_earlier_item(toks, d, v)
            })
                || in_writers_own_plan(toks, d, verdict_at))
        // "still a go even tho go-live slid to feb": the concession's time is another's.
        || role != Role::None
            && r.intent == Intent::Decision
            && verdict_at.is_some_and(|v| v < d.start)
            && date_contexts::in_a_concession(toks, d)
        // "We'll park it. Underwriting can't sign off the pricing before the regulator's
        // review in March.": the time of an event something must come before is the
        // reason's, not when to look again.
        || role == Role::Review && date_contexts::event_it_must_precede(toks, d)
        || role == Role::Date
            && r.intent == Intent::Benefit
            && (date_contexts::went_live_at(toks, d) || date_contexts::put_in_at(toks, d))
        || role == Role::Date
            && r.intent == Intent::Note
            && (date_contexts::runs_out_at(toks, d)
                || date_contexts::counted_in_a_month(toks, d)
                // "The expeller upgrade we did in June has really paid off" (round V62).
                || date_contexts::done_by_us_at(toks, d))
        || role == Role::Date
            && r.intent == Intent::Investment
            && (date_contexts::runs_out_at(toks, d)
                || date_contexts::told_as_done(toks, d)
                || date_contexts::sold_then(toks, d)
                || date_contexts::event_it_must_precede(toks, d))
        || role == Role::Due
            && r.intent == Intent::Note
            && !has_action
            && (decision_point_before(toks, d.start)
                // "sparky back wed to finish the wiring": a tradesman's return is the
                // work's schedule, no task of ours (convention 87, round V59).
                || someone_back_then(toks, d))
        || role == Role::Date
            && matches!(r.intent, Intent::Note | Intent::None)
            && (date_contexts::meeting_ahead(toks, d) || date_contexts::purpose_ahead(toks, d))
        || role == Role::Date
            && matches!(r.intent, Intent::Note | Intent::Decision)
            && (date_contexts::wanted_then(toks, d)
                || told_ahead::ahead_by_its_verb(toks, d)
                || date_contexts::offered_ahead(toks, d))
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
        // "carries on - 6 of 11 swapped, the rest go in before Christmas": with no follow-up
        // handed to anyone, when work that goes on is done is its schedule (round D45).
        || role == Role::Due
            && r.intent == Intent::Decision
            && r.verdict == Some(Verdict::Continue)
            && !has_action
        || date_contexts::away_on(toks, d);
    // "Me and Buck went over the kiln numbers last night. We're …": when it was decided,
    // whatever the words around the time say of it.
    let talked_over = matches!(role, Role::Date | Role::None)
        && r.intent == Intent::Decision
        && verdict_at.is_some_and(|v| deliberation_days::talked_over_then(toks, d, v));
    if talked_over {
        Role::Date
    } else if none {
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

/// "install starts in January", "pull a crew together for January", "for a January
/// start": in a follow-up, a time when the work starts, or a month (or part of one: "for
/// mid-Jan") it is for, no deadline of the task ("set it up for Tuesday" is one).
pub(in crate::reader) fn lands_or_is_for(toks: &[Token], d: &dates::DateMention) -> bool {
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
