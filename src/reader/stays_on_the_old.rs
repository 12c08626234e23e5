//! "Payroll stays on the current system for another year, the switch would land right in
//! Vals season", "the tills will stay on the old system until after Christmas": work that
//! stays on the current (old, existing) one for a further term, or until a time, is the
//! change to it put off, a deferral (round V46). With no time ("stays on the current
//! system, it's fine") it decides nothing here, nor when we are the ones staying ("we'll
//! stay on the old form until the new website is done", what we use after a stop).

use super::tokens::{TokKind, Token};
use super::verdict_shapes::PERIODS;

/// At `i` ("stay", "stays", "staying", "remain", "remains"), "stays on the current (old,
/// existing) <thing, up to three words>" then "for another <period>", "for now", "for the
/// time being" or "until / till <a time>": where the shape ends (after the time's first
/// word).
pub(in crate::reader) fn stays_on_the_old_at(toks: &[Token], i: usize) -> Option<usize> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    if !matches!(word(i), "stay" | "stays" | "staying" | "remain" | "remains")
        || word(i + 1) != "on"
        || word(i + 2) != "the"
        || !matches!(word(i + 3), "current" | "old" | "existing" | "legacy")
    {
        return None;
    }
    // "we'll stay on the old form until the new website is done" after pulling the plug
    // tells what we use instead: the work itself must be what stays.
    let mut s = i;
    while s > 0
        && matches!(
            word(s - 1),
            "will" | "'ll" | "would" | "to" | "can" | "must"
        )
    {
        s -= 1;
    }
    if s > 0
        && matches!(
            word(s - 1),
            "we" | "we'll" | "i" | "i'll" | "they" | "they'll" | "us"
        )
    {
        return None;
    }
    // The thing (one to three words), then the time's first word.
    let mut k = (i + 5..(i + 8).min(toks.len()))
        .take_while(|&j| toks[j].is_word())
        .find(|&j| matches!(word(j), "for" | "until" | "till" | "til" | "through"))?;
    match word(k) {
        "until" | "till" | "til" | "through" => toks
            .get(k + 1)
            .is_some_and(|t| t.is_word() || t.kind == TokKind::Num)
            .then_some(k + 2),
        _ => {
            k += 1;
            match (word(k), word(k + 1)) {
                ("now", _) => return Some(k + 1),
                ("the", "time") if word(k + 2) == "being" => return Some(k + 3),
                ("another" | "one", _) => k += 1,
                ("a", "further") => k += 2,
                _ => return None,
            }
            if word(k) == "more" || toks.get(k).is_some_and(|t| t.kind == TokKind::Num) {
                k += 1;
            }
            PERIODS.contains(&word(k)).then_some(k + 1)
        }
    }
}
