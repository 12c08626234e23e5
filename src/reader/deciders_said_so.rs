//! "Payroll software – MD Sir said wait till ERP is live, then decide. So pending till
//! March." (round V64): a verdict told as what follows, its sentence opening on "So", is
//! decided by the one the sentence just before names as saying what to do. A sentence
//! before that names no one who decides ("the vendor said …") gives no one.

use super::decider_looks::AtVerdict;

/// The one who said what to do in the sentence before the verdict's, when the verdict's
/// sentence opens on "so" (the verdict's own first word, or the word before it).
pub(super) fn said_then_so(look: &AtVerdict) -> Option<String> {
    let verb = look.verb;
    // Asked at every verdict the looks before it leave: "so" at or before it first.
    let so_at = if look.word(verb) == "so" {
        verb
    } else if verb > 0 && look.word(verb - 1) == "so" {
        verb - 1
    } else {
        return None;
    };
    said_then_so_past_its_first_test(look, so_at)
}

/// [`said_then_so`] once its first test is passed.
fn said_then_so_past_its_first_test(look: &AtVerdict, so_at: usize) -> Option<String> {
    let AtVerdict {
        text,
        toks,
        is_unit,
        ..
    } = *look;
    let stop = so_at
        .checked_sub(1)
        .filter(|&k| matches!(look.word(k), "." | "!"))?;
    // The sentence before: from the break before it, or a topic's colon or dash.
    let start = (0..stop)
        .rev()
        .find(|&k| matches!(look.word(k), "." | "!" | "?" | "\n" | ":" | "–" | "—"))
        .map_or(0, |k| k + 1);
    let said = (start + 1..(start + 5).min(stop))
        .find(|&j| matches!(look.word(j), "said" | "says" | "say"))?;
    super::deciders::span_decider(text, toks, start, said, is_unit)
}
