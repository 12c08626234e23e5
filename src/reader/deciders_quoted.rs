//! "Mr Ssemakula: the sales app — we stop it.", "Ntate Mokoena: we shall revisit the fire
//! system after the January wool sale", "Mr Chanda: cold room expansion we revisit on
//! 15/03/2027" (round V61): a titled name opening the message and closed by a colon, then
//! the verdict on that line — the writer quotes the one who decided, whose "we" is the
//! organisation's.

use super::decider_looks::AtVerdict;
use super::deciders::span_decider;

/// Titles a quoted decider's name opens with.
fn title(w: &str) -> bool {
    crate::reader::name_titles::courtesy_title(w)
        || matches!(
            w,
            "mme" | "ntate" | "mzee" | "oom" | "tannie" | "auntie" | "uncle"
        )
}

/// The titled name quoted before the verdict at `verb`.
pub(super) fn quoted_titled_name(look: &AtVerdict) -> Option<String> {
    let AtVerdict {
        text,
        toks,
        verb,
        is_unit,
        ..
    } = *look;
    if !toks.first().is_some_and(|t| title(&t.lower)) {
        return None;
    }
    let colon = (1..toks.len().min(5))
        .take_while(|&k| !toks[k].is_sym("\n"))
        .find(|&k| toks[k].is_sym(":"))?;
    let same_line = verb > colon && !(colon..verb).any(|k| toks[k].is_sym("\n"));
    same_line.then(|| span_decider(text, toks, 0, colon, is_unit))?
}
