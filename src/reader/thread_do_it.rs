//! "pasting from the packinghouse chat:\nDonna: cold room's running warm again\n…\nRay: do
//! it. $72k is cheaper than a trailer of soft grapefruit" (round S52): in a pasted chat, a
//! line that opens with its writer's name and answers "do it." gives the go-ahead to what
//! the thread is about, in a thread that prices it; so does a bare "do it." closing a message
//! after the priced ask it answers (round V68).

use super::money_words::find_money;
use super::tokens::Token;
use crate::money::Currency;

/// At `i` ("do"), "<Name>: do it" opening a line, "do it" closing its clause, in a message
/// with a one-off price: where the shape ends (after "it").
pub(in crate::reader) fn thread_do_it_at(toks: &[Token], i: usize) -> Option<usize> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    if word(i) != "do" || word(i + 1) != "it" || i < 2 {
        return None;
    }
    let closes = toks.get(i + 2).is_none_or(|t| t.is_break());
    let name = &toks[i - 2];
    let line_opens = i == 2 || toks[i - 3].is_sym("\n");
    let said_by = toks[i - 1].is_sym(":") && name.is_word() && name.capital && line_opens;
    // "tink says the dock scale app needs a $1,900 upgrade to talk to Dockside Pro. do it"
    // (round V68): "do it" a sentence of its own closing the message, after the ask it answers.
    let last =
        toks[i - 1].is_sym(".") && toks[i + 2..].iter().all(|t| t.is_sym(".") || t.is_sym("!"));
    if !(closes && (said_by || last)) {
        return None;
    }
    let priced = find_money(toks, Currency::GBP)
        .iter()
        .any(|m| m.period.is_none());
    priced.then_some(i + 2)
}
