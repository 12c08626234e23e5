//! The follow-ups a record asks for: each request's text cut at its deadline or its question,
//! its owner, and its due date (the first one's also the record's).

use super::*;

/// Pushes a follow-up to `r.follow_ups` for each action, and sets `r.due` from the first.
pub(super) fn read_follow_ups(
    text: &str,
    toks: &[Token],
    actions: &[intent::ActionSpan],
    dates: &[dates::DateMention],
    today: NaiveDate,
    r: &mut Reading,
) {
    for (k, a) in actions.iter().enumerate() {
        // A deadline ("by EOM", "in the next week, until 11/12") is the due date;
        // otherwise the first date in the action.
        // "2 false alarms last night": a time past inside the request is not its due.
        // "… before the Christmas break? 23/12 at the latest": a day said at the latest
        // just after the request is its deadline too.
        let latest_after = |d: &dates::DateMention| {
            d.start >= a.end && d.start <= a.end + 2 && deadline_days::at_the_latest(toks, d.end)
        };
        let inside: Vec<&dates::DateMention> = dates
            .iter()
            .filter(|d| {
                (d.start > a.text_start && d.start < a.end || latest_after(d)) && d.future >= today
            })
            .collect();
        let due_at = inside
            .iter()
            .find(|d| {
                d.cue == dates::Cue::By
                    || d.start > 0
                        && matches!(toks[d.start - 1].lower.as_str(), "until" | "till" | "til")
            })
            // "… for the January containers, need it Monday 7th" (round V58): the day it is
            // needed is the deadline, not a month the thing is named by.
            .or(inside.iter().find(|d| needed_then(toks, d)))
            // "Marcus owns it, install starts in January", "Priya will pull a crew
            // together for January": when the work lands, or the time it is for, is no
            // deadline of the task.
            .or(inside.iter().find(|d| !lands_or_is_for(toks, d)))
            .copied()
            // "… approved $2.1m …. I'll brief UW on Monday": the writer's telling, no task.
            .filter(|_| {
                !decision_passed_on(
                    toks,
                    a,
                    verdicts::find_verdict_in(toks, 0, a.start).map(|v| v.start),
                )
            });
        let cut = due_at.map_or(a.end, |d| {
            d.start.saturating_sub(usize::from(d.cue != dates::Cue::At))
        });
        let end = cut.max(a.text_start + 1).min(toks.len());
        // "Can we get the figures before we decide? @raj by Friday": the question asked.
        let end = (a.text_start..end)
            .find(|&j| toks[j].is("?"))
            .map_or(end, |q| q + 1);
        let body = text[toks[a.text_start].start..toks[end - 1].end].trim_end_matches([',', ' ']);
        // "… ? Need it before the board on 14/12.": when the answer is needed, said
        // after the request, is its deadline.
        let needed = deadline_days::answer_needed_by(toks, a.end, dates, today);
        let due_at = needed.or(due_at);
        // "GS-30 Rental shop POS – year-end stock count\nAssignee: Lee Park\nDue date: Dec
        // 18": a ticket's task, its title, is owed on its "Due:" line, not at a time its
        // title names (round V54).
        let due_at = if a.start == 0 && a.text_start == 0 {
            dates
                .iter()
                .find(|d| crate::reader::due_labels::labelled_due(toks, d) && d.start >= a.end)
                .or(due_at)
        } else {
            due_at
        };
        let due = match k {
            0 => due_at.map(|d| d.future).or(r.due),
            _ => due_at.map(|d| d.future),
        };
        if k == 0 {
            r.due = due;
        }
        r.follow_ups.push(FollowUpReading {
            text: body.to_string(),
            owner: a.owner.clone(),
            due,
        });
    }
}

/// "need it Monday 7th", "needed Friday", "want it by …": a date said straight after the
/// thing is needed or wanted.
fn needed_then(toks: &[Token], d: &dates::DateMention) -> bool {
    let word = |k: usize| {
        d.start
            .checked_sub(k)
            .map_or("", |j| toks[j].lower.as_str())
    };
    matches!(word(1), "needed" | "wanted")
        || word(1) == "it" && matches!(word(2), "need" | "needs" | "want" | "wants")
}
