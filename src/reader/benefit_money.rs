//! Which money a proposal's saving is: "Would cut about $15K a year in mailed notices" (the
//! yearly sum after "cut" is the saving, not the running cost said before it), and "$7,500 -
//! saves putting scaffold up just to look" (a price, then the effort it saves: no money
//! saved).

use super::money_words::{MoneyMention, SAVING_WORDS};
use super::tokens::Token;

/// The words of the clause before `m`, nearest first, at most `n`.
fn before<'a>(toks: &'a [Token], m: &MoneyMention, n: usize) -> impl Iterator<Item = &'a Token> {
    toks[..m.start]
        .iter()
        .rev()
        .take_while(|t| !t.is_break())
        .take(n)
}

/// "£7,500 - saves putting scaffold up": after the money, "save(s)" and a doing, with no
/// word of saving before it.
pub fn effort_saved_after(toks: &[Token], m: &MoneyMention) -> bool {
    let after = &toks[m.end.min(toks.len())..(m.end + 4).min(toks.len())];
    let doing = after.windows(2).any(|w| {
        matches!(w[0].lower.as_str(), "save" | "saves")
            && w[1].lower.len() > 4
            && w[1].lower.ends_with("ing")
    });
    doing && !before(toks, m, 4).any(|t| SAVING_WORDS.contains(&t.lower.as_str()))
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
