//! Follow-ups handed out in the ways chat writers hand them out ("pls can Raj …", "Osei to
//! bring …", "over to Pieter for the sign-off …"), and what a follow-up's task is not: the
//! meeting's unit, or a decision already taken.

use super::*;

/// A bakery chain: units a follow-up's task can mention in passing.
fn dir() -> StaticDirectory {
    super::test_names::directory(
        &[
            ("Baking", &[]),
            ("Finance", &[]),
            ("Retail", &["Shops"]),
            ("Logistics", &[]),
        ],
        &[
            ("Oven Telemetry", "Baking"),
            ("Van Tracking", "Logistics"),
            ("Till Replacement", "Retail"),
        ],
    )
}

fn d(s: &str) -> Option<NaiveDate> {
    Some(s.parse().unwrap())
}

fn read_us(text: &str) -> Reading {
    super::test_names::read_us(text, "bea", "2026-11-27", &dir())
}

#[test]
fn pls_can_someone_hands_them_the_follow_up() {
    let r = read_us(
        "Baking meeting 11/20: scrap is down since the oven telemetry went in. pls can Raj send the Q3 figures to Finance by end of next month",
    );
    assert_eq!(r.intent, Intent::Note);
    let a = r.action.as_ref().expect("a follow-up");
    assert_eq!((a.owner.as_str(), a.due), ("Raj", d("2026-12-31")));
    // Finance is where the figures go, not who the meeting was with.
    assert_eq!(r.unit.as_deref(), Some("Baking"));
    let r = read_us("Retail sync: please can @tomas price the new tills by Friday");
    let a = r.action.as_ref().expect("a follow-up");
    assert_eq!((a.owner.as_str(), a.due), ("tomas", d("2026-11-27")));
}

#[test]
fn a_named_person_to_bring_or_mock_up_owns_it() {
    for (text, owner) in [
        (
            "Logistics catch-up. Osei to bring the route survey by 12/11.",
            "Osei",
        ),
        (
            "Retail huddle Tues: Kwame to mock up the till screens by 12/11",
            "Kwame",
        ),
    ] {
        let r = read_us(text);
        let a = r
            .action
            .as_ref()
            .unwrap_or_else(|| panic!("no follow-up in {text}"));
        assert_eq!(
            (a.owner.as_str(), a.due),
            (owner, d("2026-12-11")),
            "{text}"
        );
    }
}

#[test]
fn a_sign_off_someone_is_asked_to_get_is_not_a_decision() {
    let r = read_us(
        "Logistics review yesterday - the van tracking vendor fixed the GPS drift. over to Pieter for the pilot sign-off by 12/11",
    );
    assert_eq!(r.intent, Intent::Note);
    assert_eq!(r.verdict, None);
    assert_eq!(r.investment.as_deref(), Some("Van Tracking"));
    assert_eq!(r.due, d("2026-12-11"));
    // A decision taken before the follow-up is still the decision.
    let r =
        read_us("Finance approved the till replacement at $90k. Dana to sign the order by Friday");
    assert_eq!(r.verdict, Some(Verdict::Approve));
    assert_eq!(r.due, d("2026-11-27"));
}

#[test]
fn a_named_person_asked_without_to() {
    for text in [
        "Retail sync. @dana pls send the till quotes by Thurs",
        "Retail sync. AI: @dana send the till quotes by Thurs",
        "Retail sync. @dana can you send the till quotes by Thurs?",
    ] {
        let r = read_us(text);
        let a = r
            .action
            .as_ref()
            .unwrap_or_else(|| panic!("no follow-up in {text}"));
        assert_eq!(
            (a.owner.as_str(), a.due),
            ("dana", d("2026-12-03")),
            "{text}"
        );
        assert_eq!(a.text, "send the till quotes", "{text}");
    }
}

#[test]
fn a_name_then_a_request() {
    for text in [
        "Retail sync. Raj - can you send the till quotes by Thurs",
        "Retail sync. Raj: please send the till quotes by Thurs",
        "Retail sync. Raj, could you send the till quotes by Thurs",
    ] {
        let r = read_us(text);
        let a = r
            .action
            .as_ref()
            .unwrap_or_else(|| panic!("no follow-up in {text}"));
        assert_eq!(
            (a.owner.as_str(), a.due),
            ("Raj", d("2026-12-03")),
            "{text}"
        );
        assert_eq!(a.text, "send the till quotes", "{text}");
    }
    // A unit's heading before a request names no owner.
    let r = read_us("Finance: the till replacement is on track");
    assert!(r.action.is_none());
}

#[test]
fn an_action_heading_is_still_the_speakers() {
    // "Action:" is a heading, not a person asked.
    let r = read_us("Retail sync. Action: send the till quotes by Thurs");
    let a = r.action.as_ref().expect("a follow-up");
    assert_eq!((a.owner.as_str(), a.due), ("bea", d("2026-12-03")));
}
