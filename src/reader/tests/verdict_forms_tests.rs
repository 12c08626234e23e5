//! Readings of how people say a verdict without the usual verbs, and of words that only
//! look like one: money "released" or "unlocked" is an approval, "decided to keep … going"
//! a continue, "scrap rate" and "false rejects" are measures, not decisions; a request for
//! budget proposes a new investment; a second record after "Separately," or "and on X:".

use super::*;

/// A hotel group: an industry and wording the reader's corpus does not hold.
fn dir() -> StaticDirectory {
    super::test_names::directory(
        &[
            ("Housekeeping", &[]),
            ("Front Office", &["FO"]),
            ("Food & Beverage", &["F&B"]),
            ("Spa", &[]),
            ("Finance", &[]),
        ],
        &[
            ("Guest App Rebuild", "Front Office"),
            ("Laundry Robots Pilot", "Housekeeping"),
            ("Spa Booking System", "Spa"),
            ("Kitchen Waste Scales", "Food & Beverage"),
            ("Self Check-In Kiosks", "Front Office"),
        ],
    )
}

fn read_one(text: &str) -> Reading {
    super::test_names::read_on_test_day(text, "lou", &dir())
}

fn gbp(minor: i64) -> Option<Money> {
    Some(Money::new(minor, Currency::GBP))
}

#[test]
fn money_released_or_unlocked_for_an_investment_is_an_approval() {
    let r = read_one("the CFO released £1.2m for the guest app rebuild this week");
    assert_eq!(r.intent, Intent::Decision);
    assert_eq!(r.verdict, Some(Verdict::Approve));
    assert_eq!(r.investment.as_deref(), Some("Guest App Rebuild"));
    assert_eq!(r.amount, gbp(120_000_000));

    let r = read_one("£300k released for the spa booking system");
    assert_eq!(r.verdict, Some(Verdict::Approve));
    assert_eq!(r.amount, gbp(30_000_000));

    let r = read_one("laundry robots pilot: unlocked another £80k for the second floor");
    assert_eq!(r.verdict, Some(Verdict::Approve));
    assert_eq!(r.investment.as_deref(), Some("Laundry Robots Pilot"));
    assert_eq!(r.amount, gbp(8_000_000));

    let r = read_one("Finance freed up funding for the kitchen waste scales, £45k");
    assert_eq!(r.verdict, Some(Verdict::Approve));
    assert_eq!(r.investment.as_deref(), Some("Kitchen Waste Scales"));
    assert_eq!(r.amount, gbp(4_500_000));

    let r = read_one("budget for the self check-in kiosks has been released");
    assert_eq!(r.verdict, Some(Verdict::Approve));
}

#[test]
fn releasing_software_or_freeing_up_money_is_not_an_approval() {
    // A release of the software itself.
    let r = read_one("we released the new guest app rebuild to all hotels on Monday");
    assert_ne!(r.verdict, Some(Verdict::Approve));
    // Money freed up by the work is what it delivered.
    let r = read_one("the kitchen waste scales freed up £12k of food spend in October");
    assert_eq!(r.intent, Intent::Benefit);
    assert_eq!(r.verdict, None);
    assert_eq!(r.amount, gbp(1_200_000));
}

#[test]
fn measure_nouns_are_not_verdicts() {
    for text in [
        "scrap rate in the laundry is down to 2% since the laundry robots pilot started",
        "false rejects at the self check-in kiosks doubled this week",
        "cancel rate on spa bookings is running at 9%",
        "we keep the old booking screen as a stop-gap until the spa booking system lands",
        "40 rejects a night from the card readers on the kiosks",
        "guests hate the hold music on the spa booking line",
        "callers complain about the on hold music at the front office",
    ] {
        let r = read_one(text);
        assert_eq!(r.verdict, None, "{text}");
        assert_ne!(r.intent, Intent::Decision, "{text}");
    }
    // The verbs themselves still decide.
    assert_eq!(
        read_one("we scrapped the laundry robots pilot").verdict,
        Some(Verdict::Stop)
    );
    assert_eq!(
        read_one("F&B rejected the kitchen waste scales").verdict,
        Some(Verdict::Reject)
    );
}

#[test]
fn keeping_something_going_is_a_continue() {
    let r = read_one(
        "we decided to keep the laundry robots pilot going for another quarter, the night \
         team swear by it",
    );
    assert_eq!(r.intent, Intent::Decision);
    assert_eq!(r.verdict, Some(Verdict::Continue));
    assert_eq!(r.investment.as_deref(), Some("Laundry Robots Pilot"));
    assert_eq!(r.rationale.as_deref(), Some("the night team swear by it"));

    let r = read_one("keeping the guest app rebuild running through the winter");
    assert_eq!(r.verdict, Some(Verdict::Continue));
    assert_eq!(r.investment.as_deref(), Some("Guest App Rebuild"));

    let r = read_one("Spa agreed to keep the spa booking system alive until the contract ends");
    assert_eq!(r.verdict, Some(Verdict::Continue));

    // Said negated, it stops.
    let r = read_one("we won't keep the kiosks going past March");
    assert_eq!(r.verdict, Some(Verdict::Stop));
    // "keep the lights on" is the kind of spend, not a decision.
    let r = read_one("the spa booking system is mostly keep-the-lights-on work");
    assert_eq!(r.verdict, None);
}

#[test]
fn a_request_for_budget_proposes_a_new_investment() {
    let r = read_one("Housekeeping asked for a linen tracking app, £40k");
    assert_eq!(r.intent, Intent::Investment);
    assert_eq!(r.investment.as_deref(), Some("linen tracking app"));
    assert_eq!(r.unit.as_deref(), Some("Housekeeping"));
    assert_eq!(r.amount, gbp(4_000_000));

    let r = read_one("Front Office requesting budget for a new queue display, about £25k");
    assert_eq!(r.intent, Intent::Investment);
    assert_eq!(r.investment.as_deref(), Some("queue display"));
    assert_eq!(r.unit.as_deref(), Some("Front Office"));
    assert_eq!(r.amount, gbp(2_500_000));

    let r = read_one("turned down Spa's request for a salt cave (£90k), not this year");
    assert_eq!(r.verdict, Some(Verdict::Reject));
    assert_eq!(r.investment.as_deref(), Some("salt cave"));
    assert_eq!(r.unit.as_deref(), Some("Spa"));
}

#[test]
fn a_second_record_after_separately_or_and_on_is_its_own() {
    let r = read_one(
        "approved the guest app rebuild at £200k. Separately, we parked the idea of a rooftop \
         bar until spring",
    );
    assert_eq!(r.verdict, Some(Verdict::Approve));
    assert_eq!(r.amount, gbp(20_000_000));
    assert_eq!(r.review_date, None);
    assert_eq!(r.also.len(), 1);
    assert_eq!(r.also[0].verdict, Some(Verdict::Defer));

    let r = read_one(
        "spa booking system approved at £60k, and on the kiosks: paused until the new lobby opens",
    );
    assert_eq!(r.verdict, Some(Verdict::Approve));
    assert_eq!(r.investment.as_deref(), Some("Spa Booking System"));
    assert_eq!(r.rationale, None);
    assert_eq!(r.also.len(), 1);
    assert_eq!(r.also[0].verdict, Some(Verdict::Defer));
    assert_eq!(
        r.also[0].investment.as_deref(),
        Some("Self Check-In Kiosks")
    );
    assert_eq!(
        r.also[0].rationale.as_deref(),
        Some("until the new lobby opens")
    );
}

#[test]
fn a_deferral_reason_ends_before_its_look_again_date() {
    let r =
        read_one("spa booking system: holding off until the refurb is signed, look again in March");
    assert_eq!(r.verdict, Some(Verdict::Defer));
    assert_eq!(r.rationale.as_deref(), Some("until the refurb is signed"));
    assert_eq!(r.review_date, "2027-03-01".parse().ok());
}

#[test]
fn someone_who_would_like_it_back_on_the_agenda_has_not_deferred_it() {
    let r = read_one(
        "Met Housekeeping yesterday about the laundry robots pilot. They'd like it back on \
         the agenda in Q1. Nothing decided.",
    );
    assert_eq!(r.intent, Intent::Note);
    assert_eq!(r.verdict, None);
    assert_eq!(r.review_date, None);
}

#[test]
fn since_the_work_went_in_is_when_not_why() {
    let r = read_one(
        "spa booking system: no-shows down 12 pts since the booking upgrade, £6k more revenue in October",
    );
    assert_eq!(r.intent, Intent::Benefit);
    assert_eq!(r.amount, gbp(600_000));
    assert_eq!(
        r.rationale.as_deref(),
        Some("no-shows down 12 pts since the booking upgrade")
    );
    let r = read_one(
        "kitchen waste scales: 30% less food thrown away since the install, £8k saved in October",
    );
    assert_eq!(
        r.rationale.as_deref(),
        Some("30% less food thrown away since the install")
    );
    // Said first, without a colon: the result before the amount is the evidence.
    let r = read_one(
        "no-shows at the spa down 12 pts since the booking upgrade, £6k more revenue in October",
    );
    assert_eq!(r.intent, Intent::Benefit);
    assert_eq!(
        r.rationale.as_deref(),
        Some("no-shows at the spa down 12 pts since the booking upgrade")
    );
    // A cause after "since" is still the reason.
    let r = read_one("approved the guest app rebuild at £90k since the old app fails PCI");
    assert_eq!(r.rationale.as_deref(), Some("the old app fails PCI"));
}

#[test]
fn a_go_live_with_no_verb_of_record_is_a_note_about_the_investment() {
    let r = read_one("the spa booking system is live!");
    assert_eq!(r.intent, Intent::Note);
    assert_eq!(r.investment.as_deref(), Some("Spa Booking System"));
    assert_eq!(r.unit.as_deref(), Some("Spa"));

    let r = read_one("Guest app rebuild rolled out to all hotels on Wednesday");
    assert_eq!(r.intent, Intent::Note);
    assert_eq!(r.investment.as_deref(), Some("Guest App Rebuild"));
    assert_eq!(r.date, "2026-11-25".parse().ok());

    let r = read_one("laundry robots pilot launched on the top floor yesterday 🎉");
    assert_eq!(r.intent, Intent::Note);
    assert_eq!(r.date, "2026-11-26".parse().ok());

    // Something else going live is chat, not a record.
    assert_eq!(
        read_one("the new series went live on Netflix, no spoilers pls").intent,
        Intent::None
    );
}

#[test]
fn a_price_judged_in_the_next_sentence_is_the_reason() {
    let r = read_one(
        "We've cancelled the guest app rebuild. The agency wanted £400k for phase two and \
         that is too much for what it does.",
    );
    assert_eq!(r.verdict, Some(Verdict::Stop));
    assert_eq!(
        r.rationale.as_deref(),
        Some("The agency wanted £400k for phase two and that is too much for what it does")
    );
    let r = read_one(
        "kiosks: we're not going ahead. Quote came back at £120k and nobody can justify it",
    );
    assert_eq!(
        r.rationale.as_deref(),
        Some("Quote came back at £120k and nobody can justify it")
    );
    // A plain plan with an amount is not a reason.
    let r = read_one("We've approved the spa booking system. Phase two is £30k in spring.");
    assert_eq!(r.rationale, None);
}

#[test]
fn thousands_of_metres_are_not_money() {
    let r = read_one("laundry robots pilot: keep going, 2,500m of corridor mapped in November");
    assert_eq!(r.verdict, Some(Verdict::Continue));
    assert_eq!(r.amount, None);
    assert_eq!(
        r.rationale.as_deref(),
        Some("2,500m of corridor mapped in November")
    );
    // A written currency still makes it money.
    let r = read_one("approved £1,500m for the guest app rebuild");
    assert_eq!(r.amount, gbp(150_000_000_000));
}

#[test]
fn a_counted_result_after_a_continue_is_its_evidence_and_its_month_not_the_decision_date() {
    let r = read_one("guest app rebuild: carry on, 900 app check-ins in October 📱");
    assert_eq!(r.verdict, Some(Verdict::Continue));
    assert_eq!(r.rationale.as_deref(), Some("900 app check-ins in October"));
    assert_eq!(r.date, None);
    // Said on its own, the day is the decision's.
    let r = read_one("guest app rebuild: carry on, agreed on 20/11");
    assert_eq!(r.date, "2026-11-20".parse().ok());
}

#[test]
fn more_ways_of_saying_a_verdict() {
    use Verdict::*;
    let cases: &[(&str, Verdict)] = &[
        (
            "£150k has been made available for the spa booking system",
            Approve,
        ),
        ("we've allocated £80k to the kiosks", Approve),
        (
            "funding of £60k confirmed for the laundry robots pilot",
            Approve,
        ),
        ("ok to proceed with the spa booking system at £40k", Approve),
        ("spa booking system: a yes from the CFO, £40k", Approve),
        ("the board okd the kiosks", Approve),
        ("the laundry robots pilot is a no-go", Reject),
        (
            "F&B's request for kitchen waste scales was declined",
            Reject,
        ),
        ("we're walking away from the kitchen waste scales", Stop),
        (
            "closing down the laundry robots pilot, nobody uses it",
            Stop,
        ),
        ("decided not to renew the spa booking system", Stop),
        ("spa booking system won't be renewed, usage too low", Stop),
        ("laundry robots pilot extended to March", Continue),
        ("extending the laundry robots pilot by 3 months", Continue),
        ("we'll keep the kiosks for another year", Continue),
        ("guest app rebuild budget slashed to £120k", Rescope),
    ];
    for (text, want) in cases {
        let r = read_one(text);
        assert_eq!(r.verdict, Some(*want), "{text}");
        assert_eq!(r.intent, Intent::Decision, "{text}");
    }
    // Still not decisions.
    for text in [
        "Spa asked to pause the spa booking system rollout",
        "we allocated two housekeepers to the robots trial",
        "Tom confirmed the go-live date for the kiosks",
        "the extended warranty on the kiosks runs out in May",
        "renewed interest in the kiosks from Front Office after the queues at Easter",
        "kiosks come with extended hours support from the vendor",
        "no-shows dropped by 20% and cancellations were slashed in half",
    ] {
        assert_eq!(read_one(text).verdict, None, "{text}");
    }
}

#[test]
fn a_note_then_also_a_decision_are_two_records() {
    let r = read_one("Met Spa about the booking system. Also, we approved the kiosks at £50k.");
    assert_eq!(r.intent, Intent::Note);
    assert_eq!(r.unit.as_deref(), Some("Spa"));
    assert_eq!(r.also.len(), 1);
    assert_eq!(r.also[0].verdict, Some(Verdict::Approve));
    assert_eq!(r.also[0].amount, gbp(5_000_000));
}

#[test]
fn two_verdicts_on_two_investments_joined_by_and_are_two_records() {
    let r = read_one(
        "guest app rebuild approved at £50k and the laundry robots pilot is paused until spring",
    );
    assert_eq!(r.verdict, Some(Verdict::Approve));
    assert_eq!(r.investment.as_deref(), Some("Guest App Rebuild"));
    assert_eq!(r.also.len(), 1);
    assert_eq!(r.also[0].verdict, Some(Verdict::Defer));
    assert_eq!(
        r.also[0].investment.as_deref(),
        Some("Laundry Robots Pilot")
    );
    // One investment approved and funded is one record.
    let r = read_one("approved and funded the guest app rebuild at £50k");
    assert!(r.also.is_empty());
    assert_eq!(r.verdict, Some(Verdict::Approve));
}
