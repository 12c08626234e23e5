//! Readings of forms from round S20's writers the reader had not met (a Maryland oyster
//! farm, a Queensland cattle station group, a Jamaican coffee estate), each worded here for
//! another invented organisation.

use super::test_names::{directory, read_day_first_in, whole};
use super::*;
use crate::domain::Verdict;

/// A Kingston courier and bike-delivery firm: dispatch, the fleet, the depot, the office.
fn kingston_dir() -> StaticDirectory {
    directory(
        &[
            ("Dispatch", &["Dispatch Desk"]),
            ("Fleet", &["Bikes", "Vans"]),
            ("Depot", &["Warehouse"]),
            ("Office", &["Finance", "Admin"]),
        ],
        &[
            ("Fleet Tracking", "Fleet"),
            ("Depot Racking", "Depot"),
            ("Dispatch App", "Dispatch"),
        ],
    )
}

/// A Jamaican tenant counts in Jamaican dollars: a bare "$" and "J$" are JMD, "US$" stays
/// US dollars.
#[test]
fn a_jamaican_tenants_dollar_is_the_jamaican_dollar() {
    let cases = [
        (
            "Fleet tracking approved, $2.5 million for the vans",
            2_500_000,
            "JMD",
        ),
        ("Depot racking approved at J$480,000", 480_000, "JMD"),
        (
            "Dispatch app approved, US$12,000 for the licences",
            12_000,
            "USD",
        ),
    ];
    for (text, units, code) in cases {
        let r = read_day_first_in(text, "shelly", "JMD", &kingston_dir());
        assert_eq!(r.amount, whole(units, code), "{text}");
    }
}

/// A Welsh narrow-gauge heritage railway: the loco shed, carriages, the line, stations,
/// the booking office.
fn railway_dir() -> StaticDirectory {
    directory(
        &[
            ("Loco Shed", &["Shed", "Locos"]),
            ("Carriage Works", &["Carriages", "C&W"]),
            ("Permanent Way", &["PW", "Track Gang"]),
            ("Stations", &["Station Staff"]),
            ("Booking Office", &["Bookings", "Sales"]),
        ],
        &[
            ("Boiler Overhaul", "Loco Shed"),
            ("Carriage Restoration", "Carriage Works"),
            ("Signal Upgrade", "Permanent Way"),
            ("Station Canopy Repair", "Stations"),
            ("Online Booking App", "Booking Office"),
        ],
    )
}

fn read_railway(text: &str) -> Reading {
    read_day_first_in(text, "gwen", "GBP", &railway_dir())
}

/// "<the work> stays on track": a choice to keep it going, a continue (its reason after
/// the comma); "<the work> is on track" is news, a note.
#[test]
fn work_that_stays_on_track_continues() {
    let text =
        "Carriage restoration stays on track, Huw says the bogies came back from the works sound";
    let r = read_railway(text);
    assert_eq!(
        (r.intent, r.verdict),
        (Intent::Decision, Some(Verdict::Continue)),
        "{text}"
    );
    assert_eq!(
        r.investment.as_deref(),
        Some("Carriage Restoration"),
        "{text}"
    );
    assert_eq!(
        r.rationale.as_deref(),
        Some("Huw says the bogies came back from the works sound"),
        "{text}"
    );
    let text = "Signal upgrades stay on track 👍 the relay cabinets arrived Tuesday";
    let r = read_railway(text);
    assert_eq!(
        (r.intent, r.verdict),
        (Intent::Decision, Some(Verdict::Continue)),
        "{text}"
    );
    let text = "Signal upgrade is on track, the relay cabinets arrived Tuesday";
    assert_eq!(read_railway(text).intent, Intent::Note, "{text}");
}

/// "<the work> is going up to <money>": its cost rises to that figure, a rescope with the
/// new figure as its amount and the next sentence as its reason.
#[test]
fn work_going_up_to_a_figure_is_rescoped() {
    let text = "Boiler overhaul is going up to £48,500. The inspector found two cracked stays in the firebox.";
    let r = read_railway(text);
    assert_eq!(
        (r.intent, r.verdict),
        (Intent::Decision, Some(Verdict::Rescope)),
        "{text}"
    );
    assert_eq!(r.amount, whole(48_500, "GBP"), "{text}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("The inspector found two cracked stays in the firebox"),
        "{text}"
    );
    let text = "Station canopy repair going up to £61k, the cast iron brackets all need recasting";
    let r = read_railway(text);
    assert_eq!(
        (r.intent, r.verdict),
        (Intent::Decision, Some(Verdict::Rescope)),
        "{text}"
    );
    assert_eq!(r.amount, whole(61_000, "GBP"), "{text}");
    // A rent we pay going up is news, no new cost of the work.
    let text = "Heads up, the rent on the carriage shed is going up to £5,200 from April";
    assert_ne!(read_railway(text).verdict, Some(Verdict::Rescope), "{text}");
}

/// "pared back to <money>" cuts a budget as "cut back to" does; "aprove", approve
/// misspelt, approves as "aproved" does.
#[test]
fn pared_back_rescopes_and_aprove_approves() {
    let text = "Station canopy repair pared back to £30k, was £52k. We do the down platform and the rest waits";
    let r = read_railway(text);
    assert_eq!(
        (r.intent, r.verdict),
        (Intent::Decision, Some(Verdict::Rescope)),
        "{text}"
    );
    assert_eq!(r.amount, whole(30_000, "GBP"), "{text}");
    let text =
        "Signal upgrade aprove, £18k for the relay cabinets. The old ones failed twice in August";
    let r = read_railway(text);
    assert_eq!(
        (r.intent, r.verdict),
        (Intent::Decision, Some(Verdict::Approve)),
        "{text}"
    );
    assert_eq!(r.amount, whole(18_000, "GBP"), "{text}");
}

/// "We're pulling out of <the work>." ends it: a stop, its reason the next sentence.
#[test]
fn pulling_out_of_the_work_stops_it() {
    let text = "We're pulling out of the online booking app. Half the bookings still come by phone and we've paid £9k for it already";
    let r = read_railway(text);
    assert_eq!(
        (r.intent, r.verdict),
        (Intent::Decision, Some(Verdict::Stop)),
        "{text}"
    );
    assert_eq!(
        r.investment.as_deref(),
        Some("Online Booking App"),
        "{text}"
    );
}

/// "We not doing <the thing>": a refusal said without its "are" (Caribbean and casual
/// English), as "we're not doing …" is.
#[test]
fn we_not_doing_a_thing_refuses_it() {
    let text =
        "We not doing the dining car conversion. £140k and the platforms too short for it anyway";
    let r = read_railway(text);
    assert_eq!(
        (r.intent, r.verdict),
        (Intent::Decision, Some(Verdict::Reject)),
        "{text}"
    );
    assert_eq!(r.amount, whole(140_000, "GBP"), "{text}");
}

/// "this cold is killing me", "the commute's killing us": hardship told of a person, no
/// work stopped.
#[test]
fn killing_a_person_is_no_stop() {
    for text in [
        "Gala week can't come soon enough, this rain is killing me",
        "The drive up from Porthmadog is killing us this week 😩",
    ] {
        let r = read_railway(text);
        assert_eq!((r.intent, r.verdict), (Intent::None, None), "{text}");
    }
}

/// "keep the <work> moving": kept going, a continue, as "keep it going" is.
#[test]
fn keeping_the_work_moving_continues_it() {
    let text = "We'll keep the signal upgrade moving, Huw says the cabinets passed their test";
    let r = read_railway(text);
    assert_eq!(
        (r.intent, r.verdict),
        (Intent::Decision, Some(Verdict::Continue)),
        "{text}"
    );
    assert_eq!(r.investment.as_deref(), Some("Signal Upgrade"), "{text}");
}

/// "So the <work> waits, have another look in April", "so the <work> sits till March":
/// put off with a time to look again, a deferral whose reason is the sentence before.
#[test]
fn work_that_waits_or_sits_is_deferred() {
    let text = "The contractor can't get a crane onto the site till the summer timetable ends. So the canopy repair waits, have another look at it in October.";
    let r = read_railway(text);
    assert_eq!(
        (r.intent, r.verdict),
        (Intent::Decision, Some(Verdict::Defer)),
        "{text}"
    );
    assert_eq!(r.review_date, "2027-10-01".parse().ok(), "{text}");
    assert_eq!(r.date, None, "{text}");
    let text = "Half the volunteers are off for the winter. So the carriage restoration sits till March, we'll pick it up then.";
    let r = read_railway(text);
    assert_eq!(
        (r.intent, r.verdict),
        (Intent::Decision, Some(Verdict::Defer)),
        "{text}"
    );
    assert_eq!(r.review_date, "2027-03-01".parse().ok(), "{text}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("Half the volunteers are off for the winter"),
        "{text}"
    );
}

/// "38 mm overnight", "the 63 mm pipe": "mm" set apart from its number in lower case with
/// no currency written is millimetres, no money; "1.4mm" written onto it and "$2 mm" stay
/// millions.
#[test]
fn millimetres_are_no_money() {
    for text in [
        "Rain's come early, 45 mm overnight at the Stations 🌧️ line's shut",
        "Track gang need the 63 mm bolts for the fishplates, @huw order them by Friday",
    ] {
        let r = read_railway(text);
        assert_eq!(r.amount, None, "{text}");
        let r = read_day_first_in(text, "gwen", "AUD", &railway_dir());
        assert_eq!(r.amount, None, "{text}");
    }
    let text = "Signal upgrade approved for the last section, 1.4mm";
    assert_eq!(read_railway(text).amount, whole(1_400_000, "GBP"), "{text}");
    let text = "Signal upgrade approved for the last section, $2 mm";
    assert_eq!(read_railway(text).amount, whole(2_000_000, "USD"), "{text}");
}

/// A unit's ask for a new thing with no price yet is a proposal that asks for its cost
/// (convention 17), however the ask is said: "want a likkle …, nobody price it yet",
/// "floated getting a …. Nobody's priced it yet", "reckon we need a proper … for the
/// <known work>, no price yet" (the known work is where the thing goes, not the thing).
#[test]
fn an_unpriced_ask_said_other_ways_is_a_proposal() {
    let cases = [
        (
            "Carriage works want a likkle paint booth for the coaches, nobody price it yet",
            "paint booth",
            "Carriage Works",
        ),
        (
            "Track gang floated getting a ballast regulator for the winter relays. Nobody's priced it yet",
            "ballast regulator",
            "Permanent Way",
        ),
        (
            "Loco shed reckon we need a proper wheel lathe for the boiler overhaul work, no price yet",
            "wheel lathe",
            "Loco Shed",
        ),
    ];
    for (text, name, unit) in cases {
        let r = read_railway(text);
        assert_eq!(r.intent, Intent::Investment, "{text}: {r:?}");
        assert_eq!(r.investment.as_deref(), Some(name), "{text}");
        assert_eq!(r.unit.as_deref(), Some(unit), "{text}");
        assert!(r.missing.contains(&Missing::Amount), "{text}: {r:?}");
    }
}

/// "it'll hold till the wet": a thing told to last until a time, no hold decided ("we'll
/// hold till March" is ours).
#[test]
fn a_thing_that_will_hold_is_no_hold() {
    let text = "Boiler's weeping at the foundation ring again. Dai reckons it'll hold till Easter. @huw order the rivets by Friday";
    let r = read_railway(text);
    assert_eq!((r.intent, r.verdict), (Intent::Note, None), "{text}");
    let text = "Boiler overhaul: we'll hold till March, the shed's full with the Santa specials";
    let r = read_railway(text);
    assert_eq!(r.verdict, Some(Verdict::Defer), "{text}");
}

/// A new name stops before "instead of …" and at Jamaican "fi" (for), and a quantity said
/// with its ordinal ("a second set of …") is no part of it.
#[test]
fn new_names_stop_at_instead_and_fi_and_skip_a_second_set_of() {
    let cases = [
        (
            "Bookings are after a proper ticket printer instead of the old Almex, £4,800 from Ticketer",
            "ticket printer",
        ),
        (
            "Mr Pryce turn down the drone survey fi the viaduct, £9,000 and nobody can fly it over the river",
            "drone survey",
        ),
        (
            "Track gang want a second set of rail benders for the Tan-y-Bwlch relay, around £6k",
            "rail benders",
        ),
    ];
    for (text, name) in cases {
        let r = read_railway(text);
        assert_eq!(r.investment.as_deref(), Some(name), "{text}: {r:?}");
    }
}

/// "@huw have the drawings ready by 14/1", "@ffion refunds done by the 17th pls": a thing
/// to have ready or done by a time, handed to the person named, is their task due then.
#[test]
fn a_thing_to_have_ready_by_a_time_is_a_task() {
    let cases = [
        (
            "Signal upgrade: the inspector comes 21/1. @huw have the relay drawings and the test sheets ready by 14/1",
            "huw",
            "2027-01-14",
        ),
        (
            "Bookings: Santa specials are full 19/12. @ffion refunds done by the 17th pls",
            "ffion",
            "2026-12-17",
        ),
    ];
    for (text, owner, due) in cases {
        let r = read_railway(text);
        assert_eq!(r.intent, Intent::Note, "{text}");
        assert_eq!(r.due, due.parse().ok(), "{text}");
        assert_eq!(
            r.action.as_ref().map(|a| a.owner.as_str()),
            Some(owner),
            "{text}"
        );
    }
}

/// "Not a chance." or "No chance." as a sentence of its own, after the price of what was
/// asked for, refuses it; the sentence before it is the reason. Without a price before it,
/// it is chat ("Anyone free to drive Friday? No chance.").
#[test]
fn not_a_chance_after_a_price_refuses_it() {
    let text = "The outfit in Chester quoted £22k for a new booking app, plus £3k a year after that. The old one does everything we need. Not a chance.";
    let r = read_railway(text);
    assert_eq!(
        (r.intent, r.verdict),
        (Intent::Decision, Some(Verdict::Reject)),
        "{text}"
    );
    assert_eq!(r.amount, whole(22_000, "GBP"), "{text}");
    let text = "Anyone free to drive the Land Rover up to Blaenau on Friday? No chance 😂";
    assert_eq!(read_railway(text).intent, Intent::None, "{text}");
}

/// "Canopy repair approved, £12k. Separately @huw the relay cabinets for the signal upgrade
/// have to be ordered by 15/12": a follow-up about another investment, announced by
/// "Separately" or "Also", is a note of its own after the decision.
#[test]
fn a_follow_up_announced_separately_is_a_record_of_its_own() {
    let text = "Station canopy repair approved, £12k. Separately @huw the relay cabinets for the signal upgrade have to be ordered by 15/12 or we miss the spring possession";
    let r = read_railway(text);
    assert_eq!(
        r.investment.as_deref(),
        Some("Station Canopy Repair"),
        "{text}"
    );
    assert_eq!(r.due, None, "{text}");
    assert_eq!(r.also.len(), 1, "{text}: {r:?}");
    let second = &r.also[0];
    assert_eq!(second.intent, Intent::Note, "{text}");
    assert_eq!(
        second.investment.as_deref(),
        Some("Signal Upgrade"),
        "{text}"
    );
    assert_eq!(second.due, "2026-12-15".parse().ok(), "{text}");
}
