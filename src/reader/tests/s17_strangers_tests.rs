//! Readings of forms from round S17's writers the reader had not met (a West Highland
//! salmon farmer in Scots, a Montana district court administration, an Ontario pulp and
//! paper mill's capital committee), worded here for a New Brunswick maple syrup co-operative:
//! "gave the … the green light", "said aye to the …", "Sales is dropping it", "leave it the
//! now, we'll pick it back up in March", a refusal's price and its case told in the next
//! sentence.

use super::test_names::{assert_reads, directory};
use super::*;
use crate::domain::Verdict;

/// A New Brunswick maple syrup co-operative: the sugarbush, the evaporator house, bottling,
/// sales, the office and the trucks.
fn dir() -> StaticDirectory {
    directory(
        &[
            ("Sugarbush", &["Bush", "Tapping"]),
            ("Evaporator House", &["Sugar Shack", "Boiling"]),
            ("Bottling", &["Packing"]),
            ("Sales", &["Marketing", "Retail"]),
            ("Office", &["Admin", "Accounts"]),
            ("Fleet", &["Trucks", "Drivers"]),
        ],
        &[
            ("Tubing Vacuum Monitors", "Sugarbush"),
            ("Sap Tank Level Sensors", "Sugarbush"),
            ("Reverse Osmosis Upgrade", "Evaporator House"),
            ("Evaporator Controls", "Evaporator House"),
            ("Bottling Line Labeller", "Bottling"),
            ("Online Shop Rebuild", "Sales"),
            ("Accounting Software Migration", "Office"),
            ("Truck Telematics", "Fleet"),
        ],
    )
}

/// Month-first dates and bare amounts in Canadian dollars.
fn settings() -> ReaderSettings {
    ReaderSettings {
        day_first: false,
        default_currency: crate::money::Currency::from_code("CAD").unwrap(),
    }
}

fn reads(text: &str, intent: Intent, verdict: Option<Verdict>) -> Reading {
    assert_reads(text, "josee", &dir(), settings(), intent, verdict)
}

/// `text` as Josée writes it on the tests' day, whatever it reads as.
fn read_syrup(text: &str) -> Reading {
    super::read(
        text,
        "josee",
        "2026-11-27".parse().unwrap(),
        &dir(),
        &settings(),
    )
    .unwrap()
}

/// "The board gave the evaporator controls the green light": the answer given to a thing
/// named between the verb and "the green light" (or "the go-ahead", "the nod") approves it;
/// "the green light" alone, with nobody giving it, is still no verdict.
#[test]
fn gave_the_thing_the_green_light_approves() {
    for text in [
        "The board gave the evaporator controls the green light on Monday, $85k.",
        "Directors gave the truck telematics the go-ahead last night, $140k.",
    ] {
        let r = reads(text, Intent::Decision, Some(Verdict::Approve));
        assert!(r.investment.is_some(), "{text}: {r:?}");
        assert!(r.amount.is_some(), "{text}: {r:?}");
    }
    let text = "The green light on the evaporator controls keeps flashing after a boil";
    let r = read_syrup(text);
    assert_eq!(r.verdict, None, "{text}: {r:?}");
}

/// "Directors said aye to the tank level sensors": "aye" is yes, so saying it to a thing
/// approves it.
#[test]
fn said_aye_to_approves() {
    let text = "Directors said aye to the sap tank level sensors yesterday, $12k for all four sugarbushes.";
    let r = reads(text, Intent::Decision, Some(Verdict::Approve));
    assert_eq!(
        r.investment.as_deref(),
        Some("Sap Tank Level Sensors"),
        "{r:?}"
    );
}

/// "Sales is dropping it": a unit or body dropping the work it names ("it", "them") stops
/// it, as "we're dropping it" does; the vacuum "is dropping" is a fault, no stop.
#[test]
fn a_body_dropping_it_stops() {
    let text = "Online shop rebuild - Sales is dropping it. Shopify already does what we need.";
    let r = reads(text, Intent::Decision, Some(Verdict::Stop));
    assert_eq!(
        r.investment.as_deref(),
        Some("Online Shop Rebuild"),
        "{r:?}"
    );
    let text = "Tubing vacuum monitors say the vacuum is dropping on the north slope again";
    let r = read_syrup(text);
    assert_eq!(r.verdict, None, "{text}: {r:?}");
}

/// "we'll pick it back up in March": the work resumes later, so it is put off till then.
#[test]
fn picked_back_up_later_defers() {
    let text = "Leave the bottling line labeller the now, we'll pick it back up in March.";
    let r = reads(text, Intent::Decision, Some(Verdict::Defer));
    assert_eq!(
        r.investment.as_deref(),
        Some("Bottling Line Labeller"),
        "{r:?}"
    );
    assert_eq!(r.review_date, Some("2027-03-01".parse().unwrap()), "{r:?}");
}

/// "Truck telematics — directors said no. $40k and the drivers already text …": the
/// sentence after the refusal opens with the price, joined by "and" to a clause whose
/// subject is a name or a plain noun: the case against it, the reason (convention 26).
#[test]
fn price_and_a_named_subject_after_a_refusal_is_its_reason() {
    for (text, reason) in [
        (
            "Truck telematics — directors said no. $40k and the drivers already text their stops in.",
            "$40k and the drivers already text their stops in",
        ),
        (
            "Accounts knocked back the accounting software migration. $65k and Sage does the job fine for now.",
            "$65k and Sage does the job fine for now",
        ),
    ] {
        let r = reads(text, Intent::Decision, Some(Verdict::Reject));
        assert_eq!(r.rationale.as_deref(), Some(reason), "{text}: {r:?}");
    }
}

fn read(text: &str) -> Reading {
    read_syrup(text)
}

/// "…, eh" closing a reason asks the reader to agree; it is no part of the case.
#[test]
fn a_closing_eh_is_no_part_of_the_reason() {
    let text = "Directors gave the evaporator controls the green light, $85k. The old panel is older than half the crew, eh.";
    let r = read(text);
    assert_eq!(
        r.rationale.as_deref(),
        Some("The old panel is older than half the crew"),
        "{r:?}"
    );
}

/// "until the new yr": the short "yr" is the year, so the look-again date is 1 January and
/// the time is no part of the reason.
#[test]
fn the_new_yr_is_the_new_year() {
    let text =
        "Truck telematics stays parked until the new yr, the dealer hasn't picked a platform.";
    let r = reads(text, Intent::Decision, Some(Verdict::Defer));
    assert_eq!(r.review_date, Some("2027-01-01".parse().unwrap()), "{r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("the dealer hasn't picked a platform"),
        "{r:?}"
    );
}

/// "asked for two more tapping drills": how many more is no part of the new thing's name;
/// "no $ yet" says it has no price, as "no numbers yet" does.
#[test]
fn a_count_of_more_and_no_dollars_yet() {
    let r = read("Bush crew asked for two more cordless tapping drills, $1,400 total");
    assert_eq!(r.intent, Intent::Investment, "{r:?}");
    assert_eq!(
        r.investment.as_deref(),
        Some("cordless tapping drills"),
        "{r:?}"
    );
    let r = read("Drivers want a dash cam setup, no $ yet");
    assert_eq!(r.intent, Intent::Investment, "{r:?}");
    assert_eq!(r.investment.as_deref(), Some("dash cam setup"), "{r:?}");
    assert_eq!(r.missing, vec![Missing::Amount], "{r:?}");
}

/// "Since the tubing monitors went in the crews find leaks in hours, …": a benefit's result
/// opened by "Since" and the work, with no comma, whose subject is a plural noun and whose
/// verb is a plain present no list holds, keeps its "Since" (convention 1 of the corpus).
#[test]
fn since_the_work_then_a_plural_subject_keeps_since() {
    let text = "Since the vacuum monitors went in the tapping crews find leaks in hours, not days, and we made about $9k more syrup.";
    let r = read(text);
    assert_eq!(r.intent, Intent::Benefit, "{r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("Since the vacuum monitors went in the tapping crews find leaks in hours, not days"),
        "{r:?}"
    );
}

/// "Evaporator controls - the province came through with a $20k energy grant so the board
/// ok'd it after all": money a funder came through with, told before a bare "so" and the
/// approval, after a label's dash, is the reason (convention 36).
#[test]
fn a_funders_money_before_a_bare_so_after_a_label_is_the_reason() {
    let text = "Evaporator controls - the province came through with a $20k energy grant so the board ok'd it after all";
    let r = reads(text, Intent::Decision, Some(Verdict::Approve));
    assert_eq!(
        r.rationale.as_deref(),
        Some("the province came through with a $20k energy grant"),
        "{r:?}"
    );
}

/// "Truck telematics - pulled the plug. The dealer can't get it reading our old trucks, and
/// we're not paying another $30k to find out if it ever will.": the next sentence's money
/// is money refused, part of the case, so the sentence is the stop's reason (convention 30).
#[test]
fn money_refused_in_the_next_sentence_stays_in_the_reason() {
    let text = "Truck telematics - pulled the plug. The dealer can't get it reading our old trucks, and we're not paying another $30k to find out if it ever will.";
    let r = reads(text, Intent::Decision, Some(Verdict::Stop));
    assert_eq!(
        r.rationale.as_deref(),
        Some("The dealer can't get it reading our old trucks, and we're not paying another $30k to find out if it ever will"),
        "{r:?}"
    );
}

/// "…, and we're not paying another $30K to find out if it ever will": the "K" of "$30K" is
/// the amount's thousands, not a person handed a task ("K to find out …").
#[test]
fn a_thousands_k_is_nobody_handed_a_task() {
    let text = "Truck telematics - pulled the plug. The dealer can't get it reading our old trucks, and we're not paying another $30K to find out if it ever will.";
    let r = reads(text, Intent::Decision, Some(Verdict::Stop));
    assert!(r.action.is_none(), "{r:?}");
    assert!(r.follow_ups.is_empty(), "{r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("The dealer can't get it reading our old trucks, and we're not paying another $30K to find out if it ever will"),
        "{r:?}"
    );
}

/// "<work> came in under, $18,200 instead of $22k 👍": the work's cost against what it was
/// to cost, news of it, no benefit realised.
#[test]
fn came_in_under_then_the_price_is_news() {
    let text = "Accounting software migration came in under, $18,200 instead of $22k 👍";
    let r = read(text);
    assert_eq!(r.intent, Intent::Note, "{r:?}");
    assert_eq!(
        r.investment.as_deref(),
        Some("Accounting Software Migration"),
        "{r:?}"
    );
    assert_eq!(r.amount, None, "{r:?}");
}

/// "The old pan warped twice in March and we lost a day's boil. So the backup evaporator
/// pan is approved, $28k.": the reason told first, the new thing is the subject of the
/// verdict's own sentence, not the reason's.
#[test]
fn the_new_thing_is_the_verdicts_sentences_subject() {
    let text = "The old pan warped twice in March and we lost a day's boil. So the backup evaporator pan is approved, $28k.";
    let r = reads(text, Intent::Decision, Some(Verdict::Approve));
    assert_eq!(
        r.investment.as_deref(),
        Some("backup evaporator pan"),
        "{r:?}"
    );
    assert_eq!(
        r.rationale.as_deref(),
        Some("The old pan warped twice in March and we lost a day's boil"),
        "{r:?}"
    );
}

/// "…, approved at $42k. We lost three weeks of sap on slow leak finds last year, that's
/// $30k right there.": a total worked out in a later sentence than the verdict's, which
/// gives its own amount, is the reason's figure, not what was approved.
#[test]
fn a_later_sentences_worked_total_is_not_the_approved_amount() {
    let text = "Tubing vacuum monitors go in before the spring run, approved at $42k. We lost three weeks of sap on slow leak finds last year, that's $30k right there.";
    let r = reads(text, Intent::Decision, Some(Verdict::Approve));
    assert_eq!(r.amount, super::test_names::whole(42_000, "CAD"), "{r:?}");
}

/// "Evaporator controls - we keep giving'r.": Canadian for keeping going full tilt, so the
/// work goes on.
#[test]
fn keep_giving_her_continues() {
    let text = "Evaporator controls - we keep giving'r. Caught two scorched pans before they happened this spring.";
    let r = reads(text, Intent::Decision, Some(Verdict::Continue));
    assert_eq!(
        r.investment.as_deref(),
        Some("Evaporator Controls"),
        "{r:?}"
    );
}
