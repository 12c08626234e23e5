//! Round B57: names, units and the records split, thirteenth pass, each worded here for an
//! invented organisation: a Chilean olive mill with its groves, press hall, trucks and
//! shop. Each is checked with the rules alone (an empty model) and with the shipped model.

use super::*;

/// A Chilean olive mill.
fn dir() -> StaticDirectory {
    test_names::directory(
        &[
            ("Mill", &["Press Hall"]),
            ("Groves", &["Orchards"]),
            ("Logistics", &["Haulage"]),
            ("Shop", &["Retail"]),
        ],
        &[
            ("Delivery Truck", "Logistics"),
            ("Olive Press Upgrade", "Mill"),
            ("Grove Irrigation", "Groves"),
            ("Shop Till", "Shop"),
        ],
    )
}

fn today() -> NaiveDate {
    "2026-12-04".parse().unwrap()
}

/// Dollars are the tenant's own money, as in the Americas.
fn readers() -> [Reader; 2] {
    let settings = ReaderSettings {
        day_first: true,
        default_currency: crate::money::Currency::USD,
    };
    super::test_names::rules_alone_and_with_model(&dir(), settings)
}

/// A sentence opening on what the thing would do, with no subject of its own ("Cuts the
/// fruit loss …", "Would save us …"), goes on about the thing proposed before it: a word
/// of another registered thing inside it ("the wait for the truck") opens no record. A
/// sentence with a subject of its own, news of that other thing, still does.
#[test]
fn a_sentence_of_what_the_thing_would_do_with_no_subject_stays_with_it() {
    for reader in readers() {
        for text in [
            "Proposal for the Mill: a cold store at the Talca yard, $48,000. Cuts the fruit loss from the 2-day wait for the truck, Pablo estimates $15k a year saved. 8 years.",
            "Proposal for the Mill: a cold store at the Talca yard, $48,000. Would save us the fruit lost waiting for the truck, Pablo estimates $15k a year. 8 years.",
        ] {
            let r = reader.read(text, "ana", today()).unwrap();
            assert_eq!(r.intent, Intent::Investment, "{text}: {r:?}");
            assert_eq!(r.investment.as_deref(), Some("cold store"), "{text}: {r:?}");
            assert!(r.also.is_empty(), "{text}: one record: {r:?}");
        }
        // News of the other thing, said with its own subject, is a record of its own.
        let text = "Proposal for the Mill: a cold store at the Talca yard, $48,000. Also the delivery truck saved us $15k this year on hired haulage.";
        let r = reader.read(text, "ana", today()).unwrap();
        assert_eq!(r.investment.as_deref(), Some("cold store"), "{text}: {r:?}");
        assert_eq!(r.also.len(), 1, "{text}: two records: {r:?}");
        assert_eq!(
            r.also[0].investment.as_deref(),
            Some("Delivery Truck"),
            "{text}: {r:?}"
        );
    }
}
