//! Approvals said in idioms, with the thing priced: a choice told as an order ("go with
//! the Carestream unit, $139K"), "go for it", a priced thing told "is fine", a team allowed
//! to have a thing, "buying it".

use super::*;

/// "Rugged tablets - go w/ the Panasonic ones, $38K", "CBCT: go with the Carestream unit,
/// $139K": at `i`, a choice told as an order, opening its clause, with its price in the
/// sentence, an approval; where the shape ends. Not asked ("should we go with …?").
pub(in crate::reader) fn go_with_choice_at(toks: &[Token], i: usize) -> Option<usize> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    // "1. Excavator. Going with the used CAT 308 at $96,500." (round V49): the choice
    // told as what we are going with, opening its sentence.
    if !matches!(word(i), "go" | "going") || !opens_clause(toks, i) {
        return None;
    }
    let with = match (word(i + 1), word(i + 2)) {
        ("with", _) => i + 2,
        ("w", "/") => i + 3,
        _ => return None,
    };
    if !matches!(word(with), "the" | "a" | "an") {
        return None;
    }
    let sentence = rest_of_sentence(toks, with);
    let asked = toks.get(with + sentence.len()).is_some_and(|t| t.is("?"));
    let priced = !find_money(sentence, Currency::GBP).is_empty();
    (priced && !asked).then_some(with)
}

/// "Quote's come in at £28k for 14 machines … Go for it.": at `i`, "go for it" said alone
/// as an order in a message that prices the thing, an approval; where the shape ends.
pub(in crate::reader) fn go_for_it_at(toks: &[Token], i: usize) -> Option<usize> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let said = word(i) == "go" && word(i + 1) == "for" && word(i + 2) == "it";
    let alone = toks.get(i + 3).is_none_or(|t| t.is_break());
    let priced = || !find_money(toks, Currency::GBP).is_empty();
    (said && alone && opens_clause(toks, i) && priced()).then_some(i + 3)
}

/// "Told Gemma the diagnostics laptop for Grantham is fine, it's only 900 quid": at `i`,
/// telling someone a priced thing "is fine" (or "ok", "good to go"), an approval given;
/// where the shape ends. "… is fine but the wardens want an offline mode" and a message
/// with no price tell how a thing is, not that it may go ahead.
pub(in crate::reader) fn told_fine_at(toks: &[Token], i: usize) -> Option<usize> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    if !matches!(word(i), "told" | "tell" | "telling") || !opens_clause(toks, i) {
        return None;
    }
    let fine = (i + 2..(i + 16).min(toks.len()))
        .take_while(|&k| !toks[k].is_break())
        .find(|&k| {
            matches!(word(k), "is" | "are" | "'s")
                && (matches!(word(k + 1), "fine" | "ok" | "okay")
                    || word(k + 1) == "good" && word(k + 2) == "to" && word(k + 3) == "go")
        })?;
    let end = if word(fine + 1) == "good" {
        fine + 4
    } else {
        fine + 2
    };
    let alone = toks.get(end).is_none_or(|t| t.is_break()) && word(end + 1) != "but";
    let priced = !find_money(toks, Currency::GBP).is_empty();
    (alone && priced).then_some(end)
}

/// "Go on then, Estates can have a pressure washer for the kit store, £1,800": at `i`
/// ("can"), a unit or team (not "we" or "I") allowed to have a thing, priced in its clause,
/// an approval; where the shape ends.
pub(in crate::reader) fn allowed_to_have_at(toks: &[Token], i: usize) -> Option<usize> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    if word(i) != "can"
        || word(i + 1) != "have"
        || !matches!(
            word(i + 2),
            "a" | "an" | "the" | "their" | "its" | "that" | "his" | "her"
        )
        || i == 0
        || !toks[i - 1].is_word()
        || matches!(
            word(i - 1),
            "we" | "i" | "you" | "who" | "which" | "that" | "they"
        )
    {
        return None;
    }
    let end = (i + 3..toks.len())
        .find(|&k| matches!(word(k), "." | "!" | "?" | "\n" | ";"))
        .unwrap_or(toks.len());
    let priced = !find_money(&toks[i + 3..end], Currency::GBP).is_empty();
    priced.then_some(i + 2)
}

/// "£1,100/mo lease or $38k to buy. Buying it.": at `i`, "buying it" (or "we'll buy
/// them") said alone as its own clause in a message that prices the thing, an approval;
/// where the shape ends.
pub(in crate::reader) fn buying_it_at(toks: &[Token], i: usize) -> Option<usize> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let said = matches!(word(i), "buying" | "buy") && matches!(word(i + 1), "it" | "them");
    if !said {
        return None;
    }
    // "Buying it.", "We're buying it.", "we'll buy them".
    let subject = i >= 1 && matches!(word(i - 1), "we're" | "we'll" | "i'm" | "i'll");
    let opens = opens_clause(toks, i) || subject && opens_clause(toks, i - 1);
    let buy_alone = word(i) == "buying" || subject;
    let alone = toks.get(i + 2).is_none_or(|t| t.is_break());
    let priced = || !find_money(toks, Currency::GBP).is_empty();
    (opens && buy_alone && alone && priced()).then_some(i + 2)
}
