//! "Kila says finance approves the accounting system …", "Marcia says the board approved
//! …": a verdict passed on by someone whose words name who gave it is that one's
//! (convention 78); the one passing it on opens the clause, before who decided.

use super::tokens::Token;

/// Where who decided starts in `start..end` when the span opens on a name and a word of
/// saying ("Kila says", "Marcia said", "Delroy tells us"), with someone left after it;
/// `start` otherwise.
pub(super) fn after_the_sayer(toks: &[Token], start: usize, end: usize) -> usize {
    let Some(say) = (start + 1..end.saturating_sub(1)).find(|&k| {
        matches!(
            toks[k].lower.as_str(),
            "says" | "said" | "say" | "tells" | "told" | "reckons"
        )
    }) else {
        return start;
    };
    let mut k = say + 1;
    while k + 1 < end && matches!(toks[k].lower.as_str(), "me" | "us" | "that") {
        k += 1;
    }
    k
}

/// Where the one named in an opening "From <Name>, after the bank:" or "From <Name> after
/// the bank meeting:" ends: at the comma or the "after" / "following" that names the
/// meeting; `colon` when neither comes first, or when nothing would be left.
pub(super) fn before_the_meeting(toks: &[Token], start: usize, colon: usize) -> usize {
    (start + 1..colon)
        .find(|&k| toks[k].is_sym(",") || matches!(toks[k].lower.as_str(), "after" | "following"))
        .unwrap_or(colon)
}
