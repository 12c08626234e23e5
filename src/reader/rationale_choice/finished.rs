//! The last word on the reason: a line the writer labels as the reason, then the trims
//! (announcement, tone, spoken tags, an own "because", a clause only saying when) and a
//! benefit's result settled at its edges.

use super::*;

impl Choice<'_> {
    /// The rationale as the reading keeps it.
    pub(super) fn finished(&self, rationale: Option<String>) -> Option<String> {
        let Choice {
            text,
            toks,
            verdict,
            names,
            intent,
            in_money,
            ..
        } = *self;
        // "Business justification: …", "*Why:* …", a benefit's "Result: …": the line the
        // writer labels as the reason.
        let benefit = intent == Intent::Benefit && verdict.is_none();
        let rationale =
            labelled_reasons::reason_line(text, toks, benefit, verdict.map(|v| (v.start, v.end)))
                .or(rationale);
        rationale
            .map(clauses::without_announcement)
            .map(clauses::without_tone)
            .map(super::spoken_tags::without_tag)
            .map(clauses::after_own_because)
            // "…, £32k, as the first one's booked solid": a verdict's "as" of cause.
            .map(|said| {
                if verdict.is_some() {
                    as_opened::without_leading_and(as_opened::without_leading_as(said))
                } else {
                    said
                }
            })
            // "…, $34k for the migration and the first year — reception …" (round R40).
            .map(|said| {
                let approved = verdict.is_some_and(|v| v.verdict == Verdict::Approve);
                reasons::span_of(text, toks, &said)
                    .filter(|_| approved)
                    .and_then(|(a, b)| {
                        let s = priced_scope_dash::after_priced_scope(toks, a, b, &in_money)
                            .or_else(|| {
                                priced_scope_dash::after_cheered_price(toks, a, b, &in_money)
                            })?;
                        Some(self.words(s, b))
                    })
                    .unwrap_or(said)
            })
            // "…, not six — the slab won't take more …" (round R40).
            .map(|said| {
                reasons::span_of(text, toks, &said)
                    .and_then(|(a, b)| {
                        let s = priced_scope_dash::after_count_not_kept(toks, a, b)?;
                        Some(self.words(s, b))
                    })
                    .unwrap_or(said)
            })
            // "…, as long as the council signs off …. Paddy says we turned away …" (round S48).
            .map(|said| {
                reasons::span_of(text, toks, &said)
                    .filter(|_| verdict.is_some())
                    .and_then(|(a, b)| self.saying_after_condition(a, b))
                    .unwrap_or(said)
            })
            .filter(|said| !clauses::only_when(said))
            // "the LPR cameras at the Featherbrooke gate flagged …", "fuel card spend is
            // down $6k a month": a benefit's result settled at its edges.
            .and_then(|said| {
                if benefit {
                    benefit_results::settled(text, toks, names, &in_money, said)
                } else {
                    Some(said)
                }
            })
    }
}
