//! "That is around GHS 150,000 a year we are no more throwing away", "that's £4,000 a year
//! we're no longer paying the bureau": money we no longer lose, pay or throw away since
//! the work is a result counted, a benefit cue (round V53; Ghanaian "no more" for "no
//! longer").

use super::tokens::{TokKind, Token};

/// At `i`, "no more" / "no longer" then losing money ("throwing", "losing", "paying",
/// "wasting", "spending", "binning"), with a figure earlier in its sentence (at most ten
/// words back, none of them a sentence's end).
pub fn no_longer_lost_at(toks: &[Token], i: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    if word(i) != "no" || !matches!(word(i + 1), "more" | "longer") {
        return false;
    }
    if !matches!(
        word(i + 2),
        "throwing" | "losing" | "paying" | "wasting" | "spending" | "binning"
    ) {
        return false;
    }
    (i.saturating_sub(10)..i)
        .rev()
        .take_while(|&k| !matches!(toks[k].lower.as_str(), "." | "!" | "?" | "\n"))
        .any(|k| toks[k].kind == TokKind::Num)
}
