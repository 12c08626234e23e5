//! "keep going, 140 sign-ups in Nov": a date inside the reason is when its evidence
//! happened, not when the decision was made; "knocked back, too risky before year end":
//! nor is it a deadline (unless a follow-up has one); "parking it till after vintage,
//! nobody's got time to retrain the staff in March": nor a time to look again, unless the
//! reason is the wait's own condition ("until the March numbers are in"), says to look again
//! ("… to be looked at again in 2028") or the wait points back to it ("… can only start in
//! March, so we're holding off till then").

use super::rationale_choice::Found;
use super::*;

/// Whether the reason is the wait itself, whose time is when to look again: it opens on a
/// condition ("until the March numbers are in") or says to look again ("the full retrofit
/// to be looked at again in 2028").
fn waits_or_looks_again(reason: &str) -> bool {
    let mut words = reason.split_whitespace().map(|w| w.to_ascii_lowercase());
    let first = words.next().unwrap_or_default();
    matches!(
        first.as_str(),
        "until"
            | "till"
            | "til"
            | "'til"
            | "pending"
            | "once"
            | "after"
            | "when"
            | "unless"
            | "if"
            | "before"
    ) || std::iter::once(first).chain(words).any(|w| {
        matches!(
            w.as_str(),
            "again" | "revisit" | "revisited" | "review" | "reviewed" | "reconsider" | "reassess"
        )
    })
}

impl Reader {
    /// Reads the record's dates again without those inside its reason, when the date, a
    /// deadline with no follow-up or (the reason being no condition) the review date was
    /// read from one; a proposal's reason likewise ("…, the current devices are end of
    /// support in June": the investment record holds none, nor is its date the start).
    pub(super) fn redate_outside_reason(&self, found: &Found, today: NaiveDate, r: &mut Reading) {
        let Found {
            text,
            toks,
            verdict,
            money,
            dates,
            action,
            intent,
            ..
        } = *found;
        // "Vodacom can only start in March, so we're holding off till then": the reason's
        // time, pointed back to, is when to look again.
        let till_then = || {
            toks.windows(2).any(|w| {
                matches!(w[0].lower.as_str(), "till" | "until" | "til" | "'til") && w[1].is("then")
            })
        };
        let reviewed = r.review_date.is_some()
            && r.rationale
                .as_deref()
                .is_some_and(|said| !waits_or_looks_again(said))
            && !till_then();
        let dated_by_reason = r.date.is_some() || r.due.is_some() && action.is_none() || reviewed;
        let reason_span = r
            .rationale
            .as_deref()
            .filter(|_| intent == Intent::Decision && dated_by_reason)
            .and_then(|said| reasons::span_of(text, toks, said))
            .or_else(|| {
                (intent == Intent::Investment && r.date.is_some())
                    .then(|| dated_reasons::proposal_reason(text, toks, money, dates))
                    .flatten()
            });
        let Some((a, b)) = reason_span else {
            return;
        };
        let inside = |d: &dates::DateMention| d.start >= a && d.end <= b;
        if !dates.iter().any(inside) {
            return;
        }
        let outside: Vec<dates::DateMention> =
            dates.iter().filter(|d| !inside(d)).copied().collect();
        r.date = None;
        if action.is_none() {
            r.due = None;
        }
        if reviewed {
            r.review_date = None;
        }
        assign_dates(
            r,
            toks,
            &outside,
            action.as_ref(),
            verdict.map(|v| v.start),
            today,
            &self.dates,
        );
    }
}
