//! A hold till an audit or a cash-flow (convention 85, round R59): "hold the forklift until
//! the January cashflow", "we will do it after the audit", "until the March audit" — what
//! the books or the cash will show is the event the hold waits for, its reason with its
//! month; asked when no other reason was found. A budget named only by its month or quarter
//! ("parked until the April budget") stays convention 55's time, and a meeting said as the
//! time to look again ("revisit after the Feb board") and a year's end alone are times.

use super::*;

/// Words that name the books or the cash a hold waits on (not a budget: convention 55).
fn budget_word(w: &str) -> bool {
    matches!(w, "cashflow" | "cash-flow" | "audit" | "audits")
}

/// At `j`, "until / till / til / after [after] [the|our] [<month>|Q1–Q4|<year>] <audit or
/// cash-flow>": where the wait's words end, if it is one.
fn budget_wait_at(toks: &[Token], j: usize) -> Option<usize> {
    let w = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    if !matches!(w(j), "until" | "till" | "til" | "after") {
        return None;
    }
    let mut k = j + 1;
    if w(k) == "after" && w(j) != "after" {
        k += 1;
    }
    if matches!(w(k), "the" | "our") {
        k += 1;
    }
    let timed = |x: &str| {
        crate::reader::dates::month(x).is_some()
            || matches!(x, "q1" | "q2" | "q3" | "q4")
            || x.len() == 4 && x.starts_with("20") && x.bytes().all(|b| b.is_ascii_digit())
    };
    if timed(w(k)) {
        k += 1;
    }
    if w(k) == "cash" && w(k + 1) == "flow" {
        return Some(k + 2);
    }
    budget_word(w(k)).then_some(k + 1)
}

impl Choice<'_> {
    /// A hold with no reason found: the first wait on an audit or a cash-flow in
    /// the verdict's sentence or the next, up to its clause's end.
    pub(super) fn budget_waited(&self, rationale: Option<String>) -> Option<String> {
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
        let mut ends = 0;
        let mut j = from;
        while j < limit {
            if is_end(&toks[j]) && j >= v.end {
                ends += 1;
                if ends > 1 {
                    return None;
                }
            } else if let Some(e) = budget_wait_at(toks, j) {
                // Only the wait itself, or the few words that end its clause ("until the
                // March audit is done").
                let end = clauses::clause_end(toks, e.min(limit), limit);
                let end = if end <= e + 2 { end } else { e };
                return Some(self.words(j, end.min(limit)));
            }
            j += 1;
        }
        None
    }
}
