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
