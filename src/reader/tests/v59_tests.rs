//! Verdicts, intents, people, dates and numbers missed on strangers' wording (round V59),
//! each worded for an invented cashew works at Mtwara, Tanzania (its shelling hall, drying
//! yard, trucks and office, counting in dollars), and set against the same words recording
//! something else. The test day is Friday 27 November 2026.

use super::test_names::{directory, read_day_first_in};
use super::*;

/// A cashew works at Mtwara: the shelling hall, the drying yard, the trucks, the office.
fn cashew_dir() -> StaticDirectory {
    directory(
        &[
            ("Shelling Hall", &["Shelling"]),
            ("Drying Yard", &["Drying"]),
            ("Transport", &["Trucks"]),
            ("Office", &["Admin"]),
        ],
        &[
            ("Shelling Line", "Shelling Hall"),
            ("Solar Dryer", "Drying Yard"),
            ("Delivery Truck", "Transport"),
            ("Office Laptops", "Office"),
        ],
    )
}

fn read_cashew(text: &str) -> Reading {
    read_day_first_in(text, "halima", "USD", &cashew_dir())
}

fn day(s: &str) -> Option<NaiveDate> {
    Some(s.parse().unwrap())
}

fn owner(r: &Reading) -> Option<&str> {
    r.follow_ups.first().map(|f| f.owner.as_str())
}

/// Convention 87: a task's day said as a bare weekday ("marco install it mon", "Jason to
/// start Monday 7th") is its due, the coming one; the one named opening the sentence with a
/// bare verb of work owns it, as with "by Monday".
#[test]
fn a_bare_weekday_is_a_tasks_day() {
    for (text, who) in [
        (
            "Solar dryer approved, $4,500 for the second one. juma install it mon",
            "juma",
        ),
        (
            "Solar dryer approved, $4,500 for the second one. Juma install it Monday.",
            "Juma",
        ),
        (
            "Solar dryer approved, $4,500 for the second one, Juma to start Monday 30th.",
            "Juma",
        ),
    ] {
        let r = read_cashew(text);
        assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
        assert_eq!(r.due, day("2026-11-30"), "{text}: {r:?}");
        assert_eq!(r.date, None, "{text}: {r:?}");
        assert_eq!(owner(&r), Some(who), "{text}: {r:?}");
    }
    // A stage of the work, or an outsider's visit, on a weekday is no task of ours.
    for text in [
        "Solar dryer approved, $4,500 for the second one. The fitters start Monday.",
        "Solar dryer approved, $4,500 for the second one. Installer coming mon.",
        "Solar dryer approved, $4,500 for the second one. Juma started it Monday.",
    ] {
        let r = read_cashew(text);
        assert_eq!(r.due, None, "{text}: {r:?}");
        assert_eq!(owner(&r), None, "{text}: {r:?}");
    }
}

/// Convention 87 (a): a tradesman back on a day is the work's schedule, no task of ours.
#[test]
fn a_tradesman_back_on_a_day_is_no_due() {
    let r = read_cashew("solar dryer: new fan's in, fundi back wed to finish the wiring");
    assert_eq!(r.intent, Intent::Note, "{r:?}");
    assert_eq!(r.due, None, "{r:?}");
    // A task handed out for that day still is one.
    let r = read_cashew("solar dryer: new fan's in. @juma finish the wiring by wed");
    assert_eq!(r.due, day("2026-12-02"), "{r:?}");
}

/// Convention 87 (b): a thing said running or live since a weekday is dated that day.
#[test]
fn running_since_a_weekday_dates_the_note() {
    for text in [
        "solar dryer is in and running since monday, drying time down to one day",
        "The shelling line is live since Monday. Output up a fifth on last week.",
    ] {
        let r = read_cashew(text);
        assert_eq!(r.intent, Intent::Note, "{text}: {r:?}");
        assert_eq!(r.date, day("2026-11-23"), "{text}: {r:?}");
    }
    // Broken since a day is a fault, asked about: no record's date of a start.
    let r = read_cashew("Can someone look at the office printer? It's been jammed since Monday.");
    assert_ne!(r.date, day("2026-11-23"), "{r:?}");
}

/// "…, Master Huang responsible, finish before Dec 31", "Steam kettle – install date 14 Dec,
/// Marlon responsible." (minutes): the one named before "responsible" owns the item's work.
#[test]
fn a_name_then_responsible_owns_the_item() {
    let r = read_cashew(
        "Minutes – yard meeting 25 Nov\n1. Solar dryer – install date 14 Dec, Rashidi \
         responsible.\n2. Delivery truck – no change.",
    );
    assert_eq!(r.investment.as_deref(), Some("Solar Dryer"), "{r:?}");
    assert_eq!(owner(&r), Some("Rashidi"), "{r:?}");
    assert_eq!(r.due, day("2026-12-14"), "{r:?}");
    let r = read_cashew(
        "Minutes 25.11\n1. Shelling line upgrade: approved, $12,000, Mzee Bakari responsible, \
         finish before Dec 31\n2. Office laptops: not approved",
    );
    assert_eq!(r.verdict, Some(Verdict::Approve), "{r:?}");
    assert_eq!(owner(&r), Some("Mzee Bakari"), "{r:?}");
    // Someone held to blame is no owner of work.
    let r = read_cashew("Solar dryer broke again, the supplier is responsible for the fault.");
    assert_eq!(owner(&r), None, "{r:?}");
}

/// "- Well pump upgrade: approved, $18,400, Beau owns it": the thing just decided, owned by
/// the one named; "Kgomotso will manage the contractor".
#[test]
fn owning_or_managing_the_thing_decided() {
    let r = read_cashew(
        "- Solar dryer: approved, $4,500, Rashidi owns it\n- Office laptops: no change",
    );
    assert_eq!(r.verdict, Some(Verdict::Approve), "{r:?}");
    assert_eq!(owner(&r), Some("Rashidi"), "{r:?}");
    let r = read_cashew(
        "Solar dryer: approved by the MD this morning, $4,500. Rashidi will manage the \
         contractor.",
    );
    assert_eq!(owner(&r), Some("Rashidi"), "{r:?}");
    // Who owns a thing, with nothing decided, hands out no work.
    let r = read_cashew("The old truck? Rashidi owns it now, he bought it from the co-op.");
    assert_eq!(owner(&r), None, "{r:?}");
    let r = read_cashew("Solar dryer approved, $4,500. We'll manage with the old one till then.");
    assert_eq!(owner(&r), None, "{r:?}");
}

/// "(1) Inventory system: approved HK$260k. Jason follow up with vendor for the go-live
/// date.", "… Put a second internet line. Okello handle": a name opening its sentence and
/// a bare "follow up", or "handle" closing it, hands out the work with no day.
#[test]
fn a_bare_follow_up_or_handle_after_a_name() {
    let r = read_cashew(
        "Minutes 25.11\n(1) Solar dryer: approved $4,500. Rashidi follow up with the supplier \
         for the delivery date.\n(2) Office laptops: no update.",
    );
    assert_eq!(r.verdict, Some(Verdict::Approve), "{r:?}");
    assert_eq!(owner(&r), Some("Rashidi"), "{r:?}");
    let r = read_cashew(
        "[26/11/2026, 10:02] Mzee Bakari: Then we don't buy a new truck. Service the old one. \
         Rashidi handle",
    );
    assert_eq!(owner(&r), Some("Rashidi"), "{r:?}");
    // Work handled already is news.
    let r = read_cashew("Solar dryer approved, $4,500. Rashidi handled the order last week.");
    assert_eq!(owner(&r), None, "{r:?}");
}

/// "Mme Bégué has put the showroom refit on ice until she sees the Q1 figures", "The MD has
/// put the leather goods shop at the Game City mall on ice.": who put it on hold decided;
/// "management has decided to stop …" in lower case is a body that decides.
#[test]
fn who_put_it_on_hold_and_management() {
    for (text, who) in [
        (
            "Mzee Bakari has put the solar dryer for the new yard on ice until he sees the \
             March figures.",
            "Mzee Bakari",
        ),
        (
            "The MD has put the office laptops for the Lindi depot on hold. Money is tight.",
            "The MD",
        ),
        (
            "Dear Rashidi,\n\nThis is to inform you that management has decided to stop the \
             solar dryer with immediate effect. We have spent $3,000 and it still leaks.\n\n\
             Regards,\nHalima",
            "management",
        ),
    ] {
        let r = read_cashew(text);
        assert!(r.verdict.is_some(), "{text}: {r:?}");
        assert_eq!(r.decided_by.as_deref(), Some(who), "{text}: {r:?}");
    }
    // The speaker's own hold names no one.
    let r = read_cashew("We have put the solar dryer for the new yard on ice until March.");
    assert_eq!(r.decided_by, None, "{r:?}");
}

/// "Cafe kitchen refit is going ahead, Ingrid. The directors passed it, £46k.": a body after
/// "the", opening the sentence after the verdict, that passed it decided; "the management
/// meeting" is a meeting, no one named.
#[test]
fn the_directors_passed_it_and_the_management_meeting() {
    let r = read_cashew("Solar dryer refit is going ahead, Juma. The directors passed it, $4,600.");
    assert_eq!(r.verdict, Some(Verdict::Approve), "{r:?}");
    assert_eq!(r.decided_by.as_deref(), Some("The directors"), "{r:?}");
    let r = read_cashew("Solar dryer refit is going ahead, Juma. The welder passed it, $4,600.");
    assert_eq!(r.decided_by, None, "{r:?}");
    let r = read_cashew(
        "Right so, update from the management meeting yesterday. Rashidi signed off on the \
         solar dryer, $4,500, because the rain spoilt two batches. The office laptops are \
         parked until January — Juma wants to see the December sales first.",
    );
    assert_eq!(r.decided_by.as_deref(), Some("Rashidi"), "{r:?}");
    assert_eq!(r.also.len(), 1, "{r:?}");
    assert_eq!(r.also[0].decided_by, None, "{r:?}");
}

/// "shoots, go ahead wit da waiver kiosk, $14,500. darlene get um set up b4 xmas": "b4" is
/// "before", and Christmas a day to be done by (due Christmas Eve, as "before Christmas").
#[test]
fn before_christmas_written_short() {
    let r = read_cashew("ok go ahead with the solar dryer, $4,500. juma get it set up b4 xmas");
    assert_eq!(r.verdict, Some(Verdict::Approve), "{r:?}");
    assert_eq!(owner(&r), Some("juma"), "{r:?}");
    assert_eq!(r.due, day("2026-12-24"), "{r:?}");
}

/// "Production meeting, Wed 2/12 — actions / • Yarn store racking: agreed at £14,200. Davie
/// ordering from the Galashiels firm. / • Time & attendance: held over to the new year,
/// Fiona re-pricing.": in an item that decides, a name and a verb of buying or pricing
/// under way is handed the work.
#[test]
fn minutes_items_with_a_name_ordering_or_pricing() {
    let text = "Yard meeting, Wed 25/11 — actions\n• Solar dryer: agreed at $4,500. Rashidi \
                ordering from the Dar firm.\n• Office laptops: held over to the new year, \
                Juma re-pricing.";
    let r = read_cashew(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{r:?}");
    assert_eq!(owner(&r), Some("Rashidi"), "{r:?}");
    assert_eq!(r.also.len(), 1, "{r:?}");
    assert_eq!(owner(&r.also[0]), Some("Juma"), "{r:?}");
    // Work going on, told with no decision or in a sentence of chat, hands out nothing.
    let r = read_cashew("Yard update\n• Solar dryer: Rashidi ordering parts as we speak, no news.");
    assert_eq!(owner(&r), None, "{r:?}");
    for text in [
        "We done with the first dryer firm. Stopping that contract, Rashidi sourcing a next \
         company.",
        "Solar dryer approved, $4,500. Manual sorting can't keep up with the harvest.",
    ] {
        let r = read_cashew(text);
        assert_eq!(owner(&r), None, "{text}: {r:?}");
    }
}

/// "Tuilagi and the aiga decided on Sunday: fiafia stage approved, $23,000. Sefo's boys will
/// build it by 20/12.": a crew named by whose it is owns the work.
#[test]
fn someones_crew_owns_the_work() {
    let r = read_cashew("Solar dryer approved, $4,500. Rashidi's boys will build it by 20/12.");
    assert_eq!(owner(&r), Some("Rashidi's boys"), "{r:?}");
    assert_eq!(r.due, day("2026-12-20"), "{r:?}");
    // A thing of someone's is nobody.
    let r = read_cashew("Solar dryer approved, $4,500. Rashidi's truck will bring it by 20/12.");
    assert_ne!(owner(&r), Some("Rashidi's truck"), "{r:?}");
}
