//! Names said the way people say them, in a Welsh ferry operator's words: a name's one word
//! inside a follow-up's task ("@gwen to book the ramp vendor demo") names the investment the
//! task serves; a whole name said after a name's ordinary first word ("The client asked for
//! the eDiscovery platform costs"); the unit's portal a note is about, before a name said in a
//! later sentence; a name's later word in the plural ("Virtual cards"); a place before a
//! name's word ("Rio Verde biogas generated …").

use super::*;

/// A Welsh ferry operator with two ports and a booking website.
fn dir() -> StaticDirectory {
    test_names::directory(
        &[
            ("Port Operations", &["Ports", "Ops"]),
            ("Fleet", &["Marine"]),
            ("Passenger Services", &["Passenger"]),
            ("Finance", &["Cyllid"]),
            ("IT", &[]),
        ],
        &[
            ("Linkspan Ramp Renewal", "Port Operations"),
            ("Hybrid Vessel Conversion", "Fleet"),
            ("Online Booking Rebuild", "Passenger Services"),
            ("Payroll Migration", "Finance"),
            ("Ticket Gate Upgrade", "Port Operations"),
            ("Freight Portal", "Port Operations"),
            ("Traveller Self-Service Portal", "Passenger Services"),
            ("Crew Management System Replacement", "Fleet"),
            ("Contactless Card Programme", "Passenger Services"),
            ("Deck Officer Training App", "Fleet"),
        ],
    )
}

fn read(text: &str) -> Reading {
    test_names::read_on_test_day(text, "rhys", &dir())
}

#[test]
fn a_names_one_word_inside_a_follow_ups_task_names_the_investment() {
    for (text, investment, unit) in [
        (
            "@gwen to book the ramp vendor demo by Friday",
            "Linkspan Ramp Renewal",
            "Port Operations",
        ),
        (
            "@ifan to send the vessel delivery schedule to Marine by Weds",
            "Hybrid Vessel Conversion",
            "Fleet",
        ),
        (
            "@cerys to share the payroll comms plan by Friday",
            "Payroll Migration",
            "Finance",
        ),
        (
            "Action: @dai to get the gate FAT dates off the vendor by Friday",
            "Ticket Gate Upgrade",
            "Port Operations",
        ),
    ] {
        for r in [
            read(text),
            test_names::read_by_rules_on_test_day(text, "rhys", &dir(), ReaderSettings::default()),
        ] {
            assert_eq!(r.intent, Intent::Note, "{text}: {r:?}");
            assert_eq!(r.investment.as_deref(), Some(investment), "{text}: {r:?}");
            assert_eq!(r.unit.as_deref(), Some(unit), "{text}: {r:?}");
            assert!(r.action.is_some(), "{text}: {r:?}");
        }
    }
}

#[test]
fn a_task_set_in_another_unit_keeps_the_word_ordinary() {
    // The ramp a Passenger Services workshop wants is not the port's linkspan ramp.
    let text = "Passenger Services workshop on step-free access. Action: @mo to book the ramp supplier by Friday";
    let r = read(text);
    assert_eq!(r.investment, None, "{text}: {r:?}");
    assert_eq!(
        r.unit.as_deref(),
        Some("Passenger Services"),
        "{text}: {r:?}"
    );
    // The unit the task goes to is where the work is sent, not where it is set.
    let r = read("@gwen to send Finance the ramp vendor's quote by Friday");
    test_names::assert_known_name(&r, "", "Linkspan Ramp Renewal", "Port Operations");
}

#[test]
fn a_whole_name_beats_an_ordinary_first_word_of_another_said_before_it() {
    // "The freight agent" is a customer, not the Freight Portal.
    let text = "The freight agent asked for the Linkspan Ramp Renewal costs by end of next month, nothing decided yet";
    let r = read(text);
    test_names::assert_known_name(&r, "", "Linkspan Ramp Renewal", "Port Operations");
}

#[test]
fn the_thing_a_note_is_about_beats_a_name_said_in_a_later_sentence() {
    let text = "Passenger Services catch-up on Thursday: the portal's seat booking is the most used feature, passengers love the QR boarding. Nobody wants to change anything before the CMS goes in.";
    let r = read(text);
    assert_eq!(r.intent, Intent::Note, "{r:?}");
    test_names::assert_known_name(
        &r,
        "",
        "Traveller Self-Service Portal",
        "Passenger Services",
    );
    // Another unit's word after it ("marine forecast") does not unsay the unit met.
    let text = "Passenger Services catch-up on Thursday: the portal's marine forecast page is the most used feature. Nobody wants to change anything before the CMS goes in.";
    let r = read(text);
    test_names::assert_known_name(
        &r,
        "",
        "Traveller Self-Service Portal",
        "Passenger Services",
    );
}

#[test]
fn two_names_listed_together_keep_their_order() {
    let text = "Heads up — the ramp and the Ticket Gate Upgrade both got greenlit by the board, £60k and £45k";
    let r = read(text);
    assert_eq!(
        r.investment.as_deref(),
        Some("Linkspan Ramp Renewal"),
        "{r:?}"
    );
    assert_eq!(r.also.len(), 1, "{r:?}");
    assert_eq!(
        r.also[0].investment.as_deref(),
        Some("Ticket Gate Upgrade"),
        "{r:?}"
    );
}

#[test]
fn a_names_first_words_in_the_plural_name_it_in_a_minutes_item() {
    let text = "Minutes of the Board 26/11\n• Hybrid vessel conversion – approved, £2.2m, one ship first\n• Contactless cards – deferred to Q2\n• Gwen to circulate the ramp SLA by 4/12";
    let r = read(text);
    assert_eq!(
        r.investment.as_deref(),
        Some("Hybrid Vessel Conversion"),
        "{r:?}"
    );
    let deferred = r
        .also
        .iter()
        .find(|a| a.verdict == Some(Verdict::Defer))
        .expect("the deferral");
    assert_eq!(
        deferred.investment.as_deref(),
        Some("Contactless Card Programme"),
        "{r:?}"
    );
    assert!(!deferred.new_investment, "{r:?}");
    let r = read("Contactless cards: the board said no for now, revisit Q2.");
    assert_eq!(
        r.investment.as_deref(),
        Some("Contactless Card Programme"),
        "{r:?}"
    );
}

#[test]
fn a_place_before_a_names_word_is_where_it_is() {
    let text = "Pembroke Dock linkspan saved £62k in demurrage in October, 40 hours of delays gone";
    let r = read(text);
    assert_eq!(r.intent, Intent::Benefit, "{r:?}");
    test_names::assert_known_name(&r, "", "Linkspan Ramp Renewal", "Port Operations");
}

#[test]
fn whose_office_before_a_word_like_a_names_is_no_place() {
    let text = "Minister's office wants a one-pager on the ramp before the hearing. @gwen can you draft by Thurs?";
    let r = read(text);
    assert_eq!(
        r.investment.as_deref(),
        Some("Linkspan Ramp Renewal"),
        "{r:?}"
    );
}
