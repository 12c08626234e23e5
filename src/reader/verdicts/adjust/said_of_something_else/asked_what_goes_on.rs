//! "Lincoln lost again 😂 what's going on with them" (round S59): "what's going on" asks
//! what is happening, with or without its question mark, and keeps nothing going.

use super::*;

/// A continue's word after "what's" / "what is": `Some(None)`.
pub(super) fn asked_what_goes_on(at: &Around, raw: Verdict) -> Option<Option<Verdict>> {
    let (toks, start, _end, _word, prev, _next) = at.parts();
    if raw != Verdict::Continue {
        return None;
    }
    let what = matches!(prev, "what's" | "whats" | "what’s")
        || prev == "is" && start >= 2 && toks[start - 2].lower == "what";
    what.then_some(None)
}
