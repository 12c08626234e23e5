//! An event said after a look-again (round R39): "revisit after the audit in Feb, the old
//! ones still run the booking screens fine", "let's revisit after the year-end audit in
//! February, they're mid-close …". "after the audit" names what prompted a decision when it
//! is told with the verdict ("stopped after the audit found …"); after "revisit" or "look
//! again" it says when the work is looked at again, which is no reason.

use super::clauses;
use super::tokens::Token;

/// Is the "after" at `i` said just after a look-again ("revisit", "look again", "review")?
pub(super) fn after_look_again(toks: &[Token], i: usize) -> bool {
    (i.saturating_sub(3)..i).any(|j| clauses::opens_look_again(toks, j))
}
