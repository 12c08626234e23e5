//! Round V18's misses, each read in another writer's words (a city zoo, in euros,
//! day-first): a follow-up in prose that names a place by one word of another investment,
//! deadlines said by a meeting's day or by "end of next week", and asks read as notes.

use super::*;

/// A city zoo: animal care, visitor services, estates, finance.
fn dir() -> StaticDirectory {
    test_names::directory(
        &[
            ("Animal Care", &["Keepers", "Vets"]),
            ("Visitor Services", &["Front of House", "Tickets"]),
            ("Estates", &["Maintenance"]),
            ("Finance", &["Accounts"]),
        ],
        &[
            ("Penguin Pool Filtration", "Animal Care"),
            ("Reptile House Enclosure Rebuild", "Animal Care"),
            ("Online Ticketing System", "Visitor Services"),
            ("Education Room Projector", "Visitor Services"),
            ("Website Rebuild", "Visitor Services"),
            ("Site Security Upgrade", "Estates"),
            ("Aviary Security Cameras", "Animal Care"),
            ("Finance System", "Finance"),
        ],
    )
}

/// `text` as "aoife" writes it on the tests' day (Friday 27 November 2026), in euros,
/// day-first.
fn read(text: &str) -> Reading {
    test_names::read_day_first_in(text, "aoife", "EUR", &dir())
}

#[test]
fn a_prose_follow_up_naming_a_place_by_one_word_of_another_name_stays_with_the_decision() {
    let text = "Penguin pool filtration got the go-ahead from the trustees, €48k. Two outbreaks last summer settled it. @niamh to get the fire officer to sign off the room by the 18th.";
    let r = read(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    assert_eq!(r.also.len(), 0, "{text}: {r:?}");
    assert_eq!(r.due, "2026-12-18".parse().ok(), "{text}: {r:?}");
}

#[test]
fn a_deadline_said_as_a_meeting_on_a_day_of_the_month_is_the_due_date() {
    let text = "@ciara pls have the donor report draft to me by the trustees' meeting on the 15th";
    let r = read(text);
    assert_eq!(r.due, "2026-12-15".parse().ok(), "{text}: {r:?}");
    assert_eq!(r.date, None, "{text}: {r:?}");
}

#[test]
fn end_of_next_week_is_the_friday_of_next_week() {
    let text = "Ticketing: Ronan wants the season pass export by end of next week, Orla owns it";
    let r = read(text);
    assert_eq!(r.due, "2026-12-04".parse().ok(), "{text}: {r:?}");
}

#[test]
fn a_task_someone_will_do_on_a_day_is_due_that_day() {
    let text = "Reptile house: Conor has the heating schedule and will circulate it to the keepers on Monday.";
    let r = read(text);
    assert_eq!(r.due, "2026-11-30".parse().ok(), "{text}: {r:?}");
}

#[test]
fn a_site_visit_told_before_the_verdict_is_not_the_decisions_date() {
    for text in [
        "Quick update from the reptile house. We walked the old vivariums with the heating engineer on Monday. The thermostats are original and the parts aren't made anymore. So we're going ahead with the heating upgrade at €35k.",
        "Went round the Belfast aquarium's plant room with their curator on Tuesday. They ran the same filters for years without trouble. Penguin pool filtration approved at €48k.",
    ] {
        let r = read(text);
        assert_eq!(r.intent, Intent::Decision, "{text}: {r:?}");
        assert_eq!(r.date, None, "{text}: {r:?}");
    }
    // A meeting told before the verdict is when it was decided.
    let text = "The trustees met on Monday. They approved the penguin pool filtration at €48k.";
    let r = read(text);
    assert_eq!(r.date, "2026-11-23".parse().ok(), "{text}: {r:?}");
}

#[test]
fn an_incident_a_proposal_follows_is_not_its_date() {
    let text = "Keepers want a CCTV system for the aviary, around €12k. After the break-in at the aviary last month the insurers are asking too.";
    let r = read(text);
    assert_eq!(r.intent, Intent::Investment, "{text}: {r:?}");
    assert_eq!(r.date, None, "{text}: {r:?}");
}

#[test]
fn a_day_missed_before_the_meeting_is_told_is_the_meetings() {
    let text = "Update for everyone who missed Tuesday. The board went through the capital plan line by line and approved €48k for the penguin pool filtration, as the old filters are failing.";
    let r = read(text);
    assert_eq!(r.date, "2026-11-24".parse().ok(), "{text}: {r:?}");
}

#[test]
fn a_unit_wanting_to_rebuild_a_thing_at_a_price_proposes_it() {
    let text =
        "Tickets want to rebuild the website, about €18k. Current one isn't mobile friendly and nobody can find us.";
    let r = read(text);
    assert_eq!(r.intent, Intent::Investment, "{text}: {r:?}");
    assert_eq!(r.amount, test_names::whole(18_000, "EUR"), "{text}: {r:?}");
    assert_eq!(
        r.investment.as_deref(),
        Some("Website Rebuild"),
        "{text}: {r:?}"
    );
}

#[test]
fn a_unit_that_requested_a_thing_then_priced_it_proposes_it() {
    let text = "Estates has requested a security upgrade at the north gate and the shop: new cameras, access control on the cash office, and panic buttons at each till. Estimate €41,000.";
    let r = read(text);
    assert_eq!(r.intent, Intent::Investment, "{text}: {r:?}");
    assert_eq!(r.amount, test_names::whole(41_000, "EUR"), "{text}: {r:?}");
}

#[test]
fn a_unit_reckoning_it_needs_a_thing_proposes_it() {
    let text = "Accounts reckon we need a payroll reconciliation tool, no numbers yet.";
    let r = read(text);
    assert_eq!(r.intent, Intent::Investment, "{text}: {r:?}");
    assert!(r.missing.contains(&Missing::Amount), "{text}: {r:?}");
}

#[test]
fn putting_a_quote_back_to_the_committee_proposes_it() {
    let text = "Aviary cameras again - we had another break-in on Sunday, two owls gone. Keepers want to put the €6k quote back to the committee";
    let r = read(text);
    assert_eq!(r.intent, Intent::Investment, "{text}: {r:?}");
}

#[test]
fn a_wait_for_an_event_said_with_its_own_month_looks_again_then() {
    let text = "Online ticketing — holding off til the new payment gateway is live in March. the bank won't route cards to us before then anyway";
    let r = read(text);
    assert_eq!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
    assert_eq!(r.review_date, "2027-03-01".parse().ok(), "{text}: {r:?}");
    // A wait for an event whose subject holds the time is no look-again at it.
    let text = "Online ticketing — holding off until the March footfall numbers are in.";
    let r = read(text);
    assert_eq!(r.review_date, None, "{text}: {r:?}");
}

#[test]
fn a_suppliers_slip_on_work_that_carries_on_is_no_look_again() {
    for text in [
        "Ticketing - still on. vendor slipped testing to mid Jan but we're not changing course",
        "Penguin pool filtration - the Danes can't ship till Feb now so install's after the breeding season. still going ahead tho",
    ] {
        let r = read(text);
        assert!(
            matches!(r.verdict, Some(Verdict::Continue | Verdict::Approve)),
            "{text}: {r:?}"
        );
        assert_eq!(r.review_date, None, "{text}: {r:?}");
    }
}

#[test]
fn a_trial_carrying_on_through_to_a_day_is_no_look_again() {
    let text = "The keeper cam trial carries on through to Easter.";
    let r = read(text);
    assert_eq!(r.verdict, Some(Verdict::Continue), "{text}: {r:?}");
    assert_eq!(r.review_date, None, "{text}: {r:?}");
}

#[test]
fn a_price_before_a_dash_and_what_it_saves_is_the_asks_amount() {
    let text = "Keepers want a thermal camera for night checks, €7,500 - saves calling the vet out just to look. Anyone object?";
    let r = read(text);
    assert_eq!(r.intent, Intent::Investment, "{text}: {r:?}");
    assert_eq!(r.amount, test_names::whole(7_500, "EUR"), "{text}: {r:?}");
    assert_eq!(r.annual_benefit, None, "{text}: {r:?}");
}

#[test]
fn the_yearly_sum_a_proposal_would_cut_is_its_benefit_not_its_running_cost() {
    let text = "Tickets would like a self-service kiosk for the north gate. €9K setup, €400/mo. Would cut about €15K a year in agency staff.";
    let r = read(text);
    assert_eq!(r.intent, Intent::Investment, "{text}: {r:?}");
    assert_eq!(
        r.annual_benefit,
        test_names::whole(15_000, "EUR"),
        "{text}: {r:?}"
    );
}

#[test]
fn money_no_longer_paid_that_was_paid_last_year_is_a_benefit() {
    let text = "Reptile house boiler's back on song. We kept the vivariums at 28 degrees all week and no heaters hired in, where last year we paid the hire firm €19,000 for them.";
    let r = read(text);
    assert_eq!(r.intent, Intent::Benefit, "{text}: {r:?}");
    assert_eq!(r.amount, test_names::whole(19_000, "EUR"), "{text}: {r:?}");
}

#[test]
fn a_month_or_quarter_naming_a_thing_is_no_date() {
    let text = "Penguin pool filtration - trustees approved €48k at the Q3 review. The pumps are end of life.";
    let r = read(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    assert_eq!(r.date, None, "{text}: {r:?}");
    let text = "The new online ticketing system is flying. Tickets cleared the October backlog of refunds three weeks early and we got €6k more in gift aid than last quarter.";
    let r = read(text);
    assert_eq!(r.date, None, "{text}: {r:?}");
}

#[test]
fn a_result_over_a_named_month_keeps_that_month() {
    let text = "Online ticketing saved us €9k on agency staff over the October holidays";
    let r = read(text);
    assert_eq!(r.intent, Intent::Benefit, "{text}: {r:?}");
    assert_eq!(r.date, "2026-10-01".parse().ok(), "{text}: {r:?}");
}

#[test]
fn a_task_for_part_of_a_month_is_when_it_happens_not_its_deadline() {
    let text = "Big day at the trustees. They approved the extra €60k for the penguin pool filtration. Ciara to line up the supplier site visit for mid-Jan.";
    let r = read(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    assert_eq!(r.due, None, "{text}: {r:?}");
}
