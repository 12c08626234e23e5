//! A deferral's money: the price of the thing put off is its amount wherever it is said,
//! its reason included (convention 45: "£275k is too much while …", "the agency wants
//! another £20k"); what something else is worth or brought in is not.

use super::*;

/// "the two sponsors asking for it are worth £60k between them and the build is £95k",
/// "the January auction brought in $2.3M last year and I don't want …": money said after
/// "worth", or as what something brought in, earned or raised, is not the price of the
/// thing put off. Looks at most six tokens back, not across a clause's end.
pub(in crate::reader) fn not_the_price_put_off(toks: &[Token], m: &MoneyMention) -> bool {
    let at = lead(toks, m);
    let brought_in = before(toks, m, m.start - at + 1) == "in"
        && matches!(
            before(toks, m, m.start - at + 2),
            "brought" | "bringing" | "brings"
        );
    brought_in
        || matches!(
            before(toks, m, m.start - at + 1),
            "earned" | "raised" | "grossed" | "generated"
        )
        || (m.start.saturating_sub(6)..at)
            .rev()
            .take_while(|&k| !toks[k].is_break())
            .any(|k| toks[k].is("worth"))
}

/// Words of a repair done ("jake rebuilt the compressor for $1,900").
const REPAIRED: &[&str] = &[
    "rebuilt",
    "repaired",
    "fixed",
    "patched",
    "serviced",
    "overhauled",
    "reconditioned",
    "welded",
    "rewound",
    "resealed",
];

/// "jake rebuilt the compressor for $1,900 and it's holding" (round V48): money after "for"
/// in a clause that tells a repair done, at most six tokens back, is what the repair cost,
/// money paid for something else than the thing put off (convention 45).
pub(in crate::reader) fn paid_for_a_repair(toks: &[Token], m: &MoneyMention) -> bool {
    let at = lead(toks, m);
    before(toks, m, m.start - at + 1) == "for"
        && (m.start.saturating_sub(7)..at)
            .rev()
            .take_while(|&k| !toks[k].is_break())
            .any(|k| REPAIRED.contains(&toks[k].lower.as_str()))
}
