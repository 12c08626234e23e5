//! "We're pressing ahead with thermal cameras …. Website's scaled back to a refresh …. And
//! @kieran will get the install dates for the cameras …": a task that names nothing in
//! full but points back ("the cameras") at the last word of an investment said before the
//! current record, not the current record's, is about that earlier thing: a note of its own
//! (the corpus's convention: a follow-up belongs to the record it is about).

use super::*;

/// Whether the sentence `(a, b)` says "the <word>" where `<word>` is the last word of an
/// investment's name matched in `names` before `record_start`, other than `about`.
pub(super) fn points_back_at_an_earlier_thing(
    toks: &[Token],
    (a, b): (usize, usize),
    names: &[NameMatch],
    index: &NameIndex,
    record_start: usize,
    about: Option<&Vec<Target>>,
) -> bool {
    names
        .iter()
        .take_while(|m| m.end <= record_start)
        .filter(|m| Some(&m.targets) != about)
        .filter_map(|m| match m.targets[..] {
            [Target::Investment(inv)] => index.last_name_word(inv),
            _ => None,
        })
        .any(|last| {
            last.len() >= 4 && (a + 1..b).any(|j| toks[j - 1].is("the") && toks[j].lower == last)
        })
}
