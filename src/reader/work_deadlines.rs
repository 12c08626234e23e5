//! "bev said yes to the pitch tracker for the bullpen, 38k, has to be in before pitchers &
//! catchers" (round R43): after a verdict, by when the work must be in is its plan, not why
//! it was decided. No label takes one. (What that means for the place, joined by ", so" —
//! "Install has to be done before the Spring meeting, so the kitchens close on 12/3" — is
//! left: read as none, its date became the decision's.)

use super::tokens::Token;

/// Does the clause from `s` say by when the work must be in: up to three words of a subject
/// ("install", "it", "the install"), then "has / needs to be in / done / finished …" and
/// "before" or "by"?
pub fn deadline_told(toks: &[Token], s: usize, e: usize) -> bool {
    let e = e.min(toks.len());
    let w = |k: usize| {
        toks.get(k)
            .filter(|_| k < e)
            .map_or("", |t| t.lower.as_str())
    };
    (s..(s + 4).min(e)).any(|k| {
        matches!(w(k), "has" | "have" | "needs" | "need" | "must")
            && (s..k).all(|j| toks[j].is_word())
            && {
                let k = if w(k) == "must" { k + 1 } else { k + 2 };
                (w(k - 1) == "to" || w(k - 1) == "must")
                    && w(k) == "be"
                    && matches!(
                        w(k + 1),
                        "in" | "done" | "finished" | "installed" | "live" | "complete" | "up"
                    )
                    && matches!(w(k + 2), "before" | "by")
            }
    })
}
