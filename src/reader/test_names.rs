//! Directory entries for the reader's tests, written the short way.

use super::{InvestmentName, UnitName};

/// A unit with its aliases.
pub(super) fn unit(name: &str, aliases: &[&str]) -> UnitName {
    UnitName {
        name: name.into(),
        aliases: aliases.iter().map(|s| s.to_string()).collect(),
    }
}

/// An investment and the unit it belongs to.
pub(super) fn inv(name: &str, unit: &str) -> InvestmentName {
    InvestmentName {
        name: name.into(),
        unit: unit.into(),
    }
}

/// `text` as `speaker` writes it on 2026-11-27 (the tests' today), read against `dir` with
/// the default settings.
pub(super) fn read_on_test_day(
    text: &str,
    speaker: &str,
    dir: &super::StaticDirectory,
) -> super::Reading {
    super::read(
        text,
        speaker,
        "2026-11-27".parse().unwrap(),
        dir,
        &super::ReaderSettings::default(),
    )
    .unwrap()
}
