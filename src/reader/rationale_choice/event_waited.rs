//! A hold's event told in the sentence of its look-again time (convention 51, round R59):
//! "we've said wait till the booking app's done, look again in May", "The cucumber house
//! rebuild is waiting to next year, when we know the new price from the power company" —
//! what the hold waits for is its reason, however the look-again is said; asked when no
//! other reason was found.

use super::*;

/// Words that end an event's clause by saying it has happened: "done", "in", "ready" …
fn happened(w: &str) -> bool {
    matches!(
        w,
        "done"
            | "in"
            | "out"
            | "back"
            | "ready"
            | "over"
            | "through"
            | "finished"
            | "signed"
            | "live"
            | "confirmed"
            | "known"
            | "sorted"
            | "agreed"
            | "approved"
            | "settled"
    )
}

/// At `j`, a wait on an event: "till / until / once the <thing> <…> done", "when we know /
/// see / hear / get <…>"; where its clause ends, if it is one.
fn event_wait_at(toks: &[Token], j: usize, limit: usize) -> Option<usize> {
    let w = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let e = clauses::clause_end(toks, j + 1, limit);
    // "after we see the default rate of Q4": a quarter's name is a word here (round R63).
    let word_like =
        |k: usize| toks[k].is_word() || toks[k].lower.chars().all(|c| c.is_ascii_alphanumeric());
    let words = (j + 1..e).all(word_like) && e >= j + 4 && e <= j + 12;
    if !words {
        return None;
    }
    let thing_happened = matches!(w(j + 1), "the" | "our" | "their") && happened(w(e - 1));
    let we_learn = matches!(w(j + 1), "we" | "they")
        && matches!(w(j + 2), "know" | "see" | "hear" | "get" | "have");
    let waited = match w(j) {
        "till" | "until" | "til" | "once" => thing_happened,
        "when" => we_learn,
        // "revisit after the buildup contracts are signed", "we review it in March after
        // we see the default rate of Q4" (round R63).
        "after" => thing_happened || we_learn,
        _ => false,
    };
    waited.then_some(e)
}

impl Choice<'_> {
    /// A hold with no reason found: the first wait on an event in the verdict's sentence,
    /// before or after the verdict, up to its clause's end.
    pub(super) fn event_waited(&self, rationale: Option<String>) -> Option<String> {
        let Choice { toks, verdict, .. } = *self;
        if rationale.is_some() {
            return rationale;
        }
        // "no to the block plant for now, revisit after …": a no with its look-again is
        // a hold (convention 43), though its verdict was first found a refusal (round R63).
        let v = verdict.filter(|v| matches!(v.verdict, Verdict::Defer | Verdict::Reject))?;
        // "…, revisit after the contracts are signed": a look-again read as the record's
        // follow-up still tells the wait (round R63).
        let limit = match self.stop {
            Some(a)
                if toks.get(a).is_some_and(|t| {
                    matches!(t.lower.as_str(), "revisit" | "review" | "look" | "relook")
                }) =>
            {
                toks.len()
            }
            _ => self.limit(),
        };
        let is_end = |t: &Token| matches!(t.lower.as_str(), "." | "!" | "?" | "\n");
        let from = (0..v.start.min(toks.len()))
            .rev()
            .find(|&k| is_end(&toks[k]))
            .map_or(0, |k| k + 1);
        let to = (v.end.min(limit)..limit)
            .find(|&k| is_end(&toks[k]))
            .unwrap_or(limit);
        // "Lease scoring app — on hold. DG says we review it in March after we see …": the
        // sentence after the hold's, when it tells the look-again, tells its wait too
        // (round R63).
        let next_to = (to + 1..limit).find(|&k| is_end(&toks[k])).unwrap_or(limit);
        let looks_again = to < limit
            && (to + 1..next_to)
                .any(|k| matches!(toks[k].lower.as_str(), "review" | "revisit" | "again"));
        let to = if looks_again { next_to } else { to };
        let look_again_word =
            |k: usize| matches!(toks[k].lower.as_str(), "revisit" | "review" | "again");
        if v.verdict == Verdict::Reject && !(v.end.min(to)..to).any(look_again_word) {
            return None;
        }
        (from..to).find_map(|j| event_wait_at(toks, j, to).map(|e| self.words(j, e)))
    }
}
