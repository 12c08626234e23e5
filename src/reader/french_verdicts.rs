//! Verdicts said in French, as bilingual teams write them ("approuvé, 950 000 $", "on met
//! ça sur pause", "le projet est annulé"). They are read only when no English verdict is
//! said: a bilingual team often writes a line twice, French then English, and the English
//! half is the one whose names, dates and reasons the reader knows.

use super::tokens::PhraseTable;
use crate::domain::Verdict;
use std::sync::OnceLock;

pub(super) fn table() -> &'static PhraseTable<Verdict> {
    static TABLE: OnceLock<PhraseTable<Verdict>> = OnceLock::new();
    TABLE.get_or_init(|| PhraseTable::new(FRENCH))
}

const FRENCH: &[(&str, Verdict)] = &[
    // approve
    ("approuvé", Verdict::Approve),
    ("approuvée", Verdict::Approve),
    ("approuvés", Verdict::Approve),
    ("autorisé", Verdict::Approve),
    ("autorisée", Verdict::Approve),
    ("feu vert", Verdict::Approve),
    // reject
    ("refusé", Verdict::Reject),
    ("refusée", Verdict::Reject),
    ("rejeté", Verdict::Reject),
    ("rejetée", Verdict::Reject),
    // defer
    ("reporté", Verdict::Defer),
    ("reportée", Verdict::Defer),
    ("sur pause", Verdict::Defer),
    ("en pause", Verdict::Defer),
    ("mis en attente", Verdict::Defer),
    ("remis à plus tard", Verdict::Defer),
    // stop
    ("annulé", Verdict::Stop),
    ("annulée", Verdict::Stop),
    ("abandonné", Verdict::Stop),
    ("abandonnée", Verdict::Stop),
    // continue
    ("on continue", Verdict::Continue),
    ("poursuivi", Verdict::Continue),
    ("reconduit", Verdict::Continue),
    ("reconduite", Verdict::Continue),
];
