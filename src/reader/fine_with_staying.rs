//! "Mr. Hollis is good with the color sorter staying on the service contract another year,
//! $18k, …": someone fine with a thing staying on, carrying on or continuing lets it go on,
//! a continue, not the approval of something new (round V48), as "Board's fine with
//! carrying on the fermentation controls into phase 2" is labelled.

use super::tokens::Token;

/// Words the thing may take before its going on (its name and a qualifier or two).
const MAX_THING: usize = 8;

/// At `i` ("fine", "grand", "ok", "okay", "good", "happy"), "<someone> is fine with the
/// <thing> staying on / carrying on / continuing": where the shape ends (after "with").
pub(in crate::reader) fn fine_with_staying_at(toks: &[Token], i: usize) -> Option<usize> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    if !matches!(word(i), "fine" | "grand" | "ok" | "okay" | "good" | "happy")
        || word(i + 1) != "with"
        || !super::fine_with::said_of_someone(toks, i)
    {
        return None;
    }
    let goes_on = (i + 3..(i + 3 + MAX_THING).min(toks.len()))
        .take_while(|&k| !toks[k].is_break())
        .any(|k| {
            matches!(word(k), "staying" | "carrying") && word(k + 1) == "on"
                || matches!(word(k), "continuing" | "remaining")
        });
    goes_on.then_some(i + 2)
}
