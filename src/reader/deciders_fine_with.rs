//! "Wendell is fine with the diffuser rebuild, $240k", "Wendell's good with the pile
//! ventilation", "Board's fine with carrying on the grower portal", "Wendell's happy for the
//! grower portal to keep going": the one said to be fine, good or happy with the thing, as
//! the clause holding the verdict opens, decided it (round S45).

use super::deciders::span_decider;
use super::deciders_told::without_has;
use super::tokens::Token;

/// Words of assent said of someone before "with" or "for".
fn assent(w: &str) -> bool {
    matches!(w, "fine" | "good" | "happy" | "grand" | "ok" | "okay")
}

/// Who is said to be fine with (or happy for) the thing in the clause that holds the verdict
/// at `verb`: the subject before "is" or run on with "'s", at the clause's start.
pub(super) fn said_fine_with(
    text: &str,
    toks: &[Token],
    verb: usize,
    is_unit: &dyn Fn(usize) -> bool,
) -> Option<String> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let opens = (0..verb)
        .rev()
        .find(|&k| toks[k].is_break())
        .map_or(0, |k| k + 1);
    // The assent at most four words before the verdict ("fine with carrying on", "happy
    // for the grower portal to keep going"), or the verdict's own word.
    let at = (opens..=verb)
        .rev()
        .take(8)
        .find(|&k| assent(word(k)) && matches!(word(k + 1), "with" | "for"))?;
    let before = at.checked_sub(1).filter(|&b| b >= opens)?;
    let end = if matches!(word(before), "is" | "are" | "was") {
        before
    } else if word(before).ends_with("'s") || word(before).ends_with("’s") {
        before + 1
    } else {
        return None;
    };
    if end <= opens || end - opens > 3 {
        return None;
    }
    span_decider(text, toks, opens, end, is_unit).map(without_has)
}
