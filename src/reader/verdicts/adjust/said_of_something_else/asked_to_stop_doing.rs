//! "Aside — please stop parking in front of the fire assembly point" (round S59): asking
//! people to stop doing something is a request about a habit, no stop of any work; "please
//! stop using the old kiosk" (a thing's use) is still a stop.

use super::*;

/// Gerunds after "stop" that stop a thing's use or its money.
const OF_A_THING: &[&str] = &["using", "funding", "running", "paying", "working", "buying"];

/// A stop asked with "please" of a doing: `Some(None)`.
pub(super) fn asked_to_stop_doing(at: &Around, raw: Verdict) -> Option<Option<Verdict>> {
    let (_toks, _start, _end, word, prev, next) = at.parts();
    if raw != Verdict::Stop || word != "stop" {
        return None;
    }
    let asked = matches!(prev, "please" | "pls" | "plz" | "kindly" | "pliz");
    let doing = next.len() > 4 && next.ends_with("ing") && !OF_A_THING.contains(&next);
    (asked && doing).then_some(None)
}
