//! "3 x $2.4k", "2x $45k", "4 × $1,250": a count of things times the price of one, written
//! before the price with its currency, is the whole sum the register adds up (round S51).
//! A size written with "x" ("a 2 x 4m shed") has no currency after its "x".

use super::*;

/// The count before the amount `m` ("3 x" straight before its first token) and where the
/// count starts, if one is written there.
pub(super) fn count_before(toks: &[Token], m: &MoneyMention) -> Option<(i64, usize)> {
    if !m.written {
        return None;
    }
    let times = toks.get(m.start.checked_sub(1)?)?;
    if !matches!(times.lower.as_str(), "x" | "×") {
        return None;
    }
    let count = toks.get(m.start.checked_sub(2)?)?;
    if count.kind != TokKind::Num || !count.lower.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let n: i64 = count.lower.parse().ok()?;
    (2..=999).contains(&n).then_some((n, m.start - 2))
}
