//! Verdicts, intents and numbers missed on strangers' wording (round V48), each worded
//! for an invented lakeside campsite in Cumbria, and set against the same words recording
//! nothing.

use super::test_names::{directory, read_day_first_in, whole};
use super::*;
use crate::domain::Verdict;

/// A lakeside campsite: the site, the shop, the boathouse, the office.
fn camp_dir() -> StaticDirectory {
    directory(
        &[
            ("Site", &["Grounds"]),
            ("Shop", &["Retail"]),
            ("Boathouse", &["Water Sports"]),
            ("Office", &["Finance", "Bookings"]),
        ],
        &[
            ("Grounds Maintenance", "Site"),
            ("Shower Block", "Site"),
            ("Site Wi-Fi", "Site"),
            ("Kayak Fleet", "Boathouse"),
            ("Booking System", "Office"),
        ],
    )
}

fn read_camp(text: &str) -> Reading {
    read_day_first_in(text, "bryony", "GBP", &camp_dir())
}

/// Convention 53: "keeping the … contract another year, $11,400", "rolls on another year
/// at £24k", "renewed for another 2 years at £54k": a continued contract's money said as one
/// sum for its term is the record's amount (49 labels against 7, given back); a price said
/// by the year ("$52k/yr", "£4k a year") is a running cost, no amount (11 labels of 11);
/// the term is no `years` (no label gives one).
#[test]
fn a_continued_contracts_money_for_the_term_is_its_amount() {
    for (text, pounds) in [
        (
            "We're keeping the grounds maintenance contract with Fellview another year, £6,400, they've not missed a cut all summer.",
            6_400,
        ),
        (
            "The site Wi-Fi contract is renewed for another two years at £9k — not one complaint since it went in.",
            9_000,
        ),
        (
            "Sticking with the kayak fleet servicing another year, £2,300, they came out same day twice in August.",
            2_300,
        ),
    ] {
        let r = read_camp(text);
        assert_eq!(r.verdict, Some(Verdict::Continue), "{text}: {r:?}");
        assert_eq!(r.amount, whole(pounds, "GBP"), "{text}: {r:?}");
        assert_eq!(r.years, None, "{text}: {r:?}");
    }
    let text = "We're keeping the booking system on another year at £3k a year, the regulars all book through it.";
    let r = read_camp(text);
    assert_eq!(r.verdict, Some(Verdict::Continue), "{text}: {r:?}");
    assert_eq!(r.amount, None, "{text}: {r:?}");
}

/// "Ma'am Tess disapproved the driver simulator. ₱2.4M for a machine we will use twice a
/// year": "disapproved" is a refusal as "rejected" is; asked about, it decides nothing.
#[test]
fn disapproved_is_a_refusal() {
    let text =
        "The warden disapproved the paddleboard kiosk. £14k for a hut we'd open six weeks a year.";
    let r = read_camp(text);
    assert_eq!(r.intent, Intent::Decision, "{text}: {r:?}");
    assert_eq!(r.verdict, Some(Verdict::Reject), "{text}: {r:?}");
    assert_eq!(r.amount, whole(14_000, "GBP"), "{text}: {r:?}");
    let text = "did the warden ever disapprove the paddleboard kiosk or is it still with him?";
    let r = read_camp(text);
    assert_eq!(r.intent, Intent::None, "{text}: {r:?}");
}

/// "done w/ the gps trackers on the delivery trucks, $1,900 so far for dots on a map marcus
/// never looks at": chat's "w/" is "with", so a thing we are done with, told with the
/// money sunk and no one using it (or its people never looking at it), is given up as
/// "done with the …" is; work done with and looking fine is news.
#[test]
fn done_w_slash_is_done_with() {
    for text in [
        "done w/ the shop loyalty cards, £900 so far for stamps nobody collects",
        "done w/ the shop loyalty cards, £900 so far for stamps the regulars never look at",
    ] {
        let r = read_camp(text);
        assert_eq!(r.intent, Intent::Decision, "{text}: {r:?}");
        assert_eq!(r.verdict, Some(Verdict::Stop), "{text}: {r:?}");
        assert_eq!(r.amount, whole(900, "GBP"), "{text}: {r:?}");
    }
    let text = "done w/ the shower block tiling, looks great";
    let r = read_camp(text);
    assert_ne!(r.verdict, Some(Verdict::Stop), "{text}: {r:?}");
}

/// "mgo testing gear ordered 🎉 88k, no more paying hamilton $140 a sample", "new laptops
/// for the office sorted, $4,800 for three": a thing said ordered or sorted, with its price,
/// is bought, an approval; said ordered or sorted with no price it is news or thanks.
#[test]
fn a_thing_ordered_or_sorted_at_its_price_is_approved() {
    for text in [
        "kayak trailer ordered 🎉 £6,200, no more borrowing the sailing club's",
        "new tills for the shop sorted, £2,600 for two. the old one jammed every saturday lol",
    ] {
        let r = read_camp(text);
        assert_eq!(r.intent, Intent::Decision, "{text}: {r:?}");
        assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    }
    let text = "tills and radios both sorted, good work all 👏";
    let r = read_camp(text);
    assert_ne!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
}

/// "Mere's asked us to sit on the website rebuild, the China distributor does most of our
/// online sales now anyway": asked to sit on a thing, it is held, a deferral; papers that
/// used to sit on a desk are no verdict.
#[test]
fn asked_to_sit_on_a_thing_is_a_deferral() {
    for text in [
        "Keith's asked us to sit on the shower block refit, the site's booked solid till October anyway.",
        "Let's sit on the booking system upgrade till the new season's numbers are in.",
    ] {
        let r = read_camp(text);
        assert_eq!(r.intent, Intent::Decision, "{text}: {r:?}");
        assert_eq!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
    }
    let text = "The booking system has been worth it. Forms used to sit on the office desk for a week; now they're in the same day.";
    let r = read_camp(text);
    assert_ne!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
}

/// "Mr. Hollis is good with the color sorter staying on the service contract another
/// year, $18k": someone fine with a thing staying on for a further term lets it go on, a
/// continue, not the approval of something new.
#[test]
fn fine_with_a_thing_staying_on_is_a_continue() {
    let text = "The warden is good with the kayak fleet staying on the hire contract another year, £3k, not one boat lost all summer.";
    let r = read_camp(text);
    assert_eq!(r.verdict, Some(Verdict::Continue), "{text}: {r:?}");
    assert_eq!(r.amount, whole(3_000, "GBP"), "{text}: {r:?}");
}

/// "Renewed the CAD licences for three more years at $42k", "the contract rolls on for two
/// more years": a further term counted ("two more years") goes on, as "another year" does.
#[test]
fn a_further_term_counted_goes_on() {
    for text in [
        "The site Wi-Fi contract rolls on for two more years at £9k — not one complaint since it went in.",
        "Renewed the booking system for three more years at £4,200, the regulars all book through it.",
        "The kayak fleet is staying on for 2 more seasons, the hire numbers are up.",
    ] {
        let r = read_camp(text);
        assert_eq!(r.intent, Intent::Decision, "{text}: {r:?}");
        assert_eq!(r.verdict, Some(Verdict::Continue), "{text}: {r:?}");
    }
}

/// "So no, bab, we ay doin' it", "We'm shuttin' it an' sellin' the kit": a dialect's own
/// auxiliary before the verdict's verb ("ay" for "ain't", "we'm" for "we're") says what
/// "we ain't doing it" and "we're shutting it" say.
#[test]
fn a_dialects_auxiliary_before_a_verdict_verb() {
    let text = "Kev's been pricin' a new till system. Cheapest is £9k an' it'd do nothin' the old one cor do. So no, we ay doin' it.";
    let r = read_camp(text);
    assert_eq!(r.verdict, Some(Verdict::Reject), "{text}: {r:?}");
    let text = "The kayak hire hut has been a white elephant. Nobody here knows the kit an' the club down the lake does it for £10 a go. We'm shuttin' it an' sellin' the boats.";
    let r = read_camp(text);
    assert_eq!(r.verdict, Some(Verdict::Stop), "{text}: {r:?}");
}

/// "glycol chiller replacement can wait til september, jake rebuilt the compressor for
/// $1,900 and it's holding": money paid for a repair done is what the repair cost, not the
/// price of the thing put off (convention 45's "money paid or earned for something else");
/// the price of the thing itself still is.
#[test]
fn a_repairs_cost_is_no_deferrals_amount() {
    let text = "shower block refit can wait till spring, dave patched the boiler for £600 and it's holding";
    let r = read_camp(text);
    assert_eq!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
    assert_eq!(r.amount, None, "{text}: {r:?}");
    let text =
        "shower block refit can wait till spring, £40k is too much while the bookings are down";
    let r = read_camp(text);
    assert_eq!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
    assert_eq!(r.amount, whole(40_000, "GBP"), "{text}: {r:?}");
}

/// "Grant came back to me on the second extraction line at Te Kaha — not till after the
/// season, he wants to see …": a thing answered "not till <a time>" after its dash or colon
/// is put off to then; "not till" inside a sentence of news is no verdict.
#[test]
fn a_thing_answered_not_till_a_time_is_a_deferral() {
    for text in [
        "Keith came back to me on the shower block refit — not till after the season, he wants to see the summer bookings first.",
        "Shower block refit: not until after Easter, the bookings are too tight.",
    ] {
        let r = read_camp(text);
        assert_eq!(r.intent, Intent::Decision, "{text}: {r:?}");
        assert_eq!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
        assert_eq!(r.investment.as_deref(), Some("Shower Block"), "{text}: {r:?}");
    }
    let text = "The kayaks don't go back in the water till after Easter, the lake's too cold.";
    let r = read_camp(text);
    assert_ne!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
}

/// "the hosting is going up from £4,800 to £9,600 a year in April": money by the year a
/// cost goes up to is what we will pay, a running cost, no yearly benefit; a proposal's
/// "should save about £2k a year" still is one.
#[test]
fn a_cost_going_up_by_the_year_is_no_benefit() {
    let text = "The booking system's been grand but the hosting is going up from £1,200 to £2,400 a year in April. Until then we carry on as we are.";
    let r = read_camp(text);
    assert_eq!(r.annual_benefit, None, "{text}: {r:?}");
    let text = "Proposal from Keith: a heat pump for the shower block, £18k, should save about £2k a year on gas.";
    let r = read_camp(text);
    assert_eq!(r.annual_benefit, whole(2_000, "GBP"), "{text}: {r:?}");
}

/// "he figures it's $6k a year in driver wait charges we stop paying, good for 20 years",
/// "we've stopped paying the agency commission": stopping a payment is money saved, no
/// stop of the work (eight labels of eight); stopping paying "for" a thing still ends it.
#[test]
fn a_payment_we_stop_making_is_no_stop() {
    let text = "Keith wants a new shower block by the lake so the August queues go down — £85k, and he reckons it's £6k a year in portaloo hire we stop paying, good for 20 years.";
    let r = read_camp(text);
    assert_eq!(r.intent, Intent::Investment, "{text}: {r:?}");
    assert_eq!(r.verdict, None, "{text}: {r:?}");
    assert_eq!(r.annual_benefit, whole(6_000, "GBP"), "{text}: {r:?}");
    let text = "We're going to stop paying for the premium booking plan, nobody uses the extras.";
    let r = read_camp(text);
    assert_eq!(r.verdict, Some(Verdict::Stop), "{text}: {r:?}");
}

/// "The creaming tank we put in last month has earned its keep — …": the month the thing
/// was put in is when it went in, not when its result was counted, so the benefit has no
/// date, as "installed in June" has none (round D46).
#[test]
fn a_thing_put_in_last_month_gives_its_benefit_no_date() {
    let text = "The heat pump we put in last month has earned its keep — the gas bill's down about £300 a month.";
    let r = read_camp(text);
    assert_eq!(r.intent, Intent::Benefit, "{text}: {r:?}");
    assert_eq!(r.date, None, "{text}: {r:?}");
}

/// "Sige palitan na. Up to ₱180k ok, hindi pwedeng tengga ang units natin": a ceiling said
/// fine with its copula left out gives the go-ahead up to it, as "up to £5k is ok" does;
/// asked, it decides nothing.
#[test]
fn a_ceiling_said_ok_without_its_copula_approves() {
    let text =
        "Shower pump's packed in again. Up to £1,800 ok, the showers can't be off in August.";
    let r = read_camp(text);
    assert_eq!(r.intent, Intent::Decision, "{text}: {r:?}");
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    assert_eq!(r.amount, whole(1_800, "GBP"), "{text}: {r:?}");
    let text = "Shower pump's gone again. Up to £1,800 ok?";
    let r = read_camp(text);
    assert_ne!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
}

/// "Fleet numbers, before vs now: … Fuel | £7,900/month | £6,300/month | … Telematics is
/// saving us about £1,600 a month on fuel": among a benefit's figures, the one said as the
/// saving ("saving us about …") is what it brought, not the figures it was worked from.
#[test]
fn a_benefits_saving_said_beats_its_before_and_after_figures() {
    let text = "Gas was £900 a month before, now £600 a month. The heat pump is saving us about £300 a month.";
    let r = read_camp(text);
    assert_eq!(r.intent, Intent::Benefit, "{text}: {r:?}");
    assert_eq!(r.amount, whole(3_600, "GBP"), "{text}: {r:?}");
}

/// "Q2 for the website redo, nothing's broken": a time said first, then "for the <thing>"
/// and a clause after its comma, puts the thing off to then; a time for a go-live is a
/// date of the work, no verdict.
#[test]
fn a_time_said_first_for_a_thing_puts_it_off() {
    let text = "Spring for the shower block refit, the old one's holding up fine.";
    let r = read_camp(text);
    assert_eq!(r.intent, Intent::Decision, "{text}: {r:?}");
    assert_eq!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
    assert_eq!(
        r.investment.as_deref(),
        Some("Shower Block"),
        "{text}: {r:?}"
    );
    let text = "Spring for the booking system go-live, all on track.";
    let r = read_camp(text);
    assert_ne!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
}

/// "Sport have come back with a cheaper option, resurfacing just the hockey D areas at
/// £61k. Bursar's committee approved that this afternoon": a cheaper option offered, then
/// approved, cuts the work back, a rescope; approving after only asking for one is not.
#[test]
fn a_cheaper_option_approved_is_a_rescope() {
    let text = "Shower block refit: the builder has come back with a cheaper option, just the men's side at £38k. The warden approved that this afternoon; the rest to be looked at again next year.";
    let r = read_camp(text);
    assert_eq!(r.verdict, Some(Verdict::Rescope), "{text}: {r:?}");
    assert_eq!(r.amount, whole(38_000, "GBP"), "{text}: {r:?}");
    let text = "Shower block refit approved at £85k. The warden asked the builder to come back with a cheaper option for the laundry next year.";
    let r = read_camp(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
}
