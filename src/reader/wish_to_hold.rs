//! "Sir Edgar wants to hold the payroll system muna, the HR head is resigning", "Marcia
//! would like to hold the camera system for now": someone's wish to hold a thing, the thing
//! ending its clause or said "for now", puts it off (convention 21, round S45).

use super::tokens::Token;

/// At `i` ("hold"), "wants to hold the <thing>" with the thing's words (up to six) closing
/// the clause, or followed by "muna" or "for now": where the shape ends (after "hold").
pub(in crate::reader) fn wish_to_hold_at(toks: &[Token], i: usize) -> Option<usize> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    if word(i) != "hold" || i < 2 || word(i - 1) != "to" {
        return None;
    }
    let wish = matches!(word(i - 2), "wants" | "want" | "wanted" | "asked")
        || word(i - 2) == "like" && i >= 3 && matches!(word(i - 3), "would" | "'d");
    if !wish || !matches!(word(i + 1), "the" | "our") {
        return None;
    }
    let thing = i + 2;
    let end = (thing..(thing + 7).min(toks.len()))
        .find(|&k| !toks[k].is_word() || matches!(word(k), "muna" | "for"))
        .unwrap_or(toks.len());
    let closes = end > thing
        && (end == toks.len()
            || word(end) == "muna"
            || word(end) == "for" && word(end + 1) == "now"
            || matches!(word(end), "," | "." | ";" | "—" | "–"));
    closes.then_some(i + 1)
}
