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
