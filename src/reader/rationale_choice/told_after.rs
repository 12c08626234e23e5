//! Reasons told after the verdict: what the thing is after a refusal, the next sentence,
//! the sentence after a follow-up, a reason told with a date, and, later in the order, the
//! clauses after the verdict's comma and what a wait is for.

use super::*;

impl Choice<'_> {
    /// After a refusal, the sentence saying what the thing is.
    pub(super) fn what_it_is_after_refusal(&self) -> Option<String> {
        let Choice {
            text,
            toks,
            verdict,
            stop,
            skip,
            decides,
            ..
        } = *self;
        let v = verdict.filter(|v| matches!(v.verdict, Verdict::Reject | Verdict::Stop))?;
        next_sentence::what_it_is_after_refusal(text, toks, v.end, stop, &skip, &decides)
    }

    /// The next sentence after the verdict, after a follow-up in the verdict's
    /// sentence, or a reason told with a date.
    pub(super) fn told_after_verdict(&self) -> Option<String> {
        let Choice {
            text,
            toks,
            verdict,
            dates,
            action,
            stop,
            skip,
            in_money,
            decides,
            ..
        } = *self;
        verdict
            .and_then(|v| {
                clauses::next_sentence(text, toks, v.end, stop, &skip, &in_money, &decides)
            })
            .or_else(|| {
                // "Careers site: approved at £36k, Marketing to have a draft up by 31/01.
                // We lose a third of applicants on the mobile form.": a follow-up ending
                // the verdict's sentence does not end the message's reasons.
                let (v, a) = (verdict?, action.as_ref()?);
                let same_sentence = v.end <= a.start
                    && !toks[v.end..a.start]
                        .iter()
                        .any(|t| matches!(t.lower.as_str(), "." | "!" | "?" | "\n"));
                same_sentence
                    .then(|| {
                        clauses::next_sentence(
                            text, toks, a.start, None, &skip, &in_money, &decides,
                        )
                    })
                    .flatten()
            })
            .or_else(|| {
                verdict.and_then(|v| {
                    dated_reasons::told_with_date(
                        text, toks, v.end, stop, dates, &in_money, &decides,
                    )
                })
            })
    }

    /// A clause of its own after the verdict's comma, a rescope's kept scope, two clauses
    /// after the verdict, a comparison after it, the other way taken after a refusal.
    pub(super) fn told_after_comma(&self) -> Option<String> {
        let Choice {
            text,
            toks,
            verdict,
            from,
            stop,
            in_money,
            decides,
            ..
        } = *self;
        // "we said no to the scanner, supplier wanted 40 grand for …".
        verdict
            .and_then(|_| {
                told_around_verdict::clause_after_verdict_comma(
                    text, toks, from, stop, &in_money, &decides,
                )
            })
            .or_else(|| {
                // "…: it continues only for the 6 main gates, not the nursery tows".
                let v = verdict.filter(|v| v.verdict == Verdict::Rescope)?;
                scope_kept::scope_kept(text, toks, (v.start, v.end), stop, &in_money)
            })
            .or_else(|| {
                // "– no. fittings are down 20% since March and the chain shops are …".
                verdict.and_then(|_| {
                    told_around_verdict::two_clauses_after(text, toks, from, stop, &decides)
                })
            })
            .or_else(|| {
                // "… signed off at £7k. Cheaper than sending every fitter on the course".
                verdict.and_then(|_| {
                    told_around_verdict::comparison_after(text, toks, from, stop, &decides)
                })
            })
            .or_else(|| {
                // "The MD said no to the scanner. we'll hire one w/ a fitter …".
                let v = verdict.filter(|v| matches!(v.verdict, Verdict::Reject | Verdict::Stop))?;
                told_around_verdict::other_way_after_refusal(text, toks, v.end, stop)
            })
    }

    /// "on ice til March, we'll know … by then": what the wait is for.
    pub(super) fn known_by_then(&self) -> Option<String> {
        // "on ice til March, we'll know what vintage has done to the cash by
        // then": what the wait is for.
        let v = self.verdict.filter(|v| v.verdict == Verdict::Defer)?;
        by_then::known_by_then(self.text, self.toks, v.end, self.limit())
    }
}
