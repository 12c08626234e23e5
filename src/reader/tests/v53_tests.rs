//! Verdicts, intents and numbers missed on strangers' wording (round V53), each worded
//! for an invented Yorkshire rhubarb farm, and set against the same words recording
//! something else.

use super::test_names::{directory, read_day_first_in, whole};
use super::*;
use crate::domain::Verdict;

/// A rhubarb farm: the forcing sheds, the packing shed, the farm shop, the office.
fn farm_dir() -> StaticDirectory {
    directory(
        &[
            ("Forcing Sheds", &["Sheds"]),
            ("Packing", &["Packing Shed"]),
            ("Farm Shop", &["Shop"]),
            ("Office", &["Admin"]),
        ],
        &[
            ("Crop Tracking App", "Forcing Sheds"),
            ("Forcing Shed Heating", "Forcing Sheds"),
            ("Packing Line", "Packing"),
            ("Shop Tills", "Farm Shop"),
            ("Payroll System", "Office"),
            ("Laptop Refresh", "Office"),
        ],
    )
}

fn read_farm(text: &str) -> Reading {
    read_day_first_in(text, "martha", "GBP", &farm_dir())
}

/// Convention 69: "X is still on track" is news that the work runs to plan, a note; a
/// continue needs a keep-going word, or "stays on track" closing its clause.
#[test]
fn still_on_track_is_news_and_stays_on_track_keeps_it_going() {
    for text in [
        "Payroll system still on track, Ruth says parallel run this month then live in January.",
        "The packing line is about 70% in, still on track for the 15th.",
    ] {
        let r = read_farm(text);
        assert_eq!(r.intent, Intent::Note, "{text}: {r:?}");
        assert_eq!(r.verdict, None, "{text}: {r:?}");
    }
    for text in [
        "Payroll system stays on track, Ruth says the first two runs balanced.",
        "Packing line: keep going, the fitters are finally on track.",
    ] {
        let r = read_farm(text);
        assert_eq!(r.verdict, Some(Verdict::Continue), "{text}: {r:?}");
    }
}

/// An ask said as a wish to look at a new thing, or as someone being "after" it, with its
/// price still to come ("No price on it yet", "waiting on the supplier for a price"), puts
/// the thing forward: a proposal with its amount missing (convention 18).
#[test]
fn an_ask_to_look_at_a_thing_with_its_price_to_come_is_a_proposal() {
    for text in [
        "Megan wants to look at a crop tracking app so the pullers can log crates on a tablet. No price on it yet, she's ringing round.",
        "owen's after 4G tills for the farm shop so we can take cards at the gate. waiting on the supplier for a price",
    ] {
        let r = read_farm(text);
        assert_eq!(r.intent, Intent::Investment, "{text}: {r:?}");
        assert_eq!(r.verdict, None, "{text}: {r:?}");
    }
    for text in [
        "Megan wants to look at the crop tracking app figures on Monday before the meeting.",
        "owen's after the supplier about the shop tills, they still haven't fixed the card reader",
    ] {
        let r = read_farm(text);
        assert_ne!(r.intent, Intent::Investment, "{text}: {r:?}");
    }
}

/// "8 machines at £900 each", "buy 5 for the office, each 800": a count of things with the
/// price of one, and no total said, is the whole sum decided; a total said beside it is
/// the amount, and a refusal's price each is what it refused (convention 8).
#[test]
fn a_count_at_a_price_each_is_the_whole_sum() {
    for text in [
        "Laptop refresh is back on: Ruth found the money, so it's 8 machines at £900 each and Owen's ordering Monday.",
        "The laptop refresh is approved, buy 8 for the office, each £900.",
    ] {
        let r = read_farm(text);
        assert_eq!(r.amount, whole(7_200, "GBP"), "{text}: {r:?}");
    }
    let text =
        "Laptop refresh approved, 8 machines at £900 each plus £400 for setup, £7,600 all in.";
    let r = read_farm(text);
    assert_eq!(r.amount, whole(7_600, "GBP"), "{text}: {r:?}");
    let text = "Shop tills are a no from me, £1,200 each and the old ones work fine.";
    let r = read_farm(text);
    assert_eq!(r.amount, whole(1_200, "GBP"), "{text}: {r:?}");
}

/// "…: agree, buy 8 …": a boss's "agree" after a label's colon, going on to buy, order or
/// do it, approves, as "ok, buy" does; an "agree" going on to anything else agrees to no
/// spending.
#[test]
fn agree_then_buy_after_a_label_approves() {
    let text =
        "Mr. Hall came back about the laptop refresh: agree, buy 8 for the office, each £900.";
    let r = read_farm(text);
    assert_eq!(r.intent, Intent::Decision, "{text}: {r:?}");
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    assert_eq!(r.amount, whole(7_200, "GBP"), "{text}: {r:?}");
    let text = "Mr. Hall came back about the laptop refresh: agree, the old ones are slow.";
    let r = read_farm(text);
    assert_ne!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
}

/// A proposal's yearly benefit said as what we pay now for what the new thing replaces,
/// "so it'd pay for itself": "we pay Hallam's about £6,000 a season so it'd pay for itself
/// in 5" (a season is the year's). Without "pay for itself" the money paid by the year is
/// what the thing costs to run.
#[test]
fn money_paid_now_that_a_proposal_pays_for_itself_from_is_its_benefit() {
    let text = "Owen put in for a cold store of our own instead of hiring one every spring — £30,000, we pay Hallam's about £6,000 a season so it'd pay for itself in 5, and a cold store ought to go 15 years.";
    let r = read_farm(text);
    assert_eq!(r.intent, Intent::Investment, "{text}: {r:?}");
    assert_eq!(r.amount, whole(30_000, "GBP"), "{text}: {r:?}");
    assert_eq!(r.annual_benefit, whole(6_000, "GBP"), "{text}: {r:?}");
    assert_eq!(r.years, Some(15), "{text}: {r:?}");
    let text = "Owen put in for a cold store of our own — £30,000, and we'd pay Hallam's about £6,000 a year to service it.";
    let r = read_farm(text);
    assert_eq!(r.annual_benefit, None, "{text}: {r:?}");
}

/// What "agree, buy …" goes on to buy is the verdict's object, no reason.
#[test]
fn what_agree_buy_goes_on_to_is_no_reason() {
    let text =
        "Mr. Hall came back about the laptop refresh: agree, buy 8 for the office, each £900.";
    let r = read_farm(text);
    assert_eq!(r.rationale, None, "{text}: {r:?}");
}

/// "That is around GHS 150,000 a year we are no more throwing away": money we no longer
/// lose, pay or throw away since the work is a result counted, a benefit (Ghanaian "no
/// more" for "no longer"). The same words of a thing, no money, count nothing.
#[test]
fn money_we_no_longer_throw_away_is_a_benefit() {
    for text in [
        "As for the forcing shed heating we put in last winter, Ruth says the crowns now come up even, and we are losing far less to rot. That is around £15,000 a year we are no more throwing away.",
        "The payroll system has been a blessing, that's £4,000 a year we're no longer paying the bureau.",
    ] {
        let r = read_farm(text);
        assert_eq!(r.intent, Intent::Benefit, "{text}: {r:?}");
    }
    let text =
        "Packing line: we are no more throwing away the old crates, Ruth wants them for the shop.";
    let r = read_farm(text);
    assert_ne!(r.intent, Intent::Benefit, "{text}: {r:?}");
}

/// "Director Liu suggest buy one more roller jigger, RMB 480,000": a suggestion to buy a
/// new thing, priced in its sentence, puts it forward, a proposal (convention 18), as a
/// want does; a suggestion with no price, or to buy no new thing, asks for none.
#[test]
fn a_priced_suggestion_to_buy_a_thing_is_a_proposal() {
    for text in [
        "Mr. Hall suggest buy one more crate washer, £6,000, can save a lot of time.",
        "Ruth suggests we get a second crate washer, about £6,000.",
    ] {
        let r = read_farm(text);
        assert_eq!(r.intent, Intent::Investment, "{text}: {r:?}");
        assert_eq!(r.amount, whole(6_000, "GBP"), "{text}: {r:?}");
    }
    let text = "Ruth suggests we buy the crates from Hallam's next time, they were cheaper.";
    let r = read_farm(text);
    assert_ne!(r.intent, Intent::Investment, "{text}: {r:?}");
}

/// "can replace 4 workers, each worker salary about 60,000 per year": the yearly benefit
/// is the count replaced times the pay of one.
#[test]
fn workers_replaced_times_the_pay_of_one_is_the_yearly_benefit() {
    let text = "Mr. Hall suggest buy one more packing line, £60,000, can replace 2 packers, each packer wage about £20,000 per year, machine can use 10 years.";
    let r = read_farm(text);
    assert_eq!(r.intent, Intent::Investment, "{text}: {r:?}");
    assert_eq!(r.amount, whole(60_000, "GBP"), "{text}: {r:?}");
    assert_eq!(r.annual_benefit, whole(40_000, "GBP"), "{text}: {r:?}");
    assert_eq!(r.years, Some(10), "{text}: {r:?}");
}

/// "they said we should do half now — 100kW instead of 200kW, GHS 1.1 million instead of
/// GHS 2.2 million": doing half, the new figure set against the bigger old one, cuts the
/// work back, a rescope at the new figure. Half now and half later at the whole price is
/// no cut.
#[test]
fn doing_half_at_a_figure_against_the_old_is_a_rescope() {
    let text = "On the forcing shed heating, the family talked it through for long. At the end they said we should do half now — 4 sheds instead of 8, £40,000 instead of £80,000 — and we see how it goes before the rest.";
    let r = read_farm(text);
    assert_eq!(r.intent, Intent::Decision, "{text}: {r:?}");
    assert_eq!(r.verdict, Some(Verdict::Rescope), "{text}: {r:?}");
    assert_eq!(r.amount, whole(40_000, "GBP"), "{text}: {r:?}");
    let text = "On the forcing shed heating, they said we should do half now and half in the spring, £80,000 all in.";
    let r = read_farm(text);
    assert_ne!(r.verdict, Some(Verdict::Rescope), "{text}: {r:?}");
}

/// "Alhaji says we should pay anyway", "they said we should do half now": what a decider
/// says we should do is their call (4 training labels of 4), as a body's "felt we should"
/// is; the writer's own "I said we should" stays a view.
#[test]
fn what_a_decider_says_we_should_do_is_their_call() {
    let text = "Mr. Hall says we should go ahead with the packing line at £48,000, the old belts keep snapping.";
    let r = read_farm(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    let text = "I said we should go ahead with the packing line at £48,000, but it's not my call.";
    let r = read_farm(text);
    assert_ne!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
}

/// "gift fruit site is live on the new platform. cost us 11k all in and online orders are
/// up 30%": when every figure is what the work cost, the result is no money realised, a
/// note (convention 42); a saving in money beside the cost is a benefit.
#[test]
fn what_the_work_cost_beside_a_result_in_no_money_is_news() {
    let text = "shop tills are live on the new system. cost us 9k all in and card sales are up 20% on last december already";
    let r = read_farm(text);
    assert_eq!(r.intent, Intent::Note, "{text}: {r:?}");
    assert_eq!(r.amount, None, "{text}: {r:?}");
    let text =
        "shop tills cost us £9k and they've saved us £600 a month in bank charges since October.";
    let r = read_farm(text);
    assert_eq!(r.intent, Intent::Benefit, "{text}: {r:?}");
}

/// "Dormitory we still do, but construction start after Spring Festival": the thing put
/// first, then "we still do" closing its clause, keeps it going, a continue; "we still do
/// the counts by hand" is how work is done.
#[test]
fn a_thing_we_still_do_goes_on() {
    let text = "Packing line we still do, but the fitters start after Easter.";
    let r = read_farm(text);
    assert_eq!(r.intent, Intent::Decision, "{text}: {r:?}");
    assert_eq!(r.verdict, Some(Verdict::Continue), "{text}: {r:?}");
    let text = "On the packing line we still do the crate counts by hand, Ruth hates it.";
    let r = read_farm(text);
    assert_ne!(r.verdict, Some(Verdict::Continue), "{text}: {r:?}");
}

/// A cost avoided ("which would've cost us £18k") or one paid by the month for what the
/// work replaced ("the vans we used to hire cost us about £2,600 a month") is no cost of
/// the work: praised work with such money stays a benefit.
#[test]
fn a_cost_avoided_or_paid_before_is_no_cost_of_the_work() {
    for text in [
        "Forcing shed heating has earned its keep. The frost came in November and we lost nothing, which would've cost us £18k in crowns.",
        "The packing line's been a blessing. Owen did 11 runs without a jam, and the agency packers we used to call in cost us about £2,600 a month.",
    ] {
        let r = read_farm(text);
        assert_eq!(r.intent, Intent::Benefit, "{text}: {r:?}");
    }
}
