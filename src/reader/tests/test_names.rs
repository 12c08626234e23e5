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
        aliases: vec![],
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

/// `text` as `speaker` writes it on 2026-11-27, read by the rules alone (no intent model to
/// override them) against `dir` with `settings`: so a retrained model cannot hide a rule
/// that went missing.
pub(super) fn read_by_rules_on_test_day(
    text: &str,
    speaker: &str,
    dir: &super::StaticDirectory,
    settings: super::ReaderSettings,
) -> super::Reading {
    super::Reader::new(dir, settings)
        .with_model(std::sync::Arc::new(super::IntentModel::default()))
        .read(text, speaker, "2026-11-27".parse().unwrap())
        .unwrap()
}

/// Two readers of `dir` with `settings`: the rules alone (an empty intent model) and the
/// rules with the shipped model, for tests that must read the same either way.
pub(super) fn rules_alone_and_with_model(
    dir: &super::StaticDirectory,
    settings: super::ReaderSettings,
) -> [super::Reader; 2] {
    [
        super::Reader::new(dir, settings.clone())
            .with_model(std::sync::Arc::new(super::IntentModel::default())),
        super::Reader::new(dir, settings),
    ]
}

/// Every text of `texts`, as "sam" writes it on 2026-11-27, read against `dir` by the rules
/// alone and with the shipped model, names its unit.
pub(super) fn assert_units_read(dir: &super::StaticDirectory, texts: &[(&str, &str)]) {
    for reader in rules_alone_and_with_model(dir, super::ReaderSettings::default()) {
        for (text, unit) in texts {
            let r = reader
                .read(text, "sam", "2026-11-27".parse().unwrap())
                .unwrap();
            assert_eq!(r.unit.as_deref(), Some(*unit), "{text}: {r:?}");
        }
    }
}

/// `text` as `speaker` writes it on 2026-11-27 with day-first dates and bare amounts in
/// `currency` (a code such as "NOK"), read against `dir`.
pub(super) fn read_day_first_in(
    text: &str,
    speaker: &str,
    currency: &str,
    dir: &super::StaticDirectory,
) -> super::Reading {
    let settings = super::ReaderSettings {
        day_first: true,
        default_currency: super::Currency::from_code(currency).unwrap(),
    };
    super::read(text, speaker, "2026-11-27".parse().unwrap(), dir, &settings).unwrap()
}

/// `units` whole units of `currency` (a code such as "KES").
pub(super) fn whole(units: i64, currency: &str) -> Option<super::Money> {
    Some(super::Money::new(
        units * 100,
        super::Currency::from_code(currency).unwrap(),
    ))
}

/// A directory written the short way: each unit with its aliases, each investment with its
/// unit.
pub(super) fn directory(
    units: &[(&str, &[&str])],
    investments: &[(&str, &str)],
) -> super::StaticDirectory {
    super::StaticDirectory {
        units: units.iter().map(|(n, a)| unit(n, a)).collect(),
        investments: investments.iter().map(|(n, u)| inv(n, u)).collect(),
    }
}

/// `text` as `speaker` writes it on `day` (`YYYY-MM-DD`) in a US tenant (dates month first,
/// bare amounts in dollars), read against `dir`.
pub(super) fn read_us(
    text: &str,
    speaker: &str,
    day: &str,
    dir: &super::StaticDirectory,
) -> super::Reading {
    let settings = super::ReaderSettings {
        day_first: false,
        default_currency: crate::money::Currency::USD,
    };
    super::read(text, speaker, day.parse().unwrap(), dir, &settings).unwrap()
}

/// `text`, read as `r`, is a note about an investment that hands `owner` a follow-up due on
/// `due` (a date as `2026-12-04`).
pub(super) fn assert_follow_up_note(r: &super::Reading, text: &str, owner: &str, due: &str) {
    let due: Option<chrono::NaiveDate> = Some(due.parse().unwrap());
    assert_eq!(r.intent, super::Intent::Note, "{text}");
    let a = r.action.as_ref().expect(text);
    assert_eq!((a.owner.as_str(), a.due), (owner, due), "{text}");
    assert_eq!(r.due, due, "{text}");
    assert!(r.investment.is_some(), "{text}");
}

/// `text` as `speaker` writes it on 2026-11-27 reads as `intent` with `verdict` both by the
/// rules alone and as shipped (the intent model included), read against `dir` with
/// `settings`: so a retrained model cannot hide a rule that went missing. The shipped
/// reading is returned for the test's other checks.
pub(super) fn assert_reads(
    text: &str,
    speaker: &str,
    dir: &super::StaticDirectory,
    settings: super::ReaderSettings,
    intent: super::Intent,
    verdict: Option<crate::domain::Verdict>,
) -> super::Reading {
    let rules = read_by_rules_on_test_day(text, speaker, dir, settings.clone());
    assert_eq!(
        (rules.intent, rules.verdict),
        (intent, verdict),
        "rules: {text}"
    );
    let r = super::read(text, speaker, "2026-11-27".parse().unwrap(), dir, &settings).unwrap();
    assert_eq!((r.intent, r.verdict), (intent, verdict), "{text}");
    r
}

/// `r`, the reading of `text`, names the known `investment` and `unit` (not a new one).
pub(super) fn assert_known_name(r: &super::Reading, text: &str, investment: &str, unit: &str) {
    assert_eq!(r.investment.as_deref(), Some(investment), "{text}: {r:?}");
    assert_eq!(r.unit.as_deref(), Some(unit), "{text}: {r:?}");
    assert!(!r.new_investment, "{text}: {r:?}");
}

/// `r`, the reading of `text`, names `name` as written, not a known name guessed from it.
pub(super) fn assert_name_as_written(r: &super::Reading, text: &str, name: &str) {
    assert_eq!(r.investment.as_deref(), Some(name), "{text}: {r:?}");
    assert!(r.investment_guessed_from.is_none(), "{text}: {r:?}");
}

/// The records read, the first and those after it, in order.
pub(super) fn records(r: &super::Reading) -> Vec<&super::Reading> {
    std::iter::once(r).chain(&r.also).collect()
}
