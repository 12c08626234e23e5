//! Verdicts said as a term renewed or an offer taken: "renewing the T-Mobile plan for
//! another year" (the work goes on, a continue; "renewing it costs more" alone is no
//! verdict), "Committee took the RFS offer on the Cat 1 tanker" (an offer accepted, an
//! approval of the work it is on).

use super::tokens::Token;

/// Words a thing renewed may be said with before its term ("the", "our", "Rogers").
const MAX_OBJECT: usize = 6;

/// "renewing the T-Mobile plan for another year", "renewed the support for a further two
/// years", "we'll renew it for another 12 months": at `i`, a renewal told with a new term
/// ("for another", "for a further"); where the shape ends (after "for another").
pub(super) fn renewed_for_another_term_at(toks: &[Token], i: usize) -> Option<usize> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    // "Salesforce licences roll on for another year", "the lease rolls over for another
    // term": a contract running on for another term, renewed.
    if matches!(word(i), "roll" | "rolls" | "rolled" | "rolling")
        && matches!(word(i + 1), "on" | "over")
        && word(i + 2) == "for"
        && (word(i + 3) == "another"
            && matches!(
                word(i + 4),
                "yr" | "year" | "season" | "term" | "month" | "2yrs" | "yrs" | "12"
            )
            || counted_term(toks, i + 3))
    {
        return Some(i + 2);
    }
    if !matches!(word(i), "renewing" | "renew" | "renewed" | "renews") {
        return None;
    }
    // "gps tracking: renewing another yr, …": the term straight after, without "for".
    if word(i + 1) == "another"
        && matches!(
            word(i + 2),
            "yr" | "year" | "season" | "term" | "month" | "2yrs" | "yrs"
        )
    {
        return Some(i + 2);
    }
    let k = (i + 1..(i + 2 + MAX_OBJECT).min(toks.len()))
        .take_while(|&k| !toks[k].is_break())
        .find(|&k| word(k) == "for")?;
    if counted_term(toks, k + 1) {
        return Some(k + 2);
    }
    matches!(word(k + 1), "another" | "a" | "one")
        .then_some(())
        .filter(|_| word(k + 1) != "a" || word(k + 2) == "further")
        .filter(|_| word(k + 1) != "one" || word(k + 2) == "more")
        .map(|_| k + 2)
}

/// At `k`, a further term counted: "two more years", "3 more seasons" (round V48).
fn counted_term(toks: &[Token], k: usize) -> bool {
    super::stays_on::counted_more_at(toks, k).is_some_and(|e| {
        toks.get(e)
            .is_some_and(|t| super::verdict_shapes::PERIODS.contains(&t.lower.as_str()))
    })
}

/// "Committee took the RFS offer on the Cat 1 tanker", "we've accepted the council's offer
/// on the van", "taking up the dealer's offer": at `i`, an offer taken, an approval; where
/// the shape ends (after "offer"). An offer taken somewhere ("took the offer to the
/// board") decides nothing yet.
pub(super) fn offer_taken_at(toks: &[Token], i: usize) -> Option<usize> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    if !matches!(
        word(i),
        "took" | "taken" | "taking" | "accepted" | "accepting"
    ) {
        return None;
    }
    let k = i + 1 + usize::from(word(i + 1) == "up");
    if !matches!(word(k), "the" | "their" | "its" | "his" | "her" | "an") {
        return None;
    }
    let offer = (k + 1..(k + 5).min(toks.len()))
        .take_while(|&j| !toks[j].is_break())
        .find(|&j| matches!(word(j), "offer" | "offers"))?;
    (!matches!(word(offer + 1), "to" | "back" | "off")).then_some(offer + 1)
}
