//! Work moved to a time: "moved to Q3", "look again at it in April", a decision that
//! slipped to a later board, "until Q2", and "to March" or "for 3 years" after a verb.

use super::*;

/// "moved to Q3", "moved to the Feb board", "moved to next summer", "til the Q1 budget": a
/// move defers only to a time. `end` is the word after "to".
pub(in crate::reader) fn moved_to_a_time(toks: &[Token], end: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let Some(any_day) = NaiveDate::from_ymd_opt(2026, 1, 1) else {
        return false;
    };
    let window = &toks[end.min(toks.len())..(end + 6).min(toks.len())];
    let dated = dates_either_way(window, any_day)
        .first()
        .is_some_and(|d| d.start == 0);
    const SEASONS: &[&str] = &["spring", "summer", "autumn", "fall", "winter"];
    let timely = |w: &str| {
        SEASONS.contains(&w)
            || matches!(
                w,
                "later" | "next" | "after" | "phase" | "stage" | "q1" | "q2" | "q3" | "q4"
            )
    };
    // "put back to May": a month right after the "to" is the month, though "may" and
    // "march" alone are words too (which the date finder, shown the window without its
    // "to", will not read).
    // "decision moved to the meeting in February" (round S54): the meeting dated by its
    // month.
    let dated_meeting = matches!(word(end), "the" | "a" | "our" | "next")
        && matches!(word(end + 1), "meeting" | "board" | "committee")
        && word(end + 2) == "in"
        && crate::reader::dates::month(word(end + 3)).is_some();
    // "ERP decision moved to the March board meeting" (round S58): the meeting named by
    // its month before it.
    let month_meeting = matches!(word(end), "the" | "our" | "next")
        && crate::reader::dates::month(word(end + 1)).is_some()
        && matches!(word(end + 2), "meeting" | "board" | "committee");
    dated
        || dated_meeting
        || month_meeting
        || crate::reader::dates::month(word(end)).is_some()
        || timely(word(end))
        || matches!(word(end), "the" | "a")
            && (timely(word(end + 1))
                || matches!(word(end + 1), "following")
                || word(end + 1) == "new" && word(end + 2) == "year"
                || dates_either_way(&window[1.min(window.len())..], any_day)
                    .first()
                    .is_some_and(|d| d.start == 0))
}

/// Verbs of talking work over that, with "again" and a time, put it off to that time.
pub(in crate::reader::verdict_shapes) const TALKED_OVER: &[&str] = &[
    "discuss",
    "discussed",
    "evaluate",
    "evaluated",
    "assess",
    "assessed",
    "consider",
    "considered",
    "review",
    "reviewed",
];

/// "…: look again at the pump upgrade in April", "- check again in March": a clause that
/// opens by saying when to look again defers (as "revisit in …" does), when its clause
/// names a time; only when nothing else is decided.
pub(in crate::reader) fn look_again_in(
    toks: &[Token],
    from: usize,
    to: usize,
) -> Option<VerdictFinding> {
    let to = to.min(toks.len());
    let any_day = NaiveDate::from_ymd_opt(2026, 1, 1)?;
    (from..to.saturating_sub(1)).find_map(|i| {
        // Each shape below opens on "look", "check" or "decide", or on a word of talking
        // over before "again": at any other word none is read (round P56).
        if !(matches!(toks[i].lower.as_str(), "look" | "check" | "decide")
            || toks[i + 1].is("again") && TALKED_OVER.contains(&toks[i].lower.as_str()))
        {
            return None;
        }
        let opens = i == 0 || toks[i - 1].is_break() || toks[i - 1].is_sym("-");
        // "Pool heat pumps - we'll look at it again in March": said by us, of the thing.
        let by_us = i > 0
            && matches!(
                toks[i - 1].lower.as_str(),
                "we'll" | "we" | "will" | "let's" | "lets" | "i'll"
            );
        let at_it = toks[i + 1].is("at")
            && toks
                .get(i + 2)
                .is_some_and(|t| matches!(t.lower.as_str(), "it" | "this" | "them" | "that"))
            && toks.get(i + 3).is_some_and(|t| t.is("again"));
        // "We look at the CO2 dosing again in the end of January" (round S54): the thing
        // named between "at" and "again", a few words with no break, said by us.
        let again_after_name = || {
            if !toks[i + 1].is("at") {
                return None;
            }
            (i + 3..to.min(i + 8))
                .take_while(|&k| !toks[k - 1].is_break())
                .find(|&k| toks[k].is("again"))
        };
        let named_again = if !at_it && by_us && matches!(toks[i].lower.as_str(), "look" | "check") {
            again_after_name()
        } else {
            None
        };
        let said = matches!(toks[i].lower.as_str(), "look" | "check")
            && (opens && toks[i + 1].is("again") || (opens || by_us) && at_it)
            || named_again.is_some();
        // "we'll decide that in the new year" (round S54): the call itself put to a time
        // by us.
        let decided_later = toks[i].is("decide")
            && i > from
            && matches!(toks[i - 1].lower.as_str(), "we'll" | "will" | "we")
            && matches!(toks[i + 1].lower.as_str(), "it" | "that" | "this");
        // "will be evaluated again on 12.03", "tomorrow we discuss again": talked over again
        // by us or said in the passive.
        let talked_over = toks[i + 1].is("again")
            && TALKED_OVER.contains(&toks[i].lower.as_str())
            && i > from
            && matches!(toks[i - 1].lower.as_str(), "be" | "we" | "will" | "we'll");
        if !said && !talked_over && !decided_later {
            return None;
        }
        // "look at it again in March": the time is looked for after "again".
        let start = i;
        let i = match named_again {
            Some(again) => again - 1,
            None if said && at_it => i + 2,
            None => i,
        };
        // The clause after it, up to a break, a few words at most.
        let end = (i + 2..to.min(i + 2 + 10))
            .find(|&k| toks[k].is_break())
            .unwrap_or(to.min(i + 2 + 10));
        // Talked over again, its time may come first ("tomorrow we discuss again").
        let before = (i.saturating_sub(4).max(from)..i)
            .rev()
            .take_while(|&k| !toks[k].is_break())
            .last()
            .filter(|_| talked_over)
            .map_or(&toks[i..i], |s| &toks[s..i]);
        let timed = !dates_either_way(&toks[i + 2..end], any_day).is_empty()
            || !dates_either_way(before, any_day).is_empty();
        timed.then_some(VerdictFinding {
            verdict: Verdict::Defer,
            start,
            end: i + 2,
            affirmed: false,
        })
    })
}

/// "decision on the ticketing contract slipped to Jan 12th", "the decisions on both pushed
/// back to the March board": the decision itself moved to a later time defers the work (a
/// go-live that slipped is news; see `verdicts::milestone_moved`). Where the finding ends,
/// when `i` is the word that moves it.
pub(in crate::reader) fn decision_moved_at(toks: &[Token], i: usize) -> Option<usize> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    // "so we're pushing the decision on the kiosks to January": the decision moved by us.
    if matches!(
        word(i),
        "pushing" | "moving" | "shifting" | "pushed" | "moved" | "shifted"
    ) && word(i + 1) == "the"
        && matches!(word(i + 2), "decision" | "decisions")
    {
        let to = (i + 3..(i + 12).min(toks.len()))
            .take_while(|&k| !ends_sentence(&toks[k]))
            .find(|&k| word(k) == "to")?;
        return moved_to_a_time(toks, to + 1).then_some(i + 3);
    }
    if !matches!(word(i), "slipped" | "slid" | "pushed" | "moved" | "shifted") {
        return None;
    }
    // "final call slipped to Jan 12th": the call that decides it, too.
    let clause: Vec<&Token> =
        crate::reader::tokens::back_in_clause(&toks[i.saturating_sub(8)..i]).collect();
    let decision = clause
        .iter()
        .any(|t| matches!(t.lower.as_str(), "decision" | "decisions"))
        || clause
            .windows(2)
            .any(|w| w[0].is("call") && w[1].is("final"));
    let mut to = i + 1;
    if matches!(word(to), "back" | "out" | "again") {
        to += 1;
    }
    let moved =
        decision && matches!(word(to), "to" | "till" | "until") && moved_to_a_time(toks, to + 1);
    moved.then_some(to)
}

/// "until Q2", "till March", "until the new year": at `at`, "until" and a time after it.
pub(in crate::reader) fn until_a_time(toks: &[Token], at: usize) -> bool {
    if !toks
        .get(at)
        .is_some_and(|t| matches!(t.lower.as_str(), "until" | "till" | "til"))
    {
        return false;
    }
    let Some(any_day) = NaiveDate::from_ymd_opt(2026, 1, 1) else {
        return false;
    };
    // The dates are read with "until" before them, as a bare month needs its preposition.
    let window = &toks[at..(at + 6).min(toks.len())];
    dates_either_way(window, any_day)
        .first()
        .is_some_and(|d| d.start == 1)
        || moved_to_a_time(toks, at + 1)
        || event_in_a_month(toks, at, any_day)
}

/// "till the audit's done in Jan": after "until" at `at`, an event of a few words dated
/// "in" a time, in the same clause, is a time to wait for as the month alone is. The date
/// starts within those few words and may run on past them ("done in 3/15" is three
/// tokens), up to the clause's end.
fn event_in_a_month(toks: &[Token], at: usize, any_day: NaiveDate) -> bool {
    let clause_end = |limit: usize| {
        let limit = limit.min(toks.len());
        (at + 1..limit)
            .find(|&k| toks[k].is_break())
            .unwrap_or(limit)
    };
    let few = clause_end(at + 9) - at;
    let window = &toks[at..clause_end(at + 13)];
    dates_either_way(window, any_day).first().is_some_and(|d| {
        d.start >= 3 && d.start < few && window[d.start - 1].is("in") && window[1].is("the")
    })
}

/// "to March", "to Q3", "to next summer", "to 18 months": at `at` ("to"), a time or a
/// length of time after it.
pub(in crate::reader) fn to_a_time(toks: &[Token], at: usize) -> bool {
    let Some(any_day) = NaiveDate::from_ymd_opt(2026, 1, 1) else {
        return false;
    };
    let window = &toks[at.min(toks.len())..(at + 6).min(toks.len())];
    dates_either_way(window, any_day)
        .first()
        .is_some_and(|d| d.start <= 1)
        || moved_to_a_time(toks, at + 1)
        || a_length_of_time(toks, at + 1)
}

/// "for 3 years", "to 18 months": at `at`, a count of a unit of time.
pub(in crate::reader::verdict_shapes) fn a_length_of_time(toks: &[Token], at: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let counted = toks
        .get(at)
        .is_some_and(|t| t.kind == crate::reader::tokens::TokKind::Num)
        || matches!(word(at), "a" | "one" | "two" | "three" | "six" | "another");
    counted
        && matches!(
            word(at + 1).trim_end_matches('s'),
            "year" | "yr" | "month" | "mth" | "week" | "wk" | "day" | "quarter"
        )
}
