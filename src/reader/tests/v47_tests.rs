//! Verdicts, intents and numbers missed on strangers' wording (round V47), each worded
//! for an invented Shetland knitwear mill, and set against the same words recording
//! nothing.

use super::test_names::{directory, read_day_first_in};
use super::*;
use crate::domain::Verdict;

/// A Shetland knitwear mill: the mill, the dye house, the shop, the office.
fn mill_dir() -> StaticDirectory {
    directory(
        &[
            ("Mill", &["Spinning"]),
            ("Dye House", &[]),
            ("Shop", &["Retail"]),
            ("Office", &["Finance", "Payroll"]),
        ],
        &[
            ("Yarn Dryer", "Mill"),
            ("Shop Refit", "Shop"),
            ("Loom Shed Roof", "Mill"),
            ("Dye House Boiler", "Dye House"),
            ("Payroll System", "Office"),
        ],
    )
}

fn read_mill(text: &str) -> Reading {
    read_day_first_in(text, "morag", "GBP", &mill_dir())
}

/// "• staff housing – still on hold", "• warehouse roof – still waitin on the adjuster",
/// "- fuel dock tank waits on Environment still": an item of a list of decisions whose
/// thing is still held, or still waits on someone, is a deferral of its own, as the
/// labels of five folders say; an item of minutes that says "no change" first or gives the
/// hold after its label's colon, or a question asking whether we still wait, records
/// nothing.
#[test]
fn a_listed_thing_still_held_or_waiting_is_a_deferral() {
    for held in [
        "shop refit – still on hold",
        "shop refit – still waiting on the landlord",
        "shop refit → still waiting landlord",
        "shop refit waits on the landlord still, nothing we can do till they answer",
    ] {
        let text = format!(
            "From Magnus, after the bank:\n• yarn dryer – goes ahead, £48k, the grant came through\n• {held}\n• payroll system – no, the old one does the job\nAnnie to send the dryer order over by Friday."
        );
        let r = read_mill(&text);
        assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
        // The closing task is a note of its own (round B47's rule, as four folders label it).
        assert_eq!(r.also.len(), 3, "{text}: {r:?}");
        assert_eq!(r.also[0].verdict, Some(Verdict::Defer), "{text}: {r:?}");
        assert_eq!(
            r.also[0].investment.as_deref(),
            Some("Shop Refit"),
            "{text}: {r:?}"
        );
        assert_eq!(r.also[1].verdict, Some(Verdict::Reject), "{text}: {r:?}");
        assert_eq!(r.also[2].intent, Intent::Note, "{text}: {r:?}");
    }
    let text = "Mill walk-round 1/12\n- shop refit: no change, still waiting on the landlord\n- yarn dryer: Magnus approved it, £48k";
    let r = read_mill(text);
    assert!(
        r.also.iter().all(|a| a.verdict != Some(Verdict::Defer))
            && r.verdict != Some(Verdict::Defer),
        "{text}: {r:?}"
    );
    // After a label's colon, minutes give the hold as a status (round K26's test).
    let text = "Mill mtg 1/12:\n- Yarn dryer: approved, £48k\n- Shop refit: still on hold";
    let r = read_mill(text);
    assert!(r.also.is_empty(), "{text}: {r:?}");
    let text = "any news on the shop refit? still waiting on the landlord?";
    let r = read_mill(text);
    assert_eq!(r.intent, Intent::None, "{text}: {r:?}");
}

/// "Padala app scope reduced to send and claim only, ₱2.9M from ₱5.1M": in a cut-back, the
/// figure straight after "from" following another figure is the one it was, so the figure
/// before it is the new budget, as "£48k instead of £90k" and "down to £48k from £70k"
/// read.
#[test]
fn a_rescope_figure_from_the_old_one_is_the_new_budget() {
    for text in [
        "Shop refit scope reduced to the tills and the lighting only, £29k from £51k. The shelving can wait for next year.",
        "Yarn dryer cut back to one drum, £31,500 from £48,000.",
    ] {
        let r = read_mill(text);
        assert_eq!(r.verdict, Some(Verdict::Rescope), "{text}: {r:?}");
        let want = if text.contains("£29k") { 29_000 } else { 31_500 };
        assert_eq!(r.amount, super::test_names::whole(want, "GBP"), "{text}: {r:?}");
    }
}

/// "loyalty app keep going la, 12k new members in Nov 👍": a bare figure before "new" and
/// things counted in the plural counts them ("12k new members", "3k new subscribers"), as
/// "14k herbarium sheets" does; it is no money. With its currency it is money still.
#[test]
fn a_bare_figure_of_new_things_counted_is_no_money() {
    for text in [
        "shop loyalty card keep going, 12k new members in Nov 👍",
        "Knitwear club keeps going, 3k new subscribers since the autumn.",
    ] {
        let r = read_mill(text);
        assert_eq!(r.amount, None, "{text}: {r:?}");
    }
    let r = read_mill("Approved £12k new looms for the mill.");
    assert_eq!(r.amount, super::test_names::whole(12_000, "GBP"), "{r:?}");
}

/// "$210,000 installed, pays back about $55k a year in filter changes …, 12-year life": a
/// thing that "pays back" money by the year returns it, a yearly benefit, not a price paid;
/// its "12-year life" is then the horizon. "pays back over 3 years" (how long it takes to
/// earn its cost back, convention 34) and a loan we pay back are no benefit.
#[test]
fn a_thing_that_pays_back_money_by_the_year_returns_it() {
    let text = "Annie priced a second carding machine for the mill: £21,000 installed, pays back about £5,500 a year in waste yarn and overtime, 12-year life.";
    let r = read_mill(text);
    assert_eq!(r.intent, Intent::Investment, "{text}: {r:?}");
    assert_eq!(
        r.amount,
        super::test_names::whole(21_000, "GBP"),
        "{text}: {r:?}"
    );
    assert_eq!(
        r.annual_benefit,
        super::test_names::whole(5_500, "GBP"),
        "{text}: {r:?}"
    );
    assert_eq!(r.years, Some(12), "{text}: {r:?}");
    let text = "Annie priced a second carding machine for the mill: £21,000 installed, pays back over 4 years.";
    let r = read_mill(text);
    assert_eq!(r.years, None, "{text}: {r:?}");
}

/// "a) Fleet telematics – agreed, £31k. Lee to have it fitted …": an item of minutes
/// answered "agreed" with its money after the label's dash is approved, as "– approved,
/// £31k" is; "Minutes of last meeting – agreed" (no money) approves nothing.
#[test]
fn an_item_agreed_with_its_money_is_approved() {
    let text = "Board review – 02/12\na) Yarn dryer – agreed, £48k. Annie to order it before the spring.\nb) Shop refit – nothing new.\nc) Payroll system – declined, the old one does the job.";
    let r = read_mill(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    assert_eq!(r.investment.as_deref(), Some("Yarn Dryer"), "{text}: {r:?}");
    assert_eq!(
        r.amount,
        super::test_names::whole(48_000, "GBP"),
        "{text}: {r:?}"
    );
    assert_eq!(r.also.len(), 1, "{text}: {r:?}");
    assert_eq!(r.also[0].verdict, Some(Verdict::Reject), "{text}: {r:?}");
    let text = "Board 02/12\n1. Minutes of last meeting – agreed\n2. Yarn dryer – approved, £48k";
    let r = read_mill(text);
    assert_eq!(r.investment.as_deref(), Some("Yarn Dryer"), "{text}: {r:?}");
    assert!(r.also.is_empty(), "{text}: {r:?}");
}

/// "The recycled asphalt feed is finished. We've put £96k into the feed bin and conveyor
/// and the mix still fails the binder test …": a thing said to be finished, closing its
/// clause, with the money put into it and what still goes wrong, is given up, a stop (as
/// "we're finished with …" is, round V46). Work finished with money spent and nothing
/// still wrong is news.
#[test]
fn a_thing_finished_with_money_sunk_and_still_failing_is_stopped() {
    let text = "The yarn dryer is finished. We've put £30k into the drum and burners and the wool still comes out damp every time we run it full.";
    let r = read_mill(text);
    assert_eq!(r.intent, Intent::Decision, "{text}: {r:?}");
    assert_eq!(r.verdict, Some(Verdict::Stop), "{text}: {r:?}");
    assert_eq!(
        r.amount,
        super::test_names::whole(30_000, "GBP"),
        "{text}: {r:?}"
    );
    for text in [
        "The shop refit is finished. We've put £30k into it and the new tills look great.",
        "The yarn dryer is finished, the wool comes out bone dry now.",
    ] {
        let r = read_mill(text);
        assert_ne!(r.verdict, Some(Verdict::Stop), "{text}: {r:?}");
    }
}

/// "Mr. Hollis shot down the pavilion … — $240k for somewhere to eat barbecue twice a year,
/// with peanut prices where they are? No ma'am.": a question its writer answers "no" with
/// a word of address or of emphasis ("No ma'am", "No sir", "No way") asks nothing, as a bare
/// "nah" does, so the refusal before it stands. A "no" after an approval still asks.
#[test]
fn a_question_answered_no_maam_asks_nothing() {
    for text in [
        "Magnus shot down the sauna for the shop staff — £40k for somewhere to sit twice a week? No ma'am.",
        "Magnus shot down the sauna for the shop staff — £40k for somewhere to sit twice a week? No way.",
    ] {
        let r = read_mill(text);
        assert_eq!(r.intent, Intent::Decision, "{text}: {r:?}");
        assert_eq!(r.verdict, Some(Verdict::Reject), "{text}: {r:?}");
    }
    let text = "Is the shop refit approved? No sir, not yet.";
    let r = read_mill(text);
    assert_ne!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
}

/// "sack off the cargo trike idea, 12k each and they're a nightmare on the canal paths": a
/// refusal's only money, the price of each of the things refused, is what it refused
/// (convention 8), as "$65k a unit" is; an approval's price each is still no amount.
#[test]
fn a_refusals_only_price_each_is_its_amount() {
    let text = "Magnus said no to the electric looms, £12k each and they're a nightmare to thread.";
    let r = read_mill(text);
    assert_eq!(r.verdict, Some(Verdict::Reject), "{text}: {r:?}");
    assert_eq!(
        r.amount,
        super::test_names::whole(12_000, "GBP"),
        "{text}: {r:?}"
    );
}

/// "She's stopping the shop refit at Enniscorthy – the builder came back €15k over and the
/// landlord won't extend the lease …": the money a stopped thing came back over by is the
/// money walked away from, its amount (convention 3's overspend), as a refusal's is.
#[test]
fn a_stops_overspend_is_its_amount() {
    let text = "Magnus is stopping the shop refit – the joiner came back £15k over and the lease ends in 2028.";
    let r = read_mill(text);
    assert_eq!(r.verdict, Some(Verdict::Stop), "{text}: {r:?}");
    assert_eq!(
        r.amount,
        super::test_names::whole(15_000, "GBP"),
        "{text}: {r:?}"
    );
}

/// "ok'd the p&c ask for 3 more Deputy kiosks, 4,500": a plain figure grouped in thousands
/// closing an approval's sentence after its comma is the money approved, as it is straight
/// after the thing's name ("mfa tokens for the techs 6,200"); without the approval it is
/// no money.
#[test]
fn a_plain_figure_closing_an_approval_after_its_comma_is_money() {
    let text = "ok'd the shop's ask for 3 more card readers, 4,500";
    let r = read_mill(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    assert_eq!(
        r.amount,
        super::test_names::whole(4_500, "GBP"),
        "{text}: {r:?}"
    );
    let text = "the shop sold 3 more card readers' worth of jumpers, 4,500";
    let r = read_mill(text);
    assert_eq!(r.amount, None, "{text}: {r:?}");
}

/// "Borehole: the drillers hit water at 140m yesterday 🎉 pump test on Monday": a depth
/// reached ("hit water at 140m", "drilled to 80m") is metres, no money, so the news is a
/// note; "approved at 140m" stays millions.
#[test]
fn a_depth_reached_in_metres_is_no_money() {
    for text in [
        "Mill borehole: the drillers hit water at 140m yesterday 🎉 pump test on Monday",
        "Mill borehole: they've drilled down to 80m now, pump test on Monday",
    ] {
        let r = read_mill(text);
        assert_eq!(r.amount, None, "{text}: {r:?}");
        assert_ne!(r.intent, Intent::Benefit, "{text}: {r:?}");
    }
}
