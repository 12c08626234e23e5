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

/// "would do the job for heaps less than the app", "instead of the portal": is the name at
/// `i` what something else is weighed against (so not what the record is about)?
pub fn weighed_against(toks: &[Token], i: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let k = if i >= 1 && matches!(word(i - 1), "the" | "our" | "a" | "an") {
        i - 1
    } else {
        i
    };
    k >= 1 && word(k - 1) == "than" || k >= 2 && word(k - 1) == "of" && word(k - 2) == "instead"
}
