//! Names said the way people say them, in a Canadian charter airline's words (US and UK
//! writers): a well-known acronym for a name's words ("WFM"), a new name after "the X
//! request for", a name's later words with one clipped ("the temp sensors"), an airline
//! system's vendor ("Navitaire"), a unit's words both clipped ("Info Tech"), a new thing
//! asked for before a known name said as what it serves, a name's word after one word saying
//! which ("Reservations chatbot saved …") and "more drones".

use super::*;

/// A Canadian charter airline and tour operator.
fn dir() -> StaticDirectory {
    test_names::directory(
        &[
            ("Flight Operations", &["Flight Ops"]),
            ("Technical Operations", &["Tech Ops", "Hangar"]),
            ("Ground Handling", &["Ramp", "Ground"]),
            ("Guest Services", &["Guests", "CX"]),
            ("Information Technology", &["IT"]),
            ("Finance", &["Accounts"]),
            ("Tours", &["Holidays"]),
        ],
        &[
            ("Workforce Scheduling Tool", "Ground Handling"),
            ("Hangar Temperature Sensors", "Technical Operations"),
            ("Tug Fleet Electrification", "Ground Handling"),
            ("Passenger Service System Replacement", "Guest Services"),
            ("Kubernetes Platform Migration", "Information Technology"),
            ("Tour Booking Website", "Tours"),
            ("Invoice Scanning", "Finance"),
            ("Call Centre Chatbot", "Guest Services"),
            ("Drone Bird Deterrent", "Ground Handling"),
        ],
    )
}

fn read(text: &str) -> Reading {
    test_names::read_us(text, "lise", "2026-12-02", &dir())
}

fn assert_names(text: &str, investment: &str, unit: &str) {
    test_names::assert_known_name(&read(text), text, investment, unit);
}

/// A name not in the directory, read as written (a rejected one is not proposed as new).
fn assert_new_name(text: &str, name: &str) {
    test_names::assert_name_as_written(&read(text), text, name);
}

#[test]
fn wfm_is_workforce_management_or_scheduling() {
    assert_names(
        "WFM tool rejected by the board, $90k and the ramp uses spreadsheets fine",
        "Workforce Scheduling Tool",
        "Ground Handling",
    );
    assert_names(
        "Ground Handling: WFM tool approved after all, $85k",
        "Workforce Scheduling Tool",
        "Ground Handling",
    );
}

#[test]
fn a_new_name_after_someone_s_request_for() {
    assert_new_name(
        "Rejected: the CX request for a lounge tablet pilot at $70k. Only 4% of guests use the lounge.",
        "lounge tablet pilot",
    );
    // The owner said in three words, and the name runs on through "on" and what it shows.
    assert_new_name(
        "Not approved: the Chief Pilot's office request for a $25k dashboard on fuel burn. The EFB already shows it.",
        "dashboard on fuel burn",
    );
}

#[test]
fn a_name_s_later_words_with_one_clipped() {
    assert_names(
        "Approved the temp sensors for hangar 2 today, $60k",
        "Hangar Temperature Sensors",
        "Technical Operations",
    );
    // Two such names sharing one verdict, each with its amount.
    let r = read("Approved the temp sensors and the tug electrification today, $60k and $410k");
    assert_eq!(
        r.investment.as_deref(),
        Some("Hangar Temperature Sensors"),
        "{r:?}"
    );
    assert_eq!(r.also.len(), 1, "{r:?}");
    assert_eq!(
        r.also[0].investment.as_deref(),
        Some("Tug Fleet Electrification")
    );
}

#[test]
fn an_airline_system_s_vendor_names_it() {
    assert_names(
        "Navitaire cutover on hold until February — test bookings still failing",
        "Passenger Service System Replacement",
        "Guest Services",
    );
}

#[test]
fn a_unit_s_words_both_clipped() {
    let r = read("Info Tech say the cluster move is 60% done, nothing to decide");
    assert_eq!(r.unit.as_deref(), Some("Information Technology"), "{r:?}");
}

#[test]
fn a_new_thing_asked_for_before_the_known_name_it_serves() {
    assert_new_name(
        "IT asked for $140k for a log search stack for the k8s clusters",
        "log search stack",
    );
    // The known name is still the one meant when nothing new is asked for.
    assert_names(
        "IT asked for another $140k for the k8s migration",
        "Kubernetes Platform Migration",
        "Information Technology",
    );
}

#[test]
fn a_name_s_word_after_one_word_saying_which_leads_the_clause() {
    assert_names(
        "Reservations chatbot saved $18k in agent overtime in October",
        "Call Centre Chatbot",
        "Guest Services",
    );
}

#[test]
fn more_of_a_name_s_things_is_that_investment() {
    assert_names(
        "approved another $180k for more drones, bird strikes are up",
        "Drone Bird Deterrent",
        "Ground Handling",
    );
}

#[test]
fn a_new_name_after_a_heading_that_says_whose_idea_it_is() {
    assert_new_name(
        "New idea from Mette: baggage photo kiosk for lost-bag claims, ~$40k, could save $15k/yr over 3 years",
        "baggage photo kiosk",
    );
}

#[test]
fn a_new_name_after_no_thanks_to() {
    assert_new_name(
        "Tours say no thanks to the voice assistant pilot ($60k). It only answers what the website already covers.",
        "voice assistant pilot",
    );
}

#[test]
fn a_new_thing_given_the_ok_before_a_name_s_word_said_of_whom_it_is_for() {
    assert_new_name(
        "Small thing: the Ramp team got OK for new ear defenders for the tug drivers, $9k",
        "ear defenders",
    );
    // Said of the known thing, the word still names it.
    assert_names(
        "got OK for another $9k for the tug electrification",
        "Tug Fleet Electrification",
        "Ground Handling",
    );
}
