//! Round V35: the verdict's, the intent's and the investment's misses on the training
//! corpus sorted by cause, and the causes that recur fixed, each worded here for another
//! invented organisation: a Dutch chain of bicycle shops and repair workshops.

use super::test_names::{directory, read_day_first_in};
use super::*;
use crate::domain::Verdict;

/// A bicycle retailer in the Randstad posting in its Teams channels: the shops, the
/// workshops, the web shop, the office.
fn bike_dir() -> StaticDirectory {
    directory(
        &[
            ("Shops", &["Stores", "Retail"]),
            ("Workshops", &["Repairs", "Service"]),
            ("Online", &["Web Shop", "E-commerce"]),
            ("Office", &["Finance", "HR", "IT"]),
        ],
        &[
            ("Point of Sale Replacement", "Shops"),
            ("Repair Booking App", "Workshops"),
            ("Web Shop Rebuild", "Online"),
            ("Loyalty Card Scheme", "Shops"),
            ("Microsoft Licences", "Office"),
            ("Two-Factor Login", "Office"),
            ("E-bike Diagnostics Rig", "Workshops"),
        ],
    )
}

fn read_bikes(text: &str) -> Reading {
    read_day_first_in(text, "femke", "EUR", &bike_dir())
}

fn assert_verdict(text: &str, verdict: Verdict) {
    let r = read_bikes(text);
    assert_eq!(
        (r.intent, r.verdict),
        (Intent::Decision, Some(verdict)),
        "{text}: {r:?}"
    );
}

/// "ok go on the web shop rebuild at €90k": an order to go on a thing at a price,
/// passed on from who decided, is an approval with its amount; going on a list or a
/// website, or a question, is none.
#[test]
fn going_on_a_thing_at_a_price_approves_it() {
    for text in [
        "Fwd from Joost: ok go on the web shop rebuild at €90k, Sanne to sort the contract by Fri",
        "From Joost: go on the repair booking app at €35k, Pieter to book the kick-off",
    ] {
        assert_verdict(text, Verdict::Approve);
        assert!(read_bikes(text).amount.is_some(), "{text}");
    }
    for text in [
        "ok go on the supplier portal and check the price at €4 a unit",
        "shall we go on the web shop rebuild at €90k?",
    ] {
        assert_ne!(read_bikes(text).verdict, Some(Verdict::Approve), "{text}");
    }
}

/// "No from me. €48k for a rig we'd use twice a week": one person's no, said alone
/// before the price, refuses; in jest, or inside a clause, it does not.
#[test]
fn a_no_from_me_said_alone_refuses() {
    assert_verdict(
        "FW: Quote – second e-bike diagnostics rig\nNo from me. €48k for a rig we'd use twice a week.\nJoost",
        Verdict::Reject,
    );
    let r = read_bikes("She's a no from me on the shop coffee machine lol, €900");
    assert_ne!(r.verdict, Some(Verdict::Reject), "{r:?}");
}

/// "so the budget drops to €4k", "so the value is now €61.000": the work's money as
/// the figure that follows from a change, a rescope; a running figure per month is none.
#[test]
fn the_budget_said_as_the_new_figure_after_a_change_rescopes() {
    for text in [
        "Two-factor login: going for the free authenticator app instead of tokens, so the budget drops to €4k",
        "Point of sale replacement, correction: the board cut it to the six big shops, so the value is now €61.000.",
    ] {
        assert_verdict(text, Verdict::Rescope);
    }
    let r = read_bikes(
        "The new tyre supplier delivers twice a week now, so the cost drops to €2k a month.",
    );
    assert_ne!(r.verdict, Some(Verdict::Rescope), "{r:?}");
}

/// "Microsoft licences roll on for another year": a contract running on for another term
/// goes on.
#[test]
fn a_contract_rolling_on_for_another_year_continues() {
    assert_verdict(
        "Microsoft licences roll on for another year, the office lives in Teams",
        Verdict::Continue,
    );
}

/// "Pulling the loyalty card scheme — …" opening the message stops the work; pulling the
/// numbers together is no verdict.
#[test]
fn pulling_a_thing_said_first_stops_it() {
    assert_verdict(
        "Pulling the loyalty card scheme — 900 sign-ups in a year and most never used the card. €18k spent.",
        Verdict::Stop,
    );
    let r = read_bikes("Pulling the numbers together for the loyalty card scheme — back by Friday");
    assert_ne!(r.verdict, Some(Verdict::Stop), "{r:?}");
}

/// "The new door system's already paying for itself — … and we've dropped the overnight
/// security patrols at six sites, about $5k a month": after a result, a running payment
/// we stopped because of it, with its money per month, is the benefit's saving, not a stop
/// of the work (convention 29); a stop with no result before it stays a stop.
#[test]
fn a_payment_stopped_after_a_result_is_the_benefit_s_saving() {
    for text in [
        "The e-bike diagnostics rig has done the job. Comebacks in the Utrecht workshop dropped from 30 to 8 a month, and we've stopped the mobile mechanic's extra visits, €650 a month.",
        "The repair booking app's already paying for itself — no-shows are down by half and we've dropped the Saturday phone cover at four shops, about €2k a month.",
    ] {
        let r = read_bikes(text);
        assert_eq!((r.intent, r.verdict), (Intent::Benefit, None), "{text}: {r:?}");
    }
    assert_verdict(
        "We've stopped the loyalty card scheme, €650 a month for cards nobody uses.",
        Verdict::Stop,
    );
}

/// Verdict words that tell no verdict: "park" the noun ("for the caravan park as well"),
/// someone asking who parked a van, "stop to buy" (a habit stopped by the work), a thing
/// cut "to near zero" (a result).
#[test]
fn verdict_words_that_are_a_place_a_question_a_habit_or_a_result_decide_nothing() {
    assert_verdict(
        "Quick one from the exec this morning: the web shop rebuild goes ahead for the caravan park shop as well, +€9,500.",
        Verdict::Approve,
    );
    let r = read_bikes("lol who parked the demo cargo bike in the workshop bay again");
    assert_eq!(r.verdict, None, "{r:?}");
    assert_verdict(
        "Point of sale replacement – approved, €120.000. We print our own labels and stop to buy them from the franchise.",
        Verdict::Approve,
    );
    let r = read_bikes(
        "The repair booking app has cut phone bookings to near zero — we reckon that's €2k a month in staff time",
    );
    assert_eq!((r.intent, r.verdict), (Intent::Benefit, None), "{r:?}");
    // "park" as the verb still puts work off.
    assert_verdict("web shop rebuild: park till spring", Verdict::Defer);
    assert_verdict(
        "We'll park the repair booking app until March.",
        Verdict::Defer,
    );
}

/// A choice between suppliers' quotes ("ok go with the cheaper quote, Gazelle it is") or of
/// a named supplier at a price ("agreed this morning to go with Hearthfield at €238,000")
/// approves the work; "go with the cheaper option" still rescopes it.
#[test]
fn a_supplier_chosen_at_a_price_approves_the_work() {
    for text in [
        "[09:41] Joost: quotes for the diagnostics rig are in, €14k and €16k\n[09:42] Joost: ok go with the cheaper quote, Bosch it is",
        "Two quotes for the e-bike diagnostics rig: €25,200 and €23,800. Board agreed this morning to go with Hearthfield at €23,800 – they can fit it in January.",
    ] {
        assert_verdict(text, Verdict::Approve);
    }
    assert_verdict(
        "Point of sale replacement: go with the cheaper option, €61k instead of €90k.",
        Verdict::Rescope,
    );
}

/// "the web shop's new payment page goes on the repair shop too, another €11,000": more of
/// the work, with more money, approved; "the rest wait till April" after a priced part
/// does part of the work now, a rescope.
#[test]
fn more_of_the_work_approves_and_the_rest_waiting_rescopes() {
    let r = read_bikes(
        "Quick update from the board: the old tills are a no; and the loyalty card scheme's key tags go on the workshop tickets as well as the shop receipts, another €11,000.",
    );
    let second = r.also.first().expect("two records");
    assert_eq!(
        (second.intent, second.verdict),
        (Intent::Decision, Some(Verdict::Approve)),
        "{r:?}"
    );
    assert_verdict(
        "Joost's calls from today:\n1) point of sale replacement — the 12 oldest tills get replaced now, €31k, the rest wait till April",
        Verdict::Rescope,
    );
    // Approved for a part, the rest waiting: the approval is the verdict.
    assert_verdict(
        "Workshop cameras — approved at €16,750 for the Leiden and Delft workshops, the rest waits till the 2028 budget.",
        Verdict::Approve,
    );
}

/// A result with its worth each month, read as a new thing asked for: "Bosch pilot in the
/// Leiden shops cut overtime by about €3,200 a month", "… about €11k a month more in
/// repairs" are benefits; a budget cut by a yearly sum, or a cut hoped for, is none.
#[test]
fn a_result_worth_a_sum_each_month_is_a_benefit() {
    for text in [
        "Bosch pilot in the Leiden shops cut overtime by about €3,200 a month",
        "Since we turned on online booking in the repair booking app, walk-ins convert at 31% instead of 22%, about €11k a month more in repairs",
    ] {
        let r = read_bikes(text);
        assert_eq!(r.intent, Intent::Benefit, "{text}: {r:?}");
        assert!(r.amount.is_some(), "{text}: {r:?}");
    }
    let r = read_bikes(
        "A Bosch pilot would cut overtime by about €3,200 a month, Pieter wants €40k for it",
    );
    assert_ne!(r.intent, Intent::Benefit, "{r:?}");
}

/// "Summary for the minutes:", "Workshop meeting today:", "Workshops update:": a heading
/// that announces items is no name; the thing is the first item's ("Meeting room screens:"
/// is a thing named).
#[test]
fn a_heading_that_announces_items_is_no_name() {
    for (text, name) in [
        (
            "Summary for the minutes:\n- Cargo bike demo fleet, Leiden: approved €18k\n- Window stickers: approved €900",
            "Cargo bike demo fleet",
        ),
        (
            "Workshop meeting today:\n- tyre changing machine: the price came, €6.800, we approve it\n- @pieter to send the rota by 18/12",
            "tyre changing machine",
        ),
        (
            "Workshops update: the wheel truing stand's a yes, €1,800 – it'll save an hour a day.",
            "wheel truing stand",
        ),
    ] {
        let r = read_bikes(text);
        assert_eq!(r.investment.as_deref(), Some(name), "{text}: {r:?}");
    }
    let r = read_bikes("Meeting room screens: approved, €4,000");
    assert_eq!(
        r.investment.as_deref(),
        Some("Meeting room screens"),
        "{r:?}"
    );
}

/// "the truing stand's a yes", "the tyre machine's earned its keep": the "'s" is "is" or
/// "has", no part of the new thing's name, even when the name is one word.
#[test]
fn a_contracted_is_after_a_new_thing_is_no_part_of_its_name() {
    let r = read_bikes("Workshops update: the stand's a yes, €1,800 – it'll save an hour a day.");
    assert_eq!(r.investment.as_deref(), Some("stand"), "{r:?}");
    let r = read_bikes("Pieter's truing stand is a yes, €1,800.");
    assert_ne!(r.investment.as_deref(), Some("Pieter"), "{r:?}");
}

/// "We stay with the migration even with the delay": the work kept going; staying with
/// someone is no verdict.
#[test]
fn staying_with_the_work_continues_it() {
    assert_verdict(
        "RE: Web shop rebuild\nHi Sanne,\nWe stay with the rebuild even with the delay. The old shop goes out of support in March.\nJoost",
        Verdict::Continue,
    );
    let r = read_bikes("Pieter will stay with us over Christmas, no workshop cover needed");
    assert_eq!(r.verdict, None, "{r:?}");
}

/// "Overtime came in €2 100 lower in November … we stopped double-booking mechanics": a
/// habit we gave up, after a result, is what the work changed, not a stop of it; "we
/// stopped using the loyalty card scheme" still stops the thing used.
#[test]
fn a_habit_we_gave_up_after_a_result_is_no_stop() {
    let dir = directory(
        &[("Workshops", &["Repairs"]), ("Office", &["Finance"])],
        &[("Mechanic Scheduling Software", "Workshops")],
    );
    let r = read_day_first_in(
        "Hi all,\n\nOvertime on the repairs side came in €2 100 lower in November than in October. With the scheduling software doing the roster for all 38 shops we stopped double-booking mechanics.\n\nRegards\nMarlene",
        "femke",
        "EUR",
        &dir,
    );
    assert_eq!((r.intent, r.verdict), (Intent::Benefit, None), "{r:?}");
    assert_verdict(
        "Sign-ups came in lower again, so we stopped using the loyalty card scheme last week.",
        Verdict::Stop,
    );
}
