//! Verdicts as Chinese-English writers give them (round S51): the verb without its ending
//! after the one who decides ("Boss say ok for decal printer, 35w", "boss agree 150k",
//! "Mr. Zhang don't agree"), and the Chinese word order of a wait ("Douyin live shop first
//! wait", 先等; "Director Liu suggest wait until the new kiln running stable").

use crate::domain::Verdict;

/// Fixed wordings, added to the verdict phrase table.
pub(super) const PHRASES: &[(&str, Verdict)] = &[
    ("say ok for", Verdict::Approve),
    ("say ok to", Verdict::Approve),
    ("say okay for", Verdict::Approve),
    ("boss ok", Verdict::Approve),
    ("boss okay", Verdict::Approve),
    ("boss agree", Verdict::Approve),
    ("don't agree", Verdict::Reject),
    ("dont agree", Verdict::Reject),
    ("first wait", Verdict::Defer),
    ("suggest wait", Verdict::Defer),
    ("suggest to wait", Verdict::Defer),
];
