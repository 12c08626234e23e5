//! The phrase table of verdicts: every fixed wording and the verdict it gives, kept by the
//! verdict it gives (one file for each), in the order the table is built.

use super::*;

mod approvals;
mod continuations;
mod deferrals;
mod refusals;
mod rescopes;
mod stops;

/// Every fixed wording, group by group (the order is the table's).
pub(super) const PHRASES: [&[(&str, Verdict)]; 6] = [
    approvals::APPROVALS,
    refusals::REFUSALS,
    deferrals::DEFERRALS,
    stops::STOPS,
    continuations::CONTINUATIONS,
    rescopes::RESCOPES,
];

pub(super) fn table() -> &'static PhraseTable<Verdict> {
    static TABLE: OnceLock<PhraseTable<Verdict>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let others = [
            crate::reader::spoken_verdicts::PHRASES,
            crate::reader::plain_verdicts::PHRASES,
            crate::reader::second_language_verdicts::PHRASES,
            crate::reader::filipino_verdicts::PHRASES,
            crate::reader::hong_kong_verdicts::PHRASES,
            crate::reader::chinese_english_verdicts::PHRASES,
        ];
        let phrases = [&PHRASES[..], &others].concat().concat();
        let pointed = super::pointed_phrases::pointed_variants(&phrases);
        let pointed: Vec<(&str, Verdict)> = pointed.iter().map(|(p, v)| (p.as_str(), *v)).collect();
        PhraseTable::new(&[phrases, pointed].concat())
    })
}
