//! "The OMS earned its money during the Nov 18 ice storm. … overtime for the event ran $64k
//! under what we budgeted off the last one.": after a first sentence praising the work as
//! earning its money, a cost that came in under its budget is what the work saved, a
//! benefit, not news of the work's own cost against its budget (round V49,
//! `little-arkansas-electric-coop`).

use super::tokens::Token;

/// How many tokens of the first sentence are looked at.
const REACH: usize = 16;

/// Does the first sentence praise the work as earning its money ("earned its money",
/// "earning their keep", "paid its way", "paid for itself", "is paying off")?
pub(super) fn work_praised_first(toks: &[Token]) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let end = (0..toks.len().min(REACH))
        .find(|&k| matches!(word(k), "." | "!" | "\n"))
        .unwrap_or(toks.len().min(REACH));
    (0..end).any(|k| {
        let earned = matches!(word(k), "earned" | "earning" | "earns" | "paid" | "paying")
            && matches!(word(k + 1), "its" | "their")
            && matches!(word(k + 2), "money" | "keep" | "way");
        let paid_off = matches!(word(k), "paid" | "paying")
            && (word(k + 1) == "off"
                || word(k + 1) == "for" && matches!(word(k + 2), "itself" | "themselves"));
        earned || paid_off
    })
}
