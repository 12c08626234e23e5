//! An item of minutes set out as "<label>: <verdict>, <reason>" ("- kids' club booking:
//! parked till Feb, the app has to launch first"): the label says what the item is about,
//! so a name said only in its reason (the app the booking waits for) is not its subject.

use super::*;

/// The investment the item at `part` is about: the one its label names when it opens on a
/// short label ending in a colon or a spaced dash (none, when the label names nothing the
/// directory knows); otherwise the first one named anywhere in it.
pub(super) fn item_subject<'n>(
    toks: &[Token],
    names: &'n [NameMatch],
    part: (usize, usize),
) -> Option<&'n Vec<Target>> {
    let (a, b) = part;
    // Past the item's bullet ("-", "•", "*").
    let a = a + toks[a..b]
        .iter()
        .take_while(|t| t.kind == TokKind::Sym)
        .count();
    let label_end = (a + 1..b.min(a + 8)).find(|&k| {
        toks[k].is_sym(":")
            || matches!(toks[k].lower.as_str(), "—" | "–")
            || toks[k].is_sym("-") && !toks[k].attached
    });
    match label_end {
        Some(e) if toks[a..e].iter().all(|t| t.is_word() || t.is_sym("'")) => {
            investment_named(names, (a, e))
        }
        _ => investment_named(names, part),
    }
}
