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
    let words = (j + 1..e).all(|k| toks[k].is_word()) && e >= j + 4 && e <= j + 12;
    if !words {
        return None;
    }
    let waited = match w(j) {
        "till" | "until" | "til" | "once" => {
            matches!(w(j + 1), "the" | "our" | "their") && happened(w(e - 1))
        }
        "when" => {
            matches!(w(j + 1), "we" | "they")
                && matches!(w(j + 2), "know" | "see" | "hear" | "get" | "have")
        }
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
        let v = verdict.filter(|v| v.verdict == Verdict::Defer)?;
        let limit = self.limit();
        let is_end = |t: &Token| matches!(t.lower.as_str(), "." | "!" | "?" | "\n");
        let from = (0..v.start.min(toks.len()))
            .rev()
            .find(|&k| is_end(&toks[k]))
            .map_or(0, |k| k + 1);
        let to = (v.end.min(limit)..limit)
            .find(|&k| is_end(&toks[k]))
            .unwrap_or(limit);
        (from..to).find_map(|j| event_wait_at(toks, j, to).map(|e| self.words(j, e)))
    }
}
