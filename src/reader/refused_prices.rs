//! A refusal's price told with the case against it. "no. Vendor quoted £210k and our
//! spreadsheets already do most of it": the sentence after the verdict says the price and,
//! after "and", a clause of its own. And the price opening the clause after the verdict's
//! comma, joined the same way (convention 26): "knocked back at capital panel, £650k and the
//! basement needs structural work first", "rejected by the board, 640k zł and the team uses
//! excel fine": both halves are the case against it, so the reason is read from the price.
//! A price set off alone between commas (", £12k, the bank lends us readers") is the amount
//! told again, not part of the reason.

use super::intent::said_with_subject;
use super::tokens::Token;

/// After a refusal, a sentence from `a` that says the price and, after "and", a clause of
/// its own: "Vendor quoted £210k and our spreadsheets already do most of it".
pub(super) fn price_and_more(
    toks: &[Token],
    a: usize,
    limit: usize,
    money: &dyn Fn(usize) -> bool,
) -> bool {
    let e = (a..limit)
        .find(|&j| matches!(toks[j].lower.as_str(), "." | "!" | "?" | "\n"))
        .unwrap_or(limit);
    // "WordPress VIP quoted $60K and …": a vendor's name of more capitalised words counts
    // as one word.
    let name_words = toks[(a + 1).min(e)..e]
        .iter()
        .take(2)
        .take_while(|t| t.is_word() && (t.capital || t.caps))
        .count();
    let Some(m) = (a..e.min(a + 5 + name_words)).find(|&j| money(j)) else {
        return false;
    };
    let after = (m..e).find(|&j| !money(j)).unwrap_or(e);
    let after = after + rate_words(toks, after, e);
    after + 1 < e
        && toks[after].is("and")
        && !(after + 1..e).any(money)
        && (said_with_subject(toks, after + 1, e)
            // "$480K and SAP PM does 80% of it": a name in capitals as the subject.
            || super::answers_given::named_subject_clause(toks, after + 1, e)
            || none_said(toks, after + 1, e))
}

/// "$4,000 a month and …", "12k each and …" (round R40): how many words after the price
/// say it is a rate or a price apiece ("a month", "per year", "each"); 0 when none.
fn rate_words(toks: &[Token], at: usize, e: usize) -> usize {
    let word = |k: usize| {
        toks.get(k)
            .filter(|_| k < e)
            .map_or("", |t| t.lower.as_str())
    };
    let period = |w: &str| {
        matches!(
            w,
            "month" | "year" | "week" | "day" | "head" | "seat" | "site" | "user" | "unit"
        )
    };
    match word(at) {
        "each" | "apiece" => 1,
        "a" | "per" if period(word(at + 1)) => 2,
        _ => 0,
    }
}

/// "nothing we can track from radio", "hardly any of our clients get the metro", "none of
/// our parents catch the bus": a clause of words whose subject is a quantity of none.
fn none_said(toks: &[Token], s: usize, e: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let none = match word(s) {
        "nothing" | "none" | "noone" | "nobody's" | "nothing's" => true,
        // "no way to know who saw it" (round R40).
        "no" => matches!(word(s + 1), "one" | "way"),
        "hardly" | "barely" | "scarcely" => matches!(word(s + 1), "any" | "anyone" | "anybody"),
        "not" => matches!(word(s + 1), "one" | "many" | "a"),
        _ => false,
    };
    none && e >= s + 4 && (s + 1..e).all(|j| toks[j].is_word())
}

/// The clause at `s`, after a comma or a dash, opens with the price: "…, £650k and …",
/// "said no to the customer web chat - €95k and the contact centre …".
pub(super) fn price_opens_clause(toks: &[Token], s: usize, money: &dyn Fn(usize) -> bool) -> bool {
    s > 0
        && (toks[s - 1].is(",")
            || matches!(toks[s - 1].lower.as_str(), "-" | "–" | "—") && !toks[s - 1].attached)
        && money(s)
}
