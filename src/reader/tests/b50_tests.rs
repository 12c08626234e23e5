//! Round B50: names, units and the records split, seventh pass, each worded here for an
//! invented organisation: a Herefordshire cider mill with its press house, cellar, orchards,
//! farm shop, yard and office. Each is checked with the rules alone (an empty model) and with
//! the shipped model.

use super::*;

/// A Herefordshire cider mill.
fn dir() -> StaticDirectory {
    test_names::directory(
        &[
            ("Press House", &["Pressing"]),
            ("Cellar", &["Cellars"]),
            ("Orchards", &["Orchard Team"]),
            ("Farm Shop", &["Shop", "Retail"]),
            ("Yard", &["Transport"]),
            ("Office", &["Admin", "Finance"]),
        ],
        &[
            ("Orchard Spray App", "Orchards"),
            ("Yard Forklift Replacement", "Yard"),
            ("CRM Replacement", "Farm Shop"),
            ("Belt Press Upgrade", "Press House"),
            ("Bottling Line Rebuild", "Cellar"),
            ("Cider Barn Roofing", "Yard"),
        ],
    )
}

fn today() -> NaiveDate {
    "2026-11-27".parse().unwrap()
}

fn readers() -> [Reader; 2] {
    super::test_names::rules_alone_and_with_model(&dir(), ReaderSettings::default())
}

/// Convention 59: a part of a registered thing said as the thing and then the part — a
/// licence, a module, an add-on, a battery pack — is that registered investment, even after
/// "a second", "the 2nd", "an extra" or words saying which part it is.
#[test]
fn a_registered_things_licence_module_or_battery_is_that_investment() {
    for reader in readers() {
        for (text, name, unit) in [
            (
                "Ruth said no to a second spray app licence for the contractors, £1,200 — they can text us the tank mixes",
                "Orchard Spray App",
                "Orchards",
            ),
            (
                "aprvd the 2nd forklift battery pack 3.9k, so we can run both shifts without a charge",
                "Yard Forklift Replacement",
                "Yard",
            ),
            (
                "Kath said no to another belt press licence, £400 a year for a screen nobody looks at",
                "Belt Press Upgrade",
                "Press House",
            ),
            (
                "Ruth's signed off an extra CRM licence for the café till, £600 a year",
                "CRM Replacement",
                "Farm Shop",
            ),
        ] {
            let r = reader.read(text, "sam", today()).unwrap();
            assert_eq!(r.investment.as_deref(), Some(name), "{text}: {r:?}");
            assert_eq!(r.unit.as_deref(), Some(unit), "{text}: {r:?}");
        }
    }
}

/// "The belt press upgrade is going ahead, Ruth signed the Voran contract Tuesday at £39k":
/// someone signing the papers of the thing just decided, in the clause after its verdict,
/// is that decision said again, one record; a verdict on another thing after it is the next.
#[test]
fn a_contract_signed_after_a_verdict_is_that_decision() {
    for reader in readers() {
        for text in [
            "Couple of things from the office. The belt press upgrade is going ahead, Ruth signed the Voran contract Tuesday at £39k — CRM was down again so she did it on paper. On the cellar side, the bottling line rebuild keeps going, the filler's back from the fitters.",
            "The belt press upgrade is going ahead, she signed the contract Tuesday at £39k — CRM was down again so she did it on paper. On the cellar side, the bottling line rebuild keeps going, the filler's back from the fitters.",
        ] {
        let r = reader.read(text, "sam", today()).unwrap();
        let recs = test_names::records(&r);
        assert_eq!(recs.len(), 2, "{text}: {r:?}");
        assert_eq!(recs[0].verdict, Some(Verdict::Approve), "{text}: {r:?}");
        assert_eq!(recs[0].investment.as_deref(), Some("Belt Press Upgrade"), "{text}: {r:?}");
        assert_eq!(recs[1].verdict, Some(Verdict::Continue), "{text}: {r:?}");
        assert_eq!(
            recs[1].investment.as_deref(),
            Some("Bottling Line Rebuild"),
            "{text}: {r:?}"
        );
        }
    }
}

/// Convention 59: "happy with the new cider press" against Cider Barn Roofing: a registered
/// name's describing word after "the new", then a noun none of the name's, names a new
/// thing, after "with" as after "to" or "for".
#[test]
fn a_new_thing_said_with_a_registered_names_first_word_is_a_new_thing() {
    for reader in readers() {
        for text in [
            "ruth is happy enough w the new cider press, 4.5k, the old one's leaking",
            "Ruth's fine with the new cider press, £4,500, the old one leaks all over the yard.",
        ] {
            let r = reader.read(text, "sam", today()).unwrap();
            assert_eq!(
                r.investment.as_deref().map(str::to_lowercase).as_deref(),
                Some("cider press"),
                "{text}: {r:?}"
            );
        }
    }
}

/// "(1) … approved …\n(2) …: no update.\nFollow up:\n(3) Tom to send the CRM licence count by
/// 10/12.": an item numbered in brackets is an item as "1." or "2)" is, and a follow-up
/// item about another investment than the decision before is a note of its own.
#[test]
fn an_item_numbered_in_brackets_handing_out_a_task_is_a_note_of_its_own() {
    for reader in readers() {
        let text = "Ops meeting 1/12 – minutes\nDecisions:\n(1) Belt press upgrade: approved £39k. Tom follow up with the fitters for the install date.\n(2) Cider barn roofing: no update.\nFollow up:\n(3) Kath to send the CRM licence count by 10/12.";
        let r = reader.read(text, "sam", today()).unwrap();
        let recs = test_names::records(&r);
        assert_eq!(recs.len(), 2, "{text}: {r:?}");
        assert_eq!(recs[0].verdict, Some(Verdict::Approve), "{text}: {r:?}");
        assert_eq!(
            recs[0].investment.as_deref(),
            Some("Belt Press Upgrade"),
            "{text}: {r:?}"
        );
        assert_eq!(recs[1].intent, Intent::Note, "{text}: {r:?}");
        assert_eq!(
            recs[1].investment.as_deref(),
            Some("CRM Replacement"),
            "{text}: {r:?}"
        );
    }
}

/// "…\n3. CRM – no update.\nOther matters: Kath to get the CRM demo scheduled by 12/10.":
/// minutes' closing line ("Other matters:", "AOB:") handing someone a task about another
/// investment than the decision before is a note of its own, as a follow-up item is.
#[test]
fn a_task_under_other_matters_is_a_note_of_its_own() {
    for reader in readers() {
        let text = "MINUTES – Ops, Wednesday 12/2\n1. Belt press upgrade – APPROVED, £39k. Tom to present the timeline on 12/9.\n2. Cider barn roofing – for further study, the current roof can still last one more winter.\n3. CRM – no update.\nOther matters: Kath to get the CRM demo scheduled by 12/10.";
        let r = reader.read(text, "sam", today()).unwrap();
        let recs = test_names::records(&r);
        assert_eq!(recs.len(), 3, "{text}: {r:?}");
        assert_eq!(recs[2].intent, Intent::Note, "{text}: {r:?}");
        assert_eq!(
            recs[2].investment.as_deref(),
            Some("CRM Replacement"),
            "{text}: {r:?}"
        );
    }
}
