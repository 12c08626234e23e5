//! What the money buys, told before the reason in the next sentence (round R42): "Nigel's
//! happy to put £6k into the puppy school room at Dorking, for mats, gates and a sink. We're
//! turning away about 15 puppy bookings a month, …".

use super::*;

impl Choice<'_> {
    /// The reason told in the sentence after the verdict's (or, with none, before it), in
    /// place of `rationale` when that is a phrase of things with no verb in the verdict's sentence, after an
    /// approval, a rescope or a hold.
    pub(super) fn things_then_reason(&self, rationale: Option<String>) -> Option<String> {
        let v = self.verdict.filter(|v| {
            matches!(
                v.verdict,
                Verdict::Approve | Verdict::Rescope | Verdict::Defer
            )
        });
        let Some(v) = v else {
            return rationale;
        };
        let (text, toks) = (self.text, self.toks);
        let Some((a, b)) = self.span_of(rationale.as_deref()) else {
            return rationale;
        };
        // A bracket of things is settled apart (`held_in_brackets`).
        let bracketed = a > 0 && toks[a - 1].is("(");
        // "… because the ground-mount site floods every long rains": a clause the writer
        // marks as why is no list of things, whatever its verb looks like (round R44).
        let marked = a > 0 && matches!(toks[a - 1].lower.as_str(), "because" | "cos" | "coz");
        if a < v.end || bracketed || marked || !bought_things::things_only(toks, a, b) {
            return rationale;
        }
        let next = self.told_after_verdict().filter(|said| {
            reasons::span_of(text, toks, said)
                .is_some_and(|(c, _)| bought_things::later_sentence(toks, b, c))
        });
        // "Them kiln carts are so wore out …. Buck okayed new kiln carts, twenty of 'em
        // from the welding shop …": with none after, the sentence before the verdict.
        let before = || {
            self.sentence_before_verdict().filter(|said| {
                reasons::span_of(text, toks, said)
                    .is_some_and(|(_, e)| bought_things::later_sentence(toks, e, v.start))
            })
        };
        next.or_else(before).or(rationale)
    }
}
