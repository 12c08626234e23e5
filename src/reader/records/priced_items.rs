//! One verdict said of two things, each with its own price: "ok'd the extra 6 laptops for
//! the new shops, 8k, and the store wi-fi for them too, 12k". Each thing is a record with
//! its own money, though the directory may know neither as written. A plain figure on the
//! left ("mfa tokens for the techs 6,200 and the file server migration 70k") is money
//! because the right is priced, so the left is read together with the right.

use super::*;

/// After the verdict, "and the …" (or "and a …") with money of its own, after words and a
/// price of the thing before it: the "and"'s position.
pub(super) fn priced_item_at(
    toks: &[Token],
    (_, b): (usize, usize),
    verdict: VerdictFinding,
    currency: Currency,
) -> Option<usize> {
    (verdict.end..b.saturating_sub(2))
        .find(|&j| priced_items_either_side(toks, verdict.end, j, b, currency))
}

/// Whether the "and" at `j` joins a priced thing said from `a` to a priced thing after it
/// up to `b` (a reason's "because … and the …" is no thing: see `reason_between`).
pub(super) fn priced_items_either_side(
    toks: &[Token],
    a: usize,
    j: usize,
    b: usize,
    currency: Currency,
) -> bool {
    if !toks[j].is("and")
        || !toks
            .get(j + 1)
            .is_some_and(|t| matches!(t.lower.as_str(), "the" | "a" | "an"))
        || a >= j
    {
        return false;
    }
    // The right side: the thing's words first, then its money, all in one clause.
    let right_end = (j + 2..b)
        .find(|&k| matches!(toks[k].lower.as_str(), "." | ";" | "\n" | "!" | "?"))
        .unwrap_or(b);
    let right = find_money(&toks[j + 1..right_end], currency);
    let Some(first) = right.first() else {
        return false;
    };
    if first.start < 2 || !toks[j + 2].is_word() {
        return false;
    }
    // The left side: words of a thing, then its money, ending just before the "and" (a
    // comma between them allowed). Read with the right side, whose price makes a plain
    // figure on the left money too.
    let both = find_money(&toks[a..right_end], currency);
    let priced_left = both.iter().any(|m| a + m.end <= j && a + m.end + 1 >= j);
    let worded_left = toks[a..j].iter().filter(|t| t.is_word()).count() >= 2;
    priced_left && worded_left && !reason_between(toks, a, j)
}

/// "since" / "because" between the verdict and the "and": what follows is in the reason.
fn reason_between(toks: &[Token], a: usize, j: usize) -> bool {
    toks[a..j]
        .iter()
        .any(|t| matches!(t.lower.as_str(), "since" | "because" | "cos" | "after"))
}
