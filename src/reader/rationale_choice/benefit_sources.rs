//! A benefit's result: its source, a leading result, the result after the opening name,
//! after money or before "which", counted things with money, the result after a name,
//! after praise, or up or down by money.

use super::*;

impl Choice<'_> {
    /// The result of a benefit read from its source, the opening name or its money.
    pub(super) fn benefit_results(&self) -> Option<String> {
        let Choice {
            text,
            toks,
            verdict,
            names,
            intent,
            skip,
            in_money,
            ..
        } = *self;
        (intent == Intent::Benefit)
            .then(|| {
                let named = |j: usize| {
                    names.iter().any(|m| {
                        m.start <= j && j < m.end && matches!(m.targets[0], Target::Investment(_))
                    })
                };
                clauses::benefit_source(text, toks, &skip, &named)
            })
            .flatten()
            .or_else(|| {
                let name_at = |j: usize| names.iter().any(|m| m.start == j);
                (intent == Intent::Benefit)
                    .then(|| clauses::leading_result(text, toks, &skip, &in_money, &name_at))
                    .flatten()
            })
            .or_else(|| {
                // The name that opens the message, and its result after it ("The new
                // boilers", "New minibuses": the words before the name that only point).
                let det = toks
                    .iter()
                    .take(2)
                    .take_while(|t| matches!(t.lower.as_str(), "the" | "our" | "new"))
                    .count();
                let opens = names.iter().find(|m| m.start == det)?;
                (intent == Intent::Benefit)
                    .then(|| clauses::counted_result(text, toks, opens.end, &skip, &in_money))
                    .flatten()
            })
            .or_else(|| {
                (intent == Intent::Benefit && verdict.is_none())
                    .then(|| clauses::result_after_money(text, toks, &skip, &in_money))
                    .flatten()
            })
            .or_else(|| {
                (intent == Intent::Benefit && verdict.is_none())
                    .then(|| clauses::result_before_which(text, toks, &in_money))
                    .flatten()
            })
            .or_else(|| {
                // "… a godsend. Two diesel thefts caught on camera already, and the
                // insurer's knocked £3,200 off".
                (intent == Intent::Benefit && verdict.is_none())
                    .then(|| result_subject::counted_before_and_money(text, toks, &in_money))
                    .flatten()
            })
    }

    /// A benefit's result after the investment's name.
    pub(super) fn result_after_name(&self) -> Option<String> {
        let Choice {
            text,
            toks,
            verdict,
            names,
            intent,
            skip,
            in_money,
            ..
        } = *self;
        // "rostering software cut overtime at Manly by about $4.5k a month"; "the
        // scanner at Aviemore caught 12 bad fits we'd have missed, ~£2k …".
        let name_end = |j: usize| {
            names
                .iter()
                .find(|m| m.start == j && matches!(m.targets[0], Target::Investment(_)))
                .map(|m| m.end)
                // "drain cams at eau claire found …": the words the investment was
                // guessed from name it as a match does (round R41).
                .or_else(|| {
                    self.guessed
                        .and_then(|g| guessed_names::guessed_end(text, toks, j, g))
                })
        };
        (intent == Intent::Benefit && verdict.is_none())
            .then(|| {
                result_subject::result_after_opening_name(text, toks, &name_end, &in_money)
                    .or_else(|| {
                        result_subject::result_after_name_at_place(text, toks, &name_end, &in_money)
                    })
                    .or_else(|| {
                        named_work_results::result_after_named_work(
                            text, toks, &name_end, &in_money, &skip,
                        )
                    })
            })
            .flatten()
    }

    /// "X is paying off — queues clear in half the time …".
    pub(super) fn result_after_praise(&self) -> Option<String> {
        let Choice {
            text,
            toks,
            verdict,
            intent,
            skip,
            in_money,
            ..
        } = *self;
        // "X is paying off — queues clear in half the time and …".
        (intent == Intent::Benefit && verdict.is_none())
            .then(|| paying_off::result_after_praise(text, toks, &in_money, &skip))
            .flatten()
    }

    /// "… - avg spend per table up $6 at Manly since Sept …".
    pub(super) fn result_up_or_down(&self) -> Option<String> {
        let Choice {
            text,
            toks,
            verdict,
            intent,
            skip,
            in_money,
            ..
        } = *self;
        // "… - avg spend per table up $6 at Manly since Sept, roughly $45k …".
        (intent == Intent::Benefit && verdict.is_none())
            .then(|| {
                money_results::result_up_or_down_by_money(
                    text,
                    toks,
                    self.limit(),
                    &in_money,
                    &skip,
                )
            })
            .flatten()
    }
}
