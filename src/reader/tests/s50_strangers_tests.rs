//! Readings of forms from round S50's writers, the Slack recaps and terse lines of a
//! Louisiana crawfish farm, a Liverpool private-hire taxi firm and a Singapore kopitiam
//! group, each worded here for another invented organisation.

use super::test_names::{directory, read_day_first_in, read_us, whole};
use super::*;
use crate::domain::Verdict;

/// A Mississippi catfish farm: the ponds, the processing plant and the office, in dollars.
fn catfish_dir() -> StaticDirectory {
    directory(
        &[
            ("Ponds", &["Farm"]),
            ("Processing", &["Plant"]),
            ("Office", &["Books"]),
            ("People", &["HR"]),
        ],
        &[
            ("Worker Housing Upgrade", "People"),
            ("Pond Aerators", "Ponds"),
            ("Fillet Line", "Processing"),
            ("Payroll System", "Office"),
        ],
    )
}

fn read_catfish(text: &str) -> Reading {
    read_us(text, "lorene", "2026-11-27", &catfish_dir())
}

/// A Kent hop farm: the hop gardens, the oast house and the office, in pounds.
fn hop_dir() -> StaticDirectory {
    directory(
        &[
            ("Hop Gardens", &["Gardens"]),
            ("Oast House", &["Kilns"]),
            ("Office", &["Accounts"]),
        ],
        &[
            ("Kiln Burners", "Oast House"),
            ("Hop Picking Machine", "Hop Gardens"),
            ("Accounts Software", "Office"),
        ],
    )
}

fn read_hop(text: &str) -> Reading {
    read_day_first_in(text, "bryony", "GBP", &hop_dir())
}

/// "the H-2B housing renovation …, $19k instead of the $41k": a visa class, a model or a
/// form written as letters, a hyphen and a number with a letter ("H-2A", "H-1B", "F-550",
/// "I-9") is a code, not money, and the figures around it stay the message's.
#[test]
fn a_code_of_letters_and_a_figure_is_no_money() {
    let text = "We're cutting the H-2B housing back to just the two old trailers, $24k instead of the $40k for all four.";
    let r = read_catfish(text);
    assert_eq!(r.amount, whole(24_000, "USD"), "{text}: {r:?}");
    let text =
        "Worker housing upgrade approved at $31,000 so the H-2B crew has somewhere dry by March.";
    let r = read_catfish(text);
    assert_eq!(r.amount, whole(31_000, "USD"), "{text}: {r:?}");
}

/// "thats roughly $900 a week we was giving away": money said by the week is a year's money
/// (52 weeks), as money said by the month is twelve months' (convention 38).
#[test]
fn money_by_the_week_is_a_years_money() {
    let text = "new aerators been running a month now, fish are feeding all night. thats about $500 a week less in feed we was wasting";
    let r = read_catfish(text);
    assert_eq!(r.intent, Intent::Benefit, "{text}: {r:?}");
    assert_eq!(r.amount, whole(26_000, "USD"), "{text}: {r:?}");
    let text = "The new kiln burners are saving us £300 per week on gas.";
    let r = read_hop(text);
    assert_eq!(r.amount, whole(15_600, "GBP"), "{text}: {r:?}");
}

/// "Tony's fine with Macca's plan to put a second screen on every control desk, £4,800",
/// "Jeremy fine with Kumar plan to upgrade the outlet wifi, $14k": the thing is what the
/// plan does, not whose plan it is.
#[test]
fn someones_plan_to_do_a_thing_names_the_thing() {
    let text = "Lorene's fine with Dwayne's plan to put a feed blower on every truck, $6,200.";
    let r = read_catfish(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    assert_eq!(
        r.investment.as_deref(),
        Some("feed blower"),
        "{text}: {r:?}"
    );
    let text =
        "Gareth is fine with Tom plan to upgrade the oast wifi, £3k, Tom to do it by end Jan.";
    let r = read_hop(text);
    assert_eq!(r.investment.as_deref(), Some("oast wifi"), "{text}: {r:?}");
}

/// "Boss ok with the kopi machines for all 22 outlets, $96k total", "Jeremy fine with …":
/// the copula left out after a name opening the sentence, as Singapore writers do, is the
/// same passed-on assent as "Jeremy's fine with …".
#[test]
fn a_name_fine_with_a_priced_thing_without_is_approves() {
    let text = "Morning all. Boss ok with the new kiln burners for both oasts, £48k total — the old ones keep tripping.";
    let r = read_hop(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    assert_eq!(
        r.investment.as_deref(),
        Some("Kiln Burners"),
        "{text}: {r:?}"
    );
    assert_eq!(r.amount, whole(48_000, "GBP"), "{text}: {r:?}");
    let text = "Gareth fine with the hop picking machine at £9,500, he says the belts are done.";
    let r = read_hop(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    assert_eq!(r.decided_by.as_deref(), Some("Gareth"), "{text}: {r:?}");
}

/// "she ok with it at $28,500 provided it can do GIRO deduction": assent to "it" priced
/// straight after by "at" approves the thing the sentence named before.
#[test]
fn fine_with_it_at_a_price_approves() {
    let text = "Gareth came back to me on the accounts software — he's ok with it at £6,500 provided it can do the VAT returns.";
    let r = read_hop(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    assert_eq!(
        r.investment.as_deref(),
        Some("Accounts Software"),
        "{text}: {r:?}"
    );
    assert_eq!(r.amount, whole(6_500, "GBP"), "{text}: {r:?}");
}

/// "We're done with that payroll app. Paid $2,400 for the setup and it still can't handle
/// piece-rate pay": money paid for a thing we are done with is money sunk in it, a stop.
#[test]
fn done_with_a_thing_paid_for_stops_it() {
    let text = "We're done with that payroll system. Paid $1,800 for the setup and it still can't do the weekly piece rates. Back to the bookkeeper doing it.";
    let r = read_catfish(text);
    assert_eq!(r.verdict, Some(Verdict::Stop), "{text}: {r:?}");
    assert_eq!(
        r.investment.as_deref(),
        Some("Payroll System"),
        "{text}: {r:?}"
    );
    assert_eq!(r.amount, whole(1_800, "USD"), "{text}: {r:?}");
}

/// "Cooler expansion phase 2 — cutting it down to just a bigger compressor, $6,500 not the
/// $21k full build": work cut down to a part of it is rescoped, at the new figure said
/// before "not the" old one.
#[test]
fn work_cut_down_to_a_part_is_rescoped_at_the_new_figure() {
    let text = "Kiln burners — cutting it down to just the one oast, £6,500 not the £21k full job.";
    let r = read_hop(text);
    assert_eq!(r.verdict, Some(Verdict::Rescope), "{text}: {r:?}");
    assert_eq!(r.amount, whole(6_500, "GBP"), "{text}: {r:?}");
}

/// "We're cutting the H-2B housing renovation back to just the two older trailers — roofs
/// and AC only, $19k instead of the $41k for all four": the work named between the verb and
/// its "back to" is cut to a part of it, a rescope at the new figure.
#[test]
fn cutting_the_named_work_back_to_a_part_is_rescoped() {
    let text = "We're cutting the hop picking machine back to just a new belt and drive — £4k instead of the £15k rebuild.";
    let r = read_hop(text);
    assert_eq!(r.verdict, Some(Verdict::Rescope), "{text}: {r:?}");
    assert_eq!(
        r.investment.as_deref(),
        Some("Hop Picking Machine"),
        "{text}: {r:?}"
    );
    assert_eq!(r.amount, whole(4_000, "GBP"), "{text}: {r:?}");
}

/// "Rice combine: Russell wants to push that to next year, the old John Deere made it
/// through harvest fine": a wish to move the work to a later time, said by whoever decides,
/// puts it off (convention 21).
#[test]
fn wanting_to_push_the_work_to_a_time_defers_it() {
    let text = "Fillet line: Dwayne wants to push that to next year, the old skinner got us through the season fine.";
    let r = read_catfish(text);
    assert_eq!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
    assert_eq!(
        r.investment.as_deref(),
        Some("Fillet Line"),
        "{text}: {r:?}"
    );
    assert_eq!(
        r.review_date,
        Some("2027-01-01".parse().unwrap()),
        "{text}: {r:?}"
    );
}

/// "We drop the ceiling fan replacement. $9k already spent on 4 outlets but …": "we drop"
/// said of the thing, the present as second-language writers tell a decision, stops it.
#[test]
fn we_drop_the_thing_stops_it() {
    let text = "We drop the fillet line. $14k already spent but the skinner still jams, not worth.";
    let r = read_catfish(text);
    assert_eq!(r.verdict, Some(Verdict::Stop), "{text}: {r:?}");
    assert_eq!(
        r.investment.as_deref(),
        Some("Fillet Line"),
        "{text}: {r:?}"
    );
    assert_eq!(r.amount, whole(14_000, "USD"), "{text}: {r:?}");
}

/// "ok denise yes on the dashcams for the trucks, 4 x $250, marcus handle it": "yes on the
/// <thing>", as "no on the" refuses, approves it, after a name the answer is given to.
#[test]
fn yes_on_the_thing_approves_it() {
    let text = "ok lorene yes on the feed blowers for the trucks, $1,800, dwayne handle it";
    let r = read_catfish(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    assert_eq!(
        r.investment.as_deref(),
        Some("feed blowers"),
        "{text}: {r:?}"
    );
}

/// "Tenant billing system go ahead as planned, UAT next week": the base form, as
/// second-language writers write "goes ahead as planned", carries the work on.
#[test]
fn go_ahead_as_planned_continues() {
    let text = "Fillet line go ahead as planned, commissioning next week.";
    let r = read_catfish(text);
    assert_eq!(r.verdict, Some(Verdict::Continue), "{text}: {r:?}");
}

/// "Yolanda got the ok from Russell on a new ice machine for the peeling room, $9,800",
/// "Dean got the nod from Tony for a second diagnostics kit, £2,600": the yes got from the
/// one who decides, for or on the thing after it, approves that thing, that one's.
#[test]
fn got_the_ok_from_someone_for_a_thing_approves_it() {
    let text = "Quick rundown from the oast. Tom got the nod from Gareth for a new moisture meter, £2,600, the old one reads all over the place.";
    let r = read_hop(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    assert_eq!(
        r.investment.as_deref(),
        Some("moisture meter"),
        "{text}: {r:?}"
    );
    assert_eq!(r.decided_by.as_deref(), Some("Gareth"), "{text}: {r:?}");
}

/// "jeremy say ok to cctv for the 3 new outlets, 12k, kumar can proceed": someone who
/// decides said to "say ok" (or "said yes") to the thing approves it, theirs; the go-ahead
/// told to the one doing it after is its follow-up, no continue.
#[test]
fn someone_say_ok_to_the_thing_approves_it() {
    let text = "gareth say ok to the moisture meter for the 2 new oasts, 12k, tom can proceed";
    let r = read_hop(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    assert_eq!(
        r.investment.as_deref(),
        Some("moisture meter"),
        "{text}: {r:?}"
    );
}
