//! "Astro: Sport have come back with a cheaper option, resurfacing just the hockey D areas
//! at £61k. Bursar's committee approved that this afternoon; the full resurface to be
//! looked at again in 2028": a cheaper option of the work offered, then approved, cuts the
//! work back, a rescope, as "we've agreed to go with a cut-down version … for £38k instead
//! of the full £140k upgrade" is labelled (round V48). Asked for ("exec have asked me to
//! come back with a cheaper option") nothing was offered, and the verdict stands.

use super::tokens::Token;

/// Words of a smaller offer: "cheaper option", "cut-down version".
fn smaller_offer(toks: &[Token], k: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    matches!(
        word(k),
        "cheaper" | "cut-down" | "smaller" | "scaled-down" | "slimmed-down"
    ) && matches!(
        word(k + 1),
        "option" | "version" | "alternative" | "scheme" | "quote"
    )
}

/// Does an offer of a cheaper option come before the approval at `start` ("have come back
/// with a cheaper option", "offered a cut-down version"), not asked for ("to come back with")?
pub(in crate::reader) fn cheaper_option_approved(toks: &[Token], start: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    (1..start).any(|k| {
        smaller_offer(toks, k) && matches!(word(k - 1), "a" | "an") && k >= 3 && {
            let offered = (k.saturating_sub(4)..k - 1)
                .find(|&j| matches!(word(j), "come" | "came" | "offered" | "proposed" | "put"));
            offered.is_some_and(|j| j == 0 || word(j - 1) != "to")
        }
    })
}
