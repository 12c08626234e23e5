//! Numbers said aloud and written down by speech-to-text: the words a spoken number runs
//! on with ("six hundred and twenty thousand", "thirty one thousand five hundred").

use super::*;

/// A multiplier word of more than one letter at `at` ("thousand", "million", "grand", and the
/// Indian "lakh" and "crore" said in full: "six point five lakh").
pub(super) fn spoken_multiplier(toks: &[Token], at: usize) -> Option<u32> {
    toks.get(at)
        .filter(|t| t.lower.len() > 1)
        .and_then(|t| multiplier(&t.lower).or_else(|| indian_multiplier(&t.lower, false)))
}

/// "and twenty", "and twenty five", "and five" after a spoken hundred: the value and the
/// tokens used.
pub(super) fn and_tens(toks: &[Token], at: usize) -> Option<(u128, usize)> {
    if toks.get(at).is_none_or(|t| t.lower != "and") {
        return None;
    }
    let word = toks.get(at + 1)?;
    if !SMALL_NUMBERS.contains(&word.lower.as_str()) && !word.lower.ends_with("ty") {
        return None;
    }
    let n = small_number(&word.lower).filter(|n| (1..100).contains(n))?;
    match toks.get(at + 2).and_then(|t| small_number(&t.lower)) {
        Some(u) if n >= 20 && n % 10 == 0 && (1..10).contains(&u) => Some((n + u, 3)),
        _ => Some((n, 2)),
    }
}

/// "five hundred" (and its "and twenty") said after a spoken thousand, not itself followed
/// by a multiplier or a thing counted: the value and the tokens used.
pub(super) fn hundreds_after(toks: &[Token], at: usize) -> Option<(u128, usize)> {
    let word = toks.get(at)?;
    let n = small_number(&word.lower).filter(|n| (1..10).contains(n))?;
    if !SMALL_NUMBERS.contains(&word.lower.as_str()) || !words_at(toks, at + 1, &["hundred"]) {
        return None;
    }
    let (extra, used) = and_tens(toks, at + 2).unwrap_or((0, 0));
    let next = toks.get(at + 2 + used);
    let counted = next
        .is_some_and(|t| COUNT_NOUNS.contains(&t.lower.as_str()) || multiplier(&t.lower).is_some());
    (!counted).then_some((n * 100 + extra, 2 + used))
}

/// Is the "and" at `at` inside a number said aloud ("three hundred and eighty thousand"),
/// no conjunction joining two clauses?
pub(in crate::reader) fn and_in_spoken_number(toks: &[Token], at: usize) -> bool {
    at > 0 && toks[at - 1].is("hundred") && and_tens(toks, at).is_some()
}
