//! The label conventions settled in round C5 (conventions 33–37 of `tests/corpus/README.md`),
//! each read in another writer's words (a Yorkshire Dales hospice, in pounds): a funder's
//! refusal of our ask for the work is a reject, of a grant or a permit for it news; a payback
//! period is no benefit horizon; "<someone> says …" opening a reason stays in it; money a
//! funder came through with before an approval is the reason, and the amount only when the
//! approval names none of its own; "since <a month>" in a benefit's result is its date.

use super::*;

/// A Yorkshire Dales hospice: the wards, family support, estates, fundraising, finance.
fn dir() -> StaticDirectory {
    test_names::directory(
        &[
            ("Wards", &["Nursing"]),
            ("Family Support", &["Bereavement"]),
            ("Estates", &["Facilities"]),
            ("Fundraising", &[]),
            ("Finance", &[]),
        ],
        &[
            ("Bereavement App", "Family Support"),
            ("Patient Minibus", "Estates"),
            ("Garden Rooms", "Estates"),
            ("Nurse Call System", "Wards"),
            ("Rota System", "Wards"),
            ("Volunteer Portal", "Fundraising"),
            ("Charity Shop Tills", "Fundraising"),
        ],
    )
}

fn read(text: &str) -> Reading {
    test_names::read_on_test_day(text, "freya", &dir())
}

// Convention 33.
#[test]
fn a_funders_refusal_of_our_ask_for_the_work_is_a_reject() {
    for (text, reason) in [
        (
            "The ICB turned down our ask for the bereavement app - £30k, and they said the regional contract will cover it next year.",
            Some("they said the regional contract will cover it next year"),
        ),
        (
            "NHS England turned down our bid for the nurse call system (£85k).",
            None,
        ),
        (
            "The Lottery rejected our ask for a new minibus hoist, £18k, and they said it isn't core to care.",
            Some("they said it isn't core to care"),
        ),
    ] {
        let r = read(text);
        assert_eq!(r.intent, Intent::Decision, "{text}: {r:?}");
        assert_eq!(r.verdict, Some(Verdict::Reject), "{text}: {r:?}");
        assert!(r.amount.is_some(), "{text}: {r:?}");
        assert_eq!(r.rationale.as_deref(), reason, "{text}: {r:?}");
    }
    // A grant or a permit for the work refused is news about it: the work is still ours to
    // decide on.
    for text in [
        "The Garfield Trust turned down our grant for the garden rooms, we'll have to find the £20k elsewhere",
        "The county knocked back our planning application for the garden rooms, resubmitting in March",
    ] {
        let r = read(text);
        assert_ne!(r.intent, Intent::Decision, "{text}: {r:?}");
        assert_eq!(r.verdict, None, "{text}: {r:?}");
    }
}

// Convention 34.
#[test]
fn a_payback_period_is_no_benefit_horizon() {
    for text in [
        "New proposal from Estates: a solar canopy for the car park, £90k, should take £30k a year off the electricity bill, pays back over 3 years.",
        "Estates want a solar canopy for the car park, £90k, payback in 3 years on the electricity bill",
    ] {
        let r = read(text);
        assert_eq!(r.intent, Intent::Investment, "{text}: {r:?}");
        assert_eq!(r.years, None, "{text}: {r:?}");
    }
    // A benefit said over some years still gives them.
    let text =
        "Estates want a solar canopy for the car park, £90k, saving £30k a year over 5 years";
    let r = read(text);
    assert_eq!(r.years, Some(5), "{text}: {r:?}");
}

// Convention 35.
#[test]
fn someone_saying_the_reason_stays_in_it() {
    for (text, verdict, reason) in [
        (
            "Finance says the numbers don't stack up, so we're dropping the volunteer portal",
            Verdict::Stop,
            "Finance says the numbers don't stack up",
        ),
        (
            "Sister Amy from the wards says the paper rota does the job for now, so the rota system can wait till June",
            Verdict::Defer,
            "Sister Amy from the wards says the paper rota does the job for now",
        ),
        (
            "no on the charity shop tills, the auditor says they won't pass the gift aid checks",
            Verdict::Reject,
            "the auditor says they won't pass the gift aid checks",
        ),
    ] {
        let r = read(text);
        assert_eq!(r.verdict, Some(verdict), "{text}: {r:?}");
        assert_eq!(r.rationale.as_deref(), Some(reason), "{text}: {r:?}");
    }
}

// Convention 36.
#[test]
fn money_a_funder_came_through_with_is_the_reason_of_the_approval() {
    // The approval names its own money: that is the amount.
    for (text, reason) in [
        (
            "Patient minibus: the Rotary came through with £20k 🎉 so the trustees signed off on the rest, £15k",
            "the Rotary came through with £20k",
        ),
        (
            "Garden rooms: Rotary came through with £25k 🎉 so the trustees signed off on the rest, £15k, tonight",
            "Rotary came through with £25k",
        ),
    ] {
        let r = read(text);
        assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
        assert_eq!(r.amount, Some(Money::new(1_500_000, Currency::GBP)), "{text}: {r:?}");
        assert_eq!(r.rationale.as_deref(), Some(reason), "{text}: {r:?}");
    }
    // It names none: the money that came through for the work is what goes ahead.
    let text = "fundraising update: the Garfield Trust came through with £40k for the garden rooms 🎉 trustees approved it to go ahead";
    let r = read(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    assert_eq!(
        r.amount,
        Some(Money::new(4_000_000, Currency::GBP)),
        "{text}: {r:?}"
    );
    assert_eq!(
        r.rationale.as_deref(),
        Some("the Garfield Trust came through with £40k for the garden rooms"),
        "{text}: {r:?}"
    );
}

// Convention 36: other news that came through, told in the sentence before the approval.
#[test]
fn news_that_came_through_before_the_approval_is_its_reason() {
    for (text, reason) in [
        (
            "Patient minibus is back on the table, the DBS checks came through for the new drivers. Trustees OK'd it at £12k for the winter.",
            "the DBS checks came through for the new drivers",
        ),
        (
            "Patient minibus is back on the table, DBS cert came through for Amy and Raj. Board's OK'd it at £12k for the winter.",
            "DBS cert came through for Amy and Raj",
        ),
    ] {
        let r = read(text);
        assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
        assert_eq!(r.rationale.as_deref(), Some(reason), "{text}: {r:?}");
    }
}

// Convention 37.
#[test]
fn since_a_month_in_a_benefits_result_is_its_date() {
    let day = |s: &str| Some(s.parse::<NaiveDate>().unwrap());
    // Ending the result: the date, and out of the evidence.
    let text = "Rota system is earning its keep: agency shifts on the wards are down 30% since August, which Finance values at about £50k a year.";
    let r = read(text);
    assert_eq!(r.intent, Intent::Benefit, "{text}: {r:?}");
    assert_eq!(r.date, day("2026-08-01"), "{text}: {r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("agency shifts on the wards are down 30%"),
        "{text}: {r:?}"
    );
    let text = "Volunteer portal first result: sign-ups up 40% since October, extra gift aid about £2k a month";
    let r = read(text);
    assert_eq!(r.date, day("2026-10-01"), "{text}: {r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("sign-ups up 40%"),
        "{text}: {r:?}"
    );
    // With more of the result after it: the date, and it stays in.
    let text = "Nurse call system has paid for itself: 40 call-outs handled by phone since Sept that would have needed a night visit, about £8k saved.";
    let r = read(text);
    assert_eq!(r.date, day("2026-09-01"), "{text}: {r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("40 call-outs handled by phone since Sept that would have needed a night visit"),
        "{text}: {r:?}"
    );
    // Another time dates the benefit: "since <month>" is the result's start and stays.
    let text = "Rota system: agency shifts down 30% since Sept, saved ~£6k in overtime in Nov";
    let r = read(text);
    assert_eq!(r.date, day("2026-11-01"), "{text}: {r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("agency shifts down 30% since Sept"),
        "{text}: {r:?}"
    );
}
