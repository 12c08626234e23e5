//! Round R42: the rationale's misses on the training corpus sorted by cause (seventh pass),
//! and the recurring causes fixed, each worded here for another invented organisation: a
//! group of craft bakeries across the Yorkshire Wolds.

use super::test_names::{directory, read_day_first_in};
use super::*;

/// Bakeries in Malton, Driffield and Pocklington: the bakehouse, the shops, the office.
fn bakery_dir() -> StaticDirectory {
    directory(
        &[
            ("Bakehouse", &["Ovens"]),
            ("Shops", &["Retail"]),
            ("Office", &["IT"]),
        ],
        &[
            ("Deck Oven", "Bakehouse"),
            ("Proving Cabinets", "Bakehouse"),
            ("Online Orders", "Office"),
            ("Van Tracking", "Shops"),
            ("Shop Tills", "Shops"),
        ],
    )
}

fn read_bakery(text: &str) -> Reading {
    read_day_first_in(text, "martha", "GBP", &bakery_dir())
}

/// "…, 88k, goes in over the xmas shutdown", "…, £86,500 to Calderys, booked in for the
/// Christmas shutdown", "… US$86,000 for the Probat, landed at Kingston", "the repeater on
/// Te Henga goes first": after an approval, when and how the work arrives is its plan, not
/// why; a reason told in the next sentence is read instead.
#[test]
fn when_the_approved_work_arrives_is_no_reason() {
    for (text, why) in [
        (
            "Jim gave the thumbs up on the deck oven, 42k, goes in over the Easter shutdown 🙌",
            None,
        ),
        (
            "Jim's signed off the deck oven this morning, £42,000 to Rondo, booked in for the Easter shutdown. About time, the old one was dropping 30 degrees every time the door opened.",
            Some("the old one was dropping 30 degrees every time the door opened"),
        ),
        (
            "Jim approved the proving cabinets — £18,000 for the pair, delivered to Malton. The old ones split two batches of sourdough last month and we nearly lost the hotel order",
            Some("The old ones split two batches of sourdough last month and we nearly lost the hotel order"),
        ),
        (
            "Board 28/11:\n- shop tills: approved, £14k, the Driffield shop goes first\n- new van: declined, £38k is a lot for a van we use twice a week",
            None,
        ),
    ] {
        let r = read_bakery(text);
        assert_eq!(r.rationale.as_deref(), why, "{text}: {r:?}");
    }
}

/// "Right, a wee note from me on the settlement portal now it's been running a full
/// quarter. Skippers are getting … , and we've stopped printing and posting about 900
/// statements a month. …", "Hey team, circling back on the NYC box office — … it's night
/// and day. Line times at will-call went from 25 mins to under 5, and we figure that's worth
/// …": a benefit's first sentence of news, with nothing counted in it, is no evidence when
/// the sentence after it counts the result; the counted clauses are, up to the money's.
#[test]
fn a_counted_result_after_a_sentence_of_news_is_the_evidence() {
    for (text, why) in [
        (
            "Right, a quick note from me on the online orders now they've been running a full quarter. Customers are getting their collection texts the night before instead of ringing the shop, and we've stopped printing about 600 order slips a month. Between the paper and Jo's time that's near enough £400 a month we're no longer spending.",
            "we've stopped printing about 600 order slips a month",
        ),
        (
            "Hey all, circling back on the Malton shop — we ran the new shop tills through the Christmas rush and honestly it's night and day. Queue times at lunch went from 12 mins to under 4, and we reckon that's worth something like £9k a year in staff hours. Full write-up coming Friday.",
            "Queue times at lunch went from 12 mins to under 4",
        ),
        (
            "Good afternoon,\n\nOn behalf of the bakehouse: the deck oven replacement is complete and the numbers are in. Since the new oven went in, gas use is down 30% and we have not had a single burnt batch this winter, compared with five last winter. Gas savings are running at approximately £600 per month.\n\nBest,\nJo",
            "Since the new oven went in, gas use is down 30% and we have not had a single burnt batch this winter, compared with five last winter",
        ),
    ] {
        let r = read_bakery(text);
        assert_eq!(r.rationale.as_deref(), Some(why), "{text}: {r:?}");
    }
}

/// "Nigel's happy to put £6k into the puppy school room at Dorking, for mats, gates and a
/// sink. We're turning away about 15 puppy bookings a month, mostly because …", "…, four
/// lads through CISRS with a trainer. We can't find experienced scaffolders …", "*On hold*
/// until *March* — the visualization wall for the library. Facilities hasn't confirmed the
/// floor loading.": a clause with no verb after an approval or a hold names what the money
/// buys or which thing it is; the next sentence, when it gives a reason, is why.
#[test]
fn what_the_money_buys_gives_way_to_the_reason_after_it() {
    for (text, why) in [
        (
            "Jim's happy to put £6k into the shop tills at Malton, for scanners, scales and a card reader. We're losing about 20 customers a week at lunch, mostly because the only till we have jams on card payments. @sam to order the scanners by 11/12.",
            "We're losing about 20 customers a week at lunch, mostly because the only till we have jams on card payments",
        ),
        (
            "Jim's happy to put £24k into the apprentice scheme for next year, three bakers through the NVQ with a trainer. We can't find trained bakers for love nor money, largely because the older hands are retiring faster than anyone's coming in.",
            "We can't find trained bakers for love nor money, largely because the older hands are retiring faster than anyone's coming in",
        ),
        (
            "*On hold* until *March* — the online orders for the wholesale side. The bank hasn't confirmed the card provider.",
            "The bank hasn't confirmed the card provider",
        ),
    ] {
        let r = read_bakery(text);
        assert_eq!(r.rationale.as_deref(), Some(why), "{text}: {r:?}");
    }
}

/// "Jury text notifications cut no-shows from 18% to 6% on the Dec panel, we summoned 120
/// fewer people, roughly $4,100 …", "power was out 4 days and we kept the drydock pumps
/// running the whole time, no flooding, no idle crews - call it $600k saved": a benefit's
/// results joined by commas are its evidence together, from the first counted one (less the
/// work's name opening it, a date in it kept) to the clause before the money.
#[test]
fn results_joined_by_commas_are_read_together() {
    for (text, why) in [
        (
            "Van tracking cut missed drops from 9% to 2% on the Dec rounds, we sent out 40 fewer replacement loaves, roughly £1,100 in flour and fuel.",
            "cut missed drops from 9% to 2% on the Dec rounds, we sent out 40 fewer replacement loaves",
        ),
        (
            "the deck oven earned its keep in the storm. power was out 2 days and we kept the dough fridges cold the whole time, no lost dough, no idle bakers - call it £6k saved",
            "power was out 2 days and we kept the dough fridges cold the whole time, no lost dough, no idle bakers",
        ),
    ] {
        let r = read_bakery(text);
        assert_eq!(r.rationale.as_deref(), Some(why), "{text}: {r:?}");
    }
}

/// "temp roof kit budget down to £48k from £70k, we'll hire the beams for the big jobs",
/// "service bay budget trimmed to $260k from $320k, we'll keep the old hoist in bay 1": after
/// a rescope's figures, what the writer will do instead of the part cut is why it can be
/// cut.
#[test]
fn what_we_will_do_instead_after_a_cut_is_the_reason() {
    for (text, why) in [
        (
            "proving room budget down to £18k from £25k, we'll hire a second cabinet for the busy weeks",
            "we'll hire a second cabinet for the busy weeks",
        ),
        (
            "deck oven budget trimmed to £60k from £75k, we'll keep the old oven for the pies",
            "we'll keep the old oven for the pies",
        ),
    ] {
        let r = read_bakery(text);
        assert_eq!(r.verdict, Some(Verdict::Rescope), "{text}: {r:?}");
        assert_eq!(r.rationale.as_deref(), Some(why), "{text}: {r:?}");
    }
}

/// "IT-358 Request: second ticketing server for DR\nTeam: IT\nResolution: Won't Do\nPriya:
/// $46k for a box that sits idle, …": in a ticket's lines, the commenter's name before a
/// colon opens the line the reason is read from; it is who said it, no part of it.
#[test]
fn a_commenters_name_opening_the_line_is_no_part_of_the_reason() {
    let text = "IT-41 Request: second card reader for the Malton shop\nTeam: Office\nResolution: Won't Do\nJo: £900 for a reader that sits in a drawer, the first one covers the queue";
    let r = read_bakery(text);
    assert_eq!(
        r.rationale.as_deref(),
        Some("£900 for a reader that sits in a drawer, the first one covers the queue"),
        "{r:?}"
    );
}

/// "Steve still wants the second bay but not until the drainage consent comes through, so
/// that bit is parked until we look at it again on 5 February.", "Craig still wants the
/// full upgrade but not before the ERP shows us …, so it stays parked till we review it on 8
/// February.": a hold's "until we look at it again on <day>" is when to look again (its
/// review date), not why; the clause before the ", so" is.
#[test]
fn a_holds_review_day_gives_way_to_the_reason_before_it() {
    let dir = directory(
        &[("Shops", &["Retail"])],
        &[("Van Wash Bay", "Shops"), ("Shop Tills", "Shops")],
    );
    let text = "Quick one on the van wash bay as a few of you asked. Jim still wants the second bay but not until the planning consent comes through, so that bit is parked until we look at it again on 5 February.";
    let r = read_day_first_in(text, "martha", "GBP", &dir);
    assert_eq!(
        r.rationale.as_deref(),
        Some("Jim still wants the second bay but not until the planning consent comes through"),
        "{r:?}"
    );
}

/// "Them kiln carts are so wore out the wheels come off two of 'em last week …. Buck okayed
/// new kiln carts, twenty of 'em from the welding shop in Buckhannon, $31,000.": with no
/// reason after it, what the money buys gives way to the sentence before the verdict.
#[test]
fn what_the_money_buys_gives_way_to_the_reason_before_it() {
    let text = "Them bread trays are so wore out the handles come off two of 'em last week and dumped a rack of loaves on the floor. Jim okayed new bread trays, sixty of 'em from the baking tin works in Hull, £3,100.";
    let r = read_bakery(text);
    assert_eq!(
        r.rationale.as_deref(),
        Some("Them bread trays are so wore out the handles come off two of 'em last week and dumped a rack of loaves on the floor"),
        "{r:?}"
    );
}

/// "Abandoned calls at Madison went from 14% to 3% since the switch, and …", "HSE came
/// round in October and went away happy for the first time since I've been here, no
/// improvement notice this time, which …": in a benefit, a "since" after a counted change
/// or "for the first time" says from when, not why; the result before it is the evidence,
/// with the since-clause.
#[test]
fn since_after_a_counted_result_is_from_when_not_why() {
    for (text, why) in [
        (
            "The new shop tills paid off faster than I thought. Abandoned baskets at Malton went from 9% to 2% since the switch, and Jo figures that's about 40 sales a week we'd otherwise have lost, call it £6k.",
            "Abandoned baskets at Malton went from 9% to 2% since the switch",
        ),
        (
            "The proving cabinets have earned their keep. The hygiene inspector came round in October and went away happy for the first time since I've been here, no improvement notice this time, which would've cost us £2k in cleaners like the last one did.",
            "The hygiene inspector came round in October and went away happy for the first time since I've been here, no improvement notice this time",
        ),
    ] {
        let r = read_bakery(text);
        assert_eq!(r.rationale.as_deref(), Some(why), "{text}: {r:?}");
    }
}

/// "seawater intake rebuild means no more trucking salt mix in for the big tank, ~$4k a
/// month saved", "The new cabins at the RSE housing mean we kept all 42 Vanuatu workers …,
/// no agency top-up needed, saved roughly $26k": what the work "means" is its result, the
/// first clause after the verb.
#[test]
fn what_the_work_means_is_the_evidence() {
    for (text, why) in [
        (
            "deck oven rebuild means no more buying in pies for the weekend markets, ~£400 a month saved",
            "no more buying in pies for the weekend markets",
        ),
        (
            "The new proving cabinets at Malton mean we kept all 12 wholesale customers through the winter instead of losing 3 to the supermarket, no overtime needed, saved roughly £5k",
            "we kept all 12 wholesale customers through the winter instead of losing 3 to the supermarket",
        ),
    ] {
        let r = read_bakery(text);
        assert_eq!(r.rationale.as_deref(), Some(why), "{text}: {r:?}");
    }
}

/// "Pager swap means we've cancelled the old paging network contract, $7,200 a year saved":
/// a payment let go for a saving, told as the only result, is the benefit's reason after
/// "means" too (convention 94, round R62; this test asked for none before the convention).
#[test]
fn a_payment_let_go_after_means_is_the_evidence() {
    let r = read_bakery(
        "Van tracking means we've cancelled the old courier contract, £3,200 a year saved.",
    );
    assert_eq!(
        r.rationale.as_deref(),
        Some("we've cancelled the old courier contract"),
        "{r:?}"
    );
}
