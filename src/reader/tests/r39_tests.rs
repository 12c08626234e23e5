//! Round R39: the rationale's misses on the training corpus sorted by cause (fourth pass),
//! and the recurring causes fixed, each worded here for another invented organisation: a
//! group of climbing walls in the Peak District.

use super::test_names::{directory, read_day_first_in};
use super::*;
use crate::domain::Verdict;

/// Climbing walls in Sheffield, Buxton and Matlock: the walls, the cafés, the office.
fn climbing_walls_dir() -> StaticDirectory {
    directory(
        &[
            ("Walls", &["Centres"]),
            ("Cafe", &["Cafés"]),
            ("IT", &["Office"]),
        ],
        &[
            ("Booking App", "IT"),
            ("Route Setting Tool", "Walls"),
            ("Chalk Vending", "Walls"),
            ("Auto Belays", "Walls"),
            ("Coffee Machine", "Cafe"),
        ],
    )
}

fn read_walls(text: &str) -> Reading {
    read_day_first_in(text, "aisha", "GBP", &climbing_walls_dir())
}

/// "We're stopping the boatyard scheduling app. We've put £31k into it over the year and the
/// yard team still run everything off the whiteboard, so …", "$48k sunk and members just
/// watch their own phones": after a stop, a sentence that says the money sunk in the work
/// and goes on, after "and", with a clause of its own is the case for stopping, read whole
/// (convention 30 keeps the money walked away from).
#[test]
fn a_stops_sentence_of_money_sunk_and_more_is_its_reason() {
    for (text, why) in [
        (
            "We're stopping the route setting tool. We've put £12k into it over the summer and the setters still plan everything on paper, so there's no point renewing.",
            "We've put £12k into it over the summer and the setters still plan everything on paper, so there's no point renewing",
        ),
        (
            "Stopping the chalk vending. £9k sunk and climbers just bring their own bags.",
            "£9k sunk and climbers just bring their own bags",
        ),
        (
            "We're pulling the plug on the booking app. The developer has burned through £20k and we still can't take family bookings; we'll stay on the old form until the new website is done.",
            "The developer has burned through £20k and we still can't take family bookings; we'll stay on the old form until the new website is done",
        ),
    ] {
        let r = read_walls(text);
        assert_eq!(r.verdict, Some(Verdict::Stop), "{text}: {r:?}");
        assert_eq!(r.rationale.as_deref(), Some(why), "{text}: {r:?}");
    }
}

/// "Not doing the oyster vending kiosk. $38k for a machine that sits dead 8 months of the
/// year, and Worcester County wants a whole separate health permit for it", "… — £85k a year
/// is more than we can justify at our size, and MFA plus the new backups cover the worst of
/// it": after a refusal, the price judged or set against what it buys runs on over ", and"
/// to a second half of the case against, whatever its subject.
#[test]
fn a_refusals_price_case_runs_on_over_and() {
    for (text, why) in [
        (
            "Not doing the auto belays for Buxton. £28k for kit that sits idle 5 days a week, and Derbyshire Council wants a separate inspection contract for it.",
            "£28k for kit that sits idle 5 days a week, and Derbyshire Council wants a separate inspection contract for it",
        ),
        (
            "The board would not fund the coffee machine this year — £9k is more than we can justify for one café, and Aeropress plus the filter jug do the job fine.",
            "£9k is more than we can justify for one café, and Aeropress plus the filter jug do the job fine",
        ),
    ] {
        let r = read_walls(text);
        assert_eq!(r.verdict, Some(Verdict::Reject), "{text}: {r:?}");
        assert_eq!(r.rationale.as_deref(), Some(why), "{text}: {r:?}");
    }
}

/// "Laptop refresh for the swim school instructors: revisit after the audit in Feb, the old
/// ones still run the booking screens fine": an event after a look-again is when to look
/// again, not what prompted the decision, so the clause after its comma is the reason.
#[test]
fn an_event_after_a_look_again_is_when_not_why() {
    for (text, why) in [
        (
            "Auto belays for Matlock: revisit after the audit in Feb, the old ones still pass every inspection",
            "the old ones still pass every inspection",
        ),
        (
            "Coffee machine for Buxton — let's revisit after the year-end audit in February, they're mid-refit and nobody wants a new machine now.",
            "they're mid-refit and nobody wants a new machine now",
        ),
    ] {
        let r = read_walls(text);
        assert_eq!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
        assert_eq!(r.rationale.as_deref(), Some(why), "{text}: {r:?}");
    }
}

/// "hold the HVAC at Waco till after the busy season in January, we can't close lanes for
/// the install in December": "the install" after "for" is what the clause is about, no
/// milestone told, so the clause is one of its own and the reason.
#[test]
fn a_milestone_word_after_for_leaves_a_clause_of_its_own() {
    let text = "Sam says hold the auto belays at Buxton till after the busy season in January, we can't close the walls for the install in December";
    let r = read_walls(text);
    assert_eq!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("we can't close the walls for the install in December"),
        "{text}: {r:?}"
    );
}

/// "in hall 2 we detected 94% of the defects, 2nd quality fabric decreased 40%", "We're doing MOT prep in-house now, no
/// more trips to Harrogate, saved us about £1,100 a month": a benefit's evidence told in
/// results joined by commas keeps the result before the comma too, all of one sentence;
/// not a clause that names the investment ("online booking already earning its keep, …",
/// "USSD menu redesign is live, …"), nor one with a date or money.
#[test]
fn a_benefits_results_joined_by_commas_are_its_evidence_together() {
    for (text, why) in [
        (
            "Auto belays at Buxton: in hall 2 we ran 94% of the sessions without a belayer, instructor sick days decreased 40%, saving about £600 a month in cover.",
            "in hall 2 we ran 94% of the sessions without a belayer, instructor sick days decreased 40%",
        ),
        (
            "booking app already earning its keep, no-shows down from 12% to 3% w/ the deposits, ~£2k/mo",
            "no-shows down from 12% to 3% w/ the deposits",
        ),
        (
            "The coffee machine has paid for itself. We're doing all the flat whites in-house now, no more trips to the deli, saved us about £400 a month in bought-in coffee",
            "We're doing all the flat whites in-house now, no more trips to the deli",
        ),
    ] {
        let r = read_walls(text);
        assert_eq!(r.intent, Intent::Benefit, "{text}: {r:?}");
        assert_eq!(r.rationale.as_deref(), Some(why), "{text}: {r:?}");
    }
}

/// "Since the new gate system went in at Glendale, after-hours break-ins dropped to zero and
/// our insurer knocked $14k off the premium": a hyphenated word opening the result
/// ("after-hours") is its subject, not the preposition "after", so the result is a clause
/// of its own and the evidence keeps its "since".
#[test]
fn a_benefits_result_opening_on_a_hyphenated_word_is_a_clause_of_its_own() {
    let text = "Since the auto belays went in at Matlock, after-school bookings doubled and our insurer knocked £4k off the premium.";
    let r = read_walls(text);
    assert_eq!(r.intent, Intent::Benefit, "{text}: {r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("Since the auto belays went in at Matlock, after-school bookings doubled"),
        "{text}: {r:?}"
    );
}

/// "95.000 € is a lot of money and eventually we can send the samples to the university",
/// "$75k a year is a lot for something our recon managers do on a whiteboard, and nobody
/// could tell me what it saves": a price said to be "a lot" is judged, so after a refusal
/// it is the case against, money and all.
#[test]
fn a_price_said_to_be_a_lot_is_judged() {
    for (text, why) in [
        (
            "The board did not approve the auto belays for Matlock. £28k is a lot of money and for now the instructors can belay the groups like now.",
            "£28k is a lot of money and for now the instructors can belay the groups like now",
        ),
        (
            "They also turned down the coffee machine for Buxton — £9k a year is a lot for a café that opens three days a week, and nobody could tell me what it earns.",
            "£9k a year is a lot for a café that opens three days a week, and nobody could tell me what it earns",
        ),
    ] {
        let r = read_walls(text);
        assert_eq!(r.verdict, Some(Verdict::Reject), "{text}: {r:?}");
        assert_eq!(r.rationale.as_deref(), Some(why), "{text}: {r:?}");
    }
}

/// "half the salons can't get a mobile signal at the desk, so the codes never arrive", "38%
/// of our new users never touch a terminal": an adverb of frequency after the subject
/// ("never", "still", "always", "rarely") stands before its verb, so the words are a clause
/// of its own even when the verb is one the reader does not know.
#[test]
fn an_adverb_of_frequency_marks_a_clause_of_its_own() {
    for (text, verdict, why) in [
        (
            "Sam's stopping the booking app on the café iPads – half the centres can't get a signal at the desk, so the codes never arrive.",
            Verdict::Stop,
            "half the centres can't get a signal at the desk, so the codes never arrive",
        ),
        (
            "Auto belays for Buxton approved at £28k. 38% of our new members never climb with a partner.",
            Verdict::Approve,
            "38% of our new members never climb with a partner",
        ),
    ] {
        let r = read_walls(text);
        assert_eq!(r.verdict, Some(verdict), "{text}: {r:?}");
        assert_eq!(r.rationale.as_deref(), Some(why), "{text}: {r:?}");
    }
}

/// "said no to the barbering academy – £70k on a second training space when the current one
/// is half empty on Mondays", "said no to the charging posts – £60k for kit maybe a dozen
/// berth holders would use": after a refusal, the price spent "on" a thing as well as "for"
/// it, and what it would buy told with "when" or "would", is the case against.
#[test]
fn a_refusals_price_set_against_what_it_would_buy_with_when_or_would() {
    for (text, why) in [
        (
            "Sam has said no to the auto belays at Matlock – £28k on a second belay wall when the current one is half empty on Mondays.",
            "£28k on a second belay wall when the current one is half empty on Mondays",
        ),
        (
            "Sam has said no to the coffee machine – £9k for kit maybe a dozen climbers a day would use.",
            "£9k for kit maybe a dozen climbers a day would use",
        ),
    ] {
        let r = read_walls(text);
        assert_eq!(r.verdict, Some(Verdict::Reject), "{text}: {r:?}");
        assert_eq!(r.rationale.as_deref(), Some(why), "{text}: {r:?}");
    }
}

/// "RESOLVED that the replacement be not approved at this time, the quotation of KES 27.5M
/// being above the approved capital budget of KES 18M": an absolute clause after the
/// verdict's comma ("the <thing> (not) being …") gives the ground, its money and all.
#[test]
fn an_absolute_clause_after_the_verdict_is_its_ground() {
    for (text, why) in [
        (
            "Item 4.3 Auto belays: RESOLVED that the auto belays for Matlock be not approved at this time, the quotation of £28,000 being above the approved capital budget of £20,000.",
            "the quotation of £28,000 being above the approved capital budget of £20,000",
        ),
        (
            "It was further RESOLVED that the proposal to buy a coffee machine be rejected, the cost of £9,000 not being justified for the footfall received.",
            "the cost of £9,000 not being justified for the footfall received",
        ),
    ] {
        let r = read_walls(text);
        assert_eq!(r.verdict, Some(Verdict::Reject), "{text}: {r:?}");
        assert_eq!(r.rationale.as_deref(), Some(why), "{text}: {r:?}");
    }
}

/// "$118k approved. The diesel run out there is a 300 km round trip every week in the dry,
/// and we lost 60 head at Ten Mile in October when the pump packed it in and nobody got out
/// for four days": a reason sentence after the verdict's is read whole however long, up to
/// fifty tokens (it was refused past thirty).
#[test]
fn a_long_reason_sentence_after_the_verdict_is_read_whole() {
    let text = "Auto belays for Matlock approved, £28k. The queue for the top ropes is an hour long every Saturday in the winter, and we lost 40 members to the bouldering gym in October when the ropes were shut for a week.";
    let r = read_walls(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("The queue for the top ropes is an hour long every Saturday in the winter, and we lost 40 members to the bouldering gym in October when the ropes were shut for a week"),
        "{text}: {r:?}"
    );
}
