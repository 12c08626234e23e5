//! Whether a sentence says a thing of its own, another investment than the record before's,
//! though the directory may have no name for it (see `split`).

use super::*;

/// "… saved £20k; approved a new kiosk refresh at £45k": a thing said as new is
/// another investment than the one before, though the directory has no name for it.
#[inline]
pub(super) fn says_a_new_thing(toks: &[Token], part: (usize, usize)) -> bool {
    toks[part.0..part.1]
        .windows(2)
        .any(|p| matches!(p[0].lower.as_str(), "a" | "an") && p[1].is("new"))
        || asks_to_look_at_a_new(&toks[part.0..part.1])
}

/// Whether the sentence `part` (the `k`th of `parts`) is a thing with a verdict of its own,
/// after the record opened at the last of `starts`.
#[inline]
pub(super) fn thing_with_its_own_verdict(
    toks: &[Token],
    parts: &[(usize, usize)],
    k: usize,
    part: (usize, usize),
    starts: &[usize],
    currency: Currency,
) -> bool {
    own_thing_with_verdict(toks, part)
        // Rows of a table, or plain lines, each a thing, its verdict and money.
        || k > 0
            && row_of_its_own(toks, parts[k - 1], currency)
            && row_of_its_own(toks, part, currency)
        || verdict_on_a_thing_of_its_own(toks, part, (starts[starts.len() - 1], part.0))
        || hold_wanted_of_a_thing_of_its_own(toks, part, (starts[starts.len() - 1], part.0))
        || later_items::line_closed_by_its_verdict(toks, part)
        || k > 0
            && later_items::table_row_with_verdict(toks, parts[k - 1])
            && later_items::table_row_with_verdict(toks, part)
}

/// "… the crusher rebuild …. Mick wants a proper lifting beam over the workshop bay,
/// roughly £16,000": a thing someone named — a person, not a unit — proposes with its price
/// is another investment than the one before.
pub(super) fn a_person_proposes(toks: &[Token], names: &[NameMatch], part: (usize, usize)) -> bool {
    super::super::proposed_things::someone_proposes_a_thing(&toks[part.0..part.1]).is_some_and(
        |len| {
            !names.iter().any(|m| {
                m.start < part.0 + len && m.end > part.0 && matches!(m.targets[0], Target::Unit(_))
            })
        },
    )
}
