//! Money said in ways that are no benefit realised: lost, spent, raised, under or over
//! budget, or said on a condition.

use super::*;

/// "$700 a week down the drain", "£2k a month wasted": money said to be lost, ending at
/// `e`, is what a problem costs, no benefit realised.
pub(in crate::reader) fn money_lost(toks: &[Token], e: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let mut k = e;
    // "a week", "per month", "/wk": the period said after the amount.
    if matches!(word(k), "a" | "an" | "per" | "every" | "each") {
        k += 2;
    }
    matches!(word(k), "wasted" | "lost" | "leaking")
        || word(k) == "down" && word(k + 1) == "the" && word(k + 2) == "drain"
        || word(k) == "going" && word(k + 1) == "to" && word(k + 2) == "waste"
}

/// "Spent $212k of the $250k on the DMS hardware so far", "we've spent about £40k": money
/// starting at `s` said spent on the work, how far its budget has gone. "we are spending
/// ₦6.8m less on diesel every month" is a saving (see `spending_less`).
pub(in crate::reader) fn money_spent(toks: &[Token], s: usize) -> bool {
    (matches!(verb_before_money(toks, s), "spent" | "spend" | "spending")
        || crate::reader::accounts_write_off::out_of_pocket(toks, s))
        && !toks[s..]
            .iter()
            .take(6)
            .take_while(|t| !t.is_break())
            .any(|t| t.is("less"))
}

/// "£14.5k on the licensing system was money well spent" (round V52): the money starting
/// at `s` said as spent on the work, then praised as "well spent" in its sentence — what
/// the work cost, no money it brought in.
pub(in crate::reader) fn money_well_spent(toks: &[Token], s: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let Some(after) = (s..(s + 4).min(toks.len())).find(|&k| word(k) == "on") else {
        return false;
    };
    (after..toks.len())
        .take_while(|&k| !matches!(word(k), "." | "!" | "?" | "\n"))
        .any(|k| word(k) == "well" && word(k + 1) == "spent")
}

/// "gift fruit site is live …. cost us 11k all in and online orders are up 30%" (round
/// V53): the money starting at `s` said as what the work cost ("cost us", "cost", "costs"
/// straight before it, past a hedge) — no money it brought in.
pub(in crate::reader) fn money_it_cost(toks: &[Token], s: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let mut k = s;
    while k > 0
        && matches!(
            word(k - 1),
            "about" | "around" | "roughly" | "~" | "nearly" | "over"
        )
    {
        k -= 1;
    }
    let verb = match word(k.wrapping_sub(1)) {
        "us" | "me" => k.wrapping_sub(2),
        _ => k.wrapping_sub(1),
    };
    // "which would've cost us £18k": a cost avoided, not the work's own.
    let avoided = matches!(
        word(verb.wrapping_sub(1)),
        "would've" | "have" | "'ve" | "'d"
    );
    matches!(word(verb), "cost" | "costs") && !avoided
}

/// The word before the money starting at `s`, past words that hedge or count it ("spent
/// about", "raised over").
pub(in crate::reader::intent) fn verb_before_money(toks: &[Token], s: usize) -> &str {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let mut k = s;
    while k > 0
        && matches!(
            word(k - 1),
            "about" | "around" | "roughly" | "~" | "nearly" | "almost" | "over" | "already"
        )
    {
        k -= 1;
    }
    k.checked_sub(1).map_or("", |k| word(k))
}

/// "Trivia night raised $2,300 for the RFS", "$1.2M raised 🥂": money from `s` to `e` said
/// raised (funds collected, not a sum a piece of work brought in unless the message names
/// one).
pub(in crate::reader) fn money_raised(toks: &[Token], s: usize, e: usize) -> bool {
    verb_before_money(toks, s) == "raised" || toks.get(e).is_some_and(|t| t.is("raised"))
}

/// What a price is measured against: "over the quote", "vs the £6k PO".
pub(in crate::reader::intent) const PRICE_MARKS: &[&str] = &[
    "budget",
    "budgeted",
    "quote",
    "quoted",
    "estimate",
    "estimated",
    "po",
    "forecast",
    "plan",
    "invoice",
    "tender",
    "bid",
];

/// "under budget by 12k zł", "€12k over budget", "came in $45k under", "$3k over the
/// quote", "£6,240 vs the £6k PO": the amount from `s` to `e` is how far the work came in
/// under or over what it was to cost, or a price set against its budget or quote: no benefit
/// realised.
pub(in crate::reader) fn budget_variance(toks: &[Token], s: usize, e: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let side = |w: &str| matches!(w, "under" | "over");
    let the = |k: usize| usize::from(matches!(word(k), "the" | "our" | "a" | "its"));
    let versus = |w: &str| matches!(w, "vs" | "v" | "versus" | "against");
    // "came in $45k under, so …": the side ends its clause.
    let side_ends = side(word(e))
        && (toks
            .get(e + 1)
            .is_none_or(|t| t.is_break() || t.is_sym(","))
            || matches!(word(e + 1), "so" | "and" | "but" | "which"));
    // "$3k over the quote", "£6,240 vs the £6k PO": measured against a price named within
    // the clause.
    let marked = |k: usize| {
        (k..k + 6)
            .take_while(|&j| toks.get(j).is_some_and(|t| !t.is_break()))
            .any(|j| PRICE_MARKS.contains(&word(j)))
    };
    let against_the_price = (side(word(e)) || versus(word(e))) && marked(e + 1);
    // The price the first is set against: "vs the £6k PO".
    let the_price_set_against = s >= 2 && {
        let v = s - 1 - the(s - 1);
        versus(word(v)) && marked(s)
    };
    // "came in under, $21,400 instead of $27K": the side said first, then the price.
    let side_first = s >= 3 && toks[s - 1].is_sym(",") && side(word(s - 2)) && word(s - 3) == "in";
    s >= 3 && word(s - 1) == "by" && word(s - 2) == "budget" && side(word(s - 3))
        || side_ends
        || side_first
        || against_the_price
        || the_price_set_against
}

/// "If we replace the boilers we save £120k a month", "Assuming the mills switch, £30k a
/// year less gas": money in a sentence that opens on a condition is not yet realised.
pub(in crate::reader) fn said_on_condition(toks: &[Token], at: usize) -> bool {
    let start = toks[..at.min(toks.len())]
        .iter()
        .rposition(|t| {
            t.kind == crate::reader::tokens::TokKind::Sym
                && matches!(t.lower.as_str(), "." | "!" | "?" | "\n" | ";")
        })
        .map_or(0, |k| k + 1);
    toks.get(start).is_some_and(|t| {
        matches!(
            t.lower.as_str(),
            "if" | "assuming" | "provided" | "supposing" | "unless"
        )
    })
}
