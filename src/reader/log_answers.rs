//! A pasted chat: "Tony: how much / Dean: £6,300 for the three fitted / Tony: do it, we
//! can't let the school runs down", "Mr Tan: how much new one / Ah Huat: $6,800 with
//! install / Mr Tan: ok buy, …": told the price in a line before, the one who answers "do
//! it" or "(ok) buy" opening a line of the log approves at that price.

use super::money_words::find_money;
use super::tokens::Token;
use crate::money::Currency;

/// At `i` ("do" before "it", or "buy"), the words opening a line or a log line's text (after
/// "<Name>:", or "ok"), closing their clause, with a price in a line before: where they end.
pub(super) fn told_to_do_it_at(toks: &[Token], i: usize) -> Option<usize> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let end = match word(i) {
        "do" if word(i + 1) == "it" => i + 2,
        "buy" => i + 1,
        _ => return None,
    };
    if !toks.get(end).is_none_or(|t| t.is_break()) {
        return None;
    }
    // "Tony: do it", "Mr Tan: ok buy", "Mr Tan: ok, buy".
    let mut k = i;
    // "ok go buy" (round V52): the "go" of an order.
    while k > 0 && matches!(word(k - 1), "ok" | "okay" | "," | "yes" | "yeah")
        || k > 0 && word(k - 1) == "go" && word(i) == "buy"
    {
        k -= 1;
    }
    // The line opens there (a log's "<Name>:" is read as nothing), or after "<Name>:".
    let line = if k == 0 || word(k - 1) == "\n" {
        k
    } else if opens_log_text(toks, k) {
        toks[..k - 1]
            .iter()
            .rposition(|t| t.lower == "\n")
            .map_or(0, |p| p + 1)
    } else {
        return None;
    };
    let priced = line > 0 && !find_money(&toks[..line], Currency::GBP).is_empty();
    priced.then_some(end)
}

/// Does a pasted chat line's text open at `s`, after "<Name>:" (one or two words opening
/// the line)?
pub(super) fn opens_log_text(toks: &[Token], s: usize) -> bool {
    if s < 2 || toks[s - 1].lower != ":" {
        return false;
    }
    let line = toks[..s - 1]
        .iter()
        .rposition(|t| t.lower == "\n")
        .map_or(0, |p| p + 1);
    (1..=2).contains(&(s - 1 - line)) && toks[line..s - 1].iter().all(Token::is_word)
}
