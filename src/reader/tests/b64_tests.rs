//! Round B64: names, units and the records split, twentieth pass, each worded here for an
//! invented organisation: a Tasmanian apple orchard with its pickers, packhouse, cider shed,
//! freight trucks, cellar door, office, spray program and fruit intake. Each is checked with the rules alone (an empty
//! model) and with the shipped model.

use super::*;

/// A Tasmanian apple orchard.
fn dir() -> StaticDirectory {
    test_names::directory(
        &[
            ("Orchard", &["Picking", "Pickers"]),
            ("Packhouse", &["Packing", "Grading"]),
            ("Cidery", &["Cider Shed", "Cellar"]),
            ("Freight", &["Trucks", "Logistics"]),
            ("Cellar Door", &["Shop", "Retail"]),
            ("Office", &["Admin", "Accounts"]),
            ("Spray Program", &["Chemicals"]),
            ("Raw Fruit Intake", &["Intake"]),
        ],
        &[
            ("Frost Fans", "Orchard"),
            ("Grading Line", "Packhouse"),
            ("Cool Room", "Packhouse"),
            ("Bottling Machine", "Cidery"),
            ("Boom Spray Rig", "Orchard"),
        ],
    )
}

fn today() -> NaiveDate {
    "2026-12-04".parse().unwrap()
}

/// Australian dollars are the orchard's own money.
fn readers() -> [Reader; 2] {
    let settings = ReaderSettings {
        day_first: true,
        default_currency: crate::money::Currency::from_code("AUD").unwrap(),
    };
    super::test_names::rules_alone_and_with_model(&dir(), settings)
}

/// "- Band practice Thursday moved to Fri.": a meeting or practice moved, its day said
/// between its word and the move, puts off no work and is no record of its own, and its
/// days are no date of the record before it; a thing moved ("- Cool room moved to March.")
/// still is a deferral.
#[test]
fn a_meeting_moved_with_its_day_between_is_no_deferral() {
    for reader in readers() {
        for line in [
            "- Band practice Thursday moved to Fri.",
            "- Toolbox meeting Monday moved to Tuesday.",
        ] {
            let text = format!(
                "Morning all:\n- Frost fans approved, $64,000, Hamish signed this morning. The blossom got burnt twice last spring.\n{line}\nCheers"
            );
            let r = reader.read(&text, "sam", today()).unwrap();
            let recs = test_names::records(&r);
            assert_eq!(recs.len(), 1, "{text}: {r:?}");
            assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
            // The meeting's days, old and new, are no date of the decision.
            assert!(r.date.is_none() || r.date == Some(today()), "{text}: {r:?}");
        }
        let text = "Morning all:\n- Frost fans approved, $64,000, Hamish signed this morning. The blossom got burnt twice last spring.\n- Cool room moved to March.\nCheers";
        let r = reader.read(text, "sam", today()).unwrap();
        let recs = test_names::records(&r);
        assert_eq!(recs.len(), 2, "{text}: {r:?}");
        assert_eq!(recs[1].verdict, Some(Verdict::Defer), "{text}: {r:?}");
    }
}

/// Convention 98: "send the raw fruit tallies": inside a task, the first words of a unit's
/// name of three words, in lower case after "the", before another noun, name the unit; a
/// first word of three letters names it only with the name's next word. A task with no
/// unit's word still leaves the unit asked for.
#[test]
fn a_units_first_word_in_a_tasks_thing_names_the_unit() {
    for reader in readers() {
        for (text, unit) in [
            (
                "Kate to send the raw fruit tallies to me by 11/12.",
                "Raw Fruit Intake",
            ),
            (
                "Lachie, please send me the raw fruit weighbridge dockets by Friday.",
                "Raw Fruit Intake",
            ),
        ] {
            let r = reader.read(text, "sam", today()).unwrap();
            assert_eq!(r.intent, Intent::Note, "{text}: {r:?}");
            assert_eq!(r.unit.as_deref(), Some(unit), "{text}: {r:?}");
            assert_eq!(r.investment, None, "{text}: {r:?}");
        }
        for text in [
            "Lachie, please send me the diary pages by Friday.",
            "Kate to send the raw tallies to me by 11/12.",
        ] {
            let r = reader.read(text, "sam", today()).unwrap();
            assert_eq!(r.unit, None, "{text}: {r:?}");
            assert!(r.missing.contains(&Missing::Unit), "{text}: {r:?}");
        }
    }
}

/// Convention 81: "Sanjay bhai, the new bin trailers — … go ahead": a name with the
/// honorific written after it, set off by a comma at the message's start, is who is told,
/// no word of the thing; the thing is what follows. Without the comma ("Sanjay bhai signed
/// off …") the name is the decider's, as before.
#[test]
fn a_name_and_honorific_addressed_is_no_thing() {
    for reader in readers() {
        let text = "Sanjay bhai, the new bin trailers — 6 from Huon Steel, $18,000 — go ahead";
        let r = reader.read(text, "sam", today()).unwrap();
        assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
        assert_eq!(
            r.investment.as_deref(),
            Some("bin trailers"),
            "{text}: {r:?}"
        );
        let text = "Sanjay bhai signed off the new bin trailers, $18,000.";
        let r = reader.read(text, "sam", today()).unwrap();
        assert_eq!(
            r.decided_by.as_deref(),
            Some("Sanjay bhai"),
            "{text}: {r:?}"
        );
    }
}
