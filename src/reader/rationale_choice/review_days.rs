//! A hold's review day taken for its reason (round R42): "Steve still wants the second bay
//! but not until the drainage consent comes through, so that bit is parked until we look at
//! it again on 5 February", "…, so it stays parked till we review it on 8 February": the
//! "until we look at it again" is when to look again (the review date), and the clause told
//! before the verdict is why.

use super::*;

/// Does `toks[a..]` open "until / till / til we look at it again", "… we review it", "… we
/// revisit it", "… we come back to it"?
fn until_we_look_again(toks: &[Token], a: usize) -> bool {
    let w = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    matches!(w(a), "until" | "till" | "til")
        && w(a + 1) == "we"
        && matches!(
            w(a + 2),
            "look" | "review" | "revisit" | "come" | "reconsider" | "relook"
        )
}

impl Choice<'_> {
    /// The reason told before a hold's verdict, in place of `rationale` when that only
    /// says when the hold will be looked at again.
    pub(super) fn reason_before_review_day(&self, rationale: Option<String>) -> Option<String> {
        if !self.verdict.is_some_and(|v| v.verdict == Verdict::Defer) {
            return rationale;
        }
        let review = rationale
            .as_deref()
            .and_then(|said| reasons::span_of(self.text, self.toks, said))
            .is_some_and(|(a, _)| until_we_look_again(self.toks, a));
        if review {
            self.told_before_verdict().or(rationale)
        } else {
            rationale
        }
    }
}
