//! "tonnage disputes with the council have stopped dead", "the complaints stopped dead":
//! things that stopped happening all at once are a result, never work stopped.

use super::*;

/// A stop's word with "dead" right after it: `Some(None)`.
pub(super) fn stopped_dead(at: &Around, raw: Verdict) -> Option<Option<Verdict>> {
    let (_toks, _start, _end, word, _prev, next) = at.parts();
    (raw == Verdict::Stop && matches!(word, "stopped" | "stop" | "stops") && next == "dead")
        .then_some(None)
}
