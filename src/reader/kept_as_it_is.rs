//! "We are keeping it as is — the mites cost us …", "We're keeping them — the $9k a year is
//! less than …": the work kept as it is, or kept with nothing after "it" / "them" but the
//! clause's end, goes on (round S43). "keeping them posted", "keep it under review" keep
//! something else, and are left to the other shapes.

use super::tokens::Token;

/// At `i` ("keep", "keeping", "kept"), "it" / "them" kept as it is ("as is", "as it is",
/// "as they are"), or kept by us with the clause ending right after it; where the shape
/// ends.
pub(super) fn kept_as_it_is_at(toks: &[Token], i: usize) -> Option<usize> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    if !matches!(word(i), "keep" | "keeping" | "kept") {
        return None;
    }
    // "We keep the borehole pump as it is this winter" (round S54): the thing named, a few
    // words with no break, kept as it is.
    if word(i + 1) == "the" {
        return (i + 3..(i + 8).min(toks.len()))
            .take_while(|&k| !toks[k - 1].is_break())
            .find_map(|k| match (word(k), word(k + 1), word(k + 2)) {
                ("as", "is", _) => Some(k + 2),
                ("as", "it" | "they", "is" | "are") => Some(k + 3),
                _ => None,
            });
    }
    if !matches!(word(i + 1), "it" | "them") {
        return None;
    }
    // "as is", "as it is", "as they are", "the way it is".
    let as_is = match (word(i + 2), word(i + 3), word(i + 4)) {
        ("as", "is", _) => Some(i + 4),
        ("as", "it" | "they", "is" | "are") => Some(i + 5),
        _ => None,
    };
    if as_is.is_some() {
        return as_is;
    }
    // "We're keeping them —": said by us, the clause closing on "them".
    let ours = i >= 1
        && (matches!(word(i - 1), "we're" | "we'll" | "we")
            || i >= 2 && matches!(word(i - 1), "are" | "will") && word(i - 2) == "we");
    let closes = toks.get(i + 2).is_none_or(|t| {
        matches!(
            t.lower.as_str(),
            "," | "—" | "–" | "." | ";" | ":" | "!" | "\n"
        ) || t.is_sym("-") && !t.attached
    });
    (ours && closes).then_some(i + 2)
}
