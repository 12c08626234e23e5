//! "payroll swap aprvd 6k", "fiber build cut back to the two exchanges", "The payroll
//! switch waits until after the W-2s": a subject that ends on a noun of work done names the
//! work decided, never who decided it, even when a unit's word opens it (round S43).

use super::tokens::Token;

/// Nouns of work done, not of anyone who decides: the subject that ends on one is the work.
const WORK_NOUNS: &[&str] = &[
    "swap",
    "switch",
    "switchover",
    "changeover",
    "build",
    "move",
    "migration",
    "upgrade",
    "rollout",
    "refresh",
    "replacement",
    "rebuild",
    "revamp",
    "project",
    "programme",
    "program",
    "pilot",
    "trial",
];

/// Whether the subject's words (two or more) end on a noun of work.
pub(super) fn names_the_work(words: &[&Token]) -> bool {
    words.len() >= 2
        && words
            .last()
            .is_some_and(|t| WORK_NOUNS.contains(&t.lower.as_str()))
}
