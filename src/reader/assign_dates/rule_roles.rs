//! The rules' role for a date: from its cue, the record's kind and verdict, a decision
//! still to come by then, and a date said as when something is set to happen.

use super::*;

/// The rules' role for date mention `d`: from its cue, the record's kind and verdict.
pub(in crate::reader) fn rule_role(
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
        // "Since the techs started writing quotes in September, …": a sentence's opening
        // "since" clause is the result's evidence, not when it was counted.
        Cue::Since if r.intent == Intent::Benefit && !dates::ends_since_clause(toks, d.start) => {
            Role::Date
        }
        // "toggle dryer is in and running since monday": a note of a thing working since a
        // weekday is dated that day (convention 87 (b), round V59).
        Cue::Since if r.intent == Intent::Note && working_since_a_weekday(toks, d) => Role::Date,
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

/// "decision about full rollout in April", "decision on the second batch in March": the
/// date at `start` is when a decision still to come is due.
pub(in crate::reader) fn decision_point_before(toks: &[Token], start: usize) -> bool {
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
pub(in crate::reader) fn scheduled(toks: &[Token], start: usize) -> bool {
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
