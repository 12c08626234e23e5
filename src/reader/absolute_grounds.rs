//! A ground given in an absolute clause (round R39), the formal minutes' way: "RESOLVED that
//! the replacement be not approved at this time, the quotation of KES 27.5M being above the
//! approved capital budget of KES 18M", "… be rejected, the cost of KES 4.6 million not
//! being justified for the volumes received". The clause after the verdict's comma has no
//! verb of its own, only "being", and holds the money it weighs; it is the reason whole.

use super::tokens::Token;

/// Do tokens `s..e` open an absolute clause: "the" (or a possessive) and a noun phrase of
/// at most eight words, then "being" (or "not being") and at least two words?
pub(super) fn absolute_ground(toks: &[Token], s: usize, e: usize) -> bool {
    if s >= e || !matches!(toks[s].lower.as_str(), "the" | "its" | "their" | "our") {
        return false;
    }
    (s + 2..e.min(s + 10))
        .find(|&j| toks[j].is("being"))
        .is_some_and(|b| b + 2 < e && !toks[b - 1].is_break())
}
