//! The reason's edges: an amount set off at its edge left to the money, and a sentence
//! holding money read from its start.

use super::*;

impl Choice<'_> {
    /// The rationale with its edges settled.
    pub(super) fn edges_settled(&self, rationale: Option<String>) -> Option<String> {
        let Choice {
            text,
            toks,
            verdict,
            skip,
            in_money,
            decides,
            ..
        } = *self;
        // "subject to the rebate, AED 3.4m": an amount set off at the reason's edge is
        // the record's money.
        let rationale = rationale.map(|said| {
            let Some((a, b)) = reasons::span_of(text, toks, &said) else {
                return said;
            };
            let (a2, b2) = clauses::without_money_edges(toks, a, b, &in_money);
            let a2 = clauses::past_as_of(toks, a2, b2, &skip);
            // "It's not that we don't want it, there just isn't …".
            let a2 = reason_heads::past_head(toks, a2, b2);
            let b2 = verdict_asides::before_contentment(toks, a2, b2);
            if (a2, b2) == (a, b) || b2 < a2 + 2 {
                return said;
            }
            self.words(a2, b2)
        });
        // "… - stop. Sunk $160k and only 3 log in, the rest still call CS": a reason
        // sentence holding money is read from its start.
        rationale.map(|said| {
            let whole = verdict
                .zip(reasons::span_of(text, toks, &said))
                .and_then(|(v, (a, b))| {
                    let s =
                        money_sentences::sentence_start(text, toks, a, v.end, &in_money, &decides)
                            .or_else(|| {
                                money_sentences::sentence_before_time_word(
                                    text, toks, a, v.end, &decides,
                                )
                            })?;
                    // Not back over a cap that only opens the sentence ("up to $62k, can't
                    // have trees sittin …", round R48): the money, not the reason.
                    let s = cap_head_end(toks, s, &in_money).unwrap_or(s);
                    (s < a).then(|| self.words(s, b))
                });
            whole.unwrap_or(said)
        })
    }
}

/// "up to $62k, …": a cap on the spend and its comma opening a sentence at `s`; where the words
/// after it start.
fn cap_head_end(toks: &[Token], s: usize, in_money: &dyn Fn(usize) -> bool) -> Option<usize> {
    if !(toks.get(s)?.is("up") && toks.get(s + 1)?.is("to") && in_money(s + 2)) {
        return None;
    }
    let k = (s + 2..toks.len()).find(|&j| !in_money(j))?;
    toks[k].is(",").then_some(k + 1)
}
