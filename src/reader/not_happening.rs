//! "Yeah nah, the tasting room in town isn't happening. $150k is a lot of coin …" (round
//! S47): a thing said not to happen, the sentence ending there, is turned down. Money said
//! not to happen ("£160k on tarmac … isn't happening") is a reason, and one not happening
//! "this year" or "this winter" is for the words after it to say.

use super::money_words::find_money;
use super::tokens::Token;
use crate::money::Currency;

/// At `i`, "isn't happening" / "ain't happening" / "is not happening" closing a sentence
/// whose subject holds no money; where the shape ends (after "happening").
pub(super) fn not_happening_at(toks: &[Token], i: usize) -> Option<usize> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let n = match word(i) {
        "isn't" | "isnt" | "ain't" => 1,
        "is" if word(i + 1) == "not" => 2,
        _ => return None,
    };
    let end = i + n + 1;
    if word(i + n) != "happening" || !toks.get(end).is_none_or(|t| t.is_break() && !t.is(",")) {
        return None;
    }
    let start = (0..i)
        .rev()
        .find(|&k| matches!(word(k), "." | "!" | "?" | "\n" | ","))
        .map_or(0, |k| k + 1);
    let said_of_a_thing = i > start && find_money(&toks[start..i], Currency::GBP).is_empty();
    said_of_a_thing.then_some(end)
}
