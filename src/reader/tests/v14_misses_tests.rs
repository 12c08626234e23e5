//! Verdicts, intents, units and names the reader missed in the training folders (round V14),
//! each read in another writer's words (a Canadian city transit authority, in dollars): a
//! thing that "gets" an add-on with its one-time price after a comma; a result told as
//! something "we've stopped printing"; and an alias whose first word is the council or the
//! city itself ("City Finance"), which does not name the unit alone.

use super::*;

/// A Canadian city transit authority: operations, fleet, finance, IT, customer service.
fn dir() -> StaticDirectory {
    test_names::directory(
        &[
            ("Operations", &["Ops"]),
            ("Fleet", &["Fleet Maintenance"]),
            ("Finance", &["Treasury", "City Finance"]),
            ("IT", &[]),
            ("Customer Service", &[]),
            ("Dispatching", &[]),
        ],
        &[
            ("Trip Planner App", "Customer Service"),
            ("E-Fare Card System", "Customer Service"),
            ("Depot Bus Wash", "Fleet"),
            ("Payroll System", "Finance"),
            ("Workshop Hoist Replacement", "Fleet"),
            ("Yard Lighting Upgrade", "Operations"),
            ("Fleet Telematics App", "Fleet"),
            ("Computer-Aided Dispatching System", "Dispatching"),
            ("Radio Console Refresh", "Dispatching"),
        ],
    )
}

/// `text` reads as `intent` with `verdict`, by the rules alone and as shipped.
fn assert_reads(text: &str, intent: Intent, verdict: Option<Verdict>) -> Reading {
    test_names::assert_reads(
        text,
        "lena",
        &dir(),
        ReaderSettings::default(),
        intent,
        verdict,
    )
}

#[test]
fn a_thing_that_gets_an_add_on_priced_once_after_a_comma_is_approved() {
    let text = "Trip planner app gets the push-alerts add-on, $6,800 one-time and then $250/mo for the messages.";
    let r = assert_reads(text, Intent::Decision, Some(Verdict::Approve));
    assert_eq!(r.investment.as_deref(), Some("Trip Planner App"), "{r:?}");
    assert_eq!(r.amount, test_names::whole(6_800, "USD"), "{r:?}");
    assert_eq!(r.annual_benefit, None, "a running cost: {r:?}");
}

#[test]
fn a_result_told_as_what_we_stopped_printing_is_a_benefit_not_a_stop() {
    let text = "A quick word on the e-fare system now it's run a full quarter. Riders top up online instead of queueing at the depot, and we've stopped printing and mailing about 700 paper passes a month. With the card stock, the postage and Omar's time that's roughly $900 a month we're no longer spending.";
    let r = assert_reads(text, Intent::Benefit, None);
    assert_eq!(r.investment.as_deref(), Some("E-Fare Card System"), "{r:?}");
    assert_eq!(r.amount, test_names::whole(10_800, "USD"), "{r:?}");
    // Stopping the investment itself is still a stop.
    let text = "We've stopped the depot bus wash, it never worked in the cold.";
    assert_reads(text, Intent::Decision, Some(Verdict::Stop));
}

#[test]
fn an_alias_whose_first_word_is_the_city_does_not_name_the_unit_alone() {
    let text =
        "city council voted down the shelter kiosks last night. $90K and Ops won't staff them";
    let r = test_names::read_on_test_day(text, "lena", &dir());
    assert_eq!(r.unit.as_deref(), Some("Operations"), "{r:?}");
    let text = "city council voted down the shelter kiosks last night, $90K was too much";
    let r = test_names::read_on_test_day(text, "lena", &dir());
    assert_eq!(r.unit, None, "{r:?}");
    // The whole alias still names it.
    let text = "City Finance approved the payroll system upgrade, $40K";
    let r = assert_reads(text, Intent::Decision, Some(Verdict::Approve));
    assert_eq!(r.unit.as_deref(), Some("Finance"), "{r:?}");
}

#[test]
fn a_new_thing_wanted_because_the_old_one_failed_its_inspection_is_an_investment() {
    let text = "Fleet manager wants a new hoist for the yard workshop, the old Stertil failed its annual inspection. Quote's $85,000.";
    let r = assert_reads(text, Intent::Investment, None);
    assert_eq!(
        r.investment.as_deref(),
        Some("Workshop Hoist Replacement"),
        "{r:?}"
    );
    assert_eq!(r.unit.as_deref(), Some("Fleet"), "{r:?}");
}

#[test]
fn the_thing_for_whom_it_serves_names_the_investment_with_both_words() {
    let text = "The app for the fleet is live on every bus now 🎉";
    let r = assert_reads(text, Intent::Note, None);
    assert_eq!(
        r.investment.as_deref(),
        Some("Fleet Telematics App"),
        "{r:?}"
    );
}

#[test]
fn a_units_word_before_the_kind_of_thing_bought_names_its_one_investment_of_that_word() {
    for text in [
        "Heads up: the dispatching vendor needs our route files by the 18th or we miss the March cutover. Dev can you own this?",
        "@dev dispatching contract — legal wants changes to the uptime clause, can you get redlines back to them by Thurs?",
    ] {
        let r = test_names::read_on_test_day(text, "lena", &dir());
        assert_eq!(
            r.investment.as_deref(),
            Some("Computer-Aided Dispatching System"),
            "{text}: {r:?}"
        );
        assert_eq!(r.unit.as_deref(), Some("Dispatching"), "{text}: {r:?}");
    }
}

#[test]
fn a_unit_said_only_after_the_investment_leaves_a_note_with_the_works_own_unit() {
    for text in [
        "Trip planner app refresh is live on iOS, 👍 from the Ops supervisors",
        "Depot bus wash - Treasury want the write-off done before 31/3, Omar to sort the paperwork",
    ] {
        let r = test_names::read_on_test_day(text, "lena", &dir());
        let own = if text.starts_with("Trip") {
            "Customer Service"
        } else {
            "Fleet"
        };
        assert_eq!(r.unit.as_deref(), Some(own), "{text}: {r:?}");
    }
    // The unit met, said first, keeps the note.
    let text = "Quick sync w/ Fleet: they asked whether the trip planner app could show live bus positions. I'll check with IT by Wednesday.";
    let r = test_names::read_on_test_day(text, "lena", &dir());
    assert_eq!(r.unit.as_deref(), Some("Fleet"), "{r:?}");
}

#[test]
fn a_second_verdict_after_and_on_a_thing_a_unit_asked_for_is_a_record_of_its_own() {
    let text = "FY28 budget: GM says no new money for the depot bus wash, and the hoist replacement Fleet asked for ($60K) waits till the spring ridership numbers are in";
    let r = assert_reads(text, Intent::Decision, Some(Verdict::Reject));
    assert_eq!(r.investment.as_deref(), Some("Depot Bus Wash"), "{r:?}");
    let more = r
        .also
        .first()
        .unwrap_or_else(|| panic!("two records: {r:?}"));
    assert_eq!(more.verdict, Some(Verdict::Defer), "{more:?}");
    assert_eq!(
        more.investment.as_deref(),
        Some("Workshop Hoist Replacement"),
        "{more:?}"
    );
}
