//! An issue tracker's status change pasted into chat: "To Do → Approved", "Status: Approved →
//! In Progress", "Backlog → Canceled by Ana Ruiz · Nov 30", "State: Scheduled → Cancelled".
//! The status after the arrow is the ticket's now; the one before it is history, read as
//! nothing (never a reason, and an old "Approved" no verdict of today's message). An arrow
//! between anything else ("Cost: $140,000 → $82,000", "(Ceridian → Payworks)") is kept.

use super::tokens::{TokKind, Token};

/// A tracker's statuses, in small letters, word by word.
const STATUSES: &[&[&str]] = &[
    &["to", "do"],
    &["todo"],
    &["open"],
    &["new"],
    &["backlog"],
    &["triage"],
    &["submitted"],
    &["requested"],
    &["proposed"],
    &["draft"],
    &["review"],
    &["in", "review"],
    &["under", "review"],
    &["in", "progress"],
    &["scheduled"],
    &["pending"],
    &["pending", "approval"],
    &["approved"],
    &["on", "hold"],
    &["blocked"],
    &["deferred"],
    &["rejected"],
    &["done"],
    &["closed"],
    &["canceled"],
    &["cancelled"],
    &["reopened"],
    &["ready"],
];

/// What opens a status before an arrow: a line's start, a field's colon, or a separator.
fn opens_status(t: &Token) -> bool {
    t.kind == TokKind::Sym
        && matches!(
            t.lower.as_str(),
            "\n" | ":" | "·" | "(" | "|" | "•" | "-" | "–" | "—" | ","
        )
}

/// `toks` without each old status and its arrow.
pub(super) fn without_old_statuses(toks: Vec<Token>) -> Vec<Token> {
    if !toks.iter().any(|t| t.lower == "→") {
        return toks;
    }
    let mut drop = vec![false; toks.len()];
    for k in 0..toks.len() {
        if toks[k].lower != "→" {
            continue;
        }
        let start = toks[..k]
            .iter()
            .rposition(opens_status)
            .map_or(0, |p| p + 1);
        let said: Vec<&str> = toks[start..k].iter().map(|t| t.lower.as_str()).collect();
        if STATUSES.contains(&said.as_slice()) {
            drop[start..=k].iter_mut().for_each(|d| *d = true);
        }
    }
    toks.into_iter()
        .zip(drop)
        .filter_map(|(t, d)| (!d).then_some(t))
        .collect()
}
