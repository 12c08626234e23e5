//! Round B64: names, units and the records split, twentieth pass, each worded here for an
//! invented organisation: a Tasmanian apple orchard with its pickers, packhouse, cider shed,
//! freight trucks, cellar door and office. Each is checked with the rules alone (an empty
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
        ],
        &[
            ("Frost Fans", "Orchard"),
            ("Grading Line", "Packhouse"),
            ("Cool Room", "Packhouse"),
            ("Bottling Machine", "Cidery"),
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
