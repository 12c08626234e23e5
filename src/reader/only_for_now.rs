//! "Staff housing upgrade: we shall do only Mara camp for now, KSh 4M instead of 7.5M": a
//! part of the work done alone, at a figure said instead of the old one, rescopes it to
//! that figure (first met in round S18's Kenyan safari-lodge group).

use super::tokens::Token;

/// At `i`, "only" / "just" after "do" ("we shall do only …", "we'll do just …") with, later
/// in its clause, an amount said instead of (or rather than) another: the rescope's word,
/// where it ends. (After a verdict of its own, "approved, only Rp 500 juta instead of …",
/// the figure is what was approved.)
pub(super) fn only_at_a_new_figure_at(toks: &[Token], i: usize) -> Option<usize> {
    let done = i > 0 && matches!(toks[i - 1].lower.as_str(), "do" | "doing" | "does");
    if !done || !toks.get(i).is_some_and(|t| t.is("only") || t.is("just")) {
        return None;
    }
    // The clause's words, then its amount after one comma at most.
    let mut commas = 0;
    (i + 1..(i + 14).min(toks.len()))
        .take_while(|&k| {
            let t = &toks[k];
            commas += usize::from(t.is_sym(","));
            commas <= 1 && (!t.is_break() || t.is_sym(","))
        })
        .any(|k| super::new_budget::replaces_a_figure(toks, k))
        .then_some(i + 1)
}
