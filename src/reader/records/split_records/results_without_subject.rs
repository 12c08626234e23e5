//! "Proposal for Procurement: a buying depot at Taveuni, FJD 48,000. Cuts the root
//! shrinkage from the 2-day wait for the boat, Seru estimates $15k a year saved.": a
//! sentence opening on what the thing does or would do, with no subject of its own
//! ("Cuts …", "Saves …", "Would save us …", "pays back …"), goes on about the thing before
//! it; a word of another registered thing inside it ("the wait for the boat") opens no
//! record of its own (round B57).

use super::*;

/// What a thing does for its money, said with no subject, third person: "Cuts the …",
/// "saves us …", "frees up …".
const DOES: &[&str] = &[
    "cuts", "saves", "reduces", "halves", "frees", "avoids", "lowers", "trims", "pays",
];

/// The same after "would" / "should": "Would save us the rental", "Should cut …".
const WOULD_DO: &[&str] = &[
    "cut", "save", "reduce", "halve", "free", "avoid", "lower", "trim", "pay",
];

/// Whether the sentence at `a` opens on what the thing before does or would do, with no
/// subject of its own.
pub(super) fn opens_on_what_it_does(toks: &[Token], a: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    DOES.contains(&word(a))
        || matches!(word(a), "would" | "should") && WOULD_DO.contains(&word(a + 1))
}
