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
        // "and we've dropped the overnight patrols at six sites, about $5k a month".
        let stopped = (s..(s + 3).min(b)).any(|j| payment_stopped_after_a_result(toks, j, j + 1));
        negated || lapsed || stopped
    };
    // "an' we've stopped …": the dialect's "and" with its apostrophe.
    let and = |j: usize| {
        word(j) == "and" && dropped(j + 1)
            || word(j) == "an" && word(j + 1) == "'" && dropped(j + 2)
    };
    match (a + 3..b.saturating_sub(2)).find(|&j| and(j)) {
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
    // (Most verdicts are no stop word: told before the words before it are read, P66.)
    if !stop_word {
        return false;
    }
    // Said by us: "we dropped", "we've cancelled", "we have now scrapped".
    let ours = (start.saturating_sub(3)..start).any(|k| matches!(word(k), "we" | "we've"));
    if !ours {
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

/// Words that tell a result before a payment stopped: "paying for itself", "has done the
/// job", "dropped from 94 to 83", "is down by two thirds", "came in lower".
pub(super) const RESULT_SAID: &[&str] = &[
    "itself", "job", "down", "lower", "fewer", "less", "halved", "fell", "dropped", "cut",
    "reduced",
];

/// "… have done the job. Readings dropped from 94 to 83, an' we've stopped the hearing test
/// contractor's extra visits, £650 a month", "already paying for itself — tailgating is down
/// by two thirds and we've dropped the overnight patrols at six sites, about $5k a month":
/// at `start..end`, a stop word said by us after "and" (or "so"), after a result told
/// earlier in the message, with money per month or year after it in its sentence: a running
/// payment the result let us stop, the benefit's saving (convention 29), not the work
/// stopped. "We've stopped the app, £650 a month for …" tells no result and stays a stop.
pub(super) fn payment_stopped_after_a_result(toks: &[Token], start: usize, end: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let w = word(start);
    let stop_word = [
        "stopped",
        "dropped",
        "cancelled",
        "canceled",
        "ditched",
        "ended",
    ]
    .contains(&w);
    // (Most verdicts are no stop word: told before the words before it are read, P66.)
    if !stop_word {
        return false;
    }
    // "and we've stopped", "an' we've stopped", "so we dropped".
    let mut k = start;
    while k > 0
        && matches!(
            word(k - 1),
            "we" | "we've" | "'ve" | "have" | "now" | "also"
        )
    {
        k -= 1;
    }
    // "an'" may come as "an" and its apostrophe.
    let k = if k > 1 && word(k - 1) == "'" && word(k - 2) == "an" {
        k - 1
    } else {
        k
    };
    let joined = k < start && k > 0 && matches!(word(k - 1), "and" | "an'" | "an" | "so" | "&");
    if !joined {
        return false;
    }
    let ends = |t: &Token| matches!(t.lower.as_str(), "." | "!" | "?" | ";" | "\n");
    let to = (end..toks.len())
        .find(|&k| ends(&toks[k]))
        .unwrap_or(toks.len());
    let per = (end..to).any(|k| {
        matches!(
            word(k),
            "month" | "year" | "week" | "yr" | "annum" | "monthly"
        ) && (k.saturating_sub(2)..k).any(|j| matches!(word(j), "a" | "per" | "/"))
    });
    let money =
        || !super::money_words::find_money(&toks[end..to], crate::money::Currency::GBP).is_empty();
    let result = || {
        toks[..k - 1]
            .iter()
            .any(|t| RESULT_SAID.contains(&t.lower.as_str()))
    };
    per && money() && result()
}

/// "$6k a year in driver wait charges we stop paying", "we'd stop buying rooted cuttings"
/// (round V48): at `start`, "stop" said of paying, buying, spending, renting or hiring is
/// money a proposal would save (every such label, eight with "we've stopped paying …",
/// which the result's own rules read), not the work stopped; "stop paying for the premium
/// plan" ends the thing paid for and stays a stop.
pub(super) fn paying_stopped(toks: &[Token], start: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    matches!(word(start), "stop" | "stops")
        && matches!(
            word(start + 1),
            "paying" | "buying" | "spending" | "renting" | "hiring"
        )
        && word(start + 2) != "for"
}
