//! Readings of forms from round S45's writers, the Slack recaps and terse lines of an Iowa
//! ethanol plant, a Monaghan mushroom farm and a Cebu pawnshop chain, each worded here for
//! another invented organisation.

use super::test_names::{directory, read_us, whole};
use super::*;
use crate::domain::Verdict;

/// A Minnesota sugar beet co-op's factory: the piling grounds, the factory, the pulp dryer,
/// the office, in dollars.
fn beet_dir() -> StaticDirectory {
    directory(
        &[
            ("Piling Grounds", &["Piles"]),
            ("Factory", &["Plant"]),
            ("Pulp Dryer", &["Pulp"]),
            ("Office", &["Accounts"]),
        ],
        &[
            ("Pile Ventilation", "Piling Grounds"),
            ("Diffuser Rebuild", "Factory"),
            ("Grower Portal", "Office"),
        ],
    )
}

fn read_beet(text: &str) -> Reading {
    read_us(text, "gwen", "2026-12-04", &beet_dir())
}

/// "down from like 40/mo to 3": a bare figure by the month that falls to a bare number is a
/// count of things, not money; the money the message marks with its sign is the benefit's.
#[test]
fn a_bare_monthly_figure_falling_to_a_bare_number_is_a_count() {
    let text = "grower portal's earned its keep, tare disputes down from about 60/mo to 4 and \
                accounts figures $25k saved on the year-end close";
    let r = read_beet(text);
    assert_eq!(r.amount, whole(25_000, "USD"), "{text}");
}

/// "Wendell is fine with …", "Wendell's good with …", "the board's fine with carrying on
/// …", "Wendell's happy for … to keep going": the one said to be fine, good or happy with
/// the thing decided it, an approval (or a continue) passed on.
#[test]
fn the_one_fine_or_good_with_a_thing_decided_it() {
    let cases = [
        (
            "Wendell is fine with the diffuser rebuild, $240k, the old chains snapped twice in October.",
            Verdict::Approve,
            "Wendell",
        ),
        (
            "Wendell's good with the pile ventilation, $78k. We lost 3% of the north pile last winter.",
            Verdict::Approve,
            "Wendell",
        ),
        (
            "Board's fine with carrying on the grower portal into phase 2 at $60k, phase 1 went fine.",
            Verdict::Continue,
            "Board",
        ),
        (
            "Wendell's happy for the grower portal to keep going, the tare disputes have stopped.",
            Verdict::Continue,
            "Wendell",
        ),
        (
            "Good news from Wendell — he's fine with the pile ventilation, $78,000, since the north pile heated up again.",
            Verdict::Approve,
            "Wendell",
        ),
    ];
    for (text, verdict, who) in cases {
        let r = read_beet(text);
        assert_eq!(r.verdict, Some(verdict), "{text}");
        assert_eq!(r.decided_by.as_deref(), Some(who), "{text}");
    }
}

/// "is staying on for another season", "keeping Red River Labs on the pile ventilation
/// contract another year": a thing kept for a further term goes on (convention 12), though
/// the vendor's name comes between "keeping" and the term.
#[test]
fn a_thing_staying_on_for_another_term_goes_on() {
    let cases = [
        (
            "The grower portal is staying on for another season — the growers like the scale tickets on their phones.",
            "Grower Portal",
        ),
        (
            "We're keeping Red River Labs on the pile ventilation contract another year — their probes caught two hot spots.",
            "Pile Ventilation",
        ),
    ];
    for (text, investment) in cases {
        let r = read_beet(text);
        assert_eq!(r.verdict, Some(Verdict::Continue), "{text}");
        assert_eq!(r.investment.as_deref(), Some(investment), "{text}");
    }
}

/// "… is staying on for another season …. The <new thing> is on hold till March …": the
/// thing staying on is its own record, before the hold (round S45).
#[test]
fn a_thing_staying_on_then_a_hold_are_two_records() {
    let text = "Gwen's grower portal is staying on for another season, the growers love it. \
                The lime kiln hoist is on hold till March, the quote came in at $210k.";
    let r = read_beet(text);
    assert_eq!(r.verdict, Some(Verdict::Continue), "{text}");
    assert_eq!(r.investment.as_deref(), Some("Grower Portal"), "{text}");
    assert_eq!(r.also.len(), 1, "{text}");
    assert_eq!(r.also[0].verdict, Some(Verdict::Defer), "{text}");
}

/// An Iloilo provincial bus line: the fleet, the terminals, ticketing, the office, in pesos.
fn bus_dir() -> StaticDirectory {
    directory(
        &[
            ("Fleet", &["Buses"]),
            ("Terminals", &["Terminal"]),
            ("Ticketing", &["Tickets"]),
            ("Office", &["Admin"]),
        ],
        &[
            ("Bus GPS Tracking", "Fleet"),
            ("Aircon Retrofit", "Fleet"),
            ("Ticketing App", "Ticketing"),
            ("Terminal CCTV", "Terminals"),
            ("Payroll System", "Office"),
        ],
    )
}

fn read_bus(text: &str) -> Reading {
    let settings = ReaderSettings {
        day_first: false,
        default_currency: crate::money::Currency::from_code("PHP").unwrap(),
    };
    read(
        text,
        "marites",
        "2026-12-04".parse().unwrap(),
        &bus_dir(),
        &settings,
    )
    .unwrap()
}

/// Filipino writers' verdicts with their particles: "go na" approves, "tuloy ang" goes on,
/// "hold lang" and "hold muna" put off, "stop na ang" stops; "ang" is no word of the thing
/// and "sa" ("in", "at") ends its name as "at" does.
#[test]
fn filipino_verdicts_with_their_particles() {
    let cases = [
        (
            "go na ang aircon retrofit sa Roxas units, ₱2.4M. init kaayo sa bus",
            Verdict::Approve,
            "Aircon Retrofit",
        ),
        (
            "Ok go na for the terminal CCTV, up to ₱600k",
            Verdict::Approve,
            "Terminal CCTV",
        ),
        (
            "tuloy ang ticketing app, 60% of riders are using it na 💪",
            Verdict::Continue,
            "Ticketing App",
        ),
        (
            "bus GPS tracking for the Antique route, hold lang sa, wala pay budget",
            Verdict::Defer,
            "Bus GPS Tracking",
        ),
        (
            "stop na ang radio ads, ₱90k na nagasto pero walay dugang pasahero",
            Verdict::Stop,
            "radio ads",
        ),
        (
            "Sir Ramon wants to hold the payroll system muna, the HR head is leaving.",
            Verdict::Defer,
            "Payroll System",
        ),
    ];
    for (text, verdict, investment) in cases {
        let r = read_bus(text);
        assert_eq!(
            (r.verdict, r.investment.as_deref()),
            (Some(verdict), Some(investment)),
            "{text}"
        );
    }
}

/// A stop's next sentence opening on the money sunk, with what it was spent on or paid to
/// before its "and" ("$48k spent on the vendor's custom screens and …", "$42k paid to the
/// contractor already and …"), is the stop's reason whole (convention 30).
#[test]
fn a_stops_sentence_of_money_spent_on_something_and_more_is_its_reason() {
    let cases = [
        (
            "We're pulling the plug on the grower portal. $48k spent on the vendor's custom screens and the growers still phone the scale house every day.",
            "$48k spent on the vendor's custom screens and the growers still phone the scale house every day",
        ),
        (
            "We will stop the pile ventilation. $42k paid to the contractor already and the north pile still heated up twice.",
            "$42k paid to the contractor already and the north pile still heated up twice",
        ),
    ];
    for (text, why) in cases {
        let r = read_beet(text);
        assert_eq!(r.verdict, Some(Verdict::Stop), "{text}");
        assert_eq!(r.rationale.as_deref(), Some(why), "{text}");
    }
}

/// "going with 4 fans not 6, $52k", "doing 2 sections instead of 3, $180k": fewer of the
/// work's things than planned, told with the price they now come to, is a rescope to it.
#[test]
fn fewer_things_than_planned_at_a_price_is_a_rescope() {
    let cases = [
        (
            "Pile ventilation — going with 4 fans not 6, $52k. The east pile is too short for the big ones.",
            52_000,
        ),
        (
            "Diffuser rebuild: doing 2 sections instead of 3, $180k.",
            180_000,
        ),
    ];
    for (text, amount) in cases {
        let r = read_beet(text);
        assert_eq!(r.verdict, Some(Verdict::Rescope), "{text}");
        assert_eq!(r.amount, whole(amount, "USD"), "{text}");
    }
}

/// "Terminals requested a bag scanner for the Iloilo terminal, no quotation yet": a thing
/// requested, said as new with no price ("quotation" as "quote") yet, is a proposal that
/// asks for its cost (conventions 17 and 18).
#[test]
fn a_thing_requested_with_no_quotation_yet_is_a_proposal() {
    let text = "Terminals requested a bag scanner for the Iloilo terminal, no quotation yet.";
    let r = read_bus(text);
    assert_eq!(r.intent, Intent::Investment, "{text}");
    assert_eq!(r.investment.as_deref(), Some("bag scanner"), "{text}");
    assert_eq!(r.unit.as_deref(), Some("Terminals"), "{text}");
}

/// "142k bu in a day", "21k lbs of pulp an hour", "1.4m gal": a figure before a short
/// measure (bushels, pounds, gallons, barrels, kilowatt hours) counts the stuff, not money.
#[test]
fn a_figure_before_a_short_measure_is_no_money() {
    for text in [
        "congrats to the night crew, record grind in November 🎉 142k bu in a day",
        "pulp dryer ran 21k lbs an hour all week, nice work",
        "we shipped 1.4m gal of molasses in November, a record",
    ] {
        let r = read_beet(text);
        assert_eq!(r.amount, None, "{text}");
        assert_eq!(r.intent, Intent::None, "{text}");
    }
}

/// "Wendell put together a case for a pulp press upgrade, about $120,000. He figures it
/// saves $38k a year …": a case made for a new thing is a proposal, with its saving and its
/// years.
#[test]
fn a_case_put_together_for_a_new_thing_is_a_proposal() {
    let text = "Wendell put together a case for a pulp press upgrade, about $120,000. He figures \
                it saves $38k a year in gas and the press should be good for 12 years.";
    let r = read_beet(text);
    assert_eq!(r.intent, Intent::Investment, "{text}");
    assert_eq!(
        r.investment.as_deref(),
        Some("pulp press upgrade"),
        "{text}"
    );
    assert_eq!(r.annual_benefit, whole(38_000, "USD"), "{text}");
    assert_eq!(r.years, Some(12), "{text}");
}

/// "Quimpo came back on the bag scanners for all terminals — not approved, …": the one who
/// came back with the answer is someone, never the new thing's name; the thing is what
/// they came back on.
#[test]
fn the_one_who_came_back_on_a_thing_is_not_its_name() {
    for text in [
        "Quimpo came back on the bag scanners for all terminals — not approved, ₱3.3M for something LTFRB does not require yet.",
        "Atty. Quimpo came back to me on the bag scanners — not approved, ₱3.3M for something LTFRB does not require yet.",
    ] {
        let r = read_bus(text);
        assert_eq!(r.verdict, Some(Verdict::Reject), "{text}");
        assert_eq!(r.investment.as_deref(), Some("bag scanners"), "{text}");
    }
}

/// "Wendell came back to me on the diffuser rebuild. He's happy enough at $240k, …": the
/// one said to be happy (or fine) at a price lets the thing go ahead at it, an approval
/// passed on.
#[test]
fn happy_enough_at_a_price_approves() {
    let text = "Wendell came back to me on the diffuser rebuild. He's happy enough at $240k, the \
                old chains snapped twice in October.";
    let r = read_beet(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}");
    assert_eq!(r.investment.as_deref(), Some("Diffuser Rebuild"), "{text}");
    assert_eq!(r.amount, whole(240_000, "USD"), "{text}");
    assert_eq!(r.decided_by.as_deref(), Some("Wendell"), "{text}");
}

/// "like to hold the …" opening a message reads without looking before its first word.
#[test]
fn a_wish_to_hold_opening_the_message_reads() {
    let r = read_beet("like to hold the grower portal for now");
    assert_ne!(r.verdict, Some(Verdict::Approve));
}
