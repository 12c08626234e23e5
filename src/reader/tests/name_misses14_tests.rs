//! Names said the way native-English managers say them, in a US arena's words: "SOC" for a
//! security operations service; a name's first word in the plural opening the message
//! ("Turnstiles approved") and an acronym opening a name said with the name's last word
//! ("PA upgrade") are that investment; "the extra 60k" names nothing; a name's word in the
//! plural after a list's dash and before a label's colon ("- wearables: keep going") is
//! that investment; a name's describing word before people ("the suite managers") names
//! the people, not the investment; "a proper" before a thing asked for is no part of its
//! name, and a known name in a later sentence does not take its place; a one-word unit's
//! name clipped ("Dev want …") before what it asks is the unit; a name's word clipped
//! before the work on it ("Sim upgrade") names it.

use super::*;

/// A US arena: gates, event operations, a simulator bay for its esports arm, IT.
fn arena() -> StaticDirectory {
    test_names::directory(
        &[
            ("Gate Operations", &["Gates", "Box Office"]),
            ("Event Operations", &["Event Ops", "Ops"]),
            ("Esports", &["Gaming"]),
            ("Safety", &[]),
            ("Finance", &[]),
            ("IT", &["Tech"]),
        ],
        &[
            ("Turnstile Refresh", "Gate Operations"),
            ("Mobile Ticketing App", "Gate Operations"),
            ("PA System Upgrade", "Event Operations"),
            ("Scoreboard Replacement", "Event Operations"),
            ("Racing Simulator Rig", "Esports"),
            ("Expenses App", "Finance"),
            ("Security Operations Service", "IT"),
            ("Concourse Wi-Fi", "IT"),
            ("Wearable Safety Sensors", "Safety"),
            ("Suite Booking Upgrade", "Gate Operations"),
        ],
    )
}

fn read_arena(text: &str) -> Reading {
    test_names::read_us(text, "dana", "2026-11-27", &arena())
}

#[test]
fn soc_names_a_security_operations_service() {
    let text =
        "we turned down the SOC, the vendor wanted 200 thousand a year for alerts we already get";
    let r = read_arena(text);
    test_names::assert_known_name(&r, text, "Security Operations Service", "IT");
}

#[test]
fn a_first_word_in_the_plural_opening_the_message_names_its_investment() {
    let text = "Turnstiles approved, $120k. The old ones jammed twice at the season opener.";
    let r = read_arena(text);
    test_names::assert_known_name(&r, text, "Turnstile Refresh", "Gate Operations");
}

#[test]
fn an_acronym_with_the_names_last_word_names_it() {
    let text = "PA upgrade approved at $40k. Luis is running the install over the holiday break.";
    let r = read_arena(text);
    test_names::assert_known_name(&r, text, "PA System Upgrade", "Event Operations");
}

#[test]
fn a_names_word_clipped_before_the_work_on_it_names_it() {
    let text = "Sim upgrade - they have spent $90k of the $150k and now want $60k more. Approved the extra 60k.";
    let r = read_arena(text);
    test_names::assert_known_name(&r, text, "Racing Simulator Rig", "Esports");
}

#[test]
fn the_extra_money_names_nothing() {
    let text = "Sim upgrade - they have spent $90k of the $150k we gave them in March and now want $60k more for the motion platform. Approved the extra 60k.";
    let r = read_arena(text);
    assert_ne!(r.investment.as_deref(), Some("extra"), "{text}: {r:?}");
}

#[test]
fn a_names_word_in_the_plural_as_a_listed_label_names_it() {
    let text = "Safety mtg 11/30:\n- scoreboard: add 2 more panels at the north end, approved $18K\n- wearables: keep going thru winter\n- Luis to update the crowd plan by 12/11";
    let r = read_arena(text);
    let later: Vec<_> = r.also.iter().map(|a| a.investment.as_deref()).collect();
    assert!(
        later.contains(&Some("Wearable Safety Sensors")),
        "{text}: {later:?}"
    );
}

#[test]
fn a_names_describing_word_before_people_names_the_people() {
    let text = "Finance want an expense card tool for the suite managers, about $15k, starting Feb";
    let r = read_arena(text);
    test_names::assert_name_as_written(&r, text, "expense card tool");
}

#[test]
fn proper_before_a_thing_asked_for_is_no_part_of_its_name() {
    let text =
        "Gate Operations have asked for a proper shift swap app for the stewards, about $2,000.";
    let r = read_arena(text);
    test_names::assert_name_as_written(&r, text, "shift swap app");
}

#[test]
fn a_known_name_in_a_later_sentence_does_not_take_the_thing_asked_for() {
    let text = "Gate Operations have asked for a new shift swap app for the stewards, about $2,000. I've suggested we see if the ticketing app can do it first before we buy anything new.";
    let r = read_arena(text);
    test_names::assert_name_as_written(&r, text, "shift swap app");
}

#[test]
fn a_one_word_units_name_clipped_before_what_it_asks_is_the_unit() {
    let text = "Dev want a grant tracking tool for the spring appeal, about $12k";
    let r = test_names::read_us(text, "dana", "2026-11-27", &trust());
    assert_eq!(r.unit.as_deref(), Some("Development"), "{text}: {r:?}");
    test_names::assert_name_as_written(&r, text, "grant tracking tool");
}

#[test]
fn a_clipped_units_name_before_what_someone_will_do_is_someone() {
    let text = "Dev will place the order for the trail counters on Monday";
    let r = test_names::read_us(text, "dana", "2026-11-27", &trust());
    assert_ne!(r.unit.as_deref(), Some("Development"), "{text}: {r:?}");
}

/// A US land trust: rangers, fundraising, visitors.
fn trust() -> StaticDirectory {
    test_names::directory(
        &[
            ("Ranger Service", &["Rangers"]),
            ("Visitor Services", &["Visitors"]),
            ("Development", &["Fundraising"]),
            ("Finance", &[]),
        ],
        &[
            ("Trail Counter Network", "Ranger Service"),
            ("Donor CRM", "Development"),
            ("Visitor Booking System", "Visitor Services"),
        ],
    )
}
