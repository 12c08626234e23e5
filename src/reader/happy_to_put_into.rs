//! "Nigel's happy to put £6k into the puppy school room at Dorking": a decider willing to put
//! money into a thing funds it, an approval. Money put in without the willingness ("we've
//! put $48k into it") is no approval.

use super::fine_with::priced_in_clause;
use super::tokens::Token;

/// At `i` ("happy" / "willing" / "ok" …), "<happy> to put <money> into <thing>"; where the
/// verdict's words end (after "into", before the thing).
pub(super) fn happy_to_put_into_at(toks: &[Token], i: usize) -> Option<usize> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    if !matches!(
        word(i),
        "happy" | "willing" | "ok" | "okay" | "fine" | "prepared"
    ) || word(i + 1) != "to"
        || word(i + 2) != "put"
    {
        return None;
    }
    let into = (i + 3..(i + 9).min(toks.len()))
        .take_while(|&k| !toks[k].is_break())
        .find(|&k| matches!(word(k), "into" | "towards"))?;
    (into > i + 3 && priced_in_clause(toks, i + 3)).then_some(into + 1)
}
