//! Verdicts as Hong Kong and Singapore writers say them (round S46): a thing put on hold
//! "first" (for now, until something else is settled: "Grease trap upgrade hold first."),
//! and a thing "ok already" (approved: "laptop refresh for accounts ok already, 8 units
//! $72k").

use crate::domain::Verdict;

/// Fixed wordings, added to the verdict phrase table.
pub(super) const PHRASES: &[(&str, Verdict)] = &[
    ("hold first", Verdict::Defer),
    ("wait first", Verdict::Defer),
    ("ok already", Verdict::Approve),
    ("okay already", Verdict::Approve),
    ("approve already", Verdict::Approve),
    ("approved already", Verdict::Approve),
];
