//! "the portal vendor", "the tissue culture consultant", "the SCADA integrator": those who
//! sell, fit or advise on a thing, named by the thing's words, are about that thing, as the
//! papers of buying it are ("the ticketing contract").

use super::initials::PAPERS_OF_BUYING;

/// Those a thing is bought from, fitted by or advised on.
const SUPPLIERS: &[&str] = &[
    "vendor",
    "vendors",
    "vendor's",
    "supplier",
    "suppliers",
    "supplier's",
    "contractor",
    "contractors",
    "contractor's",
    "integrator",
    "integrators",
    "installer",
    "installers",
    "installer's",
    "consultant",
    "consultants",
    "consultant's",
];

/// Whether `word`, after a thing's words, says who supplies the thing.
pub(in crate::reader) fn supplier_word(word: &str) -> bool {
    SUPPLIERS.contains(&word)
}

/// Whether `word`, after a thing's words, is a paper of buying it or who supplies it.
pub(in crate::reader) fn bought_from(word: &str) -> bool {
    PAPERS_OF_BUYING.contains(&word) || supplier_word(word)
}
