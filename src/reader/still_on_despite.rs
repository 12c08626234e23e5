//! "newbook's still on even tho go-live slid to feb, the channel manager finally syncs …":
//! work said to be still on, a concession after it, carries on despite what slipped.

use super::tokens::Token;

/// Does a concession ("even tho", "even though", "even if") open at `at`?
pub(in crate::reader) fn even_though_at(toks: &[Token], at: usize) -> bool {
    toks.get(at).is_some_and(|t| t.is("even"))
        && toks
            .get(at + 1)
            .is_some_and(|t| matches!(t.lower.as_str(), "tho" | "though" | "if"))
}
