//! "GPS tracking on the reefer trucks is approved — $4,100 for the year for all 4", "so
//! Miss Hyacinth ok di upgrade after all, $2,900 fi di year" (round V62): a decision's price
//! said "for the year" is a year's use of the thing, a price by the year and no amount
//! (convention 39), as "a year" is. A proposal's "c. £8k for the year" is what the year's
//! trial costs, its amount, and stays.

use super::money_words::MoneyMention;
use super::tokens::Token;

/// Whether "for the year" (the creoles' "fi di year", "fuh de year", whose article is read
/// as "the") follows the money `m` straight after.
pub(super) fn for_the_year(toks: &[Token], m: &MoneyMention) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    matches!(word(m.end), "for" | "fi" | "fuh")
        && word(m.end + 1) == "the"
        && word(m.end + 2) == "year"
}
