//! A price judged over what was expected, told in the sentence before a hold (round R47):
//! "batching plant controls - quote's in at £62k, bit more than we'd reckoned on. leaving it
//! till the new year", "Case management upgrade - Tyler wants $210K now, was $140K in the
//! spring quote. We're pausing it til the commissioners see the FY27 numbers in January."
//! Five organisations' labels give the price sentence as why it waits; the hold's "till …"
//! says only how long (and the sentence before is otherwise refused for its money).

use super::*;

impl Choice<'_> {
    /// A deferral whose sentence follows one that tells a price over what was expected:
    /// that sentence, without the item's heading ("cold store -"), when the reason read
    /// was none, only the hold's "till …", or a part of that sentence.
    pub(super) fn price_before_hold(&self, rationale: Option<String>) -> Option<String> {
        let Choice {
            toks,
            verdict,
            in_money,
            decides,
            ..
        } = *self;
        let Some(v) = verdict.filter(|v| v.verdict == Verdict::Defer) else {
            return rationale;
        };
        let end = |t: &Token| matches!(t.lower.as_str(), "." | "!" | "\n");
        // The verdict's sentence opens a few words before it ("We're pausing it").
        let Some(p) = toks[..v.start].iter().rposition(end) else {
            return rationale;
        };
        if v.start > p + 4 || (p + 1..v.start).any(|j| toks[j].is_break()) {
            return rationale;
        }
        let s = toks[..p].iter().rposition(end).map_or(0, |k| k + 1);
        let s = heading_end(toks, s, p, in_money).unwrap_or(s);
        if p < s + 4 || p > s + 30 || decides(s, p) || !price_over(toks, s, p, in_money) {
            return rationale;
        }
        // Read with no reason, with only the hold's time, or with a part of the price's
        // sentence ("a fair bit more than we'd budgeted").
        let span = self.span_of(rationale.as_deref());
        let taken = match span {
            None => rationale.is_none(),
            Some((a, b)) => {
                a >= s && b <= p
                    || a >= v.start
                        && matches!(toks[a].lower.as_str(), "till" | "til" | "until")
                        && !(a..b).any(|j| toks[j].is_break())
            }
        };
        if taken {
            Some(self.words(s, p))
        } else {
            rationale
        }
    }
}

/// "cold store - …", "Case management upgrade: …": the item's name before a spaced dash or a
/// colon at the sentence's start (words and numbers only), and where what follows begins.
fn heading_end(
    toks: &[Token],
    s: usize,
    e: usize,
    in_money: &dyn Fn(usize) -> bool,
) -> Option<usize> {
    let mark = (s + 1..e.min(s + 8)).find(|&j| {
        toks[j].is(":")
            || (toks[j].is_sym("-") || toks[j].is_sym("—") || toks[j].is_sym("–"))
                && !toks[j].attached
    })?;
    (s..mark)
        .all(|j| !in_money(j) && (toks[j].is_word() || toks[j].kind == tokens::TokKind::Num))
        .then_some(mark + 1)
}

/// "…, more than budget", "a fair bit more than we'd budgeted", "was $140K in the spring
/// quote", "too dear": money, and the price said to be over what was expected.
fn price_over(toks: &[Token], s: usize, e: usize, in_money: &dyn Fn(usize) -> bool) -> bool {
    let word = |k: usize| {
        toks.get(k)
            .filter(|_| k < e)
            .map_or("", |t| t.lower.as_str())
    };
    (s..e).any(in_money)
        && ((s..e).any(|j| {
            let over = matches!(word(j), "more" | "higher" | "dearer" | "over")
                && (matches!(word(j + 1), "than" | "budget")
                    || word(j + 1) == "the" && word(j + 2) == "budget");
            let was = word(j) == "was" && in_money(j + 1);
            over || was
        }) || clauses::judges_price(toks, s, e))
}
