//! "plumber back 9/12 to finish", "supplier back 10/12 for the rest", "engineer back 10/12
//! for the last one": the day someone comes back to finish the work is the day it is to be
//! done by, as "rest by 10/12" is.

use super::*;

/// Words before "back" that move a date rather than bring someone back ("pushed back 3/12").
const MOVED: &[&str] = &[
    "pushed", "put", "moved", "kicked", "set", "knocked", "come", "coming", "comes", "came", "be",
    "get", "getting", "is", "are", "was", "were", "go", "going", "went", "cut", "scaled", "rolled",
    "dialled", "dialed", "pulled",
];

/// What follows the day: "for the rest / the last one / the other", "to finish".
fn finishing_after(toks: &[Token], start: usize) -> bool {
    let mut k = start + 1;
    // The rest of the day's own tokens ("/12", "th"), at most four.
    while k < toks.len() && k <= start + 4 {
        let t = &toks[k];
        let of_the_day = t.kind == TokKind::Num
            || t.is_sym("/")
            || t.is_sym(".") && toks.get(k + 1).is_some_and(|n| n.kind == TokKind::Num)
            || matches!(t.lower.as_str(), "th" | "st" | "nd" | "rd")
            || month(&t.lower).is_some();
        if of_the_day {
            k += 1;
        } else {
            break;
        }
    }
    let word = |j: usize| toks.get(j).map_or("", |t| t.lower.as_str());
    match word(k) {
        "to" => matches!(
            word(k + 1),
            "finish" | "complete" | "do" | "fit" | "install"
        ),
        "for" => {
            let next = if word(k + 1) == "the" {
                word(k + 2)
            } else {
                word(k + 1)
            };
            matches!(
                next,
                "rest" | "last" | "other" | "others" | "remainder" | "second" | "final"
            )
        }
        _ => false,
    }
}

/// The date at `start` follows "<someone> back" and is followed by the finishing words.
pub(super) fn back_to_finish(toks: &[Token], start: usize) -> bool {
    start >= 2
        && toks[start - 1].is("back")
        && toks[start - 2].is_word()
        && !MOVED.contains(&toks[start - 2].lower.as_str())
        && finishing_after(toks, start)
}

/// Who comes back to do the work, said by trade or role: "tech", "vendor", "drains guy";
/// or a lowercase word of the trades' endings ("supplier", "installer", "electrician").
fn a_worker(t: &Token) -> bool {
    let w = t.lower.as_str();
    if matches!(
        w,
        "tech" | "techs" | "guy" | "guys" | "bloke" | "blokes" | "crew" | "rep" | "sparky"
    ) {
        return true;
    }
    let trade_ending = ["er", "or", "ian", "ist", "ers", "ors"]
        .iter()
        .any(|e| w.ends_with(e));
    trade_ending
        && !t.caps
        && !matches!(
            w,
            "never"
                | "ever"
                | "over"
                | "under"
                | "after"
                | "later"
                | "other"
                | "rather"
                | "either"
                | "whether"
                | "together"
                | "power"
                | "water"
                | "order"
                | "for"
                | "floor"
                | "door"
        )
}

/// "tech back 12/8", "supplier back 9/12", "drains guy back on the 15th": the day the one
/// doing the work comes back (a trade or role, not someone named back from leave) is when
/// it is to be done by.
pub(super) fn worker_back_on(toks: &[Token], start: usize) -> bool {
    let mut k = start;
    if k > 0 && toks[k - 1].is("the") {
        k -= 1;
    }
    if k > 0 && toks[k - 1].is("on") {
        k -= 1;
    }
    // "tech coming back 12/9 to re-aim the APs", "technician coming 8/12 to change
    // bearings" (round S42): coming, or coming back, is the same day.
    if k >= 2 && toks[k - 1].is("coming") {
        return toks[k - 2].is_word() && a_worker(&toks[k - 2]);
    }
    if k >= 3 && toks[k - 1].is("back") && toks[k - 2].is("coming") {
        return toks[k - 3].is_word() && a_worker(&toks[k - 3]);
    }
    k >= 2 && toks[k - 1].is("back") && toks[k - 2].is_word() && a_worker(&toks[k - 2])
}
