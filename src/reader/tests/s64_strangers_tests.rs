//! Readings of forms from round S64's writers, the Alaskan English of a heating oil and
//! propane distributor, the Cypriot English of a halloumi dairy and the Grenadian English and
//! creole of a nutmeg co-op, each worded here for another invented organisation.

use super::test_names::{directory, read_day_first_in, whole};
use super::*;

/// A sailing charter yard: the boatyard, the charter fleet and the office.
fn yard_dir() -> StaticDirectory {
    directory(
        &[
            ("Boatyard", &["Yard", "Slipway"]),
            ("Charters", &["Fleet"]),
            ("Office", &["Admin"]),
        ],
        &[
            ("Travel Lift", "Boatyard"),
            ("Charter Catamaran", "Charters"),
            ("Booking System", "Office"),
        ],
    )
}

/// `text` read for the charter yard, day first, counting in `currency`.
fn read_yard(text: &str, currency: &str) -> Reading {
    read_day_first_in(text, "shanice", currency, &yard_dir())
}

/// "EC$186,000", "$78k EC", "EC$6,000/yr" (the nutmeg co-op): "EC$" written onto a figure is
/// the Eastern Caribbean dollar anywhere, and a bare "$" is the tenant's own where it counts
/// in them, as the other dollars' tenants' is; elsewhere a bare "$" stays the US dollar.
#[test]
fn an_ec_dollar_is_the_eastern_caribbean_dollar() {
    for (text, currency) in [
        ("Board approve the travel lift, EC$186,000.", "XCD"),
        ("Travel lift approved at $186k, the old one crack.", "XCD"),
        ("Board approve the travel lift, EC$186,000.", "USD"),
    ] {
        assert_eq!(
            read_yard(text, currency).amount,
            whole(186_000, "XCD"),
            "{text} ({currency})"
        );
    }
    // A US dollar tenant's bare "$" is still its own.
    assert_eq!(
        read_yard("Travel lift approved at $186k, the old one crack.", "USD").amount,
        whole(186_000, "USD")
    );
}

/// "The whey treatment plant - Mr Andreas said no for now", "The website shop for tourists
/// — Marios said it is not worth it, cancel" (the halloumi dairy): a thing's heading set off
/// by a spaced hyphen, as by a dash, opens the clause whose subject decided; a hyphen inside
/// a name is no heading's end, and our own "we" is still no one named.
#[test]
fn a_heading_set_off_by_a_spaced_hyphen_opens_the_deciders_clause() {
    for (text, who) in [
        (
            "Travel lift - Shanice said no for now, the quote is too dear.",
            "Shanice",
        ),
        (
            "The travel lift - Mr Lewis said no. EC$90k is too much.",
            "Mr Lewis",
        ),
        (
            "Booking system - Auntie Vera approved it at $14k.",
            "Auntie Vera",
        ),
    ] {
        assert_eq!(
            read_yard(text, "XCD").decided_by.as_deref(),
            Some(who),
            "{text}"
        );
    }
    // A double name's hyphen is the name's own.
    assert_eq!(
        read_yard("Mary-Jane approved the travel lift at $90k.", "XCD")
            .decided_by
            .as_deref(),
        Some("Mary-Jane")
    );
    // Our own no is no one named.
    assert_eq!(
        read_yard("Travel lift - we said no for now, too dear.", "XCD").decided_by,
        None
    );
}

/// "Can we keep the Saturday milk collection …? Andreas says yes, we keep it" (the halloumi
/// dairy): a "yes" said before what "we" do is the sayer's go-ahead, as "says crack on, we
/// keep going" is; news said before it ("says the engine is fine, we keep it") is no one's
/// verdict.
#[test]
fn says_yes_before_what_we_do_is_the_sayers() {
    let r = read_yard(
        "Charter catamaran: Shanice says yes, we keep it going through the winter.",
        "XCD",
    );
    assert_eq!(r.verdict, Some(Verdict::Continue));
    assert_eq!(r.decided_by.as_deref(), Some("Shanice"));
    let r = read_yard(
        "Charter catamaran: Shanice says the engine is fine, we keep it going through the winter.",
        "XCD",
    );
    assert_eq!(r.decided_by, None);
}

/// "Mr Charles decide we continuing the mace buying …" (the nutmeg co-op): a name that
/// decided (that) "we" do the verdict is who decided, as one who says so is; "we decided we
/// …" names no one.
#[test]
fn a_name_that_decided_we_do_it_is_who_decided() {
    for text in [
        "Shanice decided we continue the charter catamaran through the winter.",
        "Shanice decided that we stop the booking system, nobody use it.",
        "Shanice decide we continuing the charter catamaran.",
    ] {
        assert_eq!(
            read_yard(text, "XCD").decided_by.as_deref(),
            Some("Shanice"),
            "{text}"
        );
    }
    assert_eq!(
        read_yard(
            "We decided we continue the charter catamaran through the winter.",
            "XCD"
        )
        .decided_by,
        None
    );
}

/// "Board meet last night and approve the solar dryers …" (the nutmeg co-op): a body that
/// met and then gave the verdict is who decided; "we met … and approved" names no one.
#[test]
fn a_body_that_met_and_approved_decided() {
    for (text, who) in [
        (
            "Board meet last night and approve the charter catamaran, EC$400,000.",
            "Board",
        ),
        (
            "The Board met on Tuesday and approved the charter catamaran at EC$400k.",
            "The Board",
        ),
    ] {
        assert_eq!(
            read_yard(text, "XCD").decided_by.as_deref(),
            Some(who),
            "{text}"
        );
    }
    assert_eq!(
        read_yard(
            "We met last night and approved the charter catamaran, EC$400,000.",
            "XCD"
        )
        .decided_by,
        None
    );
}
