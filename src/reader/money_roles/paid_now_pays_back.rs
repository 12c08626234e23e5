//! "… — $38,000, we pay Ryder about $9,000 a season so it'd pay for itself in 4": money we
//! pay now, by the year or the season, for what a proposed thing replaces, said to make it
//! pay for itself, is the thing's yearly benefit (round V53). Without "pay for itself" such
//! money is a running cost (see `paid_by_period`).

use super::*;

/// Whether `m` is money we pay now ("we pay", "we're paying", "costs us"), by the year or
/// the season ("a season", "per season", "every season"), followed in its sentence within
/// eight words by "(so) it'd / it would / it'll / it will pay for itself".
pub(in crate::reader) fn paid_now_it_pays_for_itself(toks: &[Token], m: &MoneyMention) -> bool {
    let seasonal = matches!(word(toks, m.end), "a" | "per" | "every" | "each")
        && matches!(word(toks, m.end + 1), "season" | "year");
    if !(m.period.is_some() || seasonal) {
        return false;
    }
    let paid_now = (m.start.saturating_sub(5)..m.start)
        .rev()
        .take_while(|&k| !toks[k].is_break())
        .any(|k| {
            matches!(word(toks, k), "pay" | "paying" | "spend" | "spending")
                && matches!(word(toks, k.wrapping_sub(1)), "we" | "we're" | "'re")
                || word(toks, k) == "costs" && word(toks, k + 1) == "us"
        });
    paid_now
        && (m.end..(m.end + 10).min(toks.len()))
            .take_while(|&k| !toks[k].is_sym(".") && !toks[k].is_sym("\n"))
            .any(|k| {
                matches!(word(toks, k), "pay" | "pays")
                    && word(toks, k + 1) == "for"
                    && matches!(word(toks, k + 2), "itself" | "themselves")
            })
}
