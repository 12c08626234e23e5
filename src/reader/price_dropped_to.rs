//! "… go 1.5 MW instead of 2 MW, price drop to G$86M", "going wit da 28 footer instead of
//! da 32. price down to $54k from $62k" (round V56): a smaller choice said "instead of" the
//! first, then the price said to drop to a figure, is the work cut back, a rescope to that
//! figure. A price dropping with no choice made before it ("pepper price drop to 680 at the
//! auction") is market news, no verdict.

use super::tokens::Token;
use super::verdicts::VerdictFinding;
use crate::domain::Verdict;

/// The words that say the price went down before "to".
fn dropped(w: &str) -> bool {
    matches!(
        w,
        "drop" | "drops" | "dropped" | "down" | "fell" | "falls" | "reduced"
    )
}

/// The shape between `from` and `to`: "price/cost/quote <dropped> to <figure>", with
/// "instead of" earlier in its sentence or the sentence before.
pub(in crate::reader) fn price_dropped_to(
    toks: &[Token],
    from: usize,
    to: usize,
) -> Option<VerdictFinding> {
    let to = to.min(toks.len());
    let word = |k: usize| {
        toks.get(k)
            .filter(|_| k < to)
            .map_or("", |t| t.lower.as_str())
    };
    let at = (from..to).find(|&i| {
        matches!(word(i), "price" | "cost" | "quote")
            && (dropped(word(i + 1)) && word(i + 2) == "to"
                || matches!(word(i + 1), "comes" | "came" | "goes" | "went")
                    && word(i + 2) == "down"
                    && word(i + 3) == "to")
    })?;
    let to_at = (at + 2..at + 4).find(|&k| word(k) == "to")?;
    // A figure follows: "G$86M", "$54k".
    let money = super::money_words::find_money(toks, crate::money::Currency::GBP);
    money.iter().find(|m| m.start == to_at + 1)?;
    // "instead of" before it: in its sentence, or the one before ("going wit da 28 footer
    // instead of da 32. price down to …").
    let mut stops = 0;
    let chose = (0..at).rev().any(|k| {
        if toks[k].is_sym(".") || toks[k].is_sym("\n") {
            stops += 1;
        }
        stops < 2 && toks[k].is("instead") && toks.get(k + 1).is_some_and(|t| t.is("of"))
    });
    chose.then_some(VerdictFinding {
        verdict: Verdict::Rescope,
        start: at,
        end: to_at + 1,
        affirmed: true,
    })
}
