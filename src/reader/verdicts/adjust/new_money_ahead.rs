//! "proceed with phase 2 for the wards at $185k", "staff will proceed with the upgrades …
//! at $64,000": going on to work with money said for it, in the same sentence, is a
//! go-ahead for that money (an approval), where "proceed with the rollout" alone, or "will
//! proceed at the agreed £1.1m", goes on with the work as it stood.

use crate::money::Currency;
use crate::reader::money_words::find_money;
use crate::reader::tokens::Token;

/// Words before a sum that say it was settled before: the work goes on at it.
const SETTLED: &[&str] = &[
    "agreed", "approved", "budgeted", "planned", "original", "same",
];

/// At `start..end`, "proceed" (or "proceeding") with the work, new money said after it in
/// its sentence and not as the sum settled before.
pub(super) fn proceeds_with_new_money(toks: &[Token], start: usize, end: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    if !matches!(word(start), "proceed" | "proceeding") || word(end) != "with" {
        return false;
    }
    let sentence_end = (end..toks.len())
        .find(|&k| matches!(word(k), "." | "!" | "?" | ";" | "\n"))
        .unwrap_or(toks.len());
    let money = find_money(&toks[end..sentence_end], Currency::GBP);
    let Some(first) = money.first() else {
        return false;
    };
    // The two words before the money ("at the agreed £1.1m").
    let at = end + first.start;
    !(at.saturating_sub(2)..at).any(|k| SETTLED.contains(&word(k)))
}
