//! News of how a piece of work is doing, told in the present progressive: "The new
//! batteries on the gangway are holding their charge right through the night", "the kiosk
//! is running smoothly". The work's thing (a registered investment named by it) is the
//! sentence's subject, and what it is doing now tells how the work goes: a note about it.

use super::tokens::Token;

/// Whether the name said at `start..end` opens its sentence as the subject (after at most
/// "the new", "our", "these" …), then, past a place it is at ("on the gangway"), is said
/// to be doing something now ("are holding", "is running"), not going to do it.
pub(super) fn subject_doing_now(toks: &[Token], start: usize, end: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    let opens = (0..start)
        .rev()
        .take_while(|&k| !sentence_end(&toks[k]))
        .all(|k| {
            matches!(
                word(k),
                "the" | "new" | "our" | "these" | "those" | "both" | "all" | "its" | "their"
            )
        });
    if !opens {
        return false;
    }
    // The verb: straight after the name, or after a place it is at ("on the gangway").
    let mut be = end;
    if !matches!(word(be), "is" | "are" | "'re") {
        if !matches!(word(be), "on" | "in" | "at" | "along" | "across" | "up") {
            return false;
        }
        match (be + 1..(be + 6).min(toks.len())).find(|&k| matches!(word(k), "is" | "are")) {
            Some(k) if !(be..k).any(|j| toks[j].is_break()) => be = k,
            _ => return false,
        }
    }
    let verb = word(be + 1);
    verb.len() > 4
        && verb.ends_with("ing")
        && !PLANS.contains(&verb)
        && word(be + 2) != "to"
        && !toks.get(be + 1).is_some_and(|t| t.is_break())
}

/// Verbs in "-ing" that tell what is to come, is asked or is waited on, not how the work
/// is doing: "the heaters are going to need …", "the radios are being looked at".
const PLANS: &[&str] = &[
    "going",
    "being",
    "getting",
    "looking",
    "asking",
    "waiting",
    "hoping",
    "planning",
    "thinking",
    "proposing",
    "requesting",
    "wanting",
    "needing",
    "coming",
    "costing",
    "quoting",
    "meeting",
    "considering",
    "discussing",
    "delayed",
    "pending",
    "awaiting",
    "seeking",
    "bidding",
    "budgeting",
    "pricing",
];

fn sentence_end(t: &Token) -> bool {
    t.is_break() && matches!(t.lower.as_str(), "." | "!" | "?" | "\n" | ":")
}
