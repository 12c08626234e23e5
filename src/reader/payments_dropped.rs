//! A benefit's result followed by a payment no longer made: "£11,200 came in online, near
//! enough double what the old page did, and we're not paying their fees either", "took
//! 1,900 calls w/ no dropped lines, and we didn't have to rent the phone bank this yr,
//! $6,500 saved", "hold time went from 4:10 to 1:35 and we let the overflow contract lapse -
//! $2,100 a month we're not paying". Not paying for something is money saved on it, which
//! is the benefit's amount and no part of its reason (conventions 15, 23 and 29); the
//! result before the "and" is the reason. A consequence that is no money ("so we left the
//! desk post unfilled", "redeployed to floor reviews") stays.

use super::tokens::Token;

/// Verbs of paying for something.
const PAYING: &[&str] = &[
    "pay", "paying", "paid", "rent", "renting", "rented", "hire", "hiring", "hired", "buy",
    "buying", "bought", "lease", "leasing",
];

/// Where the reason `a..b` ends when an "and" in it opens a payment we no longer make:
/// the "and" (and a comma before it); `b` when none does.
pub(super) fn before_payment_dropped(toks: &[Token], a: usize, b: usize) -> usize {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let dropped = |s: usize| {
        if !matches!(word(s), "we" | "we're" | "we've" | "we'd") {
            return false;
        }
        let window = s + 1..(s + 5).min(b);
        // "we're not paying", "we didn't have to rent", "we no longer pay".
        let negated = window
            .clone()
            .any(|j| matches!(word(j), "not" | "never" | "longer") || word(j).ends_with("n't"))
            && window.clone().any(|j| PAYING.contains(&word(j)));
        // "we let the overflow call center contract lapse".
        let lapsed = word(s + 1) == "let" && (s + 2..(s + 9).min(b)).any(|j| word(j) == "lapse");
        negated || lapsed
    };
    match (a + 3..b.saturating_sub(2)).find(|&j| word(j) == "and" && dropped(j + 1)) {
        Some(j) if toks[j - 1].is(",") => j - 1,
        Some(j) => j,
        None => b,
    }
}

/// Words that tell money saved ("saves us $16,800 a year", "$7,200 a year saved").
const SAVING: &[&str] = &["save", "saves", "saved", "saving", "savings"];

/// "we dropped the backup lines at the branches, saves us $16,800 a year", "X means we've
/// cancelled the paging contract, $7,200 a year saved", "saves the treasurer 6 hours a
/// month, and we've dropped the bookkeeper, $2,400 a year": at `start..end`, a stop word
/// said by us of a thing we paid for, in a sentence that tells money saved (a saving word
/// anywhere in it, money after the stop word): the saving a result brought, a benefit
/// (convention 29), not the work stopped. A stop whose reason is the running cost ("we're
/// cancelling the lease. $6k a year and …") tells no saving and stays.
pub(super) fn payment_let_go_for_a_saving(toks: &[Token], start: usize, end: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let w = word(start);
    let stop_word = ["cancel", "dropped", "ditched", "scrapped", "axed", "ended"]
        .iter()
        .any(|v| w.starts_with(v))
        || w == "let" && word(start + 1) == "go";
    // Said by us: "we dropped", "we've cancelled", "we have now scrapped".
    let ours = (start.saturating_sub(3)..start).any(|k| matches!(word(k), "we" | "we've"));
    if !stop_word || !ours {
        return false;
    }
    let stop = |t: &Token| matches!(t.lower.as_str(), "." | "!" | "?" | ";" | "\n");
    let from = (0..start)
        .rev()
        .find(|&k| stop(&toks[k]))
        .map_or(0, |k| k + 1);
    let to = (end..toks.len())
        .find(|&k| stop(&toks[k]))
        .unwrap_or(toks.len());
    // "would have saved us …" is a saving not had.
    let saving = (from..to).any(|k| {
        SAVING.contains(&word(k))
            && !(k.saturating_sub(3)..k).any(|j| matches!(word(j), "would" | "could" | "might"))
    });
    saving
        && !super::money_words::find_money(&toks[end..to], crate::money::Currency::GBP).is_empty()
}
