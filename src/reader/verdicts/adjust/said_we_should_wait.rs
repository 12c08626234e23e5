//! "GM say we should wait … until the road open after the rainy season" (round S61's
//! Liberian writer): the one who decides saying we should wait puts the work off, a wish
//! to wait said by those who decide (convention 21), whatever the wait is for.

use super::*;

/// Whether the "wait" at `start` follows "we should" and a saying ("GM say we should
/// wait …", "the board said we should wait till …") in its clause.
pub(super) fn said_we_should_wait(toks: &[Token], start: usize) -> bool {
    start >= 3
        && toks[start].is("wait")
        && toks[start - 1].is("should")
        && toks[start - 2].is("we")
        && toks[..start - 2]
            .iter()
            .rev()
            .take(6)
            .take_while(|t| !t.is_break())
            .any(|t| matches!(t.lower.as_str(), "say" | "says" | "said"))
}
