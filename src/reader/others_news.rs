//! "The vendor has been acquired and the new owner is sunsetting the card product we use":
//! a verdict word told of a new owner (who bought a supplier), maybe after "is" or "has",
//! is someone else's decision, news, not ours.

use super::tokens::Token;

/// Auxiliaries between a subject and its verb ("is sunsetting", "has dropped").
fn auxiliary(w: &str) -> bool {
    matches!(
        w,
        "is" | "are" | "was" | "were" | "has" | "have" | "had" | "been"
    )
}

/// Is the verdict word at `at` said by a new owner ("the new owner is sunsetting", "the
/// new owners have dropped"), with auxiliaries between?
pub fn said_by_new_owner(toks: &[Token], at: usize) -> bool {
    let mut j = at;
    while j > 0 && auxiliary(&toks[j - 1].lower) {
        j -= 1;
    }
    j >= 2
        && matches!(
            toks[j - 1].lower.as_str(),
            "owner" | "owners" | "buyer" | "buyers"
        )
        && toks[j - 2].is("new")
}

/// What a supplier hands over: moving it is their schedule.
const DELIVERIES: &[&str] = &[
    "delivery",
    "deliveries",
    "shipping",
    "shipment",
    "dispatch",
    "handover",
    "install",
    "installation",
];

/// "Ford pushed delivery to April", "the dealer's moved the handover to March", "delivery
/// pushed to spring": at `start`, a delay word whose object or subject is a delivery, said
/// by someone other than us; another party's delay is news, not our deferral ("we've
/// pushed delivery to April" is ours).
pub(super) fn delivery_moved_by_others(toks: &[Token], start: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    if !matches!(
        word(start),
        "pushed" | "pushing" | "pushes" | "moved" | "moving" | "slipped" | "delayed"
    ) {
        return false;
    }
    let obj = start + 1 + usize::from(matches!(word(start + 1), "the" | "their" | "its" | "our"));
    let mut subj = start;
    while subj > 0 && auxiliary(word(subj - 1)) {
        subj -= 1;
    }
    let before = if subj > 0 { word(subj - 1) } else { "" };
    let ours = matches!(before, "we" | "we've" | "i" | "i've");
    !ours && (DELIVERIES.contains(&word(obj)) || DELIVERIES.contains(&before))
}
