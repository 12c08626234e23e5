//! "We're not doing the member app … — $120k on top of the portal we already pay for, ….
//! The portal itself has been pulling its weight: paperless billing is up …": a result
//! praised in an idiom ("pulling its weight: …", "already showing: …") after a record with
//! its verdict, with no verdict of its own, is a result of its own, though the thing it
//! praises was named in the decision's reason (see `split`).

use super::*;

/// Whether the sentence `(a, b)`, with a record and no verdict of its own, praises a
/// result in an idiom, after a record that said its verdict (`verdict_before`).
pub(super) fn praised_result_after_a_verdict(
    toks: &[Token],
    (a, b): (usize, usize),
    verdict_before: bool,
    has_verdict: bool,
) -> bool {
    verdict_before && !has_verdict && {
        let part = &toks[a..b];
        paying_its_way::praised_before_colon(part) || later_items::already_showing(part)
    }
}
