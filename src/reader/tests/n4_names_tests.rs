//! Round N4: investments and units said by another word, in a Canadian ski resort's words.
//! A new thing asked for with "put in for", "put in a bid for" or "are wanting" is named
//! from what follows the ask; a new acronym of the asking unit's own investment, a thing
//! whose last word is a name's that is only its unit's word and the thing, a heading label
//! of a name's word, a capitals word a unit's alias also has, a word two names share (the
//! one that is only the thing and the work) and the verb of a name's work name the known
//! investment; a name's describing word before another new thing after "to the new" does
//! not; a word only one unit's names share names the unit in a note.

use super::*;

/// A Canadian ski resort: lifts, rentals, guest services, the lodge, IT.
fn ski() -> StaticDirectory {
    test_names::directory(
        &[
            ("Lift Operations", &["Lifts", "Lift Ops"]),
            ("Rentals", &["Rental Shop"]),
            ("Guest Services", &["Guest", "Front Desk"]),
            ("Lodging", &["Lodge", "Hotel Team"]),
            (
                "Snowmaking",
                &["Snow Team", "Telematics Team", "Snowcat Crew"],
            ),
            ("Marketing", &["Brand"]),
            ("Ski Patrol", &["Patrol"]),
            ("IT", &["Tech", "RFID Team"]),
        ],
        &[
            ("Lift Ticket Scanners", "Lift Operations"),
            ("Property Management System", "Lodging"),
            ("Rental Fleet Refresh", "Rentals"),
            ("Snowmaking Automation", "Snowmaking"),
            ("Guest Wi-Fi Upgrade", "IT"),
            ("Patrol Radios", "Ski Patrol"),
            ("Lodge Portal", "Lodging"),
            ("Telematics Rollout", "Snowmaking"),
            ("Website Rebuild", "Marketing"),
            ("Defibrillator Replacement", "Ski Patrol"),
            ("RFID Replacement", "IT"),
            ("Snowcat Replacement", "Snowmaking"),
            ("Photo Archive Digitising", "Guest Services"),
            ("Chairlift Gearbox Overhaul", "Lift Operations"),
            ("Patroller Scheduling", "Ski Patrol"),
            ("New Quad Chairlift", "Lift Operations"),
            ("Snowcat Winch Kits", "Snowmaking"),
            ("Season Pass Platform", "Guest Services"),
        ],
    )
}

fn read_ski(text: &str) -> Reading {
    let settings = ReaderSettings {
        day_first: false,
        default_currency: crate::money::Currency::from_code("CAD").unwrap(),
    };
    read(text, "jo", "2026-11-27".parse().unwrap(), &ski(), &settings).unwrap()
}

fn assert_new(text: &str, name: &str, unit: &str) {
    let r = read_ski(text);
    assert_eq!(r.intent, Intent::Investment, "{text}: {r:?}");
    assert_eq!(r.investment.as_deref(), Some(name), "{text}: {r:?}");
    assert_eq!(r.unit.as_deref(), Some(unit), "{text}: {r:?}");
    assert!(r.new_investment, "{text}: {r:?}");
}

#[test]
fn put_in_for_names_what_follows_it() {
    assert_new(
        "Snowmaking have put in for pump house sensors, $30k, for the upper runs. Should save about $8k a year on night crew overtime.",
        "pump house sensors",
        "Snowmaking",
    );
    assert_new(
        "Guest Services put in for the kids club furniture, about $6,500 - tables, cubbies and a reading nook.",
        "kids club furniture",
        "Guest Services",
    );
}

#[test]
fn are_wanting_names_what_follows_it() {
    assert_new(
        "Rentals are wanting a boot fitting scanner, about $18k. They reckon it'd take a third of the sizing complaints off the counter.",
        "boot fitting scanner",
        "Rentals",
    );
}

#[test]
fn a_new_acronym_of_the_askers_own_investment_is_that_investment() {
    for text in [
        "The Lodge have asked for a new PMS, roughly $320k. The current one's out of support and we can't patch it.",
        "Hotel Team want a new PMS, about $90k",
    ] {
        let r = read_ski(text);
        test_names::assert_known_name(&r, text, "Property Management System", "Lodging");
        assert_eq!(r.investment_guessed_from.as_deref(), Some("PMS"), "{text}: {r:?}");
    }
    // Another unit's new PMS is not the Lodge's.
    let r = read_ski("Rentals want a new PMS for the ski lockers, $20k");
    assert_ne!(
        r.investment.as_deref(),
        Some("Property Management System"),
        "{r:?}"
    );
}

#[test]
fn a_thing_said_by_another_word_for_a_name_that_is_its_units_word_and_the_thing() {
    for text in [
        "Patrol want digital handheld radios for the back bowls, about $24k.",
        "Board knocked back the digital handheld radios - $24k for kit we'd use twice a season.",
    ] {
        let r = read_ski(text);
        test_names::assert_known_name(&r, text, "Patrol Radios", "Ski Patrol");
        assert!(r.investment_guessed_from.is_some(), "{text}: {r:?}");
    }
    // A kind of thing a unit has many of is a new one.
    let r = read_ski("Lodge got approval for a $60k housekeeping portal");
    assert_eq!(
        r.investment.as_deref(),
        Some("housekeeping portal"),
        "{r:?}"
    );
    // Another unit's radios are a new thing.
    let r = read_ski("Rentals want digital handheld radios for the shop floor, about $4k.");
    assert_ne!(r.investment.as_deref(), Some("Patrol Radios"), "{r:?}");
}

#[test]
fn a_heading_label_said_by_a_names_word_names_it() {
    for (text, inv, unit) in [
        (
            "Telematics: the vendor's go-live has slipped to 12 January. @kat to confirm the groomer dates by 16/12.",
            "Telematics Rollout",
            "Snowmaking",
        ),
        (
            "Website: @jo to send the agency the new trail photos by Friday",
            "Website Rebuild",
            "Marketing",
        ),
        (
            "Defibs: @ana to get the serial numbers of the new units to the clinic by 18/12",
            "Defibrillator Replacement",
            "Ski Patrol",
        ),
        (
            "Pass platform: @lee to pull the renewal numbers for me by Monday",
            "Season Pass Platform",
            "Guest Services",
        ),
    ] {
        let r = read_ski(text);
        test_names::assert_known_name(&r, text, inv, unit);
    }
    // Someone's short first name as the heading is no clipped name's word.
    let r = read_ski("Pat: @kim to send me the season numbers by Friday");
    assert_ne!(
        r.investment.as_deref(),
        Some("Patroller Scheduling"),
        "{r:?}"
    );
    // A unit's own name or alias as the heading stays the unit.
    let text = "Snowmaking: @kat to check the pump house by Friday";
    let r = read_ski(text);
    assert_eq!(r.unit.as_deref(), Some("Snowmaking"), "{r:?}");
    assert_eq!(r.investment, None, "{r:?}");
}

#[test]
fn a_word_a_name_writes_in_capitals_names_it_though_a_units_alias_has_it() {
    // "RFID Team" is IT's alias; "RFID" alone is the RFID Replacement.
    for text in [
        "the RFID is down again at the base lifts",
        "The RFID vendor's lead times have gone out to 30 weeks, so the board's agreed the RFID reader swap now, $80k, ahead of the main replacement.",
    ] {
        let r = read_ski(text);
        test_names::assert_known_name(&r, text, "RFID Replacement", "IT");
    }
    // The alias itself is still the unit.
    let r = read_ski("RFID Team want a new label printer, $2k");
    assert_eq!(r.unit.as_deref(), Some("IT"), "{r:?}");
    assert_ne!(r.investment.as_deref(), Some("RFID Replacement"), "{r:?}");
}

#[test]
fn a_describing_word_of_a_name_after_the_new_before_another_thing_is_a_new_thing() {
    let text = "Told the lift crew no to the new ticket lanyards. Three grand for something their pockets already do.";
    let r = read_ski(text);
    assert_eq!(r.verdict, Some(crate::domain::Verdict::Reject), "{r:?}");
    assert_eq!(r.investment.as_deref(), Some("ticket lanyards"), "{r:?}");
    // A thing the name brought, after "the new", is still the name's.
    let r = read_ski(
        "Ticket update: lift line waits down 9 minutes in Dec, 2,100 skiers hit the new ticket cap",
    );
    assert_eq!(
        r.investment.as_deref(),
        Some("Lift Ticket Scanners"),
        "{r:?}"
    );
    // The name's own thing after "the new" is still the name.
    let r = read_ski("the new ticket scanners keep freezing at the base lifts, @sam to call the vendor by Friday");
    assert_eq!(
        r.investment.as_deref(),
        Some("Lift Ticket Scanners"),
        "{r:?}"
    );
}

#[test]
fn a_word_two_names_share_is_the_one_that_is_only_that_thing_and_the_work() {
    // Snowcat Replacement is the snowcat itself; Snowcat Winch Kits a part put on it.
    let text = "Board wants a cost breakdown on the snowcat before they cut the check. @dale can you have it to me by Monday?";
    let r = read_ski(text);
    test_names::assert_known_name(&r, text, "Snowcat Replacement", "Snowmaking");
    // The unit's alias is still the unit.
    let r = read_ski("Snowcat Crew want a new tool chest, $3k");
    assert_eq!(r.unit.as_deref(), Some("Snowmaking"), "{r:?}");
}

#[test]
fn put_in_a_bid_for_names_what_follows_it() {
    assert_new(
        "Head of Rentals has put in a bid for a new boot dryer set for the locker room, $8,500, as the old ones failed their safety test in October.",
        "boot dryer set",
        "Rentals",
    );
}

#[test]
fn doing_a_names_work_for_it_is_that_name() {
    let text = "Guest Services wants to digitise the 1970s lift photos for the photo archive, prob $12K, there's a heritage grant that might cover half";
    let r = read_ski(text);
    test_names::assert_known_name(&r, text, "Photo Archive Digitising", "Guest Services");
}

#[test]
fn a_word_only_one_units_names_share_names_that_unit_in_a_note() {
    // Chairlift Gearbox Overhaul and New Quad Chairlift are both Lift Operations'.
    let text = "@dale to book chairlift 4 in with the inspector before the 18th";
    let r = read_ski(text);
    assert_eq!(r.intent, Intent::Note, "{r:?}");
    assert_eq!(r.unit.as_deref(), Some("Lift Operations"), "{r:?}");
    assert_eq!(r.investment, None, "{r:?}");
}
