//! "Director Liu suggest buy one more roller jigger, RMB 480,000", "Ruth suggests we get a
//! second crate washer, about £6,000": a suggestion to buy a new thing, priced in its
//! sentence, puts it forward, a proposal (convention 18), as a want does (round V53).

use super::*;

/// At `i`, "suggest(s / ed) [that] [we / to] buy / get / add / install …" (or "buying",
/// "getting") then a new thing ("a", "an", "one more", "another", "new", "second", a
/// count) within two words, and money after it in the same sentence.
pub(in crate::reader::intent) fn suggested_a_priced_buy(toks: &[Token], i: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    if !matches!(
        word(i),
        "suggest" | "suggests" | "suggested" | "recommend" | "recommends" | "recommended"
    ) {
        return false;
    }
    let mut k = i + 1;
    k += usize::from(word(k) == "that");
    k += usize::from(matches!(word(k), "we" | "to" | "us"));
    if !matches!(
        word(k),
        "buy" | "buying" | "get" | "getting" | "add" | "adding" | "install" | "installing"
    ) {
        return false;
    }
    let new_thing = |j: usize| {
        matches!(
            word(j),
            "a" | "an" | "one" | "another" | "new" | "second" | "third" | "more"
        ) || toks.get(j).is_some_and(|t| t.kind == TokKind::Num)
    };
    if !(new_thing(k + 1) || new_thing(k + 2) && toks.get(k + 1).is_some_and(Token::is_word)) {
        return false;
    }
    let end = (k..toks.len())
        .find(|&j| matches!(word(j), "." | "!" | "?" | "\n"))
        .unwrap_or(toks.len());
    crate::reader::money_words::find_money(&toks[k..end], crate::money::Currency::GBP)
        .iter()
        .any(|m| m.written || m.money.minor >= 100_000)
}
