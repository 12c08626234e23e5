//! "The payroll switch is going ahead, Maureen signed the Gusto contract Tuesday at $4,800":
//! someone signing the papers (the contract, the order, the PO) in the clause after a
//! verdict, naming no thing of their own, signs for the thing just decided: the decision
//! said again, no record of its own, whatever is named after it.

use super::*;

/// Papers a thing is bought or ordered with.
const PAPERS: &[&str] = &[
    "contract",
    "contracts",
    "order",
    "po",
    "paperwork",
    "agreement",
    "purchase",
    "quote",
];

/// Whether the clause after `j` opens on someone (a name, "she", "the CFO": one to three
/// words) who signed the papers: "signed" or "has signed", then "it", or "the" and at most
/// two words (a supplier's name) before a paper.
pub(super) fn papers_signed_after(toks: &[Token], j: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let Some(signed) = (j + 2..j + 5)
        .take_while(|&k| toks.get(k).is_some_and(|t| t.is_word()))
        .find(|&k| word(k) == "signed")
    else {
        return false;
    };
    // The signer: words only, no verdict or thing before "signed" but "has".
    if !(j + 1..signed).all(|k| toks[k].is_word()) {
        return false;
    }
    let mut k = signed + 1;
    if word(k) == "off" {
        k += 1;
    }
    if matches!(word(k), "it" | "them") {
        return true;
    }
    if word(k) != "the" {
        return false;
    }
    (k + 1..k + 4)
        .take_while(|&p| toks.get(p).is_some_and(|t| t.is_word()))
        .any(|p| PAPERS.contains(&word(p)))
}
