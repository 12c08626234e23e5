//! Each unit's one-word name and aliases in lower case, made once with the index: the
//! "ticketing vendor" look ([`NameIndex::unit_thing_at`](super::NameIndex)) compares a word
//! with them wherever a word of a thing bought follows, and lower-cased each name again
//! every time (round P56).

use super::UnitName;

/// For each unit, in the units' order, its name and aliases of one word (no space), in
/// lower case.
pub(super) fn unit_one_words(units: &[UnitName]) -> Vec<Vec<String>> {
    units
        .iter()
        .map(|u| {
            std::iter::once(&u.name)
                .chain(&u.aliases)
                .filter(|n| !n.contains(' '))
                .map(|n| n.to_lowercase())
                .collect()
        })
        .collect()
}
