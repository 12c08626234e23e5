//! "Planning came back wanting a full flood risk assessment and a new access road, and that
//! takes it past £400k": what pushed the price up to a figure ("takes it past / over / to",
//! "pushes it over", "brings it to", "puts it at") is news of the price, as "the quote
//! doubled to $60K" is, and a sentence telling it after a verdict is the case for it.

use super::tokens::Token;

/// Does `toks[s..e]` tell a price pushed up to money: "takes / took / pushes / brings / puts
/// it past / over / to / above / at" and the money?
pub fn price_pushed(toks: &[Token], s: usize, e: usize, money: &dyn Fn(usize) -> bool) -> bool {
    (s + 1..e.saturating_sub(3)).any(|j| {
        matches!(
            toks[j].lower.as_str(),
            "takes" | "took" | "pushes" | "pushed" | "brings" | "brought" | "puts"
        ) && matches!(toks[j + 1].lower.as_str(), "it" | "us" | "the")
            && matches!(
                toks[j + 2].lower.as_str(),
                "past" | "over" | "to" | "above" | "at" | "beyond"
            )
            && money(j + 3)
    })
}
