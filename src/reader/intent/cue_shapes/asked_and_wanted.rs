//! Money or things asked for and wanted: "TPS requests $300K for a chatbot", "wants a new
//! crane" (not "wants a second supplier"), "we're going to spend £80k on …".

use super::*;

/// "TPS requests $300K for a chatbot", "Ops requesting £40k": asking for an amount, which
/// is a new investment; "service requests are down" is not.
/// "EM's asking for HK$150k for a noise monitor", "Theatres asked for A$90k": the same,
/// said with "for".
pub(in crate::reader::intent) fn asks_for_amount(toks: &[Token], i: usize) -> bool {
    let w = toks[i].lower.as_str();
    let at = if matches!(w, "requests" | "requested" | "requesting" | "request") {
        i + 1
    } else if matches!(w, "asking" | "asked" | "asks")
        && toks.get(i + 1).is_some_and(|t| t.is("for"))
    {
        i + 2
    } else {
        return false;
    };
    toks.get(at).is_some_and(|t| {
        t.kind == crate::reader::tokens::TokKind::Num
            || matches!(t.lower.as_str(), "$" | "£" | "€" | "¥" | "₹" | "r")
    }) || {
        let window = &toks[at.min(toks.len())..(at + 4).min(toks.len())];
        crate::reader::money_words::find_money(window, crate::money::Currency::GBP)
            .first()
            .is_some_and(|m| m.start == 0)
    }
}

/// At `i`, "wants a new …", "needs a second …", "wanted another …": the word after the
/// article, the head of what is wanted.
/// As Portuguese and Spanish writers say it: "asks a new showroom" ("pede um novo"), and
/// "pretends to buy a new lab system" (the false friend of "pretende", intends).
fn wanted_at(toks: &[Token], i: usize) -> Option<usize> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    // (Asked at every word: the word itself first, the words after only for a verb below.)
    let wants = matches!(word(i), "wants" | "want" | "wanted" | "needs" | "asks");
    if !wants && !matches!(word(i), "pretends" | "pretend" | "intends" | "intend") {
        return None;
    }
    let intends_to_buy = !wants
        && word(i + 1) == "to"
        && matches!(word(i + 2), "buy" | "get" | "purchase" | "acquire");
    let verb = if intends_to_buy { i + 2 } else { i };
    let thing = match (word(verb + 1), word(verb + 2)) {
        ("a" | "an", "new" | "second" | "third") => verb + 3,
        ("another", _) => verb + 2,
        _ => return None,
    };
    (intends_to_buy || wants)
        .then_some(())
        .filter(|()| toks.get(thing).is_some_and(Token::is_word))
        .map(|()| thing)
}

/// What a "wants a second …" wants that is no thing to buy: a figure, a time, a look, or
/// another party to ask ("wants a second supplier in the mix").
const NO_THING: &[&str] = &[
    "quote", "quotes", "price", "date", "deadline", "plan", "report", "estimate", "look", "go",
    "meeting", "chat", "week", "month", "day", "year", "opinion", "try", "supplier", "vendor",
    "bid", "tender", "option",
];

/// "Harbour master wants a new crane for the fish quay … Quote's £385,000": at `i`, someone
/// wanting a new thing (not a new quote, date or plan for one), a proposal when priced
/// (a "want" alone is also a meeting cue, so an unpriced one stays a note).
/// "Ag retail wants a second fertilizer blender …", "wants another …": one more of a thing
/// is asked for as a new one is.
pub(in crate::reader::intent) fn wants_a_new(toks: &[Token], i: usize) -> bool {
    wanted_at(toks, i).is_some_and(|t| !NO_THING.contains(&toks[t].lower.as_str()))
}

/// "she wants a second supplier in the mix", "needs another quote": wanting another party,
/// figure or time, no new thing.
pub fn wants_no_new_thing(toks: &[Token], i: usize) -> bool {
    wanted_at(toks, i).is_some_and(|t| NO_THING.contains(&toks[t].lower.as_str()))
}

/// "we're going to spend £80k on a new intranet", "plan to spend about £25k": money a team
/// means to spend, which is a new investment; "how much are we going to spend?" names none.
pub(in crate::reader::intent) fn plans_to_spend(toks: &[Token], i: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    if !(word(i) == "spend" && i > 0 && word(i - 1) == "to") {
        return false;
    }
    let mut j = i + 1;
    if matches!(
        word(j),
        "about" | "around" | "roughly" | "approx" | "~" | "up"
    ) {
        j += if word(j) == "up" { 2 } else { 1 };
    }
    toks.get(j).is_some_and(|t| {
        t.kind == crate::reader::tokens::TokKind::Num
            || matches!(t.lower.as_str(), "$" | "£" | "€" | "¥" | "₹")
    })
}

/// "n they want 2 more lux meters ~12k", "Yard needs three more pallet cages, about £900":
/// at `i`, someone wanting a count more of things, priced in the same clause, is a new ask
/// (not more time or another figure: "need 2 more weeks", "want 2 more quotes").
pub(in crate::reader::intent) fn wants_more_priced(toks: &[Token], i: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let wants = |k: usize| matches!(word(k), "want" | "wants" | "need" | "needs");
    // Asked at the word before too: a cue phrase opening on it ("they want") moves the
    // scan past the verb.
    let i = match (wants(i), wants(i + 1)) {
        (true, _) => i,
        (false, true) => i + 1,
        _ => return false,
    };
    let counted = toks
        .get(i + 1)
        .is_some_and(|t| t.kind == crate::reader::tokens::TokKind::Num)
        || matches!(
            word(i + 1),
            "two" | "three" | "four" | "five" | "six" | "ten" | "some" | "a"
        );
    let thing = i + 3;
    if !(counted && word(i + 2) == "more" && toks.get(thing).is_some_and(Token::is_word)) {
        return false;
    }
    let head = word(thing);
    let singular = head.strip_suffix('s').unwrap_or(head);
    if NO_THING.contains(&head) || NO_THING.contains(&singular) || head == "more" {
        return false;
    }
    let end = (thing..toks.len().min(thing + 10))
        .find(|&k| matches!(word(k), "." | "!" | "?" | ";" | "\n"))
        .unwrap_or(toks.len().min(thing + 10));
    !crate::reader::money_words::find_money(&toks[thing..end], crate::money::Currency::GBP)
        .is_empty()
}
