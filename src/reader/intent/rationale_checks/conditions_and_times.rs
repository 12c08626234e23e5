//! Conditions and times around a reason: an event waited for, a condition right after the
//! verdict or after a look-again date, a hedged time, a dated clause that opens the reason.

use super::*;

/// Words that join a reason or another clause on after a time, rather than name the event.
pub(in crate::reader::intent) const JOINS: &[&str] = &[
    "as", "because", "since", "while", "so", "given", "due", "and", "but", "when", "then", "to",
    "for", "with", "or", "if", "after", "before",
];

/// "until the Q1 liquidity numbers are in": a time at `d` that names the event after it,
/// which has three words of its own and a verb ("are", "is", "come", "land" …).
pub(in crate::reader::intent) fn event_after_time(
    toks: &[Token],
    d: usize,
    limit: usize,
    skip: &dyn Fn(usize) -> bool,
) -> bool {
    if !(d < limit && skip(d)) {
        return false;
    }
    let e = clauses::clause_end(toks, d, limit);
    let a = (d..e).find(|&j| !skip(j)).unwrap_or(e);
    // "till Q1 as client budgets are frozen": a reason after the time is no event of it.
    let joined = a < e && JOINS.contains(&toks[a].lower.as_str());
    let words = (a..e)
        .take_while(|&j| toks[j].is_word() && !skip(j))
        .count();
    !joined
        && words >= 3
        && (a..e).any(|j| {
            matches!(
                toks[j].lower.as_str(),
                "is" | "are"
                    | "was"
                    | "were"
                    | "comes"
                    | "come"
                    | "land"
                    | "lands"
                    | "arrive"
                    | "arrives"
                    | "close"
                    | "closes"
                    | "meets"
                    | "signs"
                    | "sign"
            )
        })
}

/// "yes if legal agrees, £150k", "approved, but only if the grant comes through": a
/// condition said right after the verdict, kept with its "if" (and "only"), up to its
/// comma; where it starts when the "if" is at `i`. Not "if needed" later in the clause.
/// "Route planning is a go at $52k if the vendor throws in the app": the verdict's amount
/// may come between.
/// (Asked at every candidate of the rationale scan, and only an "if" opens one: told here,
/// before a call, round P62.)
#[inline(always)]
pub(in crate::reader::intent) fn verdict_on_condition(
    toks: &[Token],
    after: usize,
    i: usize,
    money: &dyn Fn(usize) -> bool,
) -> Option<usize> {
    if !toks.get(i).is_some_and(|t| t.is("if")) {
        return None;
    }
    verdict_on_condition_past_its_first_test(toks, after, i, money)
}

/// [`verdict_on_condition`] once its first test is passed.
fn verdict_on_condition_past_its_first_test(
    toks: &[Token],
    after: usize,
    i: usize,
    money: &dyn Fn(usize) -> bool,
) -> Option<usize> {
    let w = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let words = |k: usize| (k..k + 2).all(|j| toks.get(j).is_some_and(|t| t.is_word()));
    if w(i) != "if" || !words(i + 1) {
        return None;
    }
    let only = i > after && w(i - 1) == "only";
    let lead = if only { i - 1 } else { i };
    let said_right_after = (after..lead).all(|j| {
        matches!(
            toks[j].lower.as_str(),
            "," | "but" | "-" | "—" | "–" | "ok" | "okay"
        ) || money(j)
            || matches!(toks[j].lower.as_str(), "at" | "for") && money(j + 1)
    });
    said_right_after.then_some(lead)
}

/// "Revisit in March when the new architect is on board": "when" after a look-again's
/// date opens the condition it waits for.
pub(in crate::reader::intent) fn condition_after_look_again(
    toks: &[Token],
    i: usize,
    limit: usize,
    skip: &dyn Fn(usize) -> bool,
) -> bool {
    // "revisit in January after the Harbolnas numbers", "evaluated again on 12.03.2027
    // after the new shuttle contract": "after" what comes, too.
    let after = toks[i].is("after")
        && toks.get(i + 1).is_some_and(|t| {
            matches!(
                t.lower.as_str(),
                "the" | "we" | "our" | "their" | "a" | "an"
            )
        });
    if !(toks[i].is("when") || after) || i <= 2 || !skip(i - 1) {
        return false;
    }
    // Back over the whole date ("12.03.2027" is several tokens) to what is said before it.
    let mut d = i - 1;
    while d > 0 && skip(d - 1) {
        d -= 1;
    }
    let before = d.saturating_sub(4)..d;
    // "we look at the kiln burners again in January when …": "again" just before the date,
    // the look-again opened a few words earlier.
    let again_opened = || (d.saturating_sub(10)..d).any(|j| clauses::opens_look_again(toks, j));
    (before.clone().any(|j| clauses::opens_look_again(toks, j))
        || before.clone().any(|j| toks[j].is("again")) && (after || again_opened()))
        && i + 3 < limit
        && (i + 1..i + 3).all(|j| toks[j].is_word() && !skip(j))
}

/// "maybe March", "probably Q2": a guess at when, told after the reason or the condition.
pub(in crate::reader::intent) fn hedged_time(
    toks: &[Token],
    s: usize,
    limit: usize,
    skip: &dyn Fn(usize) -> bool,
) -> bool {
    toks.get(s).is_some_and(|t| {
        matches!(
            t.lower.as_str(),
            "maybe" | "probably" | "possibly" | "perhaps" | "likely" | "hopefully"
                // "prob early Feb".
                | "prob" | "probs" | "prolly"
        )
    }) && s + 1 < limit
        && clauses::only_time(toks, s + 1, clauses::clause_end(toks, s + 1, limit), skip)
}

/// "CA deadline for re-verification is 30th June", "mandatory from Feb for us": a clause
/// refused alone for its date (no money in it, words of its own, no plan, follow-up, name
/// or verdict), which opens the reason told after its comma.
pub(in crate::reader::intent) fn dated_opening(
    toks: &[Token],
    s: usize,
    e: usize,
    ctx: &ClauseContext,
) -> bool {
    let skip = ctx.skip;
    ctx.verdict.is_some()
        && (s..e).any(skip)
        && !(s..e).any(|j| (ctx.money)(j))
        && (s..e).filter(|&j| !skip(j) && toks[j].is_word()).count() >= 2
        && !(s..e).any(|j| toks[j].is_break())
        && !clauses::what_follows(toks, s, e, skip)
        && !plan_or_reference(toks, s, e)
        && !NOT_REASONS.contains(&toks[s].lower.as_str())
        && !clauses::opens_look_again(toks, s)
        && !(ctx.named)(s, e)
        && !clauses::decides_in(toks, s, e)
        && !clauses::holds_horizon(toks, s, e)
}

#[cfg(test)]
mod p62_tests {
    use super::*;
    use crate::reader::tokens::tokenize;

    /// Round P62: the first test in front of a verdict on a condition (an "if" at the
    /// word) keeps the look's answer at every word of the corpus's training messages and of
    /// `src/`'s strings, with every token taken for money or for none, and the condition is
    /// still found. Invented: "Quillon Ropeworks".
    #[test]
    fn the_first_test_keeps_verdicts_on_a_condition() {
        let none = |_: usize| false;
        let all = |_: usize| true;
        let text = "Splicing rig is a go, if the fitter can start in May.";
        let toks = tokenize(text);
        let go = toks.iter().position(|t| t.is("go")).unwrap_or(0);
        let at = toks.iter().position(|t| t.is("if")).unwrap_or(0);
        assert_eq!(verdict_on_condition(&toks, go + 1, at, &none), Some(at));
        assert_eq!(verdict_on_condition(&toks, go + 1, at + 1, &none), None);
        let mut asked = 0;
        for text in &crate::reader::tests::p55_training_texts::training_and_source_texts() {
            let toks = tokenize(text);
            for money in [&none as &dyn Fn(usize) -> bool, &all] {
                for i in 0..toks.len() {
                    assert_eq!(
                        verdict_on_condition(&toks, 0, i, money),
                        verdict_on_condition_past_its_first_test(&toks, 0, i, money),
                        "{text:?} at {i}"
                    );
                    asked += 1;
                }
            }
        }
        assert!(asked > 200_000, "{asked}");
    }
}
