//! Where the first record starts past a heading of minutes: "Board 11/19 recap:" whose word
//! names an item's investment again, "plant mgrs mtg 12/1 - …" set off by a dash.

use super::*;

/// Where the first record starts, from `start` (where it starts past minutes' status items:
/// see `first_start`): past a heading of minutes whose name an item with a record says
/// again, or past a heading set off by a dash (`parts`' first then starts after it).
/// `records` tells which of `parts` carry a record; `names` are the message's names.
pub(super) fn past_heading(
    toks: &[Token],
    parts: &mut [(usize, usize)],
    records: &[bool],
    names: &[NameMatch],
    start: usize,
) -> usize {
    let investment_in = |part: (usize, usize)| investment_named(names, part);
    // "Board 11/19 recap:\n• … approved\n• board portal - tabled": a heading of minutes
    // says who met; when an item names again what a word of it names ("Board" for the
    // board portal), the name is that item's, and the heading no part of the first record.
    let start = match (parts.first(), parts.get(1)) {
        (Some(&heading), Some(&(next, _))) if start == 0 && minutes_heading(toks, heading) => {
            let named = investment_in(heading);
            let again = parts
                .iter()
                .zip(records)
                .skip(1)
                .any(|(&p, &r)| r && investment_in(p) == named);
            if named.is_some() && again {
                next
            } else {
                start
            }
        }
        _ => start,
    };
    // "plant mgrs mtg 12/1 - yield analytics approved, $75k - …": a heading set off by a
    // dash is no part of the first item (its date still reaches every item: see
    // `Reader::heading_date`).
    match dashed_heading_end(toks) {
        Some(dash) if start == 0 && parts[0].1 > dash + 1 => {
            parts[0].0 = dash + 1;
            dash + 1
        }
        _ => start,
    }
}
