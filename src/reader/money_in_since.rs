//! "£11k in since the spring", "$3k gone since summer", "€15,000 spent since the spring":
//! money said as gone into the work since a time — the running tally of what a thing has
//! cost while it ran, which writers give when they end it (convention 66, round V52).

use super::money_words::find_money;
use super::tokens::Token;

/// Whether, from `from` on, a figure of money is followed (within its clause) by "in",
/// "gone", "spent", "sunk" or "into …" and then "since".
pub(super) fn money_in_since(toks: &[Token], from: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let Some(rest) = toks.get(from..) else {
        return false;
    };
    find_money(rest, crate::money::Currency::GBP)
        .iter()
        .any(|m| {
            let end = from + m.end;
            if !matches!(word(end), "in" | "gone" | "spent" | "sunk" | "into") {
                return false;
            }
            (end + 1..(end + 6).min(toks.len()))
                .take_while(|&k| toks[k].is_word())
                .any(|k| word(k) == "since")
        })
}
