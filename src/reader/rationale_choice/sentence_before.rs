//! The clause or sentence before the verdict: not the record's name said to be over,
//! nor a sentence naming another investment than the verdict's sentence does.

use super::*;

impl Choice<'_> {
    /// The clause before the verdict, else the sentence before it or told first.
    pub(super) fn sentence_before_verdict(&self) -> Option<String> {
        let Choice {
            text,
            toks,
            verdict,
            names,
            in_money,
            decides,
            ..
        } = *self;
        // "Zoomly is done, we're switching it off": the record's name said to be
        // over is the verdict told twice, no reason ("the chatbot is still
        // worth it" is one).
        let over = |w: &str| {
            matches!(
                w,
                "done" | "over" | "finished" | "dead" | "history" | "gone"
            )
        };
        verdict
            .and_then(|v| intent::clause_before(text, toks, v.start))
            .filter(|said| {
                reasons::span_of(text, toks, said).is_none_or(|(a, b)| {
                    !names.iter().any(|m| {
                        m.start >= a
                            && m.end + 2 == b
                            && matches!(m.targets[0], Target::Investment(_))
                            && matches!(toks[m.end].lower.as_str(), "is" | "are")
                            && over(&toks[m.end + 1].lower)
                    })
                })
            })
            .or_else(|| {
                // "Licences doubled again. We're dropping Zoomly.": the sentence before,
                // unless it names another investment than the verdict's sentence does.
                let v = verdict?;
                let invests = |m: &&names::NameMatch| matches!(m.targets[0], Target::Investment(_));
                // "Nobody used the wristbands after launch. We're switching them
                // off.": a name the verdict's sentence does not name another of is the
                // record's own.
                let other_name = |a: usize, b: usize| {
                    let after: Vec<_> = names
                        .iter()
                        .filter(invests)
                        .filter(|n| n.start >= b)
                        .collect();
                    names.iter().filter(invests).any(|m| {
                        m.start >= a
                            && m.start < b
                            && !after.is_empty()
                            && !after.iter().any(|n| n.targets == m.targets)
                    })
                };
                let refused = matches!(v.verdict, Verdict::Reject | Verdict::Stop);
                next_sentence::sentence_before(
                    text,
                    toks,
                    v.start,
                    &in_money,
                    &decides,
                    &other_name,
                    refused,
                )
                .or_else(|| {
                    next_sentence::sentence_told_first(
                        text,
                        toks,
                        v.start,
                        &in_money,
                        &decides,
                        &other_name,
                        refused,
                    )
                })
            })
    }
}
