//! A stop's or a refusal's case told as several facts in one sentence, each after a comma:
//! "families found them intrusive, 14 complaints in a month", "Paylocity has missed two
//! go-live dates, we've spent $27k on it, and ADP offered to match the price to keep us",
//! "Only six of our wholesale accounts ever logged in, the rest still text Kyle at 5 in the
//! morning, and we been paying $900 a month for it since April". The labels keep the whole
//! sentence's case (a count, the money sunk, what still goes wrong), where the clause
//! rules stop at the first comma.

use super::tokens::Token;
use super::verdicts;

fn sentence_break(t: &Token) -> bool {
    matches!(t.lower.as_str(), "." | "!" | "?" | "\n" | ";")
}

/// A clause `toks[a..b]` that adds to a case: two words or more, no verdict (a later
/// record's), no task ("@…") nor plan with its day (`skip`), and not opening on "so" (the verdict
/// drawn from it) or "also".
fn adds_to_case(toks: &[Token], a: usize, b: usize, skip: &dyn Fn(usize) -> bool) -> bool {
    a < b
        && (a..b).filter(|&k| toks[k].is_word()).count() >= 2
        && !matches!(toks[a].lower.as_str(), "so" | "also" | "which" | "then")
        // "…, we'll tell the supplier on Monday": a plan with its day, no case ("we'll
        // move the two worst ones onto the spare bench", the other way, is).
        && !((matches!(toks[a].lower.as_str(), "we'll" | "i'll" | "let's" | "will")
            || matches!(toks[a].lower.as_str(), "we" | "i")
                && toks.get(a + 1).is_some_and(|t| matches!(t.lower.as_str(), "will" | "shall")))
            && (a..b).any(skip))
        && !(a..b).any(|k| toks[k].lower.starts_with('@') || toks[k].is_sym("@"))
        && verdicts::find_verdict_in(toks, a, b).is_none()
}

/// The whole case around the reason `toks[a..b]` of a stop or a refusal whose verdict ends
/// at `verdict_end`: on over a comma to the sentence's end, and back over a comma to the
/// start of a sentence after the verdict's. `None` when it is no wider.
pub fn whole_case(
    toks: &[Token],
    a: usize,
    b: usize,
    verdict_end: usize,
    skip: &dyn Fn(usize) -> bool,
) -> Option<(usize, usize)> {
    let end = (b..toks.len())
        .find(|&k| sentence_break(&toks[k]))
        .unwrap_or(toks.len());
    let b2 = if b < end && toks[b].is(",") && adds_to_case(toks, b + 1, end, skip) {
        end
    } else {
        b
    };
    let start = (0..a)
        .rev()
        .find(|&k| sentence_break(&toks[k]))
        .map_or(0, |k| k + 1);
    let a2 = if a > start + 1
        && start >= verdict_end
        && toks[a - 1].is(",")
        && adds_to_case(toks, start, a - 1, skip)
        && (start..a - 1).filter(|&k| toks[k].is_word()).count() >= 3
    {
        start
    } else {
        a
    };
    (a2 < a || b2 > b).then_some((a2, b2))
}
