//! Verdicts and intents the reader missed in the training folders, each read in another
//! writer's words (a Scottish aquarium and wildlife park, in pounds): praise said with a
//! verdict word ("killed it at the open day"), work written off, a part of an approval
//! dropped, an approval capped at a sum or given for part of the full price, an outsider
//! turning down our request, a wish said with its price, and a result said to be worth
//! money a month.
//!
//! Each intent is checked twice: as the reader reads it (the shipped intent model included)
//! and by the rules alone, so a retrained model cannot hide a rule that went missing.

use super::*;

/// A Scottish aquarium and wildlife park: animal care, visitors, learning, estates, IT.
fn dir() -> StaticDirectory {
    test_names::directory(
        &[
            ("Animal Care", &["Keepers"]),
            ("Visitor Services", &["Front of House"]),
            ("Learning", &["Education"]),
            ("Estates", &[]),
            ("IT", &[]),
            ("Fundraising", &[]),
        ],
        &[
            ("Members App", "Visitor Services"),
            ("Ticket Scanning Gates", "Visitor Services"),
            ("Shark Tunnel Lighting Upgrade", "Estates"),
            ("Penguin Pool Filtration", "Animal Care"),
            ("Keeper Radio Network", "IT"),
            ("Water Quality Sensors", "Animal Care"),
        ],
    )
}

/// `text` reads as `intent` with `verdict`, by the rules alone and as shipped.
fn assert_reads(text: &str, intent: Intent, verdict: Option<Verdict>) -> Reading {
    test_names::assert_reads(
        text,
        "morag",
        &dir(),
        ReaderSettings::default(),
        intent,
        verdict,
    )
}

/// `text` reads as `intent` (with no verdict) by the rules alone and as shipped.
fn assert_intent(text: &str, intent: Intent) -> Reading {
    assert_reads(text, intent, None)
}

#[test]
fn killing_it_at_an_event_is_praise_not_a_stop() {
    for text in [
        "haha the keepers absolutely killed it at the open day, £40k raised for the otters 🦦",
        "Learning totally killed it at the schools awards last night 🏆",
        "we killed it at the fundraising dinner!! £12k in pledges 🥂",
    ] {
        let r = test_names::read_on_test_day(text, "morag", &dir());
        assert_eq!(r.verdict, None, "{text}: {r:?}");
        assert_ne!(r.intent, Intent::Decision, "{text}: {r:?}");
    }
    // Killing the work itself still stops it.
    for text in [
        "Members app: we killed it last week, nobody opened it",
        "We're killing the members app at the end of the month, nobody uses it",
    ] {
        assert_reads(text, Intent::Decision, Some(Verdict::Stop));
    }
}

#[test]
fn writing_the_work_off_stops_it() {
    for text in [
        "the lighting supplier folded. so that's that, we're writing the shark tunnel lighting upgrade off",
        "Members app: the agency went bust, we've written it off",
        "Penguin pool filtration - writing it off, the pump maker stopped trading",
    ] {
        assert_reads(text, Intent::Decision, Some(Verdict::Stop));
    }
    // Money written off is a loss counted, not work stopped.
    let text = "Retail wrote off £12k of unsold plush otters in October";
    let r = test_names::read_on_test_day(text, "morag", &dir());
    assert_eq!(r.verdict, None, "{text}: {r:?}");
}

#[test]
fn a_part_dropped_beside_an_approval_leaves_it_an_approval() {
    let text = "Ticket scanning gates: approved 3 of the 5, £36k. The car park ones are dropped.";
    let r = assert_reads(text, Intent::Decision, Some(Verdict::Approve));
    assert_eq!(r.amount, test_names::whole(36_000, "GBP"), "{r:?}");
}

#[test]
fn an_approval_capped_at_a_sum_rescopes_it_to_that_sum() {
    let text = "Per the trustees: the members app carries on but capped at £90k. Anything more comes back to them.";
    let r = assert_reads(text, Intent::Decision, Some(Verdict::Rescope));
    assert_eq!(r.amount, test_names::whole(90_000, "GBP"), "{r:?}");
    // A cap on something else (a price rise, a share) leaves the approval as it was.
    let text = "Members app approved, £25k, with ticket prices capped at 10% above last year";
    assert_reads(text, Intent::Decision, Some(Verdict::Approve));
}

#[test]
fn part_of_the_full_price_approved_rescopes() {
    let text = "Approving the shark tunnel lighting for the north tank only, £45k instead of the full £120k.";
    let r = assert_reads(text, Intent::Decision, Some(Verdict::Rescope));
    assert_eq!(r.amount, test_names::whole(45_000, "GBP"), "{r:?}");
    let text = "Ticket scanning gates: we've decided to scale it back to the main entrance only, £20k instead of £50k";
    let r = assert_reads(text, Intent::Decision, Some(Verdict::Rescope));
    assert_eq!(r.amount, test_names::whole(20_000, "GBP"), "{r:?}");
    // Fewer things for the money approved, with no full price set against it, approves.
    let text = "Trustees approved £30k for 6 ticket scanning gates instead of 8";
    assert_reads(text, Intent::Decision, Some(Verdict::Approve));
}

#[test]
fn an_outsider_turning_down_our_request_is_news_not_a_benefit() {
    let text = "Creative Scotland turned down our grant for the penguin pool filtration 😞 we'll have to find the £30k elsewhere or slow it down";
    let r = assert_intent(text, Intent::Note);
    assert_eq!(
        r.investment.as_deref(),
        Some("Penguin Pool Filtration"),
        "{r:?}"
    );
}

#[test]
fn a_wish_said_with_its_price_is_a_proposal() {
    for text in [
        "keen to get a seal pool chiller for the rescue centre, Keepers reckon ~£40k, would save heaps on vet bills",
        "Estates are keen to buy a ride-on sweeper for the car parks, about £18k",
    ] {
        assert_intent(text, Intent::Investment);
    }
    // A wish with no price is not yet one.
    let text = "keen to get the keepers on the new rota before Christmas";
    let r = test_names::read_on_test_day(text, "morag", &dir());
    assert_ne!(r.intent, Intent::Investment, "{text}: {r:?}");
}

#[test]
fn a_result_worth_money_a_month_is_a_benefit() {
    let text = "The members app has been brilliant. Renewals used to take a week by post and now they're done in a day, so fewer lapse. Finance reckon that's worth about £3k a month in memberships we'd otherwise have lost.";
    let r = assert_intent(text, Intent::Benefit);
    assert_eq!(r.investment.as_deref(), Some("Members App"), "{r:?}");
    assert_eq!(r.amount, test_names::whole(36_000, "GBP"), "{r:?}");
}

#[test]
fn a_verdict_word_in_scare_quotes_is_no_verdict() {
    let text = "Heads up: the ticket agency's sales team 'approved' our new group rate, which just means we pay them more 🙄";
    let r = test_names::read_on_test_day(text, "morag", &dir());
    assert_eq!(r.verdict, None, "{r:?}");
    assert_ne!(r.intent, Intent::Decision, "{r:?}");
}

#[test]
fn go_with_a_choice_and_its_price_approves() {
    for text in [
        "Keeper radios - go w/ the Motorola ones, £18K for 30 handsets. shout if any push back",
        "Water quality sensors: go with the YSI kit, £24k",
    ] {
        assert_reads(text, Intent::Decision, Some(Verdict::Approve));
    }
    // A choice wondered about is not made.
    let text = "should we go with the Motorola radios, £18k? thoughts";
    let r = test_names::read_on_test_day(text, "morag", &dir());
    assert_ne!(r.verdict, Some(Verdict::Approve), "{r:?}");
}

#[test]
fn passing_on_a_thing_refuses_it() {
    let text = "We're passing on the shark tunnel lighting upgrade. £120k is way too rich for a tunnel that's dark half the day.";
    assert_reads(text, Intent::Decision, Some(Verdict::Reject));
    // Passing on a message refuses nothing.
    let text = "I'm passing on the feedback about the members app to the agency";
    let r = test_names::read_on_test_day(text, "morag", &dir());
    assert_eq!(r.verdict, None, "{r:?}");
}

#[test]
fn looking_at_it_again_at_a_time_defers() {
    let text = "Penguin pool filtration - we'll look at it again in March once the survey's back";
    let r = assert_reads(text, Intent::Decision, Some(Verdict::Defer));
    assert_eq!(r.review_date, "2027-03-01".parse().ok(), "{r:?}");
}

#[test]
fn go_for_it_after_a_request_approves() {
    let text = "Right, Keepers want a radio refresh for the night team. Quote's come in at £8k for 12 handsets. Go for it.";
    assert_reads(text, Intent::Decision, Some(Verdict::Approve));
}

#[test]
fn ending_our_lease_or_contract_stops_it() {
    let text = "£9k a year to lease a sweeper that got used 11 times in 2026 — we're ending the sweeper lease.";
    assert_reads(text, Intent::Decision, Some(Verdict::Stop));
}

#[test]
fn a_no_for_now_defers() {
    let text = "Members app refresh is a no for now. the current app is supported til 2028";
    assert_reads(text, Intent::Decision, Some(Verdict::Defer));
}

#[test]
fn the_rest_put_off_beside_an_approval_leaves_it_an_approval() {
    let text = "Water quality sensors — approved at £16,750 for the penguin and otter pools, the rest waits till the 2028 budget.";
    assert_reads(text, Intent::Decision, Some(Verdict::Approve));
}

#[test]
fn money_we_have_given_approves() {
    let text = "Keeper radio network: Animal Care asked for £38k, we've given them £25k for year one and will look at the rest again in June.";
    let r = assert_reads(text, Intent::Decision, Some(Verdict::Approve));
    assert_eq!(r.amount, test_names::whole(25_000, "GBP"), "{r:?}");
}

#[test]
fn a_verdict_asked_and_answered_yes_decides() {
    let text = "Keeper radios approved? yes, finally. £18k";
    assert_reads(text, Intent::Decision, Some(Verdict::Approve));
    // Asked and not answered, it decides nothing.
    let text = "Keeper radios approved? anyone know";
    let r = test_names::read_on_test_day(text, "morag", &dir());
    assert_eq!(r.verdict, None, "{r:?}");
}

#[test]
fn money_spent_so_far_is_no_benefit() {
    let text = "Spent £40k of the £55k on the penguin pool filtration so far; the last £15k goes on the pumps in Jan. Still on track.";
    assert_intent(text, Intent::Note);
}

#[test]
fn a_thing_asked_for_or_wanted_with_its_price_is_a_proposal() {
    for text in [
        "Learning have asked for a proper booking app for school groups, about £2,000. I've suggested we see if the members app can do it first.",
        "Marketing want a drone camera package for the seal beach, ~£6k, starting in March",
        "Visitor Services would like to replace the paper maps with a wayfinding app, roughly £18k, saves the office about £6k a year in printing. Would start in January.",
    ] {
        assert_intent(text, Intent::Investment);
    }
    // Asked for a quote or a meeting is no new thing (by the rules).
    let text = "I've asked for a quote on the penguin pool pumps, should be about £5k";
    let r = test_names::read_by_rules_on_test_day(text, "morag", &dir(), ReaderSettings::default());
    assert_ne!(r.intent, Intent::Investment, "{r:?}");
}

#[test]
fn asked_to_look_at_things_is_a_proposal() {
    let text = "Estates asked us to look at solar panels for the car park roof, no numbers yet";
    let r = assert_intent(text, Intent::Investment);
    assert_eq!(r.investment.as_deref(), Some("solar panels"), "{r:?}");
    // Options looked at are no thing.
    let text = "Estates asked us to look at options for the car park roof";
    let r = test_names::read_on_test_day(text, "morag", &dir());
    assert_ne!(r.investment.as_deref(), Some("options"), "{r:?}");
}

#[test]
fn a_no_to_work_we_have_sunk_money_in_stops_it() {
    let text = "Members app — the agency offered to waive the £400/month hosting if we keep it another year. Still a no from me, we already sunk 21 grand.";
    assert_reads(text, Intent::Decision, Some(Verdict::Stop));
}

#[test]
fn money_raised_at_an_event_naming_no_investment_is_chat() {
    let text = "Quiz night at the visitor centre raised £2,300 for the seal rescue 🦭👏";
    assert_intent(text, Intent::None);
    // Money an investment raised is what it brought in.
    let text = "The ticket scanning gates raised an extra £1,500 at the Christmas fair on Saturday";
    let r = test_names::read_on_test_day(text, "morag", &dir());
    assert_ne!(r.intent, Intent::None, "{r:?}");
}

#[test]
fn a_higher_cost_approved_rescopes() {
    let text = "Sorry, asked to flag: the otter pool camera request has gone up to £14k from £11k because of the extra solar panels. Trustees approved the increase by email this morning.";
    let r = assert_reads(text, Intent::Decision, Some(Verdict::Rescope));
    assert_eq!(r.amount, test_names::whole(14_000, "GBP"), "{r:?}");
    let text = "Shark tunnel lighting goes from £80K to £110K, the fire officer wants emergency lighting too. Board approved it Tuesday.";
    let r = assert_reads(text, Intent::Decision, Some(Verdict::Rescope));
    assert_eq!(r.amount, test_names::whole(110_000, "GBP"), "{r:?}");
    // Takings that went up with nothing approved are no new budget.
    let text = "Membership income went from £1m to £1.2m since the members app launched";
    let r = test_names::read_on_test_day(text, "morag", &dir());
    assert_ne!(r.verdict, Some(Verdict::Rescope), "{r:?}");
}

#[test]
fn a_not_before_but_negates_its_own_clause() {
    let text = "Members app: the launch is slipping, agency says early Q3 now. Not great but we're sticking with them, switching now would cost more than the delay.";
    assert_reads(text, Intent::Decision, Some(Verdict::Continue));
}

#[test]
fn not_proceeding_with_a_thing_not_yet_running_refuses_it() {
    let text = "Re the penguin pool filtration — we've decided not to proceed. Only 3 keepers said they'd use the dashboard and the supplier wanted a five-year commitment.";
    assert_reads(text, Intent::Decision, Some(Verdict::Reject));
    // Work running, not gone on with, stops.
    let text = "Members app pilot: we're not proceeding, usage is too low";
    assert_reads(text, Intent::Decision, Some(Verdict::Stop));
}
