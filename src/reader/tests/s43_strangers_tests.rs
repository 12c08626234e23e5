//! Readings of forms from round S43's writers, the long Slack paragraphs and terse Discord
//! lines of a Chelmsford ice rink, a Kansas electric co-op and a Naivasha flower farm, each
//! worded here for another invented organisation.

use super::test_names::{directory, read_day_first_in, read_us, whole};
use super::*;
use crate::domain::Verdict;

/// An Idaho hop farm: the fields, the kiln, sales, HR, in dollars.
fn hops_dir() -> StaticDirectory {
    directory(
        &[
            ("Field Ops", &["Fields"]),
            ("Kiln", &["Drying"]),
            ("Sales", &["Growers"]),
            ("HR", &["Payroll", "People"]),
        ],
        &[
            ("Hop Picker Replacement", "Field Ops"),
            ("Drip Lines", "Field Ops"),
            ("Kiln Controls", "Kiln"),
            ("Grower Portal", "Sales"),
            ("Payroll System", "HR"),
        ],
    )
}

fn read_hops(text: &str) -> Reading {
    read_us(text, "casey", "2026-12-04", &hops_dir())
}

/// A Nakuru dairy processor: the plant, milk collection, finance, in shillings.
fn dairy_dir() -> StaticDirectory {
    directory(
        &[
            ("Processing", &["Plant"]),
            ("Collection", &["Milk Collection"]),
            ("Finance", &["Accounts"]),
            ("HR", &["Human Resources"]),
        ],
        &[
            ("Yoghurt Line", "Processing"),
            ("Milk Cooler Network", "Collection"),
            ("ERP System", "Finance"),
        ],
    )
}

fn read_dairy(text: &str) -> Reading {
    read_day_first_in(text, "wambui", "KES", &dairy_dir())
}

/// A Bath climbing centre: the walls, bookings, IT, in pounds.
fn climb_dir() -> StaticDirectory {
    directory(
        &[
            ("Walls", &["Setting", "Routes"]),
            ("Bookings", &["Front Desk"]),
            ("IT", &["Systems"]),
        ],
        &[
            ("Auto Belay Upgrade", "Walls"),
            ("Booking App", "Bookings"),
            ("Laptop Refresh", "IT"),
        ],
    )
}

fn read_climb(text: &str) -> Reading {
    read_day_first_in(text, "ffion", "GBP", &climb_dir())
}

/// "grading machine aprvd 14.8M": a bare figure with decimals and a capital "M" is
/// millions, never thousands of metres ("2,500m of corridor" still is metres).
#[test]
fn a_bare_figure_with_decimals_before_its_m_is_millions() {
    let text = "yoghurt line approved 12.5M, the old filler leaks every shift";
    let r = read_dairy(text);
    assert_eq!(r.amount, whole(12_500_000, "KES"), "{text}: {r:?}");
    let text = "yoghurt line aprvd 14.8M 🎉 we cant keep up with the school orders";
    let r = read_dairy(text);
    assert_eq!(r.amount, whole(14_800_000, "KES"), "{text}: {r:?}");
}

/// "skate school app is dead in the water. 9k in and …", "We have decided to abandon the
/// ERP migration.": work going nowhere, or abandoned, is stopped.
#[test]
fn work_dead_in_the_water_or_abandoned_is_stopped() {
    let text = "grower portal is dead in the water. $14k in and the growers still phone their \
                orders in";
    let r = read_hops(text);
    assert_eq!(r.verdict, Some(Verdict::Stop), "{text}: {r:?}");
    assert_eq!(r.amount, whole(14_000, "USD"), "{text}: {r:?}");
    let text = "We have decided to abandon the yoghurt line. The supplier has missed two \
                delivery dates and the cups still leak.";
    let r = read_dairy(text);
    assert_eq!(r.verdict, Some(Verdict::Stop), "{text}: {r:?}");
    assert_eq!(
        r.investment.as_deref(),
        Some("Yoghurt Line"),
        "{text}: {r:?}"
    );
}

/// "done with the chatbot, 11k spent and it just tells people to call us": terse chat
/// opening on "done with the …", with the money sunk, stops it; "done with the audit" alone
/// is work finished.
#[test]
fn done_with_opening_terse_chat_with_money_sunk_stops() {
    let text = "done with the grower portal, 14k spent and the growers still phone their \
                orders in";
    let r = read_hops(text);
    assert_eq!(r.verdict, Some(Verdict::Stop), "{text}: {r:?}");
    assert_eq!(
        r.investment.as_deref(),
        Some("Grower Portal"),
        "{text}: {r:?}"
    );
    let text = "done with the kiln controls training, everyone's signed off";
    let r = read_hops(text);
    assert_ne!(r.verdict, Some(Verdict::Stop), "{text}: {r:?}");
}

/// "We will not be doing the drone spraying trial that the rep pitched — …": refused.
#[test]
fn we_will_not_be_doing_refuses() {
    let text = "We will not be doing the solar dryer the installer pitched — $90k for \
                something we'd use in August only.";
    let r = read_hops(text);
    assert_eq!(r.verdict, Some(Verdict::Reject), "{text}: {r:?}");
}

/// "We are scaling down solar phase two to the packhouse roof only — KSh 7M instead of
/// KSh 19M": scaled down, as "scaling back" is.
#[test]
fn scaling_down_rescopes() {
    let text = "We are scaling down the kiln controls to kiln 2 only — $40k instead of $95k — \
                since kiln 1 comes out next year.";
    let r = read_hops(text);
    assert_eq!(r.verdict, Some(Verdict::Rescope), "{text}: {r:?}");
    assert_eq!(r.amount, whole(40_000, "USD"), "{text}: {r:?}");
}

/// "We are keeping it as is — …", "We're keeping them — the $9k a year is less than …":
/// the work kept as it is goes on; "keeping them posted" keeps nothing of ours.
#[test]
fn work_kept_as_it_is_goes_on() {
    let text = "Booking app: we're keeping it as is — it costs £90 a month and the regulars \
                know where everything is.";
    let r = read_climb(text);
    assert_eq!(r.verdict, Some(Verdict::Continue), "{text}: {r:?}");
    let text = "Grower portal renewal came up. We're keeping them, the $4k a year is less than \
                a week of phone orders.";
    let r = read_hops(text);
    assert_eq!(r.verdict, Some(Verdict::Continue), "{text}: {r:?}");
    let text = "The auto belay supplier is late again, we're keeping them posted on the wall \
                closure.";
    let r = read_climb(text);
    assert_ne!(r.verdict, Some(Verdict::Continue), "{text}: {r:?}");
}

/// "HR have suggested a creche …, no budget yet", "floated a text-to-pay option …, no
/// number on it yet": a thing asked for with no price yet is proposed.
#[test]
fn a_thing_with_no_budget_or_number_yet_is_proposed() {
    let text = "HR have suggested a staff shuttle for the night shift, no budget yet";
    let r = read_dairy(text);
    assert_eq!(r.intent, Intent::Investment, "{text}: {r:?}");
    assert_eq!(
        r.investment.as_deref(),
        Some("staff shuttle"),
        "{text}: {r:?}"
    );
    let text = "Field ops floated a drone sprayer for the top blocks, no number on it yet";
    let r = read_hops(text);
    assert_eq!(r.intent, Intent::Investment, "{text}: {r:?}");
}

/// "Nyambura wants the staff bus held, the union is still negotiating …", "Beth wants the
/// OMS mobile module held until the new fiscal year, budget's tapped": a hold wanted with
/// its reason is passed on, theirs; the bare wish is not.
#[test]
fn a_hold_wanted_with_its_reason_is_passed_on() {
    let text = "Wanjiku wants the ERP system held, the auditors are still in the building";
    let r = read_dairy(text);
    assert_eq!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
    assert_eq!(r.decided_by.as_deref(), Some("Wanjiku"), "{text}: {r:?}");
    let text = "Dave wants the kiln controls held until March, cash's tight";
    let r = read_hops(text);
    assert_eq!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
    assert_eq!(r.decided_by.as_deref(), Some("Dave"), "{text}: {r:?}");
    let text = "Dave wants the kiln controls held";
    let r = read_hops(text);
    assert_ne!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
}

/// "beth signed off on the digger derrick", "travis ok'd swapping the 2 oldest bucket
/// trucks": the lowercase name opening the line decided; "payroll swap aprvd 6k" names the
/// work, not a decider.
#[test]
fn lowercase_deciders_and_subjects_that_are_the_work() {
    let text = "dave signed off on the hop picker, 380k, the old one threw a chain twice";
    let r = read_hops(text);
    assert_eq!(r.decided_by.as_deref(), Some("dave"), "{text}: {r:?}");
    let text = "dave ok'd replacing the drip lines on the north block, 60k, they leak at every \
                joint";
    let r = read_hops(text);
    assert_eq!(r.decided_by.as_deref(), Some("dave"), "{text}: {r:?}");
    let text = "payroll swap aprvd 5k, the old one can't do the overtime rules";
    let r = read_hops(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    assert_eq!(r.decided_by, None, "{text}: {r:?}");
}

/// "approved at KSh 38M — during the October heatwave … the Dutch buyers rejected 140 boxes
/// for botrytis": goods turned back in the reason after a dash are no refusal.
#[test]
fn goods_turned_back_after_a_dash_are_no_refusal() {
    let text = "The milk cooler network is approved at KSh 20M — in the dry season the trucks \
                were late and the plant rejected 30 cans for acidity.";
    let r = read_dairy(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
}

/// "the stem counting cameras are off, 2.1M spent and they miscount …": the thing said to
/// be off, with the money sunk in it right after, is stopped; "the lights are off" is not.
#[test]
fn a_thing_off_with_its_money_sunk_is_stopped() {
    let text = "the grower portal is off, $14k spent and the growers still phone their orders in";
    let r = read_hops(text);
    assert_eq!(r.verdict, Some(Verdict::Stop), "{text}: {r:?}");
    assert_eq!(r.amount, whole(14_000, "USD"), "{text}: {r:?}");
    let text = "kiln 2 burners are off, the fan belt went again";
    let r = read_hops(text);
    assert_ne!(r.verdict, Some(Verdict::Stop), "{text}: {r:?}");
}

/// "The dehumidifier is going in — £64k, …": a thing going in, priced right after, is
/// approved; "the boards are going in on Tuesday" only says when.
#[test]
fn a_thing_going_in_at_a_price_is_approved() {
    let text = "The auto belay upgrade is going in — £18k, because two of the old units failed \
                their service.";
    let r = read_climb(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    assert_eq!(r.amount, whole(18_000, "GBP"), "{text}: {r:?}");
    let text = "The auto belay upgrade is going in on Tuesday.";
    let r = read_climb(text);
    assert_ne!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
}

/// "… knocked us onto the laptops for six hours and that's not happening again": what
/// happened, not to recur, is no refusal of the work approved before it.
#[test]
fn not_happening_again_is_no_refusal() {
    let text = "Good news from Dave: the kiln controls are a go at $48k. The fan failed twice \
                in harvest and that's not happening again.";
    let r = read_hops(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    assert_eq!(r.decided_by.as_deref(), Some("Dave"), "{text}: {r:?}");
}

/// "anything under $4k is fine", "anything up to 250k is fine" in a pasted thread: a
/// ceiling said to be fine gives the go-ahead, and "anything" names no thing.
#[test]
fn anything_under_a_ceiling_is_fine_approves() {
    let text = "[06:40] Dave: the sprayer pump on the north block has died again\n[06:52] \
                Casey: replace it, don't rebuild it. anything under $3k is fine";
    let r = read_hops(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    assert_eq!(r.amount, whole(3_000, "USD"), "{text}: {r:?}");
    let text = "[06:40] Dave: the sprayer pump on the north block has died again\n[06:52] \
                Casey: replace it. anything up to $3k is fine";
    let r = read_hops(text);
    assert_ne!(r.investment.as_deref(), Some("anything"), "{text}: {r:?}");
}

/// "Heard back from Malcolm on the solar. He's happy for us to go ahead at £86k": the
/// verdict heard from someone is theirs, as "Good news from …" is.
#[test]
fn a_verdict_heard_back_from_someone_is_theirs() {
    let text = "Heard back from Dave on the kiln controls. He's happy for us to go ahead at \
                $48k.";
    let r = read_hops(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    assert_eq!(r.decided_by.as_deref(), Some("Dave"), "{text}: {r:?}");
}

/// "go on then, the kids' skate aids … are approved": the grudging yes opening the line is
/// no part of the new thing's name.
#[test]
fn go_on_then_is_no_part_of_a_name() {
    let text = "go on then, the chalk buckets for the kids' wall are approved, £400, they keep \
                spilling the loose stuff";
    let r = read_climb(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    assert_eq!(
        r.investment.as_deref(),
        Some("chalk buckets"),
        "{text}: {r:?}"
    );
}

/// "they can do the pipework in the summer shutdown if we order by April", "They can
/// deliver in February if we order before Christmas": an order placed in time is the
/// condition of their offer, no deadline of ours.
#[test]
fn a_date_we_must_order_by_in_a_condition_is_no_due() {
    let text = "Sat down with the kiln controls people on Tuesday — they can fit it in the \
                summer if we order by April.";
    let r = read_hops(text);
    assert_eq!(r.intent, Intent::Note, "{text}: {r:?}");
    assert_eq!(r.due, None, "{text}: {r:?}");
}

/// "Engineering put in for a mobile substation …: $1.2M. Priya figures it saves us …, about
/// $180k a year, and they last 30 years": a unit's ask for a new thing is a proposal, the
/// saving it is said to bring its yearly benefit.
#[test]
fn put_in_for_a_new_thing_is_a_proposal_whatever_it_saves() {
    let text = "Kiln put in for a second dryer floor for the big harvest weeks: $240k. Dave \
                figures it saves us renting space at the co-op, about $60k a year, and it \
                should last 20 years.";
    let r = read_hops(text);
    assert_eq!(r.intent, Intent::Investment, "{text}: {r:?}");
    assert_eq!(r.amount, whole(240_000, "USD"), "{text}: {r:?}");
    assert_eq!(r.annual_benefit, whole(60_000, "USD"), "{text}: {r:?}");
}

/// "We cannot start building before Valentine's — every hand is on harvest — so we shall
/// revisit on 15 March": the look-again after "so" is the review date, after a dash too.
#[test]
fn a_look_again_after_so_is_the_review_date() {
    let text = "The yoghurt line is on hold. We cannot install before the long rains — every \
                fitter is on the coolers — so we shall revisit on 15 March.";
    let r = read_dairy(text);
    assert_eq!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
    assert_eq!(r.review_date, "2027-03-15".parse().ok(), "{text}: {r:?}");
}

/// "scada paid off again in nov, … about $40k in callouts": a benefit is money already
/// counted; the month said in it is when, never a deadline.
#[test]
fn a_month_in_a_benefit_is_when_it_was_counted_not_a_due() {
    let text = "kiln controls paid off again in nov, we dried 3 lots without a night shift, \
                about $12k in overtime";
    let r = read_hops(text);
    assert_eq!(r.intent, Intent::Benefit, "{text}: {r:?}");
    assert_eq!(r.due, None, "{text}: {r:?}");
    assert_eq!(r.date, "2026-11-01".parse().ok(), "{text}: {r:?}");
}

/// "The pole replacement crews are getting cut from four to two for the winter — $610k
/// instead of $1.2M": a count cut, with its new money set against the old, is a rescope;
/// "cut from 40 to 12 a week" alone stays a result.
#[test]
fn a_count_cut_with_its_money_instead_of_the_old_is_a_rescope() {
    let text = "The drip lines crews are getting cut from three to one for the winter — $20k \
                instead of $55k through March — because the ground is frozen.";
    let r = read_hops(text);
    assert_eq!(r.verdict, Some(Verdict::Rescope), "{text}: {r:?}");
    assert_eq!(r.amount, whole(20_000, "USD"), "{text}: {r:?}");
    let text = "kiln controls paid off, wet lots cut from 40 to 12 a week, about $9k a month";
    let r = read_hops(text);
    assert_ne!(r.verdict, Some(Verdict::Rescope), "{text}: {r:?}");
}
