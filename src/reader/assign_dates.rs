//! Which date is which: the decision's date, the review date and the due date, from each
//! date's place in the sentence and the date roles model.

use super::*;

mod date_mentions;
mod decisions_passed_on;
mod rule_roles;
mod running_since;
mod where_dates_sit;
mod writers_own_plans;

pub(super) use self::date_mentions::*;
pub(super) use self::decisions_passed_on::*;
pub(super) use self::rule_roles::*;
pub(super) use self::running_since::*;
pub(super) use self::where_dates_sit::*;
pub(super) use self::writers_own_plans::*;

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
        } else if in_action
            && (lands_or_is_for(toks, d)
                || action.is_some_and(|a| decision_passed_on(toks, a, verdict_at)))
        {
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
            // "Choir practice Tuesday moved to Wed": a meeting's days, old and new.
            let role = if d.start > 0 && toks[d.start - 1].is("into")
                || dates::next_meeting_before(toks, d.start)
                || verdicts::meeting_moved_day(toks, d.start, d.end)
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
    // "let's revisit after the year-end audit in February": the clause's last date says
    // when, unless a condition comes between ("look again EOQ once we know the Q1 tour
    // schedule", round D45).
    let look_again = look_again.map(|first| {
        let condition = |d: &dates::DateMention| {
            toks[first.end..d.start].iter().any(|t| {
                matches!(
                    t.lower.as_str(),
                    "once"
                        | "when"
                        | "if"
                        | "unless"
                        | "until"
                        | "till"
                        | "because"
                        | "since"
                        | "so"
                )
            })
        };
        dates
            .iter()
            .rfind(|d| {
                d.start > first.start
                    && clause_start(d.start) == clause_start(first.start)
                    && !condition(d)
            })
            .unwrap_or(first)
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
    // An approval looks at nothing again unless it says so ("… will look at the rest again
    // in June", "review on 1/3"): a later sentence's wait is another thing's (round V55).
    let approved = r.verdict == Some(Verdict::Approve);
    if (r.verdict == Some(Verdict::Rescope) || approved)
        && look_again.is_none()
        && !review_said_again
    {
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
    // "Opio to organise the firing schedule before then" (round V61): so is one due "before
    // then".
    let by_then = action.is_some_and(|a| {
        (a.start..a.end.min(toks.len())).any(|k| {
            (toks[k].is("by") || toks[k].is("before"))
                && toks.get(k + 1).is_some_and(|t| t.is("then"))
        })
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
    // "hold the forklift until the January cashflow, we'll take it again on 2027/01/20",
    // "moved to the March board meeting (25/03/2027)" (round V61): a month's look-again
    // said again later in its sentence as a day of that month is looked at on that day.
    if let Some(day) = found[Role::Review.index()].and_then(|rv| day_of_the_month(toks, dates, rv))
    {
        found[Role::Review.index()] = Some(day);
    }
    let [date, review, due] = found;
    r.date = r.date.or(date);
    r.review_date = r.review_date.or(review);
    r.due = r.due.or(due);
}

/// A day of the month `review` opens (a month's look-again, its first day), said in a later
/// date of the sentence that named the month, written with its number: that day.
fn day_of_the_month(
    toks: &[Token],
    dates: &[dates::DateMention],
    review: NaiveDate,
) -> Option<NaiveDate> {
    use chrono::Datelike;
    if review.day() != 1 {
        return None;
    }
    let first = dates.iter().find(|d| d.future == review)?;
    dates
        .iter()
        .filter(|d| d.start >= first.end)
        .take_while(|d| {
            !toks[first.end..d.start]
                .iter()
                .any(|t| matches!(t.lower.as_str(), "." | "!" | "?" | "\n"))
        })
        // A day written with its number ("20 January", "25/03/2027"), not a feast that falls
        // in the month ("revisit in March after the Easter numbers").
        .filter(|d| {
            toks[d.start..d.end]
                .iter()
                .any(|t| t.kind == super::tokens::TokKind::Num)
        })
        .map(|d| d.future)
        .find(|f| f.year() == review.year() && f.month() == review.month() && f.day() > 1)
}
