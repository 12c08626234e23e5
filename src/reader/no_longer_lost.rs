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

/// Losing, wasting or paying, said of the time before the work (round V54).
fn losing(w: &str) -> bool {
    matches!(
        w,
        "losing" | "lose" | "lost" | "wasting" | "throwing" | "paying" | "spending"
    )
}

/// At `i`, "before that / then" and, within four words, losing or paying, with money by
/// the month, week or year after it in its sentence: "Before that we was losing maybe
/// $1,500 a month" (told after the work went in). The end of the losing word, when so.
pub fn lost_before_at(toks: &[Token], i: usize) -> Option<usize> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    if word(i) != "before" || !matches!(word(i + 1), "that" | "then") {
        return None;
    }
    let verb = (i + 2..(i + 6).min(toks.len()))
        .take_while(|&k| !toks[k].is_break())
        .find(|&k| losing(word(k)))?;
    let by_period = (verb + 1..(verb + 9).min(toks.len()))
        .take_while(|&k| !matches!(toks[k].lower.as_str(), "." | "!" | "?" | "\n"))
        .any(|k| {
            toks[k].kind == TokKind::Num
                && (k + 1..(k + 4).min(toks.len())).any(|j| {
                    matches!(word(j), "a" | "per" | "every" | "each")
                        && matches!(word(j + 1), "month" | "week" | "year")
                })
        });
    by_period.then_some(verb + 1)
}
