//! A renewal or a contract signed: an approval of its money.

use super::*;

/// "so I'm signing the renewal at £42k", "we signed the contract renewal", "sign the
/// licence renewal": at `i`, a renewal (or a contract, [`contract_signed_at`]) signed, an approval of its new term's money (a
/// renewal approved is one too; a thing said renewed goes on); where the shape ends.
pub(in crate::reader) fn renewal_signed_at(toks: &[Token], i: usize) -> Option<usize> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    if !matches!(word(i), "sign" | "signs" | "signed" | "signing") {
        return None;
    }
    let mut k = i + 1 + usize::from(word(i + 1) == "off");
    k += usize::from(matches!(word(k), "the" | "our" | "this" | "that" | "its"));
    // "the contract renewal", "the timekeeping kiosk support renewal": up to four words
    // naming what is renewed.
    if let Some(r) = (k + 1..=k + 4)
        .take_while(|&j| toks.get(j - 1).is_some_and(|t| t.is_word()))
        .find(|&j| word(j) == "renewal")
    {
        k = r;
    }
    if word(k) == "renewal" {
        return Some(k + 1);
    }
    contract_signed_at(toks, i, k)
}

/// "We signed the contract for the hoist overhaul", "the booking system contract was signed
/// at £18,000" (at a price, when said so): at `i` (the "signed"; `k` past its article), a contract signed for the work,
/// its approval; where the shape ends. One still to come ("we'll sign the contract", "once the contract is signed at
/// …") decides nothing yet.
fn contract_signed_at(toks: &[Token], i: usize, k: usize) -> Option<usize> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    const PAPERS: &[&str] = &["contract", "contracts", "agreement", "po"];
    if word(i) != "signed" {
        return None;
    }
    // "signed the contract", "signed the fabricator contract": up to three words naming it.
    // "signed the Phorest order" commits the purchase as a PO does ("the order of service"
    // is no purchase).
    if let Some(c) = (k..k + 4)
        .take_while(|&j| toks.get(j).is_some_and(|t| t.is_word()))
        .find(|&j| PAPERS.contains(&word(j)) || word(j) == "order" && word(j + 1) != "of")
    {
        return Some(c + 1);
    }
    // "the … contract was signed at £18,000", "agreement's been signed at $9k": signed at
    // its price. Without one ("Discovery layer: contract signed") it is a minute's news.
    if word(i + 1) != "at" {
        return None;
    }
    let mut p = i;
    while p > 0
        && matches!(
            word(p - 1),
            "was" | "is" | "been" | "has" | "have" | "got" | "'s"
        )
    {
        p -= 1;
    }
    if p == 0 || !PAPERS.contains(&word(p - 1)) {
        return None;
    }
    let to_come = toks[..p - 1]
        .iter()
        .rev()
        .take_while(|t| !t.is_break())
        .take(8)
        .any(|t| {
            matches!(
                t.lower.as_str(),
                "once" | "when" | "until" | "till" | "til" | "if" | "after" | "unless" | "before"
            )
        });
    (!to_come).then_some(i + 1)
}
