//! Verdicts said in everyday words (round V35): "ok go on the CRM at $180k", "No from me.
//! R2,8m for one vehicle …", "so the budget drops to £4k", "Pulling the loyalty app — …".

use super::money_words::find_money;
use super::tokens::Token;
use super::verdict_idioms::{opens_clause, rest_of_sentence};
use crate::money::Currency;

fn word(toks: &[Token], k: usize) -> &str {
    toks.get(k).map_or("", |t| t.lower.as_str())
}

/// "ok go on the CRM at $180k", "Go on the member app rebuild at $180k": at `i` ("go"),
/// an order to go on a thing at a price, opening its clause (or after a bare "ok" or
/// "yes" that does), an approval; where the shape ends. Not asked ("shall we go on the
/// …?"), nor with no "at" price in the sentence ("go on the list", "go on the website").
pub(super) fn go_on_at_a_price_at(toks: &[Token], i: usize) -> Option<usize> {
    if word(toks, i) != "go"
        || word(toks, i + 1) != "on"
        || !matches!(word(toks, i + 2), "the" | "a" | "an")
    {
        return None;
    }
    let opens = opens_clause(toks, i)
        || i > 0
            && matches!(word(toks, i - 1), "ok" | "okay" | "yes" | "yep" | "right")
            && opens_clause(toks, i - 1);
    let sentence = rest_of_sentence(toks, i + 2);
    if !opens {
        // "the traceability labels go on the cod as well as the crab, another $11,000":
        // a thing of the work put on more, with more money, more of the work approved.
        let as_well = sentence
            .windows(2)
            .any(|w| w[0].is("as") && w[1].is("well"));
        let more_money = find_money(sentence, Currency::GBP).iter().any(|m| {
            m.start > 0
                && matches!(
                    sentence[m.start - 1].lower.as_str(),
                    "another" | "extra" | "+"
                )
        });
        return (i > 0 && toks[i - 1].is_word() && as_well && more_money).then_some(i + 2);
    }
    if toks.get(i + 2 + sentence.len()).is_some_and(|t| t.is("?")) {
        return None;
    }
    // The price is the thing's, in the same clause ("at $180k, Rob to sort …"), not a
    // price said after "and" of something else.
    let clause = sentence
        .iter()
        .position(|t| t.is_break() || t.is("and"))
        .map_or(sentence, |k| &sentence[..k]);
    let at_a_price = find_money(clause, Currency::GBP)
        .iter()
        .any(|m| m.start > 0 && clause[m.start - 1].is("at"));
    at_a_price.then_some(i + 2)
}

/// "No from me. R2,8m for one vehicle when …", "no from me. $380k and it jams …": at `i`
/// ("no"), one person's "no from me" opening its clause and closing it, in a message that
/// prices the thing, a refusal; where the shape ends. "She's a no from me on the coffee
/// machine" opens no clause, and a laugh after it is a joke (`chat_verdicts`).
pub(super) fn no_from_me_at(toks: &[Token], i: usize) -> Option<usize> {
    if word(toks, i) != "no" || word(toks, i + 1) != "from" || word(toks, i + 2) != "me" {
        return None;
    }
    let closes = toks.get(i + 3).is_none_or(|t| t.is_break());
    let priced = || !find_money(toks, Currency::GBP).is_empty();
    (opens_clause(toks, i) && closes && priced()).then_some(i + 3)
}

/// "so the budget drops to £4k", "so the value is now 980.000 €": at `i` ("so"), the
/// work's money said as the new figure that follows from a change made, a rescope; where
/// the shape ends. A figure per month or year after it is a running cost or a saving ("so
/// the cost drops to £2k a month"), no new size of the work.
pub(super) fn so_the_budget_is_now_at(toks: &[Token], i: usize) -> Option<usize> {
    if word(toks, i) != "so" || word(toks, i + 1) != "the" {
        return None;
    }
    let mut k = i + 2;
    k += usize::from(matches!(word(toks, k), "total" | "overall" | "new"));
    // "so the budget's now £61k": the "'s" kept on its noun is "is".
    let noun = word(toks, k);
    let with_is = noun.strip_suffix("'s").or_else(|| noun.strip_suffix("’s"));
    if !matches!(
        with_is.unwrap_or(noun),
        "budget" | "value" | "cost" | "price" | "total" | "spend"
    ) {
        return None;
    }
    k += 1;
    let verb = match word(toks, k) {
        _ if with_is.is_some() => k,
        "drops" | "falls" | "goes" | "comes" | "is" | "rises" | "moves" => k + 1,
        "'s" => k + 1,
        _ => return None,
    };
    let mut at = verb;
    at += usize::from(matches!(word(toks, at), "down" | "up" | "now"));
    at += usize::from(matches!(word(toks, at), "to" | "at"));
    let after = toks.get(at..)?;
    let money = *find_money(after, Currency::GBP).first()?;
    // "so the budget is £4k" says no change; "is now", "drops to" do.
    if money.start != 0 || at == verb {
        return None;
    }
    let per = (at + money.start..at + money.end + 3).any(|k| {
        matches!(
            word(toks, k),
            "month" | "year" | "week" | "yr" | "mo" | "annum" | "pa" | "monthly" | "yearly"
        )
    });
    (!per).then_some(at)
}

/// "Pulling the loyalty app — 3,100 downloads in a year and …": at `i`, "Pulling" opening
/// the message's first clause, then the thing's words up to a dash or a full stop: work
/// we take away, a stop; where the shape ends. Numbers or a report pulled ("Pulling the
/// numbers together for …") are no work, and a thing pulled from somewhere runs on.
pub(super) fn pulling_opens_at(toks: &[Token], i: usize) -> Option<usize> {
    let said_by = i >= 1
        && matches!(word(toks, i - 1), "he's" | "she's" | "we're" | "they're")
        && opens_clause(toks, i - 1);
    if word(toks, i) != "pulling"
        || !(opens_clause(toks, i) || said_by)
        || !matches!(word(toks, i + 1), "the" | "our")
    {
        return None;
    }
    // "He's pulling the solar panels for the Leeds shops – …": with its subject, the
    // thing may be said with the place it is for.
    let reach = if said_by { 8 } else { 6 };
    let mut k = i + 2;
    while k < toks.len() && k <= i + reach && toks[k].is_word() {
        // "pulling the cafe refit for good, …": for good, the work ends there.
        if word(toks, k) == "for" && word(toks, k + 1) == "good" {
            break;
        }
        if matches!(
            word(toks, k),
            "numbers"
                | "data"
                | "figures"
                | "stats"
                | "report"
                | "reports"
                | "list"
                | "together"
                | "from"
                | "out"
                | "off"
                | "in"
                | "into"
                | "up"
                | "plug"
                | "pin"
                | "trigger"
                | "weight"
        ) || word(toks, k) == "for" && !said_by
        {
            return None;
        }
        k += 1;
    }
    // "… for good", or a comma before the reason ("we're pulling the member app, the
    // vendor went bust").
    let closes = k > i + 2
        && toks.get(k).is_some_and(|t| {
            matches!(t.lower.as_str(), "—" | "–" | "-" | "." | "!" | ",")
                || t.lower == "for" && word(toks, k + 1) == "good"
        });
    closes.then_some(i + 1)
}

/// "ok go with the cheaper quote, Milnor it is", "went with the lower bid": at
/// `start..end` (a rescope phrase "go with the cheaper"), the cheaper of suppliers' quotes
/// chosen for the same work, an approval of it, not a smaller version of the work ("go with
/// the cheaper option, £61k instead of £90k" stays a rescope).
pub(super) fn cheaper_quote_chosen(toks: &[Token], start: usize, end: usize) -> bool {
    matches!(word(toks, start), "go" | "went" | "going" | "gone")
        && matches!(word(toks, end.saturating_sub(1)), "cheaper" | "lower")
        && matches!(
            word(toks, end),
            "quote" | "bid" | "tender" | "supplier" | "vendor" | "quotation" | "offer"
        )
}

/// "Board agreed this morning to go with Hearthfield at £238,000": at `i` ("go"), a
/// supplier named with a capital, chosen at a price in its clause by someone who agreed or
/// decided it, an approval; where the shape ends.
pub(super) fn agreed_to_go_with_at(toks: &[Token], i: usize) -> Option<usize> {
    if word(toks, i) != "go" || word(toks, i + 1) != "with" || i == 0 || word(toks, i - 1) != "to" {
        return None;
    }
    let agreed = (i.saturating_sub(6)..i - 1)
        .rev()
        .take_while(|&k| !toks[k].is_break())
        .any(|k| {
            matches!(
                word(toks, k),
                "agreed" | "decided" | "voted" | "chose" | "resolved" | "opted"
            )
        });
    let named = toks.get(i + 2).is_some_and(|t| t.is_word() && t.capital);
    if !agreed || !named {
        return None;
    }
    let sentence = rest_of_sentence(toks, i + 2);
    let clause = sentence
        .iter()
        .position(|t| t.is_break())
        .map_or(sentence, |k| &sentence[..k]);
    find_money(clause, Currency::GBP)
        .iter()
        .any(|m| m.start > 0 && clause[m.start - 1].is("at"))
        .then_some(i + 2)
}

/// "the 35 oldest get replaced now, £31k, the rest wait till April": at `k` ("wait"), the
/// rest of the work left to wait till a time after a priced part of it in the same
/// sentence: part of the work done now, a rescope; where the shape ends.
pub(super) fn the_rest_wait_at(toks: &[Token], k: usize) -> Option<usize> {
    if !matches!(word(toks, k), "wait" | "waits") || k < 3 {
        return None;
    }
    let i = k - 1 - usize::from(matches!(word(toks, k - 1), "can" | "will" | "must"));
    if word(toks, i) != "rest" || word(toks, i - 1) != "the" {
        return None;
    }
    if !matches!(
        word(toks, k + 1),
        "till" | "til" | "until" | "untill" | "for"
    ) {
        return None;
    }
    let from = (0..i - 1)
        .rev()
        .find(|&j| matches!(toks[j].lower.as_str(), "." | "!" | "?" | "\n"))
        .map_or(0, |j| j + 1);
    // "approved at $16,750 for the sheep barns, the rest waits till the 2028 budget": an
    // approval said of the part is the verdict, and the rest waiting its reason.
    let approved = toks[from..i - 1].iter().any(|t| {
        matches!(
            t.lower.as_str(),
            "approved" | "approve" | "ok'd" | "okayed" | "agreed" | "signed" | "funded" | "yes"
        )
    });
    // "rescoped to 140 machines, $210k, the rest wait till next FY": a verdict said of the
    // part already is the record's, and the rest waiting its reason (convention 40), no
    // second record.
    let decided = || crate::reader::verdicts::find_english_verdict_in(toks, from, i - 1).is_some();
    (!approved && !find_money(&toks[from..i - 1], Currency::GBP).is_empty() && !decided())
        .then_some(k + 1)
}
