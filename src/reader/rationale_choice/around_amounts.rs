//! Reasons told around an amount: the clause after the verdict's amount, the cause of a
//! price, a short cause before the verdict, a price before a dash, or what follows a new amount.

use super::*;

impl Choice<'_> {
    /// "approved £9,600 – current one runs out in Jan".
    pub(super) fn clause_after_amount(&self) -> Option<String> {
        let Choice {
            text,
            toks,
            verdict,
            stop,
            in_money,
            decides,
            ..
        } = *self;
        // "approved £9,600 – current one runs out in Jan".
        verdict.and_then(|v| {
            result_subject::clause_after_amount(text, toks, v.end, stop, &in_money, &decides)
        })
    }

    /// The cause of a price told first, a short cause or a price before the verdict, or
    /// what follows a new amount.
    pub(super) fn price_causes(&self) -> Option<String> {
        let Choice {
            text,
            toks,
            verdict,
            stop,
            skip,
            in_money,
            ..
        } = *self;
        // "… now £30k, not £24k, because the insurer wants …. Finance agreed
        // the new figure.": the cause of the price told first.
        verdict
            .and_then(|v| {
                told_around_verdict::cause_of_price_before(text, toks, v.start, &in_money)
            })
            .or_else(|| {
                // "… £4,500 more for the contractors, supplier delays. Approved by the FD."
                verdict
                    .and_then(|v| short_causes::short_cause_before(text, toks, v.start, &in_money))
            })
            .or_else(|| {
                // "$9K a year to lease a machine that got used 11 times — we're ending …".
                let v = verdict.filter(|v| matches!(v.verdict, Verdict::Reject | Verdict::Stop))?;
                short_causes::price_before_dash(text, toks, v.start, &in_money, &skip)
            })
            .or_else(|| {
                // "was 80k, now 95k after the extra payment integration", "approved at
                // $11,200 after the rebate came through".
                let v = verdict?;
                let rescope = v.verdict == Verdict::Rescope;
                told_around_verdict::after_new_amount(text, toks, v.end, stop, &in_money, rescope)
            })
    }
}
