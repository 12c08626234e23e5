//! "Cost: TSh 5,600,000 for 8 tablets\nSaving: about TSh 2.4m per year\nLife: 3 yrs": a
//! request laid out in labelled lines, its cost on one and a yearly saving on another, is a
//! thing put forward, whatever saving it is said to bring (round S54).

use super::tokens::{TokKind, Token};

/// At `i`, a line that opens "Cost:" with a figure on it, in a message with a line that
/// opens "Saving(s):" or "Benefit(s):" and says a year ("per year", "/yr", "annually").
pub fn costed_case_at(toks: &[Token], i: usize) -> bool {
    let line_opens = |k: usize| k == 0 || toks[k - 1].is_sym("\n");
    let labelled = |k: usize| toks.get(k + 1).is_some_and(|t| t.is_sym(":"));
    if !(toks[i].is("cost") && line_opens(i) && labelled(i)) {
        return false;
    }
    let line = |k: usize| toks[k..].iter().take_while(|t| !t.is_sym("\n"));
    let figure = line(i + 1).any(|t| t.kind == TokKind::Num);
    figure
        && (0..toks.len()).any(|k| {
            line_opens(k)
                && matches!(
                    toks[k].lower.as_str(),
                    "saving" | "savings" | "benefit" | "benefits"
                )
                && labelled(k)
                && line(k + 1).any(|t| {
                    matches!(
                        t.lower.as_str(),
                        "year" | "yr" | "annum" | "annually" | "yearly" | "pa"
                    )
                })
        })
}
