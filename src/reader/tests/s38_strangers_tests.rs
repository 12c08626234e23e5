//! Readings of forms from round S38's writers, the long Slack paragraphs and terse Discord
//! lines of a Wisconsin plumbing and heating contractor, a Tyneside chain of hair salons and a
//! group of Irish community pharmacies, each worded here for another invented organisation.

use super::test_names::{directory, read_day_first_in, read_us, records};
use super::*;
use crate::domain::Verdict;

/// A Dundee and Perth chain of dog groomers: the salons, the van, IT.
fn groomers_dir() -> StaticDirectory {
    directory(
        &[
            ("Salons", &["Groomers"]),
            ("Mobile", &["Van"]),
            ("IT", &["Systems"]),
            ("People", &["HR"]),
        ],
        &[
            ("Online Booking", "Salons"),
            ("Grooming Tables", "Salons"),
            ("Laptop Refresh", "IT"),
            ("Dryer Replacement", "Salons"),
        ],
    )
}

fn read_groomers(text: &str) -> Reading {
    read_day_first_in(text, "morag", "GBP", &groomers_dir())
}

/// An Oregon chain of bike shops: the shops, the workshop, IT.
fn bikes_dir() -> StaticDirectory {
    directory(
        &[
            ("Shops", &["Retail"]),
            ("Workshop", &["Service", "Mechanics"]),
            ("IT", &["Tech"]),
        ],
        &[
            ("Wheel Truing Stands", "Workshop"),
            ("POS Migration", "IT"),
            ("Laptop Refresh", "IT"),
        ],
    )
}

fn read_bikes(text: &str) -> Reading {
    read_us(text, "kai", "2026-12-04", &bikes_dir())
}

/// "Since the techs started writing quotes on them in September, the average ticket is up
/// …": a month inside an opening "since" clause is when the counted period began, not the
/// benefit's date (the corpus convention), however many words the clause runs to.
#[test]
fn a_month_inside_a_long_since_clause_is_no_date() {
    let text = "The online booking is paying its way. Since the Perth salon started taking \
                bookings for nail trims online in August, no-shows are down by half, about \
                £400 a month.";
    let r = read_groomers(text);
    assert_eq!(r.intent, Intent::Benefit, "{text}: {r:?}");
    assert_eq!(r.date, None, "{text}: {r:?}");
    let text = "Since we put the tune-ups online in October the walk-in queue has gone, \
                roughly $900 a month more through the workshop.";
    let r = read_bikes(text);
    assert_eq!(r.date, None, "{text}: {r:?}");
}

/// "siobhán ok'd it yest": chat's clipped "yesterday" is that day, as "yday" already was.
/// ("last nite" was tried too and dropped: a training note labels a loss "last nite" with no
/// date.)
#[test]
fn yest_is_yesterday() {
    for text in [
        "dryer replacement aprvd £4k, fiona ok'd it yest 👍",
        "fiona ok'd the dryer replacement yest, £4k",
    ] {
        let r = read_groomers(text);
        assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
        assert_eq!(r.date, "2026-11-26".parse().ok(), "{text}: {r:?}");
    }
}

/// "plumber back 9/12 to finish", "supplier back 10/12 for the rest": in a progress line, the
/// day someone comes back to finish the work is the day it is to be done by, its due, as
/// "rest by 10/12" already was.
#[test]
fn someone_back_on_a_day_to_finish_is_the_due() {
    for (text, due) in [
        (
            "dryers at perth: 2 of 3 in, sparky back 2/12 to finish",
            "2026-12-02",
        ),
        (
            "grooming tables at dundee: 4 of 6 up, supplier back 3/12 for the rest",
            "2026-12-03",
        ),
        (
            "dryer replacement at perth, engineer back 10/12 for the last one",
            "2026-12-10",
        ),
    ] {
        let r = read_groomers(text);
        assert_eq!(r.intent, Intent::Note, "{text}: {r:?}");
        assert_eq!(r.due, due.parse().ok(), "{text}: {r:?}");
    }
    // Someone back from leave is no due.
    let text = "dryer replacement: fiona back 3/12 from leave, she'll chase the supplier";
    let r = read_groomers(text);
    assert_eq!(r.due, None, "{text}: {r:?}");
}

/// "The air con for Durham is held over till May; …": work "held over" till a time is put off
/// till then, as "held till" already was.
#[test]
fn held_over_till_a_month_is_a_deferral() {
    let text = "Morning all. The grooming tables for Perth are held over till March; the \
                landlord might be selling the unit and we're not fitting it out for him.";
    let r = read_groomers(text);
    assert_eq!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
    assert_eq!(
        r.investment.as_deref(),
        Some("Grooming Tables"),
        "{text}: {r:?}"
    );
    assert_eq!(r.review_date, "2027-03-01".parse().ok(), "{text}: {r:?}");
    // A meeting held over is none of ours.
    let text = "the grooming tables chat was held over till monday, nothing decided";
    let r = read_groomers(text);
    assert_ne!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
}

/// "He's grand with the CCTV upgrade … at €28k", "she's fine with MFA for the dispatchers
/// now, another $2k": a decider said to be fine (grand, ok) with a priced thing lets it go
/// ahead, an approval passed on. Fine with something unpriced, or with how it went, is no
/// verdict.
#[test]
fn someone_fine_with_a_priced_thing_approves_it() {
    let text = "Fiona was on the phone after the partners' meeting. She's grand with the dryer \
                replacement for the two Dundee salons at £9k, seeing as the old ones keep \
                tripping the fuse.";
    let r = read_groomers(text);
    assert_eq!(r.intent, Intent::Decision, "{text}: {r:?}");
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    assert_eq!(
        r.investment.as_deref(),
        Some("Dryer Replacement"),
        "{text}: {r:?}"
    );
    assert_eq!(
        r.amount,
        super::test_names::whole(9_000, "GBP"),
        "{text}: {r:?}"
    );
    let text = "Raj is fine with the wheel truing stands for the Bend shop now, $3,400, since \
                the old ones are bent.";
    let r = read_bikes(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    for text in [
        "fiona's fine with the dryer replacement, the groomers love the new ones",
        "she's fine with the new grooming tables, they saved us £2k last month",
    ] {
        let r = read_groomers(text);
        assert_ne!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    }
}

/// "…, seeing as we've had three break-ins in Enniscorthy since the summer": "seeing as"
/// gives the reason as "since" does, and is left out of it as "since" is.
#[test]
fn seeing_as_opens_the_reason() {
    let text = "Fiona's signed off the dryer replacement for Perth, £6k, seeing as the old ones \
                keep tripping the fuse.";
    let r = read_groomers(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("the old ones keep tripping the fuse"),
        "{text}: {r:?}"
    );
}

/// "Abandoned calls at Madison went from 14% to 3% since the switch": "abandoned" naming
/// what is counted, with a place between it and the count, is no stop.
#[test]
fn abandoned_things_counted_at_a_place_are_no_stop() {
    let text = "The online booking paid off faster than I thought. Abandoned bookings at Perth \
                went from 20% to 4% since the switch, call it £6k.";
    let r = read_groomers(text);
    assert_ne!(r.verdict, Some(Verdict::Stop), "{text}: {r:?}");
    assert_eq!(r.intent, Intent::Benefit, "{text}: {r:?}");
}

/// "someone's after parking across the delivery bay in gorey again 😤": a car parked across,
/// outside or behind a place is chat, no deferral ("parking the van upgrade" still is).
#[test]
fn parking_across_a_place_is_no_deferral() {
    for text in [
        "someone's after parking across the delivery bay in perth again 😤",
        "the courier is parking outside the dundee salon again, nobody can get in 🙄",
    ] {
        let r = read_groomers(text);
        assert_ne!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
        assert_eq!(r.intent, Intent::None, "{text}: {r:?}");
    }
}

/// "no to the radio spots on WIBA, $2,500 a month and nothing we can track from radio",
/// "not doing the metro station posters, £1,200 a month and hardly any of our clients get the
/// metro": a refusal's price joined by "and" to a clause whose subject is a quantity of none
/// ("nothing", "none of …", "hardly any …") is its reason, as one opening on "nobody" is.
#[test]
fn a_refusals_price_and_a_clause_of_none_is_the_reason() {
    for (text, reason) in [
        (
            "no to the radio ads on Tay FM, £900 a month and nothing we can track from radio",
            "£900 a month and nothing we can track from radio",
        ),
        (
            "not doing the bus stop posters, £1,200 a month and hardly any of our clients \
             take the bus",
            "£1,200 a month and hardly any of our clients take the bus",
        ),
        (
            "nah to the leaflet drop, £400 a month and none of our regulars read them",
            "£400 a month and none of our regulars read them",
        ),
    ] {
        let r = read_groomers(text);
        assert_eq!(r.verdict, Some(Verdict::Reject), "{text}: {r:?}");
        assert_eq!(r.rationale.as_deref(), Some(reason), "{text}: {r:?}");
    }
}

/// "Siobhán signed off the electronic shelf labels for Wexford and Gorey, €22k, because …":
/// someone approving a priced thing whose name ends in "labels" approves our spend; a
/// regulator passing a label we sent it carries no price.
#[test]
fn a_priced_thing_named_labels_is_no_submission() {
    let dir = directory(
        &[("Shops", &["Retail"]), ("Brewing", &["Brewhouse"])],
        &[("Electronic Shelf Labels", "Shops")],
    );
    let text = "Siobhan signed off the electronic shelf labels for Cork and Galway, €18k, \
                because the staff spend two evenings a week changing paper tickets.";
    let r = read_day_first_in(text, "aoife", "EUR", &dir);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    assert_eq!(
        r.amount,
        super::test_names::whole(18_000, "EUR"),
        "{text}: {r:?}"
    );
    // The regulator's verdict on the label we sent is still theirs.
    let text = "TTB knocked back the label for the stout, resubmitting Monday";
    let r = read_day_first_in(text, "aoife", "EUR", &dir);
    assert_ne!(r.verdict, Some(Verdict::Reject), "{text}: {r:?}");
}

/// "For the record, from yesterday's exec: we've approved …": the exec (the executive
/// team's meeting) dates every item it announces, as "yesterday's board meeting" does.
#[test]
fn yesterdays_exec_dates_every_item() {
    let text = "Morning all. For the record, from yesterday's exec: we've approved the dryer \
                replacement at £9k, the old ones keep tripping the fuse. The online booking is \
                on hold till April – nobody wants a change before Easter. And the grooming \
                tables go ahead in both salons, £5k.";
    let r = read_groomers(text);
    let all = records(&r);
    assert_eq!(all.len(), 3, "{text}: {r:?}");
    for rec in all {
        assert_eq!(rec.date, "2026-11-26".parse().ok(), "{text}: {rec:?}");
    }
}

/// "Two from the exec: the anti-cheat service continues, cheat reports fell by half in
/// October": the exec named without a day is the team, not a meeting dating its items.
#[test]
fn the_exec_without_a_day_dates_nothing() {
    let text = "Two from the exec: the online booking continues, no-shows fell by half in \
                October. The grooming tables are rejected.";
    let r = read_groomers(text);
    for rec in records(&r) {
        assert_ne!(rec.date, "2026-10-01".parse().ok(), "{text}: {rec:?}");
    }
}

/// "Two from Bronwyn after the owners' catch-up yesterday. …": a catch-up (written with its
/// hyphen, so three tokens) is a meeting that dates the verdicts it announces, as "after the
/// owners' meeting yesterday" does.
#[test]
fn a_catch_up_yesterday_dates_its_verdicts() {
    let text = "Two from Fiona after the owners' catch-up yesterday. The dryer replacement is \
                a go at £9k, since the old ones keep tripping the fuse. She's knocked back the \
                hydrotherapy pool though — £40k for a handful of dogs a week.";
    let r = read_groomers(text);
    let all = records(&r);
    assert_eq!(all.len(), 2, "{text}: {r:?}");
    for rec in all {
        assert_eq!(rec.date, "2026-11-26".parse().ok(), "{text}: {rec:?}");
    }
}

/// "…, colour orders are down about a fifth, which is roughly £900 a month less going down
/// the sink": a closing "which is <money> …" clause is what the result is worth, its amount,
/// not more of the evidence (the corpus convention on money cut).
#[test]
fn which_is_money_closes_a_benefits_evidence() {
    let text = "The grooming tables are paying their way. Since the Dundee team started \
                booking slots online in September, no-shows are down about a fifth, which is \
                roughly £300 a month more through the tills.";
    let r = read_groomers(text);
    assert_eq!(r.intent, Intent::Benefit, "{text}: {r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some(
            "Since the Dundee team started booking slots online in September, no-shows are \
             down about a fifth"
        ),
        "{text}: {r:?}"
    );
}
