//! Whether the word at a candidate of the rationale scan opens a condition ("until legal
//! signs off", "once the intake is in") or says when ("since June"), which is no reason.

use super::*;

/// Does the word at `i` open a condition, not a date?
/// (Asked at every candidate of the rationale scan, and only a word of waiting or of a
/// condition can: "until", "till", "til", "unless", "while", "once", or the look-again's
/// "when" and "after". Told here, before a call (round P62).)
#[inline(always)]
pub(super) fn condition_at(
    toks: &[Token],
    after: usize,
    i: usize,
    limit: usize,
    ctx: &ClauseContext,
) -> bool {
    matches!(
        toks[i].lower.as_str(),
        "until" | "till" | "til" | "unless" | "while" | "once" | "when" | "after"
    ) && condition_at_past_its_first_test(toks, after, i, limit, ctx)
}

/// [`condition_at`] once its first test is passed.
fn condition_at_past_its_first_test(
    toks: &[Token],
    after: usize,
    i: usize,
    limit: usize,
    ctx: &ClauseContext,
) -> bool {
    let skip = ctx.skip;
    // "until legal signs off", "till the vendor fixes it", "once the intake is in":
    // a condition, not a date; "till the spring" is a date said in words.
    let condition = matches!(
        toks[i].lower.as_str(),
        "until" | "till" | "til" | "unless" | "while" | "once"
    ) && !till_named(toks, i, ctx)
        && toks.get(i + 1).is_some_and(|t| {
        t.is_word()
            && !skip(i + 1)
            && !matches!(
                t.lower.as_str(),
                "further" | "then" | "now" | "next" | "end" | "a" | "an" | "more" | "again"
                    // "not once since they went in", "once or twice": how often.
                    | "since" | "or" | "every" | "per"
            )
    }) && toks.get(i + 2).is_some_and(|t| {
        t.is_word() && !skip(i + 2)
            // "once phase 1 results are in" (round R59): a number naming the part, then
            // the event's words.
            || t.kind == crate::reader::tokens::TokKind::Num
                && !skip(i + 2)
                && toks[i + 1].is_word()
                // "until the 2027 session in January": a year is a time's, not a part's.
                && !matches!(
                    toks[i + 1].lower.as_str(),
                    "the" | "a" | "an" | "our" | "their" | "its" | "this" | "next"
                )
                && toks.get(i + 3).is_some_and(|u| u.is_word() && !skip(i + 3))
    })
        // "the scanners can't read the tags once they've been through the booth": a
        // "once" that qualifies a clause of its own before it is part of that clause.
        && !(toks[i].is("once") && {
            let cs = (after..i)
                .rev()
                .find(|&k| toks[k].is_break())
                .map_or(after, |k| k + 1);
            cs + 2 < i && own_clause(toks, cs, i)
        })
        // "once we dropped the training days": what was done, told as a time, no
        // condition.
        && !(toks[i].is("once")
            && matches!(toks[i + 1].lower.as_str(), "we" | "they" | "i")
            && toks[i + 2].lower.ends_with("ed"))
        && !clauses::only_time(toks, i + 1, clauses::clause_end(toks, i + 1, limit), skip)
        // "until after the holidays": a time too.
        && !(toks[i + 1].is("after")
            && clauses::only_time(toks, i + 2, clauses::clause_end(toks, i + 2, limit), skip));
    // "until the Q1 liquidity numbers are in": a time that names the event waited for.
    let condition = condition
        || matches!(
            toks[i].lower.as_str(),
            "until" | "till" | "til" | "unless" | "once"
        ) && (event_after_time(toks, i + 1, limit, skip)
            || toks.get(i + 1).is_some_and(|t| t.is("the"))
                && event_after_time(toks, i + 2, limit, skip));
    // "until after the year-end close": an event that has a time in it is still the
    // condition ("until after Christmas" is only a time).
    condition
        || clauses::after_timed_event(toks, i, limit, skip)
        || condition_after_look_again(toks, i, limit, skip)
}

/// Does "since" at `i` open a benefit's result (first), or say when, no reason (second)?
/// (Asked at every candidate of the rationale scan, and only "since" or a wait's "until",
/// "till", "til" can give either: told here, before a call, round P62.)
#[inline(always)]
pub(super) fn since_or_when(
    toks: &[Token],
    i: usize,
    limit: usize,
    ctx: &ClauseContext,
) -> (bool, bool) {
    if !matches!(toks[i].lower.as_str(), "since" | "until" | "till" | "til") {
        return (false, false);
    }
    since_or_when_past_its_first_test(toks, i, limit, ctx)
}

/// [`since_or_when`] once its first test is passed.
fn since_or_when_past_its_first_test(
    toks: &[Token],
    i: usize,
    limit: usize,
    ctx: &ClauseContext,
) -> (bool, bool) {
    let skip = ctx.skip;
    // "since June, ~£30k saved": "since" a time, up to its comma, says when.
    // "Fewer mis-picks since the scanners went in: … saved £7,500": a benefit's result
    // opening the message, told with what it is counted since, is its evidence whole.
    let counted_since = ctx.verdict.is_none()
        && toks[i].is("since")
        && COMPARATIVES.contains(&toks[0].lower.as_str())
        && !(0..i).any(|j| toks[j].is_break());
    // "Traceability: since start in August, complaint time reduced …": a benefit's
    // result opened by what it is counted since keeps its "since" as evidence.
    // "…: since August the growers receive R$ 0,04 more per litre": so does one opened by
    // the time it is counted since, then a clause of its own.
    let since_opens_result = ctx.verdict.is_none()
        && toks[i].is("since")
        && (i == 0 || matches!(toks[i - 1].lower.as_str(), "." | "!" | "?" | "\n" | ":"))
        && (clauses::since_event(toks, i + 1, limit) && {
            let e = clauses::clause_end(toks, i + 1, limit);
            toks.get(e).is_some_and(|t| t.is(","))
                && e + 1 < limit
                && own_clause(toks, e + 1, clauses::clause_end(toks, e + 1, limit))
        } || clauses::since_time_then_clause(
            toks,
            i + 1,
            clauses::clause_end(toks, i + 1, limit),
        ));
    // "23 jobs done since Sept that would've …": "since" a date says from when.
    // Not "since the January count can wait …", "since the 2014 Transits cost more …"
    // (round R38): a subject holding the date, then a verb of its own, is a cause.
    let since_date = toks[i].is("since")
        && i + 1 < limit
        && skip(i + 1)
        && !(toks[i + 1].is("the")
            && own_clause(toks, i + 1, clauses::clause_end(toks, i + 1, limit)));
    let when = !since_opens_result
        && (counted_since
            || since_date
            || clauses::wait_then_reason(toks, i, limit)
            || toks[i].is("since")
                && (clauses::since_event(toks, i + 1, limit)
                    || clauses::only_time(
                        toks,
                        i + 1,
                        clauses::clause_end(toks, i + 1, limit),
                        skip,
                    )));
    (since_opens_result, when)
}

#[cfg(test)]
mod p62_tests {
    use super::*;
    use crate::reader::tokens::tokenize;

    /// Round P62: the first tests in front of the condition and of "since" or a wait (the
    /// words that can open one) keep the looks' answers at every word of the corpus's
    /// training messages and of `src/`'s strings, with and without a verdict, and each is
    /// still found. Invented: "Quillon Ropeworks".
    #[test]
    fn the_first_tests_keep_conditions_and_times() {
        let no_skip = |_: usize| false;
        let not_named = |_: usize, _: usize| false;
        let ctx = |verdict| ClauseContext {
            skip: &no_skip,
            money: &no_skip,
            named: &not_named,
            verdict,
        };
        let text = "Splicing rig on hold until the fitter signs off the winch.";
        let toks = tokenize(text);
        let at = toks.iter().position(|t| t.is("until")).unwrap_or(0);
        assert!(condition_at(&toks, 0, at, toks.len(), &ctx(None)));
        // "since" then a date (its words skipped, as the scan's own context does).
        let since = "Splicing rig on hold since March.";
        let toks = tokenize(since);
        let at = toks.iter().position(|t| t.is("since")).unwrap_or(0);
        let the_date = |j: usize| j == at + 1;
        let dated = ClauseContext {
            skip: &the_date,
            money: &no_skip,
            named: &not_named,
            verdict: None,
        };
        assert_eq!(since_or_when(&toks, at, toks.len(), &dated), (false, true));
        assert_eq!(
            since_or_when(&toks, at + 1, toks.len(), &dated),
            (false, false)
        );
        let mut asked = 0;
        for text in &crate::reader::tests::p55_training_texts::training_and_source_texts() {
            let toks = tokenize(text);
            for verdict in [None, Some(Verdict::Stop)] {
                let ctx = ctx(verdict);
                for i in 0..toks.len() {
                    let n = toks.len();
                    assert_eq!(
                        condition_at(&toks, 0, i, n, &ctx),
                        condition_at_past_its_first_test(&toks, 0, i, n, &ctx),
                        "{text:?} at {i}"
                    );
                    assert_eq!(
                        since_or_when(&toks, i, n, &ctx),
                        since_or_when_past_its_first_test(&toks, i, n, &ctx),
                        "{text:?} at {i}"
                    );
                    asked += 1;
                }
            }
        }
        assert!(asked > 200_000, "{asked}");
    }
}
