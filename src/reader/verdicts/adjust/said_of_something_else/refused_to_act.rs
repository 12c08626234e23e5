//! "a roadrunner walked into the warehouse and refused to leave", "the printer refused to
//! start": refusing to do an ordinary thing is behaviour, not a refusal of work; refusing to
//! fund, approve, sign or back something still refuses it.

use super::*;

/// The verbs after "refused to" that decide on work.
const DECIDING: &[&str] = &[
    "fund",
    "approve",
    "sign",
    "back",
    "pay",
    "support",
    "sanction",
    "release",
    "budget",
    "renew",
    "extend",
    "authorise",
    "authorize",
    "go",
    "proceed",
    "buy",
    "invest",
    "continue",
    "consider",
    "accept",
    "agree",
    "allow",
];

/// "refused to <verb>" with an ordinary verb: `Some(None)`, no verdict.
pub(super) fn refused_to_act(at: &Around, raw: Verdict) -> Option<Option<Verdict>> {
    let (toks, _start, end, word, _prev, next) = at.parts();
    let verb = toks.get(end + 1).map_or("", |t| t.lower.as_str());
    (raw == Verdict::Reject
        && matches!(word, "refused" | "refuses" | "refuse")
        && next == "to"
        && toks.get(end + 1).is_some_and(|t| t.is_word())
        && !DECIDING.contains(&verb))
    .then_some(None)
}
