//! Budgets bumped to a figure, verdicts turned by "but", verdicts still to come in the
//! passive, trials extended, work restarted after a pause, stops taken back.

use super::*;

/// "Bumping the EPOS refresh to £85k", "bumped it up to $720k": at `i`, a bump of the
/// work's money to a new figure in its clause, a rescope. Where the finding ends.
pub(in crate::reader) fn bumped_to_money_at(toks: &[Token], i: usize) -> Option<usize> {
    if !matches!(
        toks.get(i)?.lower.as_str(),
        "bump" | "bumps" | "bumped" | "bumping"
    ) {
        return None;
    }
    let to = (i + 1..(i + 8).min(toks.len()))
        .take_while(|&k| !toks[k].is_break())
        .find(|&k| toks[k].is("to"))?;
    let after = &toks[to + 1..(to + 5).min(toks.len())];
    find_money(after, Currency::GBP)
        .first()
        .is_some_and(|m| m.start == 0)
        .then_some(i + 1)
}

/// "Kiosks were knocked back in October but they're back on": a verdict at `at..end`,
/// after "but" in the sentence of an earlier one ending at `from`, turns it round. Only
/// when it is said of the same work ("but it's back on", "but now approved", "but approved
/// today"), not of another thing ("turned down the van but approved a trailer"), and not
/// negated ("paused but not stopped" is still paused).
pub(in crate::reader) fn turned_by_but(toks: &[Token], from: usize, at: usize, end: usize) -> bool {
    if from > at {
        return false;
    }
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let between = &toks[from..at];
    let but = between.iter().position(|t| t.is("but")).filter(|&k| {
        let next = word(from + k + 1);
        let new_object = matches!(
            word(end),
            "the" | "a" | "an" | "our" | "their" | "some" | "this" | "that"
        );
        // "… pushed to the 15th, but we're still going ahead": said by us, of the same work.
        let by_us = matches!(next, "we're" | "we") && at <= from + k + 2;
        (from + k + 1 == at || by_us) && !new_object
            || matches!(
                next,
                "it" | "it's" | "its" | "they" | "they're" | "is" | "are" | "now" | "then"
            )
    });
    let negated = toks[at.saturating_sub(3)..at].iter().any(|t| {
        matches!(
            t.lower.as_str(),
            "not" | "no" | "never" | "didn't" | "won't" | "isn't" | "aren't" | "wasn't"
        )
    });
    but.is_some() && !between.iter().any(ends_sentence) && !negated
}

/// "will be approved", "is going to be signed off", "'ll be funded": at `start`, a
/// verdict's participle said as still to come.
pub(in crate::reader) fn passive_to_come(toks: &[Token], start: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    start >= 2
        && word(start).ends_with("ed")
        && word(start - 1) == "be"
        && (matches!(word(start - 2), "will" | "to") || word(start - 2).ends_with("'ll"))
}

/// The spans of time something is given more of: "trialling it another winter", "keep the
/// kiosks for another 2 years".
pub(in crate::reader) const PERIODS: &[&str] = &[
    "winter", "summer", "spring", "autumn", "fall", "season", "seasons", "year", "years", "yr",
    "yrs", "quarter", "quarters", "month", "months", "mths", "term", "cycle",
];

/// The words a pilot is given more time with ("the pilot gets another three months"),
/// which [`trial_extended_at`] also opens on.
pub(in crate::reader) const GIVEN: &[&str] = &["gets", "get", "got", "given"];

/// The words a trial is said with, which [`trial_extended_at`] opens on.
pub(in crate::reader) const TRIED: &[&str] = &[
    "tested",
    "testing",
    "trialled",
    "trialed",
    "trialling",
    "trialing",
    "piloted",
    "piloting",
    "run",
    "running",
];

/// "will be tested one more winter", "trialling the kiosks for another season", "pilot to
/// run a further quarter": a trial given more time goes on. The end of the phrase, when `i`
/// opens one.
pub(in crate::reader) fn trial_extended_at(toks: &[Token], i: usize) -> Option<usize> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    // "the chatbot pilot gets another three months": a pilot given more time.
    let given = GIVEN.contains(&word(i))
        && (i.saturating_sub(2)..i).any(|k| matches!(word(k), "pilot" | "trial"));
    if !TRIED.contains(&word(i)) && !given || crate::reader::cannot_run_more::cannot_run_at(toks, i)
    {
        return None;
    }
    // What is tried may sit between the verb and its time ("trialling the kiosks for …").
    let span_end = (i + 1..toks.len().min(i + 8))
        .find(|&k| toks[k].is_break())
        .unwrap_or(toks.len().min(i + 8));
    (i + 1..span_end).find_map(|k| {
        let more = matches!(
            (word(k), word(k + 1)),
            ("one" | "a", "more" | "further") | ("another", _)
        );
        let at = if word(k) == "another" { k + 1 } else { k + 2 };
        // "another three months", "another 2 months": a count before the period.
        let counted = toks
            .get(at)
            .is_some_and(|t| t.kind == crate::reader::tokens::TokKind::Num)
            || matches!(word(at), "two" | "three" | "four" | "five" | "six" | "few");
        let at = at + usize::from(counted);
        (more && PERIODS.contains(&word(at))).then_some(at + 1)
    })
}

/// "restarted after the pause", "restarts after the Christmas hold", "is back on after the
/// summer pause": at `at`, work started again after a pause goes on. Ends after the
/// pause's word; a machine restarted after a patch is no verdict.
pub(in crate::reader) fn restarted_after_pause_at(toks: &[Token], at: usize) -> Option<usize> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let after = if matches!(word(at), "restarted" | "restarts" | "restarting") {
        at + 1
    } else {
        let back = if matches!(word(at), "is" | "are" | "it's" | "they're" | "we're") {
            at + 1
        } else {
            at
        };
        if word(back) != "back" || word(back + 1) != "on" {
            return None;
        }
        back + 2
    };
    if word(after) != "after" {
        return None;
    }
    (after + 1..(after + 5).min(toks.len()))
        .take_while(|&k| !toks[k].is_break())
        .find(|&k| {
            matches!(
                word(k),
                "pause" | "pauses" | "hold" | "freeze" | "break" | "shutdown" | "stoppage"
            )
        })
        .map(|k| k + 1)
}
