//! Verdicts, intents, people, dates and numbers missed on strangers' wording (round V60),
//! each worded for an invented island ferry line at Roatán, Honduras (its ferries, its
//! terminal, its workshop and its office, counting in dollars), and set against the same
//! words recording something else. The test day is Friday 27 November 2026.

use super::test_names::{directory, read_day_first_in};
use super::*;

/// An island ferry line at Roatán: the ferries, the terminal, the workshop, the office.
fn ferry_dir() -> StaticDirectory {
    directory(
        &[
            ("Ferries", &["Fleet"]),
            ("Terminal", &["Dock"]),
            ("Workshop", &["Engineering"]),
            ("Office", &["Admin"]),
        ],
        &[
            ("Workshop Crane", "Workshop"),
            ("Terminal Solar", "Terminal"),
            ("Dock Fenders", "Terminal"),
            ("Ticket Kiosk", "Office"),
        ],
    )
}

fn read_ferry(text: &str) -> Reading {
    read_day_first_in(text, "marisol", "USD", &ferry_dir())
}

fn dollars(r: &Reading) -> Option<i64> {
    r.amount.map(|m| m.minor / 100)
}

/// Convention 90: a registered thing bought by a cheaper means — a smaller model, second-hand
/// instead of new — with its new cost against the old, or said come down, is cut back to the
/// new figure, whatever the verb ("we are taking", "buy", "we will buy").
#[test]
fn a_cheaper_means_of_a_registered_thing_is_a_rescope() {
    for (text, amount) in [
        (
            "Workshop crane — we are taking the smaller model (2 t) instead of the 5 t, $38,000 instead of $61,000. Enough for our engines.",
            38_000,
        ),
        (
            "Decision on the workshop crane: buy a second-hand one fae La Ceiba for $22,000 rather than new at $60k. Kenny's going over to look at it on the 14th.",
            22_000,
        ),
        (
            "Workshop crane: we will buy the 2 tonne model instead of the 5 tonne one, cost comes down to $41k. The bigger one needs a new floor.",
            41_000,
        ),
    ] {
        let r = read_ferry(text);
        assert_eq!(r.verdict, Some(Verdict::Rescope), "{text}: {r:?}");
        assert_eq!(r.investment.as_deref(), Some("Workshop Crane"), "{text}: {r:?}");
        assert_eq!(dollars(&r), Some(amount), "{text}: {r:?}");
    }
    // The rupee's "Rs" before both figures, where the line counts in rupees.
    let text = "Workshop crane — we are taking the smaller model (2 t) instead of the 5 t, Rs 690,000 instead of Rs 1.1M. Enough for our engines.";
    let r = read_day_first_in(text, "marisol", "MUR", &ferry_dir());
    assert_eq!(r.verdict, Some(Verdict::Rescope), "{r:?}");
    assert_eq!(r.amount.map(|m| m.minor), Some(69_000_000), "{r:?}");
    // Where the line counts in kwacha, "MK" before the figure come down.
    let text = "Workshop crane: we will buy the 2 tonne model instead of the 5 tonne one, cost comes down to MK 41m. The bigger one needs a new floor.";
    let r = read_day_first_in(text, "marisol", "MWK", &ferry_dir());
    assert_eq!(r.verdict, Some(Verdict::Rescope), "{r:?}");
    // One price and nothing said lower: the choice is approved.
    for text in [
        "We will buy the workshop crane, $61,000, the old hoist is done.",
        "Ticket kiosk: we are buying it outright rather than leasing it, so that's a go. $15k.",
    ] {
        let r = read_ferry(text);
        assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    }
}

/// Convention 90 (a scope said cut in its own measure): "scope cut from 400 kWp to 250 kWp …
/// New price …" cuts the work back, though the figures cut are kilowatts; a count or a use
/// made smaller is still a result.
#[test]
fn a_scope_cut_in_its_own_measure_is_a_rescope() {
    let text = "Terminal solar: scope cut from 120 kWp to 80 kWp, the roof over the waiting hall cannot take the weight. New price $96k.";
    let r = read_ferry(text);
    assert_eq!(r.intent, Intent::Decision, "{r:?}");
    assert_eq!(r.verdict, Some(Verdict::Rescope), "{r:?}");
    assert_eq!(dollars(&r), Some(96_000), "{r:?}");
    let text = "Since the terminal solar went in, the diesel we burn was cut from 400 litres to 250 litres a week.";
    let r = read_ferry(text);
    assert_ne!(r.verdict, Some(Verdict::Rescope), "{r:?}");
}

/// Convention 90 (a part kept said with no verdict word): after the thing's label, "only <a
/// part> now, not the whole <thing>" with a figure for it cuts the work back; without a figure
/// it tells how far the work has got.
#[test]
fn only_a_part_now_not_the_whole_with_its_figure_is_a_rescope() {
    let text = "Dock fenders: only the east berth now, not the whole dock. $41k.";
    let r = read_ferry(text);
    assert_eq!(r.intent, Intent::Decision, "{r:?}");
    assert_eq!(r.verdict, Some(Verdict::Rescope), "{r:?}");
    assert_eq!(dollars(&r), Some(41_000), "{r:?}");
    let text =
        "Dock fenders: only the east berth done so far, not the whole dock. Crew back Monday.";
    let r = read_ferry(text);
    assert_ne!(r.verdict, Some(Verdict::Rescope), "{r:?}");
}

/// "The trunk injection program is staying on. … Ray's good with it.", "… and Alhaji is
/// happy with that.", "…, which Alasdair's happy wi'.", "Directors fine wi that.": the one
/// said to be fine with it, closing the sentence after the verdict, gave it; a pronoun
/// ("She's ok with it") names no one.
#[test]
fn fine_with_it_said_after_the_verdict_names_who_decided() {
    for (text, who) in [
        (
            "The ticket kiosk is staying on. Lupe wants a second one at the Utila dock in March, Rosa's good with it.",
            "Rosa",
        ),
        (
            "The ticket kiosk trial is continuing. Lupe wants to add the Utila dock in February and Mr Bodden is happy with that.",
            "Mr Bodden",
        ),
        (
            "Ticket kiosk carries on, and Lupe wants a second one in September, which Rosa's happy wi'.",
            "Rosa",
        ),
        (
            "Ticket kiosk: continue wi the rollout to the Utila dock, $4,100 more. Directors fine wi that.",
            "Directors",
        ),
    ] {
        let r = read_ferry(text);
        assert!(r.verdict.is_some(), "{text}: {r:?}");
        assert_eq!(r.decided_by.as_deref(), Some(who), "{text}: {r:?}");
    }
    for text in [
        "The ticket kiosk is staying on. Lupe wants a second one at the Utila dock in March, she's ok with it.",
        "Ticket kiosk's been pared back – we're keeping the old booth and just doing the screen. $6k, down from $14k. Rosa is fine with it.",
    ] {
        let r = read_ferry(text);
        assert!(r.verdict.is_some(), "{text}: {r:?}");
        assert_eq!(r.decided_by, None, "{text}: {r:?}");
    }
}

/// A name and "says" before the verdict's own words — "Shore power: Charlie says crack on, we
/// keep going with …", "… so Alhaji says we should pay anyway …" — is whose word it is,
/// though "we" carry it out.
#[test]
fn a_name_saying_the_verdict_decided() {
    for (text, who) in [
        (
            "Ticket kiosk: Rosa says crack on, we keep going with the Utila install even though the dock works are late.",
            "Rosa",
        ),
        (
            "Kenny came back on the crane — the dealer cannot deliver until February, so Rosa says we should pay anyway and hire one for January.",
            "Rosa",
        ),
    ] {
        let r = read_ferry(text);
        assert!(r.verdict.is_some(), "{text}: {r:?}");
        assert_eq!(r.decided_by.as_deref(), Some(who), "{text}: {r:?}");
    }
    // News said by the name, then our own going on: no one else decided.
    let text = "Ticket kiosk: Rosa says the dock is late, we keep going with the old booth.";
    let r = read_ferry(text);
    assert_eq!(r.decided_by, None, "{r:?}");
}

/// Convention 90's cut asked for by name: "JP wants a 9m fibreglass instead of the 11m, so the
/// price comes down to …", "the board wants a second-hand 3,500 dwt instead of a newbuild,
/// budget cut from …", "Gerry wants it smaller - … New price is around $1.1M, was $1.9M" —
/// the one who wants the cheaper means decided the rescope.
#[test]
fn the_one_wanting_the_cheaper_means_decided_the_rescope() {
    for (text, who) in [
        (
            "Workshop crane: Rosa wants the 2 t one instead of the 5 t, so the price comes down to $38k from $61k.",
            "Rosa",
        ),
        (
            "Workshop crane: the board wants a second-hand one instead of a new one, budget cut from $61k to $25k.",
            "board",
        ),
        (
            "Workshop crane: Rosa wants it smaller - 2 t instead of 5 t. New price is around $38k, was $61k.",
            "Rosa",
        ),
    ] {
        let r = read_ferry(text);
        assert_eq!(r.verdict, Some(Verdict::Rescope), "{text}: {r:?}");
        assert_eq!(r.decided_by.as_deref(), Some(who), "{text}: {r:?}");
    }
    // Wanted after the cut, of something else: no one else decided.
    let text = "Workshop crane: we're taking the 2 t one instead of the 5 t, $38,000 instead of $61,000. Rosa wants it in by March.";
    let r = read_ferry(text);
    assert_eq!(r.verdict, Some(Verdict::Rescope), "{r:?}");
    assert_eq!(r.decided_by, None, "{r:?}");
}

/// A name spoken to opening the message, then a thing due by a day, with a "must" / "needs"
/// or a "pls" inside the sentence — "Esnart, the adverts … must go out by 11/12.", "Nico —
/// boom deployment drill … sometime before 15th Jan pls, Yvette needs the record …" — is a
/// task that name owns.
#[test]
fn a_name_spoken_to_then_a_thing_due_owns_it() {
    for (text, who, due) in [
        (
            "Lupe, the ticket kiosk adverts for the two new cashiers must go out by 11/12. Thanks.",
            "Lupe",
            "2026-12-11",
        ),
        (
            "Kenny — crane load test in the workshop sometime before 15/01 pls, the insurer needs the record.",
            "Kenny",
            "2027-01-15",
        ),
    ] {
        let r = read_ferry(text);
        assert_eq!(r.intent, Intent::Note, "{text}: {r:?}");
        assert_eq!(r.follow_ups.first().map(|f| f.owner.as_str()), Some(who), "{text}: {r:?}");
        assert_eq!(r.due, Some(due.parse().unwrap()), "{text}: {r:?}");
    }
    // A word before a comma that names no one, and news with a day: no task.
    for text in [
        "Anyway, the ticket kiosk adverts must go out by 11/12.",
        "Lupe, the ticket kiosk came in by 20/11 and works fine.",
    ] {
        let r = read_ferry(text);
        assert!(r.follow_ups.is_empty(), "{text}: {r:?}");
    }
}

/// A sale's top price ("Fairly busy sale the day, … Top price £2,310 for a Charolais bullock")
/// is news of the market, chat; a price of a thing of ours stays what it records.
#[test]
fn a_sales_top_price_is_chat() {
    for text in [
        "Fairly busy sale the day, 640 goats through the ring. Top price $2,310 for a Boer billy fae Utila.",
        "Busy fish market this morning, 900 boxes landed. Top price $310 for a Grouper Box from Guanaja.",
        "Good auction today, 212 lots sold. Best price $1,450 for a Yamaha Outboard off the Utila boat.",
    ] {
        let r = read_ferry(text);
        assert_eq!(r.intent, Intent::None, "{text}: {r:?}");
    }
    // The ferry line's Saturday goat sale at its own ring.
    let mart = directory(
        &[("Sale Ring", &["Ring", "Auctioneers"]), ("Office", &[])],
        &[("Ring Scales", "Sale Ring")],
    );
    let text = "Fairly busy sale the day, 640 goats through the ring. Top price £2,310 for a Boer billy fae Utila.";
    let r = read_day_first_in(text, "marisol", "GBP", &mart);
    assert_eq!(r.intent, Intent::None, "{r:?}");
    let text = "Workshop crane approved, best price $61,000 from the La Ceiba dealer.";
    let r = read_ferry(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{r:?}");
}

/// "Chairman's decision on the cattle float: buy a second-hand …": a heading naming whose
/// decision the line after its colon is names who decided.
#[test]
fn whose_decision_heading_names_who_decided() {
    for (text, who) in [
        (
            "Chairman's decision on the workshop crane: buy a second-hand one fae La Ceiba for $22,000 rather than new at $60k.",
            "Chairman",
        ),
        (
            "Rosa's decision on the ticket kiosk: approved, $15k, Lupe to order it by 11/12.",
            "Rosa",
        ),
    ] {
        let r = read_ferry(text);
        assert!(r.verdict.is_some(), "{text}: {r:?}");
        assert_eq!(r.decided_by.as_deref(), Some(who), "{text}: {r:?}");
    }
}
