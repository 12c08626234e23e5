//! Round B49: names, units and the records split, sixth pass, each worded here for an
//! invented organisation: a Yorkshire brewery with its brewhouse, cellar, workshop, lab,
//! taproom, drays and office. Each is checked with the rules alone (an empty model) and with
//! the shipped model.

use super::*;

/// A Yorkshire brewery.
fn dir() -> StaticDirectory {
    test_names::directory(
        &[
            ("Brewhouse", &["Brewing", "Mash Room"]),
            ("Cellar", &["Casks", "Cask Cellar"]),
            ("Workshop", &["Engineering"]),
            ("Lab", &["QC"]),
            ("Taproom", &["Bar", "Club"]),
            ("Deliveries", &["Drays", "Delivery"]),
            ("Training", &["Training Team"]),
            ("Office", &["Admin", "Accounts"]),
            ("IT", &[]),
        ],
        &[
            ("Mash Tun Upgrade", "Brewhouse"),
            ("Cask Washer", "Cellar"),
            ("Dray Lorries", "Deliveries"),
            ("Till System", "Taproom"),
            ("Staff Laptops", "IT"),
            ("Website Rebuild", "Office"),
            ("Fermenter Refit", "Brewhouse"),
            ("Drain Repairs", "Cellar"),
        ],
    )
}

fn today() -> NaiveDate {
    "2026-11-27".parse().unwrap()
}

fn readers() -> [Reader; 2] {
    super::test_names::rules_alone_and_with_model(&dir(), ReaderSettings::default())
}

/// Convention 56: a unit's word before a new thing's own noun names the unit when it is the
/// place the thing stands or works in ("the workshop pillar drill", "new lab pipettes",
/// "the new office chairs", as "a pillar drill in the workshop" does, convention 50).
#[test]
fn a_units_place_before_a_new_things_noun_names_the_unit() {
    for reader in readers() {
        for (text, unit) in [
            (
                "Greg signed off the workshop pillar drill, £2,400, the old one wobbles like a jelly.",
                "Workshop",
            ),
            (
                "Kath ok'd the lab pipettes, £900 👍",
                "Lab",
            ),
            (
                "The new office chairs got knocked back, £3,100 for chairs? fair enough.",
                "Office",
            ),
        ] {
            let r = reader.read(text, "sam", today()).unwrap();
            assert_eq!(r.unit.as_deref(), Some(unit), "{text}: {r:?}");
            assert!(!r.missing.contains(&Missing::Unit), "{text}: {r:?}");
        }
    }
}

/// Convention 56: a unit's word before a new thing's own noun that says the thing's kind of
/// use, or what it works on ("a training defibrillator", "the delivery e-bike", "the club
/// app"), is the thing's kind, not its team: the unit is asked for.
#[test]
fn a_units_word_as_a_new_things_kind_of_use_leaves_the_unit_asked() {
    for reader in readers() {
        for text in [
            "Kath said no to the new delivery e-bike for the town centre, we already pay a courier for that.",
            "Sue's turned down the club app, £25k for something forty regulars would open? no chance",
            "The club app idea is a no from Kath, £18k for an app the regulars would never open.",
        ] {
            let r = reader.read(text, "sam", today()).unwrap();
            assert_eq!(r.unit, None, "{text}: {r:?}");
            assert!(r.missing.contains(&Missing::Unit), "{text}: {r:?}");
        }
    }
}

/// "cask washer's arrived 🙌 but Kath rejected the canning line, …": in a chat line, an
/// emoji between two clauses ends the first as a full stop would; news of one thing and a
/// verdict on another are two records.
#[test]
fn an_emoji_between_news_and_a_verdict_on_another_thing_ends_a_sentence() {
    for reader in readers() {
        for (text, verdict, thing) in [
            (
                "cask washer's arrived 🙌 but Kath rejected the canning line, we'll keep using the mobile canner",
                Verdict::Reject,
                "canning line",
            ),
            (
                "new dray lorries arrived 🎉 bottle labeller's a no tho, sales are too flat to spend it",
                Verdict::Reject,
                "bottle labeller",
            ),
        ] {
            let r = reader.read(text, "sam", today()).unwrap();
            let recs = test_names::records(&r);
            assert_eq!(recs.len(), 2, "{text}: {r:?}");
            assert_eq!(recs[0].intent, Intent::Note, "{text}: {r:?}");
            assert_eq!(recs[1].verdict, Some(verdict), "{text}: {r:?}");
            assert_eq!(recs[1].investment.as_deref(), Some(thing), "{text}: {r:?}");
        }
    }
}

/// "website after the holidays, nobody is free" against Website Rebuild, "parked the
/// fermenter" against Fermenter Refit: a registered name that is one thing and
/// the work done on it ("rebuild", "redesign", "refit", "revamp" as "upgrade" and
/// "replacement" are) is said by the thing alone; as a message's label ("website: …") it
/// names what the message is about, before another name said after it.
#[test]
fn a_thing_said_without_the_work_done_on_it_is_its_registered_name() {
    for reader in readers() {
        for (text, name) in [
            ("website after the holidays, nobody is free", "Website Rebuild"),
            (
                "Heard from Kath about the website. She's a no — £30k for a site when nobody buys beer off a website.",
                "Website Rebuild",
            ),
            (
                "website: the agency wants 4 weeks just for the till system hookup, @dave chase their plan by fri pls",
                "Website Rebuild",
            ),
            (
                "Kath's parked the fermenter till spring, we can't spare the tank while it's stripped down.",
                "Fermenter Refit",
            ),
        ] {
            let r = reader.read(text, "sam", today()).unwrap();
            assert_eq!(r.investment.as_deref(), Some(name), "{text}: {r:?}");
        }
    }
}

/// "the Keighley drain repair is a go" against Drain Repairs: a name said with its last
/// word in the singular, after a place's name, is still that name (as "the drain repairs"
/// is), not a new thing named for the place.
#[test]
fn a_plural_name_said_in_the_singular_after_a_place_is_that_name() {
    for reader in readers() {
        let text = "Good news from Kath: the Keighley drain repair is a go at £7,400, as long as the council signs the road closure.";
        let r = reader.read(text, "sam", today()).unwrap();
        assert_eq!(
            r.investment.as_deref(),
            Some("Drain Repairs"),
            "{text}: {r:?}"
        );
        assert_eq!(r.unit.as_deref(), Some("Cellar"), "{text}: {r:?}");
    }
}
