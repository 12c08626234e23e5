//! "we can't run the toast ovens another winter on that old Cleaver Brooks": an inability
//! before "run … another <period>" says the old kit will not last, the reason for the
//! decision beside it, not a trial given another season (which "we're not running the
//! trial another season" stops).

use super::tokens::Token;

/// At `i` ("run", "running"), is it said after "can't" / "cannot" / "couldn't" within the
/// three words before?
pub(in crate::reader) fn cannot_run_at(toks: &[Token], i: usize) -> bool {
    matches!(
        toks.get(i).map(|t| t.lower.as_str()),
        Some("run" | "running")
    ) && toks[i.saturating_sub(3)..i].iter().any(|t| {
        matches!(
            t.lower.as_str(),
            "can't" | "cannot" | "couldn't" | "cant" | "couldnt"
        )
    })
}
