//! "We're putting the laptop refresh off until March": "put … off" with the thing between
//! the verb and its particle, then the time it waits for, defers the thing, as "putting off
//! the laptop refresh" does (the phrase table's).

use super::Token;

/// At `i`, "put"/"putting"/"puts" then the thing ("the", "our", "it", "this", "that",
/// "them" opening it, at most six words, no break), "off", and "until"/"till"/"to"/"for"
/// the time: a deferral. Where it ends (after "off"). Not "put the lights off" (no time
/// waited for), nor "put the van off the road".
pub(in crate::reader) fn put_off_apart_at(toks: &[Token], i: usize) -> Option<usize> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    if !matches!(word(i), "put" | "putting" | "puts")
        || !matches!(word(i + 1), "the" | "our" | "it" | "this" | "that" | "them")
    {
        return None;
    }
    let off = (i + 2..(i + 9).min(toks.len()))
        .take_while(|&k| toks[k].is_word() || toks[k].kind == super::TokKind::Num)
        .find(|&k| word(k) == "off")?;
    matches!(
        word(off + 1),
        "until" | "till" | "til" | "'til" | "to" | "for"
    )
    .then_some(off + 1)
}
