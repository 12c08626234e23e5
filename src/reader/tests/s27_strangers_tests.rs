//! Readings of forms from round S27's writers, the everyday register of IT investment
//! managers and their business partners in Slack and Discord (a car dealer group, a garden
//! centre chain, a gym chain), each worded here for another invented organisation.

use super::test_names::{directory, read_day_first_in, read_us, records, whole};
use super::*;
use crate::domain::Verdict;

/// A Wisconsin chain of bowling centers: the lanes, the bars and kitchens, the pro shop.
fn lanes_dir() -> StaticDirectory {
    directory(
        &[
            ("Lanes", &["Centers", "Bowling"]),
            ("Food & Bar", &["Kitchen", "Bar"]),
            ("IT", &["Tech"]),
        ],
        &[
            ("Lane Scoring Upgrade", "Lanes"),
            ("Pinsetter Overhaul", "Lanes"),
            ("Bar POS Refresh", "Food & Bar"),
            ("Laptop Refresh", "IT"),
        ],
    )
}

fn read_lanes(text: &str) -> Reading {
    read_us(text, "carla", "2026-12-03", &lanes_dir())
}

/// A Yorkshire chain of bakeries: the shops, the bakehouse, head office.
fn bakery_dir() -> StaticDirectory {
    directory(
        &[
            ("Shops", &["Retail"]),
            ("Bakehouse", &["Production"]),
            ("IT", &["Systems"]),
        ],
        &[
            ("Oven Sensors", "Bakehouse"),
            ("Till Replacement", "Shops"),
            ("Store Wi-Fi", "IT"),
        ],
    )
}

fn read_bakery(text: &str) -> Reading {
    read_day_first_in(text, "jo", "GBP", &bakery_dir())
}

/// After a record, a sentence of its own that opens on a verdict said of "the …" or "a …"
/// the record before never named ("They also turned down the bumper rail app — …", "No to
/// the second proving cabinet …", "Yes to the defibs …, £4,800") is another record, though
/// the directory has no name for its thing: it was read into the first, whose verdict it
/// took.
#[test]
fn a_sentence_opening_on_its_own_verdict_of_another_thing_is_another_record() {
    let text = "Board call this morning: they signed off the lane scoring upgrade for the two \
                Madison centers as well, $38k, since the pilot lanes are clearly busier. They \
                also turned down the bumper rail app — $40k a year is a lot for something the \
                desk does on paper.";
    let r = read_lanes(text);
    let all = records(&r);
    assert_eq!(all.len(), 2, "{text}: {r:?}");
    assert_eq!(all[0].verdict, Some(Verdict::Approve));
    assert_eq!(all[0].investment.as_deref(), Some("Lane Scoring Upgrade"));
    assert_eq!(all[0].amount, whole(38_000, "USD"));
    assert_eq!(
        all[0].rationale.as_deref(),
        Some("the pilot lanes are clearly busier")
    );
    assert_eq!(all[1].verdict, Some(Verdict::Reject));
    assert_eq!(all[1].investment.as_deref(), Some("bumper rail app"));
    let text = "From Jan: yes to the oven sensors for the Leeds and York shops, £14k, Tom to \
                book the fitters before the 18th. No to the second proving cabinet at \
                Harrogate, they can borrow one for Christmas.";
    let r = read_bakery(text);
    let all = records(&r);
    assert_eq!(all.len(), 2, "{text}: {r:?}");
    assert_eq!(all[0].verdict, Some(Verdict::Approve));
    assert_eq!(all[1].verdict, Some(Verdict::Reject));
    assert_eq!(all[1].investment.as_deref(), Some("second proving cabinet"));
    assert_eq!(
        all[1].rationale.as_deref(),
        Some("they can borrow one for Christmas")
    );
    let text = "Jan: no to the branded tote bags, £8k for something customers get free at the \
                market. Yes to the defibs for the 3 new shops, £4,800";
    let r = read_bakery(text);
    let all = records(&r);
    assert_eq!(all.len(), 2, "{text}: {r:?}");
    assert_eq!(all[1].verdict, Some(Verdict::Approve));
    assert_eq!(all[1].amount, whole(4_800, "GBP"));
    // The same thing said again is no other record.
    let text = "The exec signed off the lane scoring upgrade at $38k. They approved the scoring \
                upgrade without a vote.";
    assert!(read_lanes(text).also.is_empty(), "{text}");
}

/// One verdict said of two things each with its own price, "ok'd the extra 6 laptops for
/// the new shops, 8k, and the store wi-fi for them too, 12k": a record each, both approved,
/// each with its money (the second was read into the first, which kept only the first
/// price).
#[test]
fn one_verdict_of_two_priced_things_is_a_record_each() {
    let text = "Jan's ok'd the extra 6 laptops for the new shops, 8k, and the store wi-fi for \
                them too, 12k";
    let r = read_bakery(text);
    let all = records(&r);
    assert_eq!(all.len(), 2, "{text}: {r:?}");
    assert_eq!(all[0].verdict, Some(Verdict::Approve));
    assert_eq!(all[0].amount, whole(8_000, "GBP"));
    assert_eq!(all[1].verdict, Some(Verdict::Approve), "{text}: {r:?}");
    assert_eq!(all[1].investment.as_deref(), Some("Store Wi-Fi"));
    assert_eq!(all[1].amount, whole(12_000, "GBP"));
    // One price for both is one record.
    let text = "Jan's ok'd the oven sensors and the store wi-fi at 12k";
    assert!(read_bakery(text).also.is_empty(), "{text}");
    // A thing inside the reason is none of its own.
    let text = "Approved the oven sensors at £14k since the old probes failed, and the \
                bakehouse saved £3k";
    let r = read_bakery(text);
    assert!(
        r.also.iter().all(|x| x.verdict != Some(Verdict::Approve)),
        "{text}: {r:?}"
    );
}

/// The same with a plain figure on the left ("oven sensors for the night shift 6,200 and
/// the tills 7k"): the priced sibling makes it money, so both are records with their own
/// amount (the 6,200 was dropped and the whole read as one approval of 7k).
#[test]
fn a_plain_figure_before_a_priced_sibling_prices_its_own_record() {
    let text = "jan ok'd 2 things: oven sensors for the night shift 6,200 and the till \
                replacement 7k 🎉";
    let r = read_bakery(text);
    let all = records(&r);
    assert_eq!(all.len(), 2, "{text}: {r:?}");
    assert_eq!(all[0].investment.as_deref(), Some("Oven Sensors"));
    assert_eq!(all[0].amount, whole(6_200, "GBP"), "{text}: {r:?}");
    assert_eq!(all[1].investment.as_deref(), Some("Till Replacement"));
    assert_eq!(all[1].amount, whole(7_000, "GBP"), "{text}: {r:?}");
}

/// An item of bullets after steering that says nothing was decided but hands a task to a
/// handle with a date ("• wi-fi — no decision yet, @liam to bring two quotes by 18/12") is
/// a note of its own, with that due: it was taken for a "no change" item and dropped.
#[test]
fn a_no_decision_item_handing_a_task_to_a_handle_is_a_note() {
    let text = "Bakehouse review, Tue:\n• oven sensors — approved, £14k\n• tills — rescoped \
                to the 4 busiest shops, £60k, the rest go into next year's budget\n• wi-fi — \
                no decision yet, @liam to bring two quotes by 18/12";
    let r = read_bakery(text);
    let all = records(&r);
    assert_eq!(all.len(), 3, "{text}: {r:?}");
    assert_eq!(all[2].intent, Intent::Note);
    assert_eq!(all[2].investment.as_deref(), Some("Store Wi-Fi"));
    assert_eq!(all[2].due, "2026-12-18".parse().ok());
    // With no task, the item still says only that nothing changed.
    let text = "Bakehouse review, Tue:\n• oven sensors — approved, £14k\n• wi-fi — no \
                decision yet";
    assert!(read_bakery(text).also.is_empty(), "{text}");
}

/// "Summary of yesterday's ELT …", "Quick recap from yesterday's capital review …": a
/// lead-in naming a review, an ELT, a steering group, a sync or a huddle announces the
/// items of a meeting, so its day is every item's date, the later ones included.
#[test]
fn a_lead_in_naming_a_review_or_an_elt_dates_every_item() {
    let text = "Summary of yesterday's ELT for anyone who missed it. We've approved the till \
                replacement, £120k — the old tills freeze every Saturday. The store wi-fi gets \
                parked till May, IT can't run two big projects at once.";
    let r = read_bakery(text);
    let all = records(&r);
    assert_eq!(all.len(), 2, "{text}: {r:?}");
    assert_eq!(all[1].verdict, Some(Verdict::Defer));
    assert_eq!(all[1].date, "2026-11-26".parse().ok(), "{text}: {r:?}");
    let text = "Quick recap from yesterday's capital review with Kath and the centre managers, \
                for the record. We approved the lane scoring upgrade at $120k; the old scorers \
                freeze every Saturday. The bar POS refresh is on hold till April. And the \
                pinsetter overhaul goes ahead at all six centers, $16k.";
    let r = read_lanes(text);
    let all = records(&r);
    assert_eq!(all.len(), 3, "{text}: {r:?}");
    for x in &all[1..] {
        assert_eq!(x.date, "2026-12-02".parse().ok(), "{text}: {r:?}");
    }
}

/// "- loyalty cards: parked till Feb, the tills have to go in first": an item of minutes
/// is about what its label names, so a name said in its reason (the tills, the item
/// before's investment) does not fold it into the item before.
#[test]
fn an_items_label_names_what_it_is_about() {
    let text = "Shops sync today:\n- till replacement receipt printers: approved, £2k\n- \
                loyalty cards: parked till Feb, the tills have to go in first\n- @kim to pull \
                the footfall numbers for the board pack by Wed";
    let r = read_bakery(text);
    let all = records(&r);
    assert_eq!(all.len(), 3, "{text}: {r:?}");
    assert_eq!(all[0].verdict, Some(Verdict::Approve));
    assert_eq!(all[0].amount, whole(2_000, "GBP"));
    assert_eq!(all[1].verdict, Some(Verdict::Defer));
    assert_eq!(all[1].review_date, "2027-02-01".parse().ok());
    assert_eq!(all[2].intent, Intent::Note);
}

/// "Following up on Tuesday's finance committee, two things. We agreed to keep … into next
/// year …. And the till replacement budget goes up …": the lead-in ends before the first
/// sentence with a verdict, not before the verdict the whole message reads (the later
/// item's), so its one date is every item's.
#[test]
fn the_lead_in_ends_before_the_first_verdict() {
    let text = "Following up on Tuesday's finance committee, two things. We agreed to keep the \
                oven sensors going into next year — the bakehouse counts finally match and the \
                waste speaks for itself. And the till replacement budget goes up to £265k from \
                £235k, since the vendor wants the scales replaced too; @dana please get the \
                revised SOW signed by 15/12.";
    let r = read_bakery(text);
    let all = records(&r);
    assert_eq!(all.len(), 2, "{text}: {r:?}");
    assert_eq!(all[1].verdict, Some(Verdict::Rescope));
    assert_eq!(all[1].date, "2026-11-24".parse().ok(), "{text}: {r:?}");
}

/// "store wi-fi: Meraki it is, £48k, go-live April": a choice said as "<name> it is"
/// approves the item (it was read as a note). "What it is." and a sentence's first word
/// are no name.
#[test]
fn a_name_then_it_is_approves_the_choice() {
    let text = "Steering 1/12 — outcomes\n• till replacement: approved, £140k, the old tills \
                are out of support after June\n• store wi-fi: Meraki it is, £48k, go-live \
                April";
    let r = read_bakery(text);
    let all = records(&r);
    assert_eq!(all.len(), 2, "{text}: {r:?}");
    assert_eq!(all[1].verdict, Some(Verdict::Approve), "{text}: {r:?}");
    assert_eq!(all[1].investment.as_deref(), Some("Store Wi-Fi"));
    assert_eq!(all[1].amount, whole(48_000, "GBP"));
    let text = "Oven sensors are late again. It is what it is.";
    assert_eq!(read_bakery(text).verdict, None, "{text}");
}

/// "Pinsetter overhaul at Racine: let's revisit after the league season in March, …": a
/// look-again we set ourselves defers, as "revisit in March" at a clause's start does (it
/// was read as a note).
#[test]
fn lets_revisit_defers() {
    let text = "Pinsetter overhaul at Racine: let's revisit after the league season, the crew \
                can nurse the old machines till then";
    let r = read_lanes(text);
    assert_eq!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
    assert_eq!(r.investment.as_deref(), Some("Pinsetter Overhaul"));
}

/// "… let's revisit after the audit in February, they're mid-close. Same for the bar POS
/// refresh at Racine, look again in March.": "Same for" gives another thing the verdict
/// before, a record of its own with its own review date (the two were read as one).
#[test]
fn same_for_another_thing_is_another_record() {
    let text = "Laptop refresh for the accounting team — let's revisit after the year-end \
                audit in February, they're mid-close. Same for the bar POS refresh at Racine, \
                look again in March.";
    let r = read_lanes(text);
    let all = records(&r);
    assert_eq!(all.len(), 2, "{text}: {r:?}");
    assert_eq!(all[0].verdict, Some(Verdict::Defer));
    assert_eq!(all[0].investment.as_deref(), Some("Laptop Refresh"));
    assert_eq!(all[1].verdict, Some(Verdict::Defer));
    assert_eq!(all[1].investment.as_deref(), Some("Bar POS Refresh"));
    assert_eq!(all[1].review_date, "2027-03-01".parse().ok());
}

/// "The board would not fund the store wi-fi this year — …": money refused for the work is
/// a refusal of it, a record of its own after the approval before it (it was no verdict,
/// so the sentence was read into the next item).
#[test]
fn would_not_fund_refuses() {
    let text = "Notes from Monday's board. The till replacement is approved at £310k; the old \
                tills are out of support in March. The board would not fund the store wi-fi \
                this year — £85k a year is more than we can justify. Oven sensors were pushed \
                to April — nobody wants a change before Christmas.";
    let r = read_bakery(text);
    let all = records(&r);
    assert_eq!(all.len(), 3, "{text}: {r:?}");
    assert_eq!(all[1].verdict, Some(Verdict::Reject));
    assert_eq!(all[1].investment.as_deref(), Some("Store Wi-Fi"));
    assert_eq!(all[2].verdict, Some(Verdict::Defer));
    assert_eq!(all[2].investment.as_deref(), Some("Oven Sensors"));
    let text = "Finance won't fund the oven sensors, £22k for probes the bakers ignore";
    assert_eq!(read_bakery(text).verdict, Some(Verdict::Reject), "{text}");
    // A customer's refusal to pay is no decision of ours.
    let text = "Oven sensors: the shops say customers won't pay for fancier loaves anyway.";
    assert_ne!(read_bakery(text).verdict, Some(Verdict::Reject), "{text}");
}

/// ", the shops have asked for a stock-ordering app …": a unit said with "the" opening the
/// clause that asks is the asker, the new thing's unit, as "Shops have asked …" is (the
/// draft asked for a unit the message gives).
#[test]
fn the_unit_that_asks_is_the_new_things_unit() {
    for text in [
        "the shops have asked for a stock-ordering app for the counters, around £8k",
        "While I'm here, the shops have asked for a stock-ordering app, around £8k; it needs \
         a proper case first.",
    ] {
        let r = read_bakery(text);
        assert_eq!(r.intent, Intent::Investment, "{text}");
        assert_eq!(r.unit.as_deref(), Some("Shops"), "{text}: {r:?}");
        assert!(r.missing.is_empty(), "{text}: {r:?}");
    }
}
