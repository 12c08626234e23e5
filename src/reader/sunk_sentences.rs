//! A stop's case told in a sentence of its own that opens on the money sunk (round R39):
//! "We're stopping the boatyard scheduling app. We've put £31k into it over the year and the
//! yard team still run everything off the whiteboard, so there's no point …", "$48k sunk and
//! members just watch their own phones on the treadmill", "The agency has burned through
//! $58k and we still don't have a checkout …; we'll live with the current site …". The
//! sentence was refused for its money, yet the money walked away from and what came of it
//! are the case for stopping (convention 30): the reason is the sentence whole.

use super::intent::said_with_subject;
use super::money_sunk::says_money_sunk;
use super::tokens::Token;

/// Verbs of spending said before the money: "we've put £31k into it", "we've paid Rotacloud
/// £9k", "has burned through $58k".
const SPENT: &[&str] = &[
    "put", "paid", "spent", "sunk", "poured", "invested", "burned", "burnt", "blown", "blew",
];

/// After a stop, does the sentence from `s` open on the money sunk in the work (an amount
/// with a word saying it is spent, or a verb of spending a few words before it) and go on,
/// after "and", with a clause of its own before its first comma or semicolon?
pub(super) fn sunk_and_more(
    toks: &[Token],
    s: usize,
    limit: usize,
    money: &dyn Fn(usize) -> bool,
) -> bool {
    let c = (s..limit)
        .find(|&j| matches!(toks[j].lower.as_str(), "," | ";" | "." | "!" | "?" | "\n"))
        .unwrap_or(limit);
    let Some(m) = (s..c.min(s + 7)).find(|&j| money(j)) else {
        return false;
    };
    let spent_before = (s..m).any(|j| SPENT.contains(&toks[j].lower.as_str()));
    let after = (m..c).find(|&j| !money(j)).unwrap_or(c);
    // "₱420k paid to the aggregator already and …" (round S45).
    let paid_after = after < c && toks[after].is("paid");
    if !(spent_before || paid_after || says_money_sunk(toks, s, c, money)) {
        return false;
    }
    // "£31k into it over the year and …", "$48k sunk and …": a few words between; more
    // when they say what it went on ("€48k spent on the peat-free mixes and …", round S45).
    let went_on = toks
        .get(after + 1)
        .is_some_and(|t| matches!(t.lower.as_str(), "on" | "to" | "for" | "with"))
        && matches!(
            toks[after].lower.as_str(),
            "spent" | "paid" | "sunk" | "wasted"
        );
    let reach = if went_on { 10 } else { 6 };
    let Some(and) = (after..c.min(after + reach)).find(|&j| toks[j].is("and")) else {
        return false;
    };
    // "and members just watch their own phones": four words or more of a clause.
    let words = c >= and + 5 && (and + 1..c).all(|j| toks[j].is_word());
    !(after..c).any(money) && (said_with_subject(toks, and + 1, c) || words)
}
