//! Which money a proposal's saving is: "Would cut about $15K a year in mailed notices" (the
//! yearly sum after "cut" is the saving, not the running cost said before it), and "$7,500 -
//! saves putting scaffold up just to look" (a price, then the effort it saves: no money
//! saved).

use super::money_words::{MoneyMention, SAVING_WORDS};
use super::tokens::{TokKind, Token};

/// The words of the clause before `m`, nearest first, at most `n`.
fn before<'a>(toks: &'a [Token], m: &MoneyMention, n: usize) -> impl Iterator<Item = &'a Token> {
    toks[..m.start]
        .iter()
        .rev()
        .take_while(|t| !t.is_break())
        .take(n)
}

/// "£7,500 - saves putting scaffold up", "£32k to save the lads an afternoon": after the
/// money, "save(s)" and a doing, or "to save" and no figure, with no word of saving before
/// it.
pub fn effort_saved_after(toks: &[Token], m: &MoneyMention) -> bool {
    let after = &toks[m.end.min(toks.len())..(m.end + 4).min(toks.len())];
    let doing = after.windows(2).any(|w| {
        matches!(w[0].lower.as_str(), "save" | "saves")
            && w[1].lower.len() > 4
            && w[1].lower.ends_with("ing")
    });
    // "£32k to save the lads an afternoon a week": money spent to save someone an effort,
    // no figure after it (round S44); "$40k to save $10k a year" saves money.
    let to_save = after.first().is_some_and(|t| t.is("to"))
        && after.get(1).is_some_and(|t| t.is("save"))
        && !toks[(m.end + 2).min(toks.len())..(m.end + 9).min(toks.len())]
            .iter()
            .take_while(|t| !t.is_break())
            .any(|t| t.kind == TokKind::Num || t.is_sym("$") || t.is_sym("£") || t.is_sym("€"));
    (doing || to_save) && !before(toks, m, 4).any(|t| SAVING_WORDS.contains(&t.lower.as_str()))
}

/// "would cut about $15K a year", "cuts ~€9k a year": money by the period said right
/// after a word of cutting.
pub fn cut_said_before(toks: &[Token], m: &MoneyMention) -> bool {
    m.period.is_some()
        && before(toks, m, 3).any(|t| {
            matches!(
                t.lower.as_str(),
                "cut" | "cuts" | "trim" | "trims" | "reduce" | "reduces" | "shave" | "shaves"
            )
        })
}
