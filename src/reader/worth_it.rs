//! Work praised as worth its money or doing what it was bought for: "has been worth every
//! penny", "is doing exactly what we hoped", "portal's done what we hoped", "work's done
//! what it should", "is doing the business". With money it brought, a benefit; without, news of the work (a cue of both,
//! as the work paying its way is: see `paying_off.rs`). Said of what it would be ("would be
//! worth every penny") it is no result.

use super::tokens::Token;

/// Whether the words at `i` praise the work so, after a verb that says it is or was
/// ("is", "are", "was", "has been", "'s been", "'s").
#[inline]
pub(super) fn worth_it_at(toks: &[Token], i: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let before = |k: usize| k.checked_sub(1).map_or("", |j| word(j));
    // "is", "are", "was", "were", "been" (not "be": "would be", "will be"), or the
    // thing's own "'s" ("portal's done …").
    let said_so = |k: usize| {
        matches!(before(k), "is" | "are" | "was" | "were" | "been")
            || k > 0 && toks[k - 1].lower.ends_with("'s") && toks[k - 1].is_word()
    };
    match word(i) {
        // "worth every penny", "worth every cent", "worth the money".
        "worth" => {
            said_so(i)
                && (word(i + 1) == "every" && matches!(word(i + 2), "penny" | "cent" | "dollar")
                    || word(i + 1) == "the" && word(i + 2) == "money")
        }
        // "doing exactly what we hoped", "done what we wanted", "doing the business".
        "doing" | "done" => {
            said_so(i) && {
                let k = i + 1 + usize::from(word(i + 1) == "exactly");
                word(k) == "what"
                    && (word(k + 1) == "we"
                        && matches!(word(k + 2), "hoped" | "wanted" | "needed")
                        // "work's done what it should —" (round S44).
                        || matches!(word(k + 1), "it" | "they")
                            && matches!(word(k + 2), "should" | "promised"))
                    || word(i) == "doing" && word(i + 1) == "the" && word(i + 2) == "business"
            }
        }
        _ => false,
    }
}
