//! Verdicts, intents and numbers missed on strangers' wording (round V49), each worded
//! for an invented village cricket club in the Yorkshire Dales, and set against the same
//! words recording something else.

use super::test_names::{directory, read_day_first_in, whole};
use super::*;
use crate::domain::Verdict;

/// A village cricket club: the ground, the bar, the juniors, the committee.
fn club_dir() -> StaticDirectory {
    directory(
        &[
            ("Ground", &["Groundstaff"]),
            ("Bar", &["Clubhouse"]),
            ("Juniors", &["Colts"]),
            ("Committee", &["Treasurer"]),
        ],
        &[
            ("Scoreboard Replacement", "Ground"),
            ("Nets Upgrade", "Juniors"),
            ("Pavilion Roof", "Ground"),
            ("Bar Tills", "Bar"),
            ("Membership App", "Committee"),
            ("Tea Stand Extension", "Bar"),
        ],
    )
}

fn read_club(text: &str) -> Reading {
    read_day_first_in(text, "hattie", "GBP", &club_dir())
}

/// Convention 57 (b): a registered thing approved at a new figure "rather than" or
/// "instead of" its old, bigger one is cut back, a rescope at the new figure, as 62 labels
/// read it; a new thing approved below its ask is approved at the figure (nothing
/// registered to cut).
#[test]
fn a_registered_things_new_figure_instead_of_its_old_one_is_a_rescope() {
    for (text, pounds) in [
        (
            "Scoreboard replacement approved — going with the LED panel option at £18k up front + £90/mo rather than the £45k full screen.",
            18_000,
        ),
        (
            "Committee tonight: nets upgrade small version approved, only £9k instead of £21k, just the two bays.",
            9_000,
        ),
    ] {
        let r = read_club(text);
        assert_eq!(r.intent, Intent::Decision, "{text}: {r:?}");
        assert_eq!(r.verdict, Some(Verdict::Rescope), "{text}: {r:?}");
        assert_eq!(r.amount, whole(pounds, "GBP"), "{text}: {r:?}");
    }
    let text = "Committee approved a bowling machine for the colts but only £6k instead of £9k, the juniors share it with the seconds.";
    let r = read_club(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    assert_eq!(r.amount, whole(6_000, "GBP"), "{text}: {r:?}");
}

/// Convention 57 (a): someone taking a cost on ("he'll wear the £14k") approves the thing
/// at that money; "won't wear it" is a reason, no approval.
#[test]
fn a_cost_taken_on_approves_at_that_money() {
    for text in [
        "Graham rang about the pavilion roof — he'll wear the £14k as long as the lead flashing is done too.",
        "Pavilion roof: the treasurer says we'll swallow the £14k, it can't go another winter.",
    ] {
        let r = read_club(text);
        assert_eq!(r.intent, Intent::Decision, "{text}: {r:?}");
        assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
        assert_eq!(r.amount, whole(14_000, "GBP"), "{text}: {r:?}");
    }
    let text = "Membership app: scrapping it, the older members won't wear it.";
    let r = read_club(text);
    assert_eq!(r.verdict, Some(Verdict::Stop), "{text}: {r:?}");
}

/// Convention 57 (a): money the accounts write off is bookkeeping, a note; our own
/// "writing the app off" gives the work up.
#[test]
fn a_write_off_booked_by_the_accounts_is_a_note() {
    let text =
        "Membership app - we're out £12k on it all told. The treasurer's writing it off in March.";
    let r = read_club(text);
    assert_eq!(r.intent, Intent::Note, "{text}: {r:?}");
    assert_eq!(r.verdict, None, "{text}: {r:?}");
    assert_eq!(r.amount, None, "{text}: {r:?}");
    let text = "the app company went bust. so that's that, we're writing the membership app off";
    let r = read_club(text);
    assert_eq!(r.verdict, Some(Verdict::Stop), "{text}: {r:?}");
}

/// "Ricky priced out a sand screener …, about $42,000. Figures it saves us around $9k a
/// year …, and it should go 12 years", "Ballpark £380k, and they reckon £120k a year extra
/// … for 15 years": a price, then a yearly sum someone reckons it will bring, is a proposal
/// with its benefit, not a benefit realised; a yearly sum reckoned saved so far still is.
#[test]
fn a_price_then_a_yearly_sum_reckoned_is_a_proposal() {
    for (text, cost, yearly, years) in [
        (
            "Jonty priced out a new roller for the square, about £18,000. Reckons it saves us around £3k a year on hiring one in, and it should go 10 years.",
            18_000,
            3_000,
            10,
        ),
        (
            "The bar lads are after a second glass washer. Ballpark £4,000, and they reckon £1,500 a year extra on function nights for 8 years.",
            4_000,
            1_500,
            8,
        ),
    ] {
        let r = read_club(text);
        assert_eq!(r.intent, Intent::Investment, "{text}: {r:?}");
        assert_eq!(r.amount, whole(cost, "GBP"), "{text}: {r:?}");
        assert_eq!(r.annual_benefit, whole(yearly, "GBP"), "{text}: {r:?}");
        assert_eq!(r.years, Some(years), "{text}: {r:?}");
    }
    let text = "The bar tills have paid off: the treasurer reckons they've saved us £2,000 a year in miscounted floats since March.";
    let r = read_club(text);
    assert_eq!(r.intent, Intent::Benefit, "{text}: {r:?}");
}

/// "HR chatbot – approved at S$95k by the CHRO this morning. HR helpdesk overtime was S$5k
/// a month last year.": money by the month said as what a cost was is the reason's figure,
/// no yearly benefit of the approval; said as saved, it is one.
#[test]
fn a_cost_told_as_what_it_was_is_no_yearly_benefit() {
    let text = "Bar tills approved at £6k by the committee last night. Float miscounts were £400 a month last season.";
    let r = read_club(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    assert_eq!(r.amount, whole(6_000, "GBP"), "{text}: {r:?}");
    assert_eq!(r.annual_benefit, None, "{text}: {r:?}");
    let text = "Bar tills approved at £6k by the committee last night, saving about £400 a month in float miscounts.";
    let r = read_club(text);
    assert_eq!(r.annual_benefit, whole(4_800, "GBP"), "{text}: {r:?}");
}

/// "Dave wants the farm stand expansion held till March, he's not borrowing for it": a
/// meeting's word ("stand", "demo", "call") naming what the thing is for, before the thing's
/// own noun, is no meeting moved; "the sponsors' demo has moved to Tuesday" still is.
#[test]
fn a_meeting_word_inside_a_things_name_is_no_meeting_moved() {
    let text = "Graham wants the tea stand extension held till March, he's not borrowing for it with rates where they are";
    let r = read_club(text);
    assert_eq!(r.intent, Intent::Decision, "{text}: {r:?}");
    assert_eq!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
    let text = "The sponsors' demo has moved to Tuesday.";
    let r = read_club(text);
    assert_eq!(r.verdict, None, "{text}: {r:?}");
}

/// "Am we keepin' the sand reclaimer on the full shift pattern? Ar, we am.": a question
/// whose verb is the verdict ("are we keeping …", "are we scrapping …"), answered yes in the
/// next sentence, gives that verdict; a question of anything else answered yes does not.
#[test]
fn a_question_whose_verb_is_the_verdict_answered_yes_gives_it() {
    for (text, verdict) in [
        (
            "Am we keepin' the bar tills on the service contract? Ar, we am. They've not lost a night's takings all season.",
            Verdict::Continue,
        ),
        (
            "Are we keeping the membership app on the full plan? Yes, we are — it's the only way the parents pay subs on time.",
            Verdict::Continue,
        ),
        (
            "Are we scrapping the membership app? Yep. Nobody under sixty ever opened it.",
            Verdict::Stop,
        ),
    ] {
        let r = read_club(text);
        assert_eq!(r.intent, Intent::Decision, "{text}: {r:?}");
        assert_eq!(r.verdict, Some(verdict), "{text}: {r:?}");
    }
    let text = "Are we all set for the tea stand extension open day on Saturday? Yes, we are.";
    let r = read_club(text);
    assert_ne!(r.intent, Intent::Decision, "{text}: {r:?}");
}

/// "Cheapest is £19k an' it'd do nothin' the old one cor do bar play music when yam on hold.
/// So no, bab, we ay doin' it.": a caller's "on hold" is the phone's, no deferral; the no
/// after it refuses.
#[test]
fn a_callers_on_hold_is_no_deferral() {
    for text in [
        "Hattie's been pricing a new phone system for the bar. Cheapest is £4k and it'd do nothing the old one can't bar play music when you're on hold. So no, we're not doing it.",
        "Hattie's been pricin' a new phone system for the bar. Cheapest is £4k an' it'd do nothin' the old one cor do bar play music when yam on hold. So no, bab, we ay doin' it.",
    ] {
        let r = read_club(text);
        assert_eq!(r.intent, Intent::Decision, "{text}: {r:?}");
        assert_eq!(r.verdict, Some(Verdict::Reject), "{text}: {r:?}");
    }
}

/// "seamus says catch yerself on re the crisp vending machines for the forecourts, 60k for
/// something the garages would take a cut of": Ulster's "catch yourself on" (don't be
/// daft) said to a thing refuses it.
#[test]
fn catch_yourself_on_refuses() {
    for text in [
        "graham says catch yerself on re the tea stand extension, 30k for something we'd open twice a summer",
        "Catch yourself on about the tea stand extension — £30k for a hut we'd open twice a summer.",
    ] {
        let r = read_club(text);
        assert_eq!(r.intent, Intent::Decision, "{text}: {r:?}");
        assert_eq!(r.verdict, Some(Verdict::Reject), "{text}: {r:?}");
    }
}

/// "Sinéad reckons it'd bring in £8k a year in direct sales and see us five summers": years
/// said as summers (or winters) a thing will see us through are its benefit's horizon.
#[test]
fn summers_a_thing_will_see_us_are_its_years() {
    let text = "The bar want a hog roast trailer for the summer fetes, £6,000 all in. Hattie reckons it'd bring in £2k a year and see us five summers.";
    let r = read_club(text);
    assert_eq!(r.intent, Intent::Investment, "{text}: {r:?}");
    assert_eq!(r.annual_benefit, whole(2_000, "GBP"), "{text}: {r:?}");
    assert_eq!(r.years, Some(5), "{text}: {r:?}");
}

/// "The potato store ventilation is going ahead regardless, the fans are stuck in Rotterdam
/// till January": work under way said to go ahead regardless (anyway) of a setback carries
/// on, as "going ahead as planned" and "still going ahead" do; no new approval.
#[test]
fn going_ahead_regardless_carries_on() {
    for text in [
        "The nets upgrade is going ahead regardless, the netting's stuck in Felixstowe till January but we'll get by on the old one.",
        "Pavilion roof goes ahead anyway, the roofer can't start till March now.",
    ] {
        let r = read_club(text);
        assert_eq!(r.intent, Intent::Decision, "{text}: {r:?}");
        assert_eq!(r.verdict, Some(Verdict::Continue), "{text}: {r:?}");
    }
}

/// "get the filtration system in, up to £54k. we can't be dumping a full fryer of oil every
/// week", "Replace it. Up to USD 65,000.": an order to get the thing, with a ceiling on its
/// spend, approves it up to that; a ceiling told as a fact ("the grant pays up to £5k") does
/// not.
#[test]
fn an_order_with_a_ceiling_approves_up_to_it() {
    for text in [
        "Hattie Walsh  6:52 PM\nthe bowling machine's packed in again, third time since Easter\nGraham Pike  7:05 PM\nget the new bowling machine in, up to £6k. we can't have the colts bowling at a wall\nHattie Walsh  7:06 PM\nno bother, ringing them now",
        "[03/12/2026, 07:41] Hattie: the bowling machine has broken down again, 3rd time this month\n[03/12/2026, 08:02] Graham: Replace it. Up to £6,000. We cannot have the colts bowling at a wall\n[03/12/2026, 08:03] Hattie: Noted 🙏",
    ] {
        let r = read_club(text);
        assert_eq!(r.intent, Intent::Decision, "{text}: {r:?}");
        assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
        assert_eq!(r.amount, whole(6_000, "GBP"), "{text}: {r:?}");
    }
    let text = "The county grant pays up to £5k for junior kit, applications close in March.";
    let r = read_club(text);
    assert_ne!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
}

/// "The OMS earned its money during the Nov 18 ice storm. … overtime for the event ran $64k
/// under what we budgeted off the last one.": a running cost that came in under its budget
/// thanks to the work, told after praise of the work, is what the work saved, a benefit.
#[test]
fn a_cost_under_budget_after_praise_of_the_work_is_a_benefit() {
    let text = "The bar tills earned their money at the beer festival. We served 900 pints in two hours instead of four, and bar staffing for the weekend ran £600 under what we budgeted off last year's.";
    let r = read_club(text);
    assert_eq!(r.intent, Intent::Benefit, "{text}: {r:?}");
    assert_eq!(r.amount, whole(600, "GBP"), "{text}: {r:?}");
}

/// "1. Excavator. Going with the used CAT 308 at $96,500. Ricky to book the lowboy by
/// 12/18.": a choice told as what we are going with, opening its sentence, priced, approves
/// it, as "go with the Carestream unit, $139K" does; unpriced ("going with the flow") it
/// decides nothing.
#[test]
fn going_with_a_priced_choice_approves() {
    let text = "Bowling machine. Going with the second-hand BOLA at £4,500. Hattie to book the van by 18/12.";
    let r = read_club(text);
    assert_eq!(r.intent, Intent::Decision, "{text}: {r:?}");
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    assert_eq!(r.amount, whole(4_500, "GBP"), "{text}: {r:?}");
    let text = "Going with the flow on the tea rota this week, Hattie's got it.";
    let r = read_club(text);
    assert_eq!(r.verdict, None, "{text}: {r:?}");
}

/// "State: Scheduled → Cancelled\nClose notes: CAB pulled it, vendor can't ship the 9300s
/// before the holiday freeze. Re-raise in February.": work called off to be raised again
/// at a later time is put off, not stopped.
#[test]
fn called_off_to_be_raised_again_is_put_off() {
    let text = "CR-118 – Bar tills refresh\nState: Scheduled → Cancelled\nClose notes: committee pulled it, the supplier can't deliver before the beer festival. Re-raise in March.";
    let r = read_club(text);
    assert_eq!(r.intent, Intent::Decision, "{text}: {r:?}");
    assert_eq!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
    let text = "Bar tills refresh: we're pulling it, the supplier went bust.";
    let r = read_club(text);
    assert_eq!(r.verdict, Some(Verdict::Stop), "{text}: {r:?}");
}
