//! What every look for who decided is given: the message, its tokens, the verdict's token,
//! and which tokens are part of a unit's or an investment's name — one opening the
//! `deciders_*` looks share instead of each repeating its signature and `word` closure.

use super::tokens::Token;

/// The verdict a look for who decided reads around.
#[derive(Clone, Copy)]
pub(super) struct AtVerdict<'a> {
    /// The message as written.
    pub(super) text: &'a str,
    /// Its tokens.
    pub(super) toks: &'a [Token],
    /// The token the verdict starts at.
    pub(super) verb: usize,
    /// Whether a token is part of a unit's name.
    pub(super) is_unit: &'a dyn Fn(usize) -> bool,
    /// Whether a token is part of an investment's name (what was decided, never who).
    pub(super) is_investment: &'a dyn Fn(usize) -> bool,
}

impl<'a> AtVerdict<'a> {
    /// The lowercase word of token `k`, empty past the end.
    pub(super) fn word(&self, k: usize) -> &'a str {
        self.toks.get(k).map_or("", |t| t.lower.as_str())
    }
}
