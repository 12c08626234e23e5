//! "She wants the HR software held until January; the new HR manager should choose the
//! system herself": a sentence cut at a semicolon (`sentences` ends a part there) whose
//! verdict is only a verdict with the clause after it — a hold someone wants, passed on
//! with its reason — is read with that clause, so the part carries the record its words
//! open (round B48).

use super::*;

/// The verdict of part `k`, ending at a semicolon, said in its own words but found only
/// when the clause after the semicolon is read with it.
pub(super) fn verdict_read_on_past_a_semicolon(
    toks: &[Token],
    parts: &[(usize, usize)],
    k: usize,
) -> Option<VerdictFinding> {
    let (a, b) = parts[k];
    let next = parts.get(k + 1)?;
    if !toks.get(b).is_some_and(|t| t.is(";")) || next.0 != b + 1 {
        return None;
    }
    find_english_verdict_in(toks, a, next.1).filter(|v| v.end <= b)
}
