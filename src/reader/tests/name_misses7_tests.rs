//! Names said the way people say them, in a cinema chain's words (UK and US writers): a
//! lead-in before a new name ("Kindly note the …"), American words for a name's British
//! ones ("elevator" for lift, "license" for licence), two investments sharing one verdict,
//! a unit named by its head's role ("the CFO's team"), a new name that shares a known
//! name's first words or runs on through "of" and a place, and a vendor's product.

use super::*;

/// A cinema chain with sites in the UK and the US.
fn dir() -> StaticDirectory {
    test_names::directory(
        &[
            ("Finance", &["Accounts", "Treasury"]),
            ("Cinema Operations", &["Cinemas", "Ops"]),
            ("Technology", &["IT", "Tech"]),
            ("Marketing", &["Brand"]),
            ("Security", &["Loss Prevention"]),
            ("Property", &["Estates", "Facilities"]),
        ],
        &[
            ("Lift Safety Sensors", "Property"),
            ("Multi-Storey Licence Plate Reader", "Security"),
            ("Car Park Number Plate Recognition", "Security"),
            ("Laser Projector Rollout", "Cinema Operations"),
            ("Box Office Replacement", "Cinema Operations"),
            ("Loyalty App Upgrade", "Marketing"),
            ("CRM Replacement", "Marketing"),
            ("Concession Kiosks", "Cinema Operations"),
            ("HVAC Controls Upgrade", "Property"),
            ("Smart Metering Rollout", "Property"),
            ("Lease Management System", "Property"),
            ("Payroll System Replacement", "Finance"),
            ("Lobby 5G Repeaters", "Technology"),
        ],
    )
}

fn read_uk(text: &str) -> Reading {
    test_names::read_on_test_day(text, "morag", &dir())
}

fn assert_names(text: &str, investment: &str, unit: &str) {
    test_names::assert_known_name(&read_uk(text), text, investment, unit);
}

fn assert_new_name(text: &str, name: &str) {
    let r = read_uk(text);
    assert_eq!(r.investment.as_deref(), Some(name), "{text}");
    assert!(r.new_investment, "{text}");
}

#[test]
fn a_lead_in_before_a_new_name_is_not_part_of_it() {
    assert_new_name(
        "Kindly note the new popcorn waste tracker for the Screen 1 and Screen 2 foyers is approved, £40k",
        "popcorn waste tracker",
    );
    assert_new_name(
        "Please note that the allergen label printer is approved, £12k",
        "allergen label printer",
    );
    assert_new_name(
        "Just to flag the seat sensor pilot was approved today at £18k",
        "seat sensor pilot",
    );
}

#[test]
fn an_american_word_stands_for_the_name_s_british_one() {
    assert_names(
        "Elevator sensors saved us about £8k in callouts in November",
        "Lift Safety Sensors",
        "Property",
    );
    // A name's later words, after two words that are one place ("Multi-Storey"), in the US
    // spelling.
    assert_names(
        "license plate reader approved at £30k",
        "Multi-Storey Licence Plate Reader",
        "Security",
    );
}

#[test]
fn a_plural_said_for_the_doing_word_of_a_name() {
    assert_names(
        "Smart meters rollout took £31k off the energy bills in Q3",
        "Smart Metering Rollout",
        "Property",
    );
}

#[test]
fn two_investments_share_one_verdict_and_their_amounts() {
    let r =
        read_uk("Board signed off the CRM swap and the loyalty app upgrade today, £300k and £90k");
    assert_eq!(r.investment.as_deref(), Some("CRM Replacement"));
    assert_eq!(r.amount, Money::parse("£300k", Currency::GBP).ok());
    assert_eq!(r.also.len(), 1, "{r:?}");
    assert_eq!(r.also[0].investment.as_deref(), Some("Loyalty App Upgrade"));
    assert_eq!(r.also[0].amount, Money::parse("£90k", Currency::GBP).ok());
    assert_eq!(r.also[0].verdict, Some(Verdict::Approve));

    // "works" after a name's word, as "work" is.
    let r = read_uk("HVAC and projector works both pushed to Q3, no capex left this year");
    assert_eq!(r.investment.as_deref(), Some("HVAC Controls Upgrade"));
    assert_eq!(r.also.len(), 1, "{r:?}");
    assert_eq!(
        r.also[0].investment.as_deref(),
        Some("Laser Projector Rollout")
    );
    assert_eq!(r.also[0].verdict, Some(Verdict::Defer));

    // One amount for one thing: not two records.
    let r = read_uk("approved the CRM replacement and the data clean-up it needs, £300k");
    assert!(r.also.is_empty(), "{r:?}");
}

#[test]
fn a_unit_named_by_its_head_s_role() {
    let r = read_uk("the CFO's team wants a spend analytics tool, roughly £60k");
    assert_eq!(r.unit.as_deref(), Some("Finance"));
    assert_eq!(r.investment.as_deref(), Some("spend analytics tool"));
    let r = read_uk("the CIO's people are asking for a password manager at £9k");
    assert_eq!(r.unit.as_deref(), Some("Technology"));
    // The role itself is a person, not the unit's work: "the CFO signed off" names whoever
    // the investment belongs to.
    assert_names(
        "the CFO signed off £20k more for the box office replacement",
        "Box Office Replacement",
        "Cinema Operations",
    );
}

#[test]
fn a_new_name_sharing_a_known_name_s_first_words_is_new() {
    let r = read_uk("New ask from Security: car park payment kiosks, £22k");
    assert_eq!(r.investment.as_deref(), Some("car park payment kiosks"));
    assert!(r.new_investment);
    // The known name's first words with its own later words stay the known name.
    assert_names(
        "car park number plate cameras approved at £14k",
        "Car Park Number Plate Recognition",
        "Security",
    );
}

#[test]
fn a_new_name_runs_on_through_of_and_a_place() {
    assert_new_name(
        "Property is requesting budget for a 3D model of Leicester Square at £70k",
        "3D model of Leicester Square",
    );
}

#[test]
fn a_property_system_vendor_names_the_lease_system() {
    assert_names(
        "Yardi go-live slipped again, Estates now saying April",
        "Lease Management System",
        "Property",
    );
}

#[test]
fn a_number_and_letter_code_in_a_name_names_it() {
    assert_names(
        "Kindly note the 5G rollout at Leeds is scrapped, the landlord refused the masts",
        "Lobby 5G Repeaters",
        "Technology",
    );
    // A count is no code: "5 GB" is not the name.
    let r = read_uk("the 5 GB mailbox cap is approved for everyone");
    assert_ne!(r.investment.as_deref(), Some("Lobby 5G Repeaters"));
}

#[test]
fn a_new_name_after_the_ok_for_it() {
    let r = read_uk("Ops got the OK for an allergen kiosk at £35k for the foyer screens");
    assert_eq!(r.investment.as_deref(), Some("allergen kiosk"));
    assert!(r.new_investment);
}

#[test]
fn a_new_name_ends_before_are() {
    let r = read_uk(
        "Two from the board: approved the CRM swap at £300k, and the drones are a no until Q2.",
    );
    assert_eq!(r.also.len(), 1, "{r:?}");
    assert_eq!(r.also[0].investment.as_deref(), Some("drones"));
}

#[test]
fn a_verb_of_proposing_is_not_part_of_a_new_name() {
    let r = read_uk("Marketing want to propose a fan survey platform, ~£60k");
    assert_eq!(r.investment.as_deref(), Some("fan survey platform"));
}

#[test]
fn a_name_s_first_words_beat_a_unit_and_a_word_names_add() {
    // "Box Office" is also a unit's alias here; "box office platform" is more of the
    // investment's name than of the unit's.
    let dir = test_names::directory(
        &[("Box Office", &["Ticketing"]), ("Finance", &[])],
        &[("Ticketing Platform Replacement", "Box Office")],
    );
    let r = test_names::read_on_test_day(
        "Action: Marcus to circulate the ticketing platform RFP scoring by next Thu",
        "morag",
        &dir,
    );
    assert_eq!(
        r.investment.as_deref(),
        Some("Ticketing Platform Replacement")
    );
}

#[test]
fn a_new_name_joins_two_things_before_its_kind() {
    assert_new_name(
        "Brand are asking £78k for an e-signature and workflow tool, approved",
        "e-signature and workflow tool",
    );
}

#[test]
fn an_office_s_request_is_no_name() {
    let r =
        read_uk("Not approved: the Mayor's office request for a £25k dashboard for queue times.");
    assert_eq!(r.investment.as_deref(), Some("dashboard"));
}

#[test]
fn the_verdict_s_new_object_beats_a_name_in_the_reason() {
    let r = read_uk("HQ rejected the seat-booking kiosk on 20/11, they want to see the laser projector results first.");
    assert_eq!(r.investment.as_deref(), Some("seat-booking kiosk"));
}

#[test]
fn a_benefit_of_a_named_unit_takes_the_one_investment_its_words_name() {
    let r = read_uk("Brand: £2,300 saved on postage in Oct since app vouchers went digital");
    assert_eq!(r.investment.as_deref(), Some("Loyalty App Upgrade"));
    assert_eq!(r.unit.as_deref(), Some("Marketing"));
    assert!(r.investment_guessed_from.is_some());
    // No word of the unit's investments: nothing to guess.
    let r = read_uk("Brand: £2,300 saved on postage in Oct since vouchers went digital");
    assert_eq!(r.investment, None);
}

#[test]
fn a_scope_said_with_only_runs_on_over_what_waits() {
    let r = read_uk("Laser projector rollout cut from £900k to £650k - phase 1 only, the IMAX screens wait for next year");
    assert_eq!(r.investment.as_deref(), Some("Laser Projector Rollout"));
    assert_eq!(
        r.rationale.as_deref(),
        Some("phase 1 only, the IMAX screens wait for next year")
    );
}

#[test]
fn two_known_names_joined_by_and_share_the_verdict_said_of_them() {
    let r = read_uk("Exec approved the CRM replacement and the loyalty app upgrade today");
    assert_eq!(r.investment.as_deref(), Some("CRM Replacement"));
    assert_eq!(r.also.len(), 1, "{r:?}");
    assert_eq!(r.also[0].investment.as_deref(), Some("Loyalty App Upgrade"));
    assert_eq!(r.also[0].verdict, Some(Verdict::Approve));
    // Said as what the first works with, the second is no record of its own.
    let r = read_uk("Exec approved the CRM replacement to link up with the box office replacement and the loyalty app upgrade");
    assert!(r.also.is_empty(), "{r:?}");
    // One amount for the two: no way to split it, so one record.
    let r = read_uk("Exec approved the CRM replacement and the loyalty app upgrade, £390k");
    assert!(r.also.is_empty(), "{r:?}");
}

#[test]
fn a_car_park_said_the_american_way() {
    assert_names(
        "parking lot plate readers approved, £40k",
        "Car Park Number Plate Recognition",
        "Security",
    );
}

#[test]
fn the_purchase_of_a_thing_is_named_by_the_thing() {
    assert_new_name(
        "the board approved the purchase of a drone survey kit for £25k",
        "drone survey kit",
    );
}
