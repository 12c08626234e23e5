//! Round B65: names, units and the records split, twenty-first pass, each worded here for an
//! invented organisation: an Okanagan cherry orchard with its pickers, packing shed, cold
//! store, trucks, farm stand and office. Each is checked with the rules alone (an empty
//! model) and with the shipped model.

use super::*;

/// An Okanagan cherry orchard.
fn dir() -> StaticDirectory {
    test_names::directory(
        &[
            ("Orchard", &["Picking", "Pickers"]),
            ("Packing Shed", &["Packing", "Packhouse"]),
            ("Cold Store", &["Cooler"]),
            ("Trucking", &["Trucks"]),
            ("Farm Stand", &["Retail"]),
            ("Office", &["Admin", "Accounts"]),
        ],
        &[
            ("Rain Covers", "Orchard"),
            ("Cherry Sorter", "Packing Shed"),
            ("Hydrocooler", "Cold Store"),
            ("Reefer Trailer", "Trucking"),
            ("Payroll Software", "Office"),
        ],
    )
}

fn today() -> NaiveDate {
    "2026-12-04".parse().unwrap()
}

/// Canadian dollars are the orchard's own money.
fn readers() -> [Reader; 2] {
    let settings = ReaderSettings {
        day_first: false,
        default_currency: crate::money::Currency::from_code("CAD").unwrap(),
    };
    super::test_names::rules_alone_and_with_model(&dir(), settings)
}

/// Reads `text` and checks it holds two records, the second putting `investment` off; that
/// second record's look-again date.
fn later_deferral(reader: &Reader, text: &str, investment: &str) -> Option<NaiveDate> {
    let r = reader.read(text, "sam", today()).unwrap();
    let recs = test_names::records(&r);
    assert_eq!(recs.len(), 2, "{text}: {r:?}");
    assert_eq!(recs[1].verdict, Some(Verdict::Defer), "{text}: {r:?}");
    assert_eq!(
        recs[1].investment.as_deref(),
        Some(investment),
        "{text}: {r:?}"
    );
    recs[1].review_date
}

/// Convention 49 against a deferral: "the rain covers got pushed to spring; Gord wants to see
/// the crop insurance payout first" is put off because someone wants something first, said
/// after a semicolon as after a comma; "got pushed to spring; the supplier's backed up" stays
/// a slip, no record of its own.
#[test]
fn got_pushed_then_someone_wanting_after_a_semicolon_is_a_deferral() {
    for reader in readers() {
        let text = "Marge approved the cherry sorter, $212,000. The rain covers got pushed to spring; Gord wants to see the crop insurance payout first.";
        later_deferral(&reader, text, "Rain Covers");
        let text = "Marge approved the cherry sorter, $212,000. The rain covers got pushed to spring; the supplier is backed up.";
        let r = reader.read(text, "sam", today()).unwrap();
        assert_eq!(test_names::records(&r).len(), 1, "{text}: {r:?}");
    }
}

/// "The hydrocooler gone back to January, Gord want to see the Christmas sales first":
/// work gone (went, goes) back to a time is put off to it, as "pushed back to" is; gone
/// back to anything but a time ("went back to the old supplier") is no verdict.
#[test]
fn work_gone_back_to_a_time_is_a_deferral() {
    for reader in readers() {
        for said in ["gone back to", "went back to", "goes back to"] {
            let text = format!("Marge approve the cherry sorter, $212,000 — the old one bruise too much fruit. The hydrocooler {said} January, Gord want to see the Christmas sales first.");
            let look_again = later_deferral(&reader, &text, "Hydrocooler");
            assert_eq!(look_again, Some("2027-01-01".parse().unwrap()), "{text}");
        }
        let text = "Marge approve the cherry sorter, $212,000 — the old one bruise too much fruit. The packing crew went back to the old boxes.";
        let r = reader.read(text, "sam", today()).unwrap();
        assert_eq!(test_names::records(&r).len(), 1, "{text}: {r:?}");
    }
}

/// Convention 21: "The reefer trailer he said wait, after the harvest we talk again": those
/// who decide saying "wait" put the work off, in a later sentence as alone, as "say wait
/// till …" and "decided to wait" do.
#[test]
fn someone_who_decides_saying_wait_is_a_deferral() {
    for reader in readers() {
        for said in ["he said wait", "Marge say wait", "Marge says wait"] {
            let text = format!("Marge agreed the cherry sorter, total $212,000. The reefer trailer {said}, after the harvest we talk again.");
            later_deferral(&reader, &text, "Reefer Trailer");
        }
    }
}

/// "The payroll software didn't get over the line, so it's back to the board in March": a
/// thing sent back to the board at a time is put off till then (as "come back to the board
/// in June" is labelled); its look-again is that time.
#[test]
fn back_to_the_board_at_a_time_is_a_deferral() {
    for reader in readers() {
        let text = "The cherry sorter is a go at $212,000. The payroll software didn't get over the line, so it's back to the board in March.";
        let look_again = later_deferral(&reader, text, "Payroll Software");
        assert_eq!(look_again, Some("2027-03-01".parse().unwrap()), "{text}");
    }
}
