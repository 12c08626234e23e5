//! Readings of investments named short: some of a name's words in order ("tolls upgrade"),
//! clipped or abbreviated words ("doc mgmt upgrade"), two names equally close (the draft
//! asks), and new names said after a verb ("want to replace the gate barriers").

use super::*;

/// A port authority: names that share first words, a unit alias that is also an
/// investment's first word, and long names people shorten.
fn dir() -> StaticDirectory {
    super::test_names::directory(
        &[
            ("Harbour Operations", &["Harbour Ops"]),
            ("Port Revenue", &["Tolls"]),
            ("Estates", &[]),
            ("Pilotage", &[]),
        ],
        &[
            ("Tolls Collection Platform Upgrade", "Port Revenue"),
            ("Document Management Upgrade", "Estates"),
            ("Tug Fleet Infrastructure Renewal", "Pilotage"),
            ("Cargo Tracking Portal", "Harbour Operations"),
            ("Cargo Tracking Analytics", "Port Revenue"),
            ("Data Lake Platform", "Harbour Operations"),
            ("Delay Attribution Tool", "Harbour Operations"),
        ],
    )
}

fn read_one(text: &str) -> Reading {
    super::test_names::read_on_test_day(text, "ana", &dir())
}

#[test]
fn some_of_a_names_words_in_order_name_it_over_a_unit_alias() {
    let r = read_one("tolls upgrade saved £12k last month from fewer manual refunds");
    assert_eq!(r.intent, Intent::Benefit);
    assert_eq!(
        r.investment.as_deref(),
        Some("Tolls Collection Platform Upgrade")
    );
    // The investment's own unit, not the alias's unit by accident.
    assert_eq!(r.unit.as_deref(), Some("Port Revenue"));
    assert_eq!(r.investment_guessed_from.as_deref(), Some("tolls upgrade"));
}

#[test]
fn a_short_name_on_hold_is_not_read_as_a_new_investment() {
    let r = read_one("tolls upgrade on hold til the audit is done");
    assert_eq!(r.verdict, Some(Verdict::Defer));
    assert_eq!(
        r.investment.as_deref(),
        Some("Tolls Collection Platform Upgrade")
    );
    assert!(!r.new_investment);
}

#[test]
fn clipped_and_abbreviated_words_name_the_investment() {
    let r = read_one("doc mgmt upgrade approved at £40k");
    assert_eq!(r.investment.as_deref(), Some("Document Management Upgrade"));
    assert_eq!(r.unit.as_deref(), Some("Estates"));
    assert_eq!(
        r.investment_guessed_from.as_deref(),
        Some("doc mgmt upgrade")
    );
    let r = read_one("tug infra renewal delivered £15k in October");
    assert_eq!(
        r.investment.as_deref(),
        Some("Tug Fleet Infrastructure Renewal")
    );
    assert_eq!(r.unit.as_deref(), Some("Pilotage"));
    let r = read_one("Met Estates about doc management. They want it in every office by May.");
    assert_eq!(r.intent, Intent::Note);
    assert_eq!(r.investment.as_deref(), Some("Document Management Upgrade"));
}

#[test]
fn common_words_alone_or_function_words_name_nothing() {
    // "data" and "platform" are both common words: not enough to point at Data Lake Platform.
    let r = read_one("met Estates, the data platform question came up again");
    assert_eq!(r.investment, None);
    // "the" is not short for anything.
    let r = read_one("Harbour Ops said the tracking is fine");
    assert_eq!(r.investment, None);
}

#[test]
fn two_names_equally_close_make_the_draft_ask() {
    let r = read_one("cargo tracking delivered £9k in October");
    assert_eq!(r.intent, Intent::Benefit);
    assert_eq!(r.investment, None);
    assert_eq!(
        r.investment_choices,
        vec![
            "Cargo Tracking Portal".to_string(),
            "Cargo Tracking Analytics".to_string()
        ]
    );
    assert_eq!(r.missing.first(), Some(&Missing::Investment));
    assert_eq!(
        question(&r).as_deref(),
        Some(
            "Which investment delivered this benefit: Cargo Tracking Portal or Cargo Tracking Analytics?"
        )
    );
    // Said in full, the name is not in doubt.
    let r = read_one("cargo tracking analytics delivered £9k in October");
    assert_eq!(r.investment.as_deref(), Some("Cargo Tracking Analytics"));
    assert!(r.investment_choices.is_empty());
}

#[test]
fn verbs_are_not_part_of_a_new_investments_name() {
    let cases: &[(&str, &str)] = &[
        (
            "Estates want to replace the gate barriers — about £30k",
            "gate barriers",
        ),
        (
            "Pilotage want to roll out tablet charts — about £18k one-off",
            "tablet charts",
        ),
        (
            "Estates want to buy a drone survey kit, £9k",
            "drone survey kit",
        ),
    ];
    for (text, want) in cases {
        let r = read_one(text);
        assert_eq!(r.intent, Intent::Investment, "{text}");
        assert_eq!(r.investment.as_deref(), Some(*want), "{text}");
        assert!(r.new_investment, "{text}");
    }
}

#[test]
fn a_verdict_word_inside_an_investments_name_is_not_the_verdict() {
    let cases: &[(&str, Verdict)] = &[
        (
            "approved the delay attribution tool at £30k",
            Verdict::Approve,
        ),
        (
            "delay attribution: keep going, berth disputes are down",
            Verdict::Continue,
        ),
        ("delay attribution tool on hold til spring", Verdict::Defer),
    ];
    for (text, want) in cases {
        let r = read_one(text);
        assert_eq!(r.verdict, Some(*want), "{text}");
        assert_eq!(
            r.investment.as_deref(),
            Some("Delay Attribution Tool"),
            "{text}"
        );
    }
}

#[test]
fn a_units_name_before_one_of_its_investments_words_points_at_it() {
    // "Pilotage infrastructure": the unit says whose infrastructure, as "the" would.
    let r = read_one("Pilotage infrastructure approved at £2m");
    assert_eq!(r.verdict, Some(Verdict::Approve));
    assert_eq!(
        r.investment.as_deref(),
        Some("Tug Fleet Infrastructure Renewal")
    );
    assert!(!r.new_investment);
    assert_eq!(r.unit.as_deref(), Some("Pilotage"));
    // Another unit's word is no pointer to it.
    let r = read_one("Estates infrastructure approved at £2m");
    assert_ne!(
        r.investment.as_deref(),
        Some("Tug Fleet Infrastructure Renewal")
    );
}

#[test]
fn a_new_name_after_pitched_keen_on_or_floated() {
    for (text, name) in [
        (
            "Estates pitched a roof sensor network, ~£30k",
            "roof sensor network",
        ),
        (
            "Estates keen on a £20k drone survey kit",
            "drone survey kit",
        ),
        (
            "Pilotage floated a £45k tide gauge upgrade",
            "tide gauge upgrade",
        ),
        (
            "Estates proposed a visitor wifi refresh at £12k",
            "visitor wifi refresh",
        ),
    ] {
        let r = read_one(text);
        assert_eq!(r.intent, Intent::Investment, "{text}");
        assert_eq!(r.investment.as_deref(), Some(name), "{text}");
        assert!(r.new_investment, "{text}");
    }
}
