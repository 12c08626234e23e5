//! What one amount among several is to its record, from the words around it: a rate per
//! thing, a total worked out, money added on top, a figure a cost moved from, a running
//! cost, a reason's figure. Each is a lookup at a few tokens around the mention, read in a
//! file of its own by the role; here, the lookups they share and where a sentence ends.

use super::money_words::MoneyMention;
use super::tokens::Token;

mod agreed_and_given;
mod beside_other_figures;
mod compared_prices;
mod costs_going_up;
mod costs_that_were;
mod counted_each;
mod fall_from_to;
mod judged_and_paid;
mod paid_now_pays_back;
mod put_off_prices;
mod rates_and_totals;
mod savings_said;
mod takings_and_stock;
mod trade_in;

pub(super) use self::agreed_and_given::*;
pub(super) use self::beside_other_figures::*;
pub(super) use self::compared_prices::*;
pub(super) use self::costs_going_up::*;
pub(super) use self::costs_that_were::*;
pub(super) use self::counted_each::*;
pub(super) use self::fall_from_to::*;
pub(super) use self::judged_and_paid::*;
pub(super) use self::paid_now_pays_back::*;
pub(super) use self::put_off_prices::*;
pub(super) use self::rates_and_totals::*;
pub(super) use self::savings_said::*;
pub(super) use self::takings_and_stock::*;
pub(super) use self::trade_in::*;

fn word(toks: &[Token], k: usize) -> &str {
    toks.get(k).map_or("", |t| t.lower.as_str())
}

fn before<'a>(toks: &'a [Token], m: &MoneyMention, back: usize) -> &'a str {
    m.start.checked_sub(back).map_or("", |k| word(toks, k))
}

/// Words of a rough figure said before it ("~$80k", "roughly £24k").
const ROUGHLY: &[&str] = &[
    "~",
    "about",
    "around",
    "roughly",
    "approx",
    "approximately",
    "circa",
    "c",
    "some",
];

/// The words before `m`, less a rough figure's "about" / "~".
fn lead(toks: &[Token], m: &MoneyMention) -> usize {
    let mut k = m.start;
    loop {
        if k > 0 && ROUGHLY.contains(&word(toks, k - 1)) {
            k -= 1;
        } else if k > 1 && (word(toks, k - 2), word(toks, k - 1)) == ("near", "enough") {
            // "near enough $2k a year".
            k -= 2;
        } else {
            return k;
        }
    }
}

/// A sentence ends between tokens `a` and `b`.
pub(super) fn sentence_between(toks: &[Token], a: usize, b: usize) -> bool {
    toks[a.min(b).min(toks.len())..b.max(a).min(toks.len())]
        .iter()
        .any(|t| {
            t.kind == super::tokens::TokKind::Sym
                && matches!(t.lower.as_str(), "." | "!" | "?" | "\n" | ";")
        })
}
