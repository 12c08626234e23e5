//! Round L38: the records after a message's first — items of a list answered tersely, a
//! heading whose verdict is its items', a result told as "already showing" after the
//! decisions, and a task closing a summary of several decisions — each worded here for
//! another invented organisation (a small chain of garden centres), and each set against
//! words where the same shape holds no record of its own.

use super::test_names::{directory, read_day_first_in, records};
use super::*;
use crate::domain::Verdict;

/// A chain of garden centres posting in its Slack: the shops, the nursery, the office.
fn garden_dir() -> StaticDirectory {
    directory(
        &[
            ("Stores", &["Shops", "Retail"]),
            ("Nursery", &["Growing"]),
            ("Office", &["Finance", "IT"]),
        ],
        &[
            ("Tills Replacement", "Office"),
            ("Polytunnel Extension", "Nursery"),
            ("Loyalty App", "Stores"),
            ("Delivery Van", "Stores"),
            ("Irrigation System", "Nursery"),
        ],
    )
}

fn read_garden(text: &str) -> Reading {
    read_day_first_in(text, "ruth", "GBP", &garden_dir())
}

/// The verdicts of every record read, in order.
fn verdicts_of(r: &Reading) -> Vec<Option<Verdict>> {
    records(r).iter().map(|r| r.verdict).collect()
}

/// "2) Expense card tool: Won't Do – Concur does it already": an issue tracker's
/// resolution said as an item's answer after its label refuses it, as "Resolution: Won't
/// Do" does; "won't do" going on to say what is not done answers no item.
#[test]
fn an_items_wont_do_after_its_label_refuses_it() {
    let text = "Capex asks – Nursery\n1) Irrigation system: approved, £38,000\n2) Polytunnel extension: Won't Do – the old one is half empty";
    let r = read_garden(text);
    assert_eq!(
        verdicts_of(&r),
        [Some(Verdict::Approve), Some(Verdict::Reject)],
        "{text}: {r:?}"
    );
    assert_eq!(
        r.also[0].investment.as_deref(),
        Some("Polytunnel Extension"),
        "{r:?}"
    );
    let r = read_garden("Mark: won't do the van run today, his back's gone again");
    assert_ne!(r.verdict, Some(Verdict::Reject), "{r:?}");
}

/// "influencer mgmt tool 🚫": a no-entry sign after the item named refuses it, as a tick
/// approves it; one opening a line names no item.
#[test]
fn a_no_entry_sign_after_an_item_refuses_it() {
    let text = "exec call today:\ntills replacement approved £55k\nloyalty app 🚫";
    let r = read_garden(text);
    assert_eq!(
        verdicts_of(&r),
        [Some(Verdict::Approve), Some(Verdict::Reject)],
        "{text}: {r:?}"
    );
    assert_eq!(
        r.also[0].investment.as_deref(),
        Some("Loyalty App"),
        "{r:?}"
    );
    // A line of its own ending on its verdict is a record of its own, though the directory
    // does not know the thing it names.
    let text = "exec call today:\nloyalty app +1 for another yr\nstaff discount cards 🚫\ntills replacement approved £55k";
    let r = read_garden(text);
    assert_eq!(
        verdicts_of(&r),
        [
            Some(Verdict::Continue),
            Some(Verdict::Reject),
            Some(Verdict::Approve)
        ],
        "{text}: {r:?}"
    );
    let r = read_garden("🚫 no parking in the yard tomorrow, the van's loading");
    assert_ne!(r.verdict, Some(Verdict::Reject), "{r:?}");
}

/// "- the gift shop Mama wanted …, no, we're a sawmill": in an item of a list, a bare "no"
/// between commas after the thing answers it, as ", yes," does; in a sentence of chat it is
/// no verdict.
#[test]
fn a_bare_no_after_a_listed_thing_refuses_it() {
    let text = "Went down the list with Sam:\n- irrigation system, yes, £37,000, it'll pay for itself by June\n- the café Mum wanted for the plant shop, no, we're a garden centre";
    let r = read_garden(text);
    assert_eq!(
        verdicts_of(&r),
        [Some(Verdict::Approve), Some(Verdict::Reject)],
        "{text}: {r:?}"
    );
    assert!(
        r.also[0]
            .investment
            .as_deref()
            .is_some_and(|i| i.contains("café")),
        "{r:?}"
    );
    let r = read_garden("Called Sam about the van, no, he hasn't picked one yet");
    assert_ne!(r.verdict, Some(Verdict::Reject), "{r:?}");
}

/// "shopify store +1 for another yr": a chat "+1" (a yes) to a further term goes on with
/// the running thing, as "gets another year" does; a "+1" to a plan is no verdict.
#[test]
fn a_plus_one_for_another_year_goes_on() {
    let text = "exec call today:\nloyalty app +1 for another yr\ntills replacement 🚫\nirrigation system approved £55k";
    let r = read_garden(text);
    assert_eq!(
        verdicts_of(&r),
        [
            Some(Verdict::Continue),
            Some(Verdict::Reject),
            Some(Verdict::Approve)
        ],
        "{text}: {r:?}"
    );
    let r = read_garden("+1 for Sam's idea of a stall at the county show");
    assert_ne!(r.verdict, Some(Verdict::Continue), "{r:?}");
}

/// "Care Centre asks, signed off by Ruth:\n- body lifts: approved, £24k\n- …": a heading
/// that says who signed its items off, over items each with a verdict of its own, is no
/// record of its own: its items are.
#[test]
fn a_heading_signed_off_over_items_with_verdicts_is_no_record() {
    let text = "Stores asks, signed off by Ruth:\n- loyalty app: approved, £24k\n- delivery van: approved, £6k\n- tills replacement: not now, look again in May";
    let r = read_garden(text);
    let names: Vec<_> = records(&r)
        .iter()
        .map(|r| (r.investment.as_deref(), r.verdict))
        .collect();
    assert_eq!(
        names,
        [
            (Some("Loyalty App"), Some(Verdict::Approve)),
            (Some("Delivery Van"), Some(Verdict::Approve)),
            (Some("Tills Replacement"), Some(Verdict::Defer)),
        ],
        "{text}: {r:?}"
    );
    // Things the directory lacks are the heading unit's, the first item's too.
    let text = "Nursery asks, signed off by Ruth:\n- seed tray washer: approved, £4k\n- potting bench: approved, £2k";
    let r = read_garden(text);
    let units: Vec<_> = records(&r).iter().map(|r| r.unit.as_deref()).collect();
    assert_eq!(units, [Some("Nursery"), Some("Nursery")], "{text}: {r:?}");
}

/// "And the new mixers are already showing: we're getting two extra mixes an hour …, about
/// £2k a month less overtime": after the decisions, work told as already showing its
/// result, with the money of it, is a benefit of its own.
#[test]
fn a_result_already_showing_after_decisions_is_a_record_of_its_own() {
    let text = "Sorry, long one. Ruth has signed off the delivery van, £7k, after the drivers picked the Transit in the trial. We're parking the loyalty app until February, no one wants it in the Christmas rush. And the new irrigation system is already showing: we're losing far fewer plants in the tunnels, about £2k a month less plant waste.";
    let r = read_garden(text);
    let all = records(&r);
    assert_eq!(all.len(), 3, "{text}: {r:?}");
    assert_eq!(all[2].intent, Intent::Benefit, "{r:?}");
    assert_eq!(
        all[2].investment.as_deref(),
        Some("Irrigation System"),
        "{r:?}"
    );
    // "already showing up:" too.
    let text = "Sorry, long one. Ruth has signed off the delivery van, £7k, after the drivers picked the Transit in the trial. We're parking the loyalty app until February, no one wants it in the Christmas rush. And the irrigation system's already showing up: we're losing far fewer plants in the tunnels, about £2k a month less plant waste.";
    assert_eq!(records(&read_garden(text)).len(), 3, "{text}");
    // One record told with its result straight after stays one.
    let text = "Ruth has signed off the delivery van, £7k; the trial one is already showing up on every round.";
    assert_eq!(records(&read_garden(text)).len(), 1, "{text}");
}

/// "… The shower block refurb is on hold till April; …. @gareth to get crane hire costs for
/// the gap by 11/12.": closing a summary of several decisions, a task handed to a handle
/// after a decision that puts work off is not that work's (nothing is done on work put
/// off): a note of its own, on the work decided to go ahead.
#[test]
fn a_task_closing_a_summary_after_work_put_off_is_a_note_of_its_own() {
    let text = "Right, summary from Wednesday's board. They signed off the polytunnel extension at £385k – the old one blew down in the storm. The tills replacement is on hold till April; the money isn't there this winter. @gareth to get crane hire costs for the gap by 11/12.";
    let r = read_garden(text);
    let all = records(&r);
    assert_eq!(all.len(), 3, "{text}: {r:?}");
    assert_eq!(all[1].due, None, "{r:?}");
    assert_eq!(all[2].intent, Intent::Note, "{r:?}");
    assert_eq!(all[2].due, "2026-12-11".parse().ok(), "{r:?}");
    assert_eq!(
        all[2].investment.as_deref(),
        Some("Polytunnel Extension"),
        "{r:?}"
    );
    // After work that goes ahead, the task is that work's.
    let text = "Right, summary from Wednesday's board. They signed off the polytunnel extension at £385k – the old one blew down in the storm. The tills replacement is approved too, £40k. @gareth to book the install by 11/12.";
    let r = read_garden(text);
    let all = records(&r);
    assert_eq!(all.len(), 2, "{text}: {r:?}");
    assert_eq!(all[1].due, "2026-12-11".parse().ok(), "{r:?}");
}

/// "| Request | Outcome | £ | Why |\n|---|---|---|---|\n| Air conditioning … | Approved |
/// 41,000 | … |\n| Hillsborough car park | Rejected | 65,000 | we lease it |": a table
/// pasted as text, each row with a verdict a record of its own; the header rows are none.
#[test]
fn each_row_of_a_pasted_table_with_a_verdict_is_a_record() {
    let text = "Nursery requests, outcome of Monday's review:\n\n| Request | Outcome | £ | Why |\n|---|---|---|---|\n| Mist benches, tunnel 3 | Approved | 41,000 | half the cuttings died in July |\n| Staff car park | Rejected | 65,000 | we lease it |\n| Seed tray washer | Deferred (review Sept) | 12,000 | |";
    let r = read_garden(text);
    assert_eq!(
        verdicts_of(&r),
        [
            Some(Verdict::Approve),
            Some(Verdict::Reject),
            Some(Verdict::Defer)
        ],
        "{text}: {r:?}"
    );
    assert!(
        r.investment
            .as_deref()
            .is_some_and(|i| i.to_lowercase().contains("mist benches")),
        "{r:?}"
    );
    // The bare figures under the header's "£" are the rows' amounts.
    let amounts: Vec<_> = records(&r).iter().map(|r| r.amount).collect();
    assert_eq!(
        amounts,
        [
            test_names::whole(41_000, "GBP"),
            test_names::whole(65_000, "GBP"),
            test_names::whole(12_000, "GBP")
        ],
        "{r:?}"
    );
}

/// "Mart: the weighbridge job has slipped to January, …; @huw let the hauliers know by
/// Monday. And the roof over the sale pens – members said no after all, £28k …": news of
/// one thing, then a sentence opening on "And" with a verdict on another, is two records,
/// as with "Also"; of the same thing it goes on with the same record.
#[test]
fn and_opening_a_decision_after_news_of_another_thing_is_another_record() {
    let text = "Tills: the install has slipped to January, the engineer is booked solid; @huw let the shops know by Monday. And the staff car park resurfacing – the directors said no after all, £28k for a car park we lease.";
    let r = read_garden(text);
    let all = records(&r);
    assert_eq!(all.len(), 2, "{text}: {r:?}");
    assert_eq!(all[0].intent, Intent::Note, "{r:?}");
    assert_eq!(all[1].verdict, Some(Verdict::Reject), "{r:?}");
    let text = "Tills — the engineer can come the week of the 14th, @kev clear the counter by the 11th. An' the gaffer's OK'd the seed tray washer an' all, another £6,800, cos the old one leaks.";
    let r = read_garden(text);
    assert_eq!(records(&r).len(), 2, "{text}: {r:?}");
    // Of the same thing, it is the news's own verdict.
    let text = "Tills: the install has slipped to January, the engineer is booked solid. And the tills replacement is now a no from the directors, £28k for tills we like.";
    assert_eq!(records(&read_garden(text)).len(), 1, "{text}");
}

/// "We're putting the laptop refresh off until March, the suppliers can't get stock": "put
/// … off" with the thing between, then the time waited for, defers it (so the sentence is
/// a record of its own after a decision); lights put off are no deferral.
#[test]
fn putting_a_thing_off_until_a_time_defers_it() {
    let text = "Ruth's signed off the delivery van, £11k, after the drivers picked the Transit in the trial. We're putting the loyalty app off until March, the developer can't start before then anyway.";
    let r = read_garden(text);
    assert_eq!(
        verdicts_of(&r),
        [Some(Verdict::Approve), Some(Verdict::Defer)],
        "{text}: {r:?}"
    );
    assert_eq!(
        r.also[0].investment.as_deref(),
        Some("Loyalty App"),
        "{r:?}"
    );
    let r = read_garden("Can someone put the lights off in tunnel 3 at night, the timer's broken");
    assert_ne!(r.verdict, Some(Verdict::Defer), "{r:?}");
}

/// "We've agreed the second deck oven at £68k; the old one is dropping a deck most weeks and
/// we're binning whole trays of sourdough when it does.": a stop of goods each time a thing
/// happens is the decision's reason, no record of its own; binning work is a stop.
#[test]
fn binning_goods_each_time_it_happens_is_a_reason_not_a_stop() {
    let text = "We've agreed the polytunnel extension at £68k; the old tunnel leaks most weeks and we're binning whole trays of seedlings when it does. The tills replacement waits till April, the landlord still won't say.";
    let r = read_garden(text);
    assert_eq!(
        verdicts_of(&r),
        [Some(Verdict::Approve), Some(Verdict::Defer)],
        "{text}: {r:?}"
    );
    let r = read_garden("We're binning the loyalty app, nobody used it.");
    assert_eq!(r.verdict, Some(Verdict::Stop), "{r:?}");
}

/// "Handling system extended to the Nant-y-moch pens, £23k, approved by the members by email
/// yesterday": the verdict said with who gave it, after the thing and its money, is the
/// thing's, though the deciders' word names another investment ("members", the Member App).
#[test]
fn a_verdict_said_by_whom_after_the_thing_is_the_things() {
    let dir = directory(
        &[("Flock", &["Livestock"]), ("Office", &["Admin"])],
        &[
            ("Handling System Upgrade", "Flock"),
            ("Member App", "Office"),
        ],
    );
    let text = "Handling system extended to the top pens, £23k, approved by the members by email yesterday";
    let r = read_day_first_in(text, "ruth", "GBP", &dir);
    assert_eq!(records(&r).len(), 1, "{text}: {r:?}");
    assert_eq!(
        r.investment.as_deref(),
        Some("Handling System Upgrade"),
        "{r:?}"
    );
}

/// "I've agreed to keep the managed backup service going at £11k a year. It's the only
/// reason we'd survive a ransomware hit given we said no to the SOC.": a decision told
/// after "given", the reason for the record before, is no record of its own.
#[test]
fn a_decision_told_as_a_given_is_no_record() {
    let text = "I've agreed to keep the loyalty app going at £11k a year. It's the only reason we'd survive a bad winter given we said no to the tills replacement.";
    let r = read_garden(text);
    assert_eq!(records(&r).len(), 1, "{text}: {r:?}");
    assert_eq!(r.verdict, Some(Verdict::Continue), "{r:?}");
    let r = read_garden("Given the numbers, we said no to the tills replacement.");
    assert_eq!(r.verdict, Some(Verdict::Reject), "{r:?}");
}

/// "For the record, from yesterday's exec: we've approved …. The HR system is on hold …. And
/// store Wi-Fi goes ahead …": the day of the meeting named before the first verdict is the
/// date of every decision after it, as a heading's is.
#[test]
fn the_meeting_named_before_the_first_verdict_dates_the_later_decisions() {
    let text = "Morning all. For the record, from yesterday's exec: we've approved the polytunnel extension at £260k, the old one leaks. The tills replacement is on hold till after the April pay review. And the loyalty app goes ahead in all 18 shops, £54k.";
    let r = read_garden(text);
    let dates: Vec<_> = records(&r).iter().map(|r| r.date).collect();
    let day = "2026-11-26".parse().ok();
    assert_eq!(dates, [day, day, day], "{text}: {r:?}");
    // A meeting told in a reason, with no day of its own, dates nothing.
    let text = "Two changes agreed by Ruth: the loyalty app continues, the shops took 18% more per head at the November meeting; the tills replacement is parked until April because the new supplier isn't chosen yet";
    let r = read_garden(text);
    assert_eq!(r.date, None, "{text}: {r:?}");
}
