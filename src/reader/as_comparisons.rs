//! "in the same quarter as the exam response", "as busy as last year": "as" that compares
//! opens no cause, unlike "as the old system is out of support".

use super::tokens::Token;

/// Does the "as" at `i` compare: "same" a few words before it in its clause, or "as" two
/// or three words before ("as busy as", "as much money as")?
pub fn compares(toks: &[Token], i: usize) -> bool {
    (i.saturating_sub(4)..i)
        .rev()
        .take_while(|&k| !toks[k].is_break())
        .any(|k| toks[k].is("same") || toks[k].is("as") && k + 1 < i)
}
