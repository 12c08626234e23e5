//! Money put up for a verdict the way many writers ask for it: "For approval po: new nurse
//! call system, ₱3.6M", "eClaims automation for approval na, Php 4.8M". A lookup at one
//! token and a short look ahead for the amount.

use super::money_words::find_money;
use super::tokens::Token;
use crate::money::Currency;

/// How far after "for approval" the amount asked for is looked for.
const REACH: usize = 16;

/// The amount in the sentence from `at`, a few words at most: whether one is said.
fn money_ahead(toks: &[Token], at: usize) -> bool {
    let end = (at..(at + REACH).min(toks.len()))
        .find(|&k| matches!(toks[k].lower.as_str(), "." | "!" | "?" | "\n"))
        .unwrap_or((at + REACH).min(toks.len()));
    !find_money(&toks[at.min(end)..end], Currency::GBP).is_empty()
}

/// Verbs of getting a thing, after an ask: "requests to renew", "want to buy".
const GETTING: &[&str] = &[
    "buy",
    "purchase",
    "renew",
    "build",
    "replace",
    "install",
    "upgrade",
    "implement",
    "introduce",
    "develop",
    "deploy",
    "acquire",
    "lease",
    "rebuild",
    "redesign",
    "redo",
    "revamp",
    "overhaul",
];

/// At `i`, "requests to renew …, TRY 3.1M", "Logistik want to buy 40 handheld scanners …,
/// Rp 320 juta", "Infra propose to buy …", "keen to get moisture sensors on the blocks,
/// ~$65k": a thing asked for or wished for with its money in the same sentence, a proposal.
pub fn requests_to_do(toks: &[Token], i: usize) -> bool {
    thing_asked_for(toks, i) || wished_to_get(toks, i) || asked_to_do(toks, i)
}

/// What is asked for or wanted that is no new thing: a price, a meeting, a word.
const NOT_NEW: &[&str] = &[
    "quote",
    "quotes",
    "quotation",
    "meeting",
    "call",
    "decision",
    "update",
    "refund",
    "discount",
    "extension",
    "review",
    "word",
    "demo",
    "price",
    "breakdown",
    "report",
    "budget",
    "steer",
    "chat",
];

/// At `i`, "Volunteering have asked for a proper rota app …, about £2,000", "Media want a
/// drone camera package …, ~£60k": a thing asked for or wanted, with its money in the same
/// sentence, a proposal. Not a quote, a meeting or a word asked for.
fn thing_asked_for(toks: &[Token], i: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let a = match word(i) {
        "asked" | "asking" if word(i + 1) == "for" => i + 2,
        "want" | "wants" => i + 1,
        _ => return false,
    };
    if !matches!(word(a), "a" | "an") {
        return false;
    }
    let no_thing = toks[a + 1..(a + 5).min(toks.len())]
        .iter()
        .take_while(|t| t.is_word())
        .any(|t| NOT_NEW.contains(&t.lower.as_str()));
    !no_thing && money_ahead(toks, a + 1)
}

/// At `i` ("like"), "Concessions would like to replace the paper permits with an online
/// one, roughly $18k": a thing someone would like to get, with its money in the sentence.
fn wished_to_get(toks: &[Token], i: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let would = i > 0 && (word(i - 1) == "would" || word(i - 1).ends_with("'d"));
    word(i) == "like"
        && would
        && word(i + 1) == "to"
        && GETTING.contains(&word(i + 2))
        && money_ahead(toks, i + 3)
}

/// At `i`, "requests to renew …", "want to buy …", "keen to get …" with money after.
fn asked_to_do(toks: &[Token], i: usize) -> bool {
    let asks = match toks[i].lower.as_str() {
        "requests" | "requesting" | "request" => true,
        "want" | "wants" | "propose" | "proposes" => toks
            .get(i + 2)
            .is_some_and(|t| GETTING.contains(&t.lower.as_str())),
        "keen" => toks
            .get(i + 2)
            .is_some_and(|t| t.is("get") || GETTING.contains(&t.lower.as_str())),
        _ => false,
    };
    asks && toks.get(i + 1).is_some_and(|t| t.is("to")) && money_ahead(toks, i + 2)
}

/// At `i`, "for approval" (or "for your approval") with an amount after it in its sentence:
/// a proposal. "sent the contract for approval" asks for no money and is news.
pub fn money_for_approval(toks: &[Token], i: usize) -> bool {
    if !toks[i].is("for") {
        return false;
    }
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let at = match (word(i + 1), word(i + 2)) {
        ("approval", _) => i + 2,
        ("your", "approval") => i + 3,
        _ => return false,
    };
    money_ahead(toks, at)
}
