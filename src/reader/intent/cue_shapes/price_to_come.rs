//! "Macca's after new headsets for the control room, 24 of them, no price yet", "Vivian want
//! to open Douyin live shop …, she still asking the agency price", "Kevin suggest we make an
//! English website …, he will ask price next week": an ask said as a want, a wish to try
//! or a suggestion, with its price said to be still to come, is a new thing put forward
//! (convention 18: a proposal without a cost asks for it), not a wish told at a meeting
//! (round V52).

use super::*;

/// Verbs a new thing is wanted with after "want to" or "suggest (we)".
const NEW_WORK: &[&str] = &[
    "open", "try", "get", "buy", "start", "build", "make", "add", "put", "set", "trial", "pilot",
    "install", "have",
];

/// Words that open the thing wanted itself: "a", "new", "another", "one of", a count.
const NEW_THING: &[&str] = &[
    "a", "an", "new", "another", "one", "some", "second", "more", "two", "three", "four",
];

/// Whether the message says an ask (see [`ask_at`]) and that its price is still to come
/// (see [`price_to_come_at`]). The price is looked for first: few messages say it.
pub(in crate::reader::intent) fn asked_with_price_to_come(toks: &[Token]) -> bool {
    (0..toks.len()).any(|i| price_to_come_at(toks, i)) && (0..toks.len()).any(|i| ask_at(toks, i))
}

/// At `i`: "no price (on it) yet", "no quote yet", "no figures yet", "Price not yet", "not
/// priced", "(still) asking the agency price", "will ask price", "waiting on X for a price".
fn price_to_come_at(toks: &[Token], i: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let priced = |w: &str| {
        matches!(
            w,
            "price" | "prices" | "quote" | "quotes" | "figure" | "figures" | "number" | "numbers"
        )
    };
    match word(i) {
        "no" => priced(word(i + 1)) && (i + 2..(i + 5).min(toks.len())).any(|k| word(k) == "yet"),
        "price" | "quote" => word(i + 1) == "not" && word(i + 2) == "yet",
        "not" => word(i + 1) == "priced",
        // "waiting on shima for a price", "waiting on the supplier for a quote" (round V53).
        "waiting" | "waitin" => {
            word(i + 1) == "on"
                && (i + 2..(i + 6).min(toks.len())).any(|k| {
                    word(k) == "for"
                        && matches!(word(k + 1), "a" | "the" | "their" | "his" | "her")
                        && priced(word(k + 2))
                })
        }
        "ask" | "asking" | "checking" => {
            let mut k = i + 1;
            k += usize::from(matches!(word(k), "the" | "for" | "a"));
            priced(word(k)) || toks.get(k).is_some_and(Token::is_word) && priced(word(k + 1))
        }
        _ => false,
    }
}

/// At `i`: "wants to try one of …", "want to open …", "want a second …", "wants to look at
/// a …", "suggest we make an …", "suggests a …", "Macca's after new …", "is after a …",
/// "eilidh's after 3D …".
fn ask_at(toks: &[Token], i: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let new_thing = |k: usize| {
        NEW_THING.contains(&word(k))
            || toks
                .get(k)
                .is_some_and(|t| t.kind == crate::reader::tokens::TokKind::Num)
    };
    match word(i) {
        // "wants to look at a harvest tracking app …" (round V53).
        "want" | "wants" | "wanted" => {
            word(i + 1) == "to" && NEW_WORK.contains(&word(i + 2))
                || word(i + 1) == "to"
                    && word(i + 2) == "look"
                    && matches!(word(i + 3), "at" | "into")
                    && new_thing(i + 4)
                || new_thing(i + 1)
        }
        "suggest" | "suggests" | "suggested" | "proposes" | "propose" => {
            let mut k = i + 1;
            k += usize::from(word(k) == "that");
            k += usize::from(matches!(word(k), "we" | "to"));
            NEW_WORK.contains(&word(k)) || new_thing(k)
        }
        "after" => {
            let someone = i >= 1
                && (matches!(word(i - 1), "is" | "are" | "'re")
                    || (word(i - 1).ends_with("'s") || word(i - 1).ends_with("’s"))
                        && !matches!(word(i - 1), "it's" | "that's" | "what's" | "there's"));
            // "eilidh's after 3D design software": a thing written with a figure in it.
            let figured = toks.get(i + 1).is_some_and(|t| {
                t.kind != crate::reader::tokens::TokKind::Num
                    && t.lower.starts_with(|c: char| c.is_ascii_digit())
            });
            someone && (new_thing(i + 1) || figured)
        }
        _ => false,
    }
}
