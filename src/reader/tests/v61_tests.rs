//! Verdicts, intents, people, dates and numbers missed on strangers' wording (round V61),
//! each worded for an invented dive shop and glass-bottom boat operator at Kralendijk,
//! Bonaire (its boats, its dive shop, its workshop and its office, counting in dollars),
//! and set against the same words recording something else. The test day is Friday 27
//! November 2026.

use super::test_names::{directory, read_day_first_in};
use super::*;

/// A dive shop and boat operator at Kralendijk: the boats, the dive shop, the workshop,
/// the office.
fn dive_dir() -> StaticDirectory {
    directory(
        &[
            ("Boats", &["Fleet"]),
            ("Dive Shop", &["Shop"]),
            ("Workshop", &["Engineering"]),
            ("Office", &["Admin"]),
        ],
        &[
            ("Tank Compressor", "Workshop"),
            ("Glass-Bottom Boat", "Boats"),
            ("Rental Regulators", "Dive Shop"),
            ("Booking System", "Office"),
            ("Staff Housing", "Office"),
            ("Mooring Buoys", "Boats"),
        ],
    )
}

fn read_dive(text: &str) -> Reading {
    read_day_first_in(text, "anouk", "USD", &dive_dir())
}

/// "… is no longer on hold — …, so we are buying it, <money>": whether money is said hangs
/// on the currency the tenant counts in, whose own words ("kwacha", "tala", "Sh", "Dh",
/// "maloti") and bare figures are money there; the pula's "P" is money only where the
/// tenant counts in pula.
#[test]
fn no_longer_on_hold_reads_money_in_the_tenants_currency() {
    for (text, currency) in [
        (
            "The tank compressor is no longer on hold, so we are buying it, 41,000 kwacha.",
            "MWK",
        ),
        (
            "The tank compressor is no longer on hold, so we are buying it, 68,000 tala.",
            "WST",
        ),
        (
            "The tank compressor is no longer on hold, so we are buying it, Sh 450,000.",
            "KES",
        ),
        (
            "The tank compressor is no longer on hold, so we are buying it, Dh 45,000.",
            "AED",
        ),
        (
            "The tank compressor is no longer on hold, so we are buying it, 45 000 maloti.",
            "LSL",
        ),
        (
            "The tank compressor is no longer on hold, so we are buying it, P 88 000.",
            "BWP",
        ),
    ] {
        let r = read_day_first_in(text, "anouk", currency, &dive_dir());
        assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
        assert_eq!(
            r.amount.map(|m| m.currency.code()),
            Some(currency),
            "{text}: {r:?}"
        );
    }
    // A hold lifted with no money said goes on, in any tenant.
    for currency in ["MWK", "USD", "BWP"] {
        let text = "The tank compressor is no longer on hold, the welder is back.";
        let r = read_day_first_in(text, "anouk", currency, &dive_dir());
        assert_ne!(r.verdict, Some(Verdict::Approve), "{currency}: {r:?}");
    }
}

/// Convention 93: a no whose reason is a price judged too high "for now" ("chipper rejected.
/// too pricey for now", "says no to the second cold room, too expensive for now") puts the
/// thing off; "too much right now" and "too rich this year" are refusals (convention 60), and
/// "for now" said of what is kept instead leaves the refusal.
#[test]
fn a_price_too_dear_for_now_defers() {
    for text in [
        "Willem says no to the tank compressor, too expensive for now; we fill at the harbour instead.",
        "compressor rejected. too pricey for now",
        "Tank compressor knocked back, too dear for us for now.",
    ] {
        let r = read_dive(text);
        assert_eq!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
        assert_eq!(r.investment.as_deref(), Some("Tank Compressor"), "{text}: {r:?}");
    }
    for text in [
        "Willem says no to the tank compressor, $9k is too much right now.",
        "Tank compressor knocked back, too rich for us this year.",
        "compressor rejected, too pricey. For now we fill at the harbour.",
    ] {
        let r = read_dive(text);
        assert_eq!(r.verdict, Some(Verdict::Reject), "{text}: {r:?}");
    }
}

/// "Pulling out of the staff housing project. We paid K60,000 deposit on the plots …": the
/// writer's "we're pulling out of" with its subject left off, opening its sentence, ends the
/// work; a thing "pulling out of" a place inside a sentence is no verdict.
#[test]
fn pulling_out_of_opening_its_sentence_stops() {
    for text in [
        "Pulling out of the staff housing project. We paid $6,000 deposit on the plots, we shall try to get it back.",
        "Staff housing: pulling out of the project, the landlord doubled the rent.",
    ] {
        let r = read_dive(text);
        assert_eq!(r.verdict, Some(Verdict::Stop), "{text}: {r:?}");
        assert_eq!(r.investment.as_deref(), Some("Staff Housing"), "{text}: {r:?}");
    }
    let text = "The glass-bottom boat was pulling out of the harbour when the engine alarm went.";
    let r = read_dive(text);
    assert_ne!(r.verdict, Some(Verdict::Stop), "{r:?}");
}

/// "Echo sounders: we are now buying 6 instead of 12, same brand. Total K102,000.", "we do
/// only 3 rigs this year instead of 6. Budget now K540,000.": fewer of the things, said as
/// what we buy or do, with the price in the next sentence, cuts the work back to that price;
/// fewer hours is a result, and fewer with no price said is no cut read.
#[test]
fn fewer_bought_with_the_price_after_is_a_rescope() {
    for (text, amount) in [
        (
            "Mooring buoys: we are now buying 6 instead of 12, same brand. Total $10,200.",
            10_200,
        ),
        (
            "Mooring buoys: Mr Kock says we do only 3 buoys this year instead of 6. Budget now $5,400.",
            5_400,
        ),
    ] {
        let r = read_dive(text);
        assert_eq!(r.verdict, Some(Verdict::Rescope), "{text}: {r:?}");
        assert_eq!(r.investment.as_deref(), Some("Mooring Buoys"), "{text}: {r:?}");
        assert_eq!(r.amount.map(|m| m.minor / 100), Some(amount), "{text}: {r:?}");
    }
    for text in [
        "Tank compressor: we fill the tanks in 2 hours instead of 5 now, saves $300 a month.",
        "Mooring buoys: we are now buying 6 instead of 12, same brand.",
    ] {
        let r = read_dive(text);
        assert_ne!(r.verdict, Some(Verdict::Rescope), "{text}: {r:?}");
    }
}

/// "Mr Campbell seh leave di backup generator till di new financial year", "boss seh no to
/// de weighbridge fuh now": Caribbean English's "seh" ("says") between who decided and the
/// verdict, as "say" and "says"; said of news, it names no one.
#[test]
fn seh_names_who_decided() {
    for (text, who) in [
        (
            "Mr Kock seh leave di tank compressor till di new financial year, April. Cashflow tight.",
            "Mr Kock",
        ),
        (
            "boss seh no to de tank compressor, it too dear",
            "boss",
        ),
    ] {
        let r = read_dive(text);
        assert_eq!(r.decided_by.as_deref(), Some(who), "{text}: {r:?}");
    }
    let text = "Kees seh di tank compressor running sweet since di new filters.";
    let r = read_dive(text);
    assert_eq!(r.decided_by, None, "{r:?}");
}

/// "Mrs Ramdial just tell me the accounting system is a go", "Gunni told me on the phone: ok
/// for the CO2 dosing", "Mr. Zhang reply me about the laptops: agree, buy 6": the one who
/// told the writer, opening the line, gave the verdict said after it in that sentence; told
/// news, or a verdict in a later sentence, names no one.
#[test]
fn who_told_me_the_verdict_decided() {
    for (text, who) in [
        (
            "Mrs Statia just tell me the booking system is a go, $9,000. She say the diary can't handle two boats.",
            "Mrs Statia",
        ),
        (
            "Kees told me on the phone: ok for the mooring buoys, but we must start in February.",
            "Kees",
        ),
        (
            "Mr Kock reply me about the regulators: agree, buy 6 for the dive shop, each 750.",
            "Mr Kock",
        ),
    ] {
        let r = read_dive(text);
        assert_eq!(r.decided_by.as_deref(), Some(who), "{text}: {r:?}");
    }
    let text =
        "Kees told me the tank compressor is leaking again. We approved a new one at $9,000.";
    let r = read_dive(text);
    assert_eq!(r.decided_by, None, "{r:?}");
}

/// "REQ-331 · ICT · Laptop Refresh · M96,000 · APPROVED (GM) · Owner: Retsi · Due
/// 15/01/2027", "… | Owner: Andre T | Due: 18/12/2026": a ticket's owner field between
/// middle dots, as between pipes, and a name closed by its initial; a team's capitals in
/// the field name no person.
#[test]
fn a_tickets_owner_field_between_dots_or_with_an_initial() {
    for (text, who) in [
        (
            "REQ-77 · Shop · Rental Regulators · $4,800 · APPROVED (GM) · Owner: Femke · Due 15/01/2027",
            "Femke",
        ),
        (
            "TICKET #12 | Office | Booking system | Status: Approved by Finance | Cost: $2,040 | Owner: Ruud V | Due: 18/12/2026",
            "Ruud V",
        ),
    ] {
        let r = read_dive(text);
        let owner = r.action.as_ref().map(|a| a.owner.as_str());
        assert_eq!(owner, Some(who), "{text}: {r:?}");
    }
    let text = "TICKET #12 | Office | Booking system | Status: Approved by Finance | Cost: $2,040 | Owner: IT | Due: 18/12/2026";
    let r = read_dive(text);
    let owner = r.action.as_ref().map(|a| a.owner.as_str());
    assert_ne!(owner, Some("IT"), "{r:?}");
}

/// "Mr Ssemakula: the sales app — we stop it.", "Ntate Mokoena: we shall revisit the fire
/// system after the January wool sale": a titled name opening the message, closed by a
/// colon, is quoted deciding what follows on its line; a thing's label before the colon
/// names no one.
#[test]
fn a_quoted_titled_name_decided() {
    for (text, who) in [
        (
            "Mr Kock: the booking system — we stop it. We paid the developer $9,800 and up to now it hangs.",
            "Mr Kock",
        ),
        (
            "Mrs Statia: we shall revisit the mooring buoys after the regatta, around 20 January.",
            "Mrs Statia",
        ),
    ] {
        let r = read_dive(text);
        assert_eq!(r.decided_by.as_deref(), Some(who), "{text}: {r:?}");
    }
    let text = "Booking system: we stop it. We paid the developer $9,800 and up to now it hangs.";
    let r = read_dive(text);
    assert_eq!(r.decided_by, None, "{r:?}");
}

/// "Mr. Leung ok to continue the CCTV maintenance contract one more year, $36k": the one
/// "ok to" the verdict decided it, as one "agreed to" it.
#[test]
fn a_name_ok_to_the_verdict_decided() {
    let text = "Mr Kock ok to continue the booking system contract one more year, $3,600, the guests like it.";
    let r = read_dive(text);
    assert_eq!(r.verdict, Some(Verdict::Continue), "{r:?}");
    assert_eq!(r.decided_by.as_deref(), Some("Mr Kock"), "{r:?}");
    let text =
        "ok to continue the booking system contract one more year, $3,600, the guests like it.";
    let r = read_dive(text);
    assert_eq!(r.decided_by, None, "{r:?}");
}

/// "Ndapewa wants to hold the forklift until the January cashflow, we'll take it again on
/// 2027/01/20", "ERP decision moved to the March board meeting (25/03/2027)", "we shall
/// revisit the fire system after the January wool sale, around 20 January": a month's
/// look-again said again in its sentence as a day of that month is looked at that day; a
/// day in the next sentence, or of another month, leaves the month.
#[test]
fn a_months_look_again_refined_to_its_day() {
    for (text, day) in [
        (
            "Femke wants to hold the tank compressor until the January cashflow, we'll take it again on 2027/01/20.",
            "2027-01-20",
        ),
        (
            "Booking system decision moved to the March board meeting (25/03/2027). The quote went up by 30%.",
            "2027-03-25",
        ),
        (
            "We shall revisit the mooring buoys after the January regatta, around 20 January.",
            "2027-01-20",
        ),
    ] {
        let r = read_dive(text);
        assert_eq!(r.review_date, Some(day.parse().unwrap()), "{text}: {r:?}");
    }
    let text = "Femke wants to hold the tank compressor until January. The new filters arrive on 20 January.";
    let r = read_dive(text);
    assert_eq!(r.review_date, Some("2027-01-01".parse().unwrap()), "{r:?}");
}

/// "Kindly note that the kiln 1 conversion will start on 11/01/2027. Opio to organise the
/// firing schedule before then.": a task due "before then" is due on the day named before
/// it, as one due "by then"; "before then" in a reason sets no task.
#[test]
fn a_task_due_before_then() {
    let text = "Kindly note that the tank compressor install will start on 11/01/2027. Femke to organise the fill schedule before then.";
    let r = read_dive(text);
    assert_eq!(r.due, Some("2027-01-11".parse().unwrap()), "{r:?}");
    let text = "Tank compressor parked till February, the supplier can't deliver before then.";
    let r = read_dive(text);
    assert_eq!(r.due, None, "{r:?}");
    assert_eq!(r.review_date, Some("2027-02-01".parse().unwrap()), "{r:?}");
}

/// "Hatchery trial is finished, Board decision.", "cut to 30 rams instead of 40 (M160,000),
/// 'Me Palesa's decision, the wool price is down.", "… Decision of 'Me Palesa and the GM.":
/// whose decision it was, said in its own clause after the verdict; "a decision" said of
/// something else names no one.
#[test]
fn whose_decision_said_after_the_verdict() {
    for (text, who) in [
        (
            "We are stopping the booking system trial, Board decision. We spent $3,800 on it but nobody used it.",
            "Board",
        ),
        (
            "Mooring buoys cut to 6 instead of 12 ($5,400), Femke's decision, the reef permit is smaller.",
            "Femke",
        ),
        (
            "Tank compressor upgrade reduced in scope — filters only, no new motor. Revised budget $4,500 (was $9,000). Decision of Femke and the GM.",
            "Femke and the GM",
        ),
    ] {
        let r = read_dive(text);
        assert_eq!(r.decided_by.as_deref(), Some(who), "{text}: {r:?}");
    }
    let text = "We are stopping the booking system trial, we made the decision together. We spent $3,800 on it but nobody used it.";
    let r = read_dive(text);
    assert_eq!(r.decided_by, None, "{r:?}");
}
