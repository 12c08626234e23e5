//! Verdicts and intents the reader missed, each read in another writer's words (a UK
//! county cricket club, in pounds): a team agreeing to hold work, a committee feeling we
//! should not go ahead, a thing that stays, a vendor call moved, and chat that promises
//! to grab something.
//!
//! Each intent is checked twice: as the reader reads it (the shipped intent model included)
//! and by the rules alone, so a retrained model cannot hide a rule that went missing.

use super::*;

/// A UK county cricket club: the ground staff, members' services, the academy, finance.
fn dir() -> StaticDirectory {
    test_names::directory(
        &[
            ("Ground Operations", &["Groundstaff"]),
            ("Members Services", &["Members"]),
            ("Academy", &[]),
            ("Technology", &["IT"]),
            ("Finance", &[]),
        ],
        &[
            ("Pavilion Wi-Fi", "Technology"),
            ("Pitch Cover Robots", "Ground Operations"),
            ("Members App", "Members Services"),
            ("Academy Video Analysis", "Academy"),
            ("Payroll Upgrade", "Finance"),
            ("Scoreboard Kiosks", "Members Services"),
            ("Bowler Workload Monitoring", "Academy"),
        ],
    )
}

/// `text` reads as `intent` with `verdict`, by the rules alone and as shipped.
fn assert_reads(text: &str, intent: Intent, verdict: Option<Verdict>) -> Reading {
    test_names::assert_reads(
        text,
        "priya",
        &dir(),
        ReaderSettings::default(),
        intent,
        verdict,
    )
}

#[test]
fn a_team_agreeing_to_hold_work_puts_it_off() {
    let text = "The exec agreed this morning to hold the members app until we hear back from the ECB, which should be early February.";
    let r = assert_reads(text, Intent::Decision, Some(Verdict::Defer));
    assert_eq!(r.investment.as_deref(), Some("Members App"), "{r:?}");
}

#[test]
fn a_committee_feeling_we_should_not_go_ahead_refuses() {
    let text = "Payroll upgrade: after a long debate the Audit Committee felt we should not go ahead this season. The quote was £90k and the old system is supported until 2029.";
    let r = assert_reads(text, Intent::Decision, Some(Verdict::Reject));
    assert_eq!(r.investment.as_deref(), Some("Payroll Upgrade"), "{r:?}");
    // One person's feeling is no decision.
    let text =
        "I felt we should not go ahead with the payroll upgrade, but it's the committee's call";
    assert_ne!(
        test_names::read_on_test_day(text, "priya", &dir()).intent,
        Intent::Decision
    );
}

#[test]
fn a_thing_that_stays_goes_on() {
    let text =
        "Pavilion wifi stays. Complaints went from 150 a match to about 10 since it went in.";
    let r = assert_reads(text, Intent::Decision, Some(Verdict::Continue));
    assert_eq!(r.investment.as_deref(), Some("Pavilion Wi-Fi"), "{r:?}");
    // Something that stays somewhere, or stays under a level, is no verdict.
    for text in [
        "The pitch cover robots stay in the shed over winter, Dave checks the batteries weekly",
        "Members app is fine as long as the crash rate stays under 1%",
    ] {
        let r = test_names::read_on_test_day(text, "priya", &dir());
        assert_eq!(r.verdict, None, "{text}: {r:?}");
    }
}

#[test]
fn a_meeting_moved_is_no_verdict() {
    for text in [
        "kiosk vendor call moved to Thurs 12/10 10a",
        "Scoreboard kiosks demo pushed to next Tuesday, the supplier's van broke down",
    ] {
        let r = test_names::read_us(text, "priya", "2026-11-27", &dir());
        assert_eq!(r.verdict, None, "{text}: {r:?}");
        assert_ne!(r.intent, Intent::Decision, "{text}: {r:?}");
    }
    // The work itself moved to a later time is still put off.
    let r = test_names::read_on_test_day(
        "Scoreboard kiosks moved to next season, no budget left",
        "priya",
        &dir(),
    );
    assert_eq!(r.verdict, Some(Verdict::Defer), "{r:?}");
}

#[test]
fn a_courtesy_promising_to_grab_it_is_chat() {
    for text in [
        "no worries mate, I'll grab it tomorrow",
        "cheers, will drop it round Friday",
    ] {
        let r = test_names::read_on_test_day(text, "priya", &dir());
        assert_eq!((r.intent, r.due), (Intent::None, None), "{text}: {r:?}");
    }
    // Thanks that go on to news of a named investment still record it.
    for text in [
        "Cheers all, the members app went live on Tuesday",
        // A name guessed from its words counts too.
        "Cheers — the workload monitoring kit went live at the nets on Tuesday, brilliant stuff",
    ] {
        let r = test_names::read_on_test_day(text, "priya", &dir());
        assert_eq!(r.intent, Intent::Note, "{text}: {r:?}");
    }
}

#[test]
fn asked_by_the_board_to_park_it_puts_it_off() {
    let text = "Members app: the committee has asked us to park it until we've picked the new ticketing partner.";
    let r = assert_reads(text, Intent::Decision, Some(Verdict::Defer));
    assert_eq!(r.investment.as_deref(), Some("Members App"), "{r:?}");
}

#[test]
fn work_that_can_wait_till_a_time_is_put_off() {
    let text = "Finance says the payroll upgrade can wait till April, month end runs fine on the current version";
    let r = assert_reads(text, Intent::Decision, Some(Verdict::Defer));
    assert_eq!(r.review_date, Some("2027-04-01".parse().unwrap()), "{r:?}");
    // Waiting in a queue is no verdict.
    let r = test_names::read_on_test_day(
        "Members can wait till the gates open at 10, the app shows the queue",
        "priya",
        &dir(),
    );
    assert_eq!(r.verdict, None, "{r:?}");
}

#[test]
fn pushing_the_decision_to_a_time_puts_it_off() {
    let text = "The kiosk supplier came in at £950/month vs the £8k/yr we budgeted, so we're pushing the decision on the scoreboard kiosks to January.";
    let r = assert_reads(text, Intent::Decision, Some(Verdict::Defer));
    assert_eq!(r.investment.as_deref(), Some("Scoreboard Kiosks"), "{r:?}");
}

#[test]
fn so_on_hold_after_a_wish_puts_it_off() {
    let text = "The video analysis thing — the coaches say it's fine but they want a 3-month trial first, so on hold till March";
    assert_reads(text, Intent::Decision, Some(Verdict::Defer));
}

#[test]
fn a_label_then_dropping_it_stops_it() {
    let text = "members app - dropping it. nobody used it, 3% of renewals last season 🤷";
    let r = assert_reads(text, Intent::Decision, Some(Verdict::Stop));
    assert_eq!(r.investment.as_deref(), Some("Members App"), "{r:?}");
}

#[test]
fn what_we_used_to_bin_is_no_stop() {
    let text = "Pitch cover robots are saving us ~£2k a month in covers we used to bin early (was binning tarps at half life).";
    let r = test_names::read_on_test_day(text, "priya", &dir());
    assert_eq!((r.intent, r.verdict), (Intent::Benefit, None), "{r:?}");
}

#[test]
fn a_stop_told_as_money_back_is_a_benefit() {
    for text in [
        "Video analysis is paying off: we stopped buying 'just in case' bowling machines, that's ~£30k across the first 3 months.",
        "Pitch cover robots are live and the £2k/month contractor contract is cancelled - that's £24k a year back in the grounds budget.",
    ] {
        let r = test_names::read_on_test_day(text, "priya", &dir());
        assert_eq!((r.intent, r.verdict), (Intent::Benefit, None), "{text}: {r:?}");
    }
    // A stop with its price said, not a saving, is still a stop.
    let r = test_names::read_on_test_day(
        "We cancelled the members app contract, it was £4k a year",
        "priya",
        &dir(),
    );
    assert_eq!(r.verdict, Some(Verdict::Stop), "{r:?}");
}

#[test]
fn going_with_the_cheaper_option_rescopes() {
    for text in [
        "Priya, the committee went with the cheaper scoreboard kiosks option, £21k instead of the £34k touchscreen wall.",
        "Update on the payroll upgrade: we've agreed to go with a cut-down version, a bureau plus Xero, for £38k instead of the full £90k.",
    ] {
        assert_reads(text, Intent::Decision, Some(Verdict::Rescope));
    }
}

#[test]
fn a_rescope_instead_of_the_old_figure_keeps_the_new_one() {
    let text = "Priya, the committee went with the cheaper scoreboard kiosks option, £21k instead of the £34k touchscreen wall.";
    let r = test_names::read_on_test_day(text, "priya", &dir());
    assert_eq!(r.amount, test_names::whole(21_000, "GBP"), "{r:?}");
    // Words describing the figure replaced ("the full", "the original", "our old") stand
    // between it and "instead of" too.
    for text in [
        "Update on the payroll upgrade: we've agreed to go with a cut-down version, a bureau plus Xero, for £38k instead of the full £90k.",
        "The committee went with the cheaper kiosks, £21k rather than the original £34k.",
        "The committee went with the cheaper kiosks, £21k instead of our old £34k plan.",
    ] {
        let r = test_names::read_on_test_day(text, "priya", &dir());
        assert_eq!(r.verdict, Some(Verdict::Rescope), "{text}");
        let want = if text.contains("38k") { 38_000 } else { 21_000 };
        assert_eq!(r.amount, test_names::whole(want, "GBP"), "{text}");
    }
}

#[test]
fn having_the_go_ahead_for_a_new_thing_approves_it() {
    let text = "Groundstaff have the go-ahead for a new mower telemetry tool, £18k. Mowing hours are logged on paper and we overpaid £9k last season.";
    let r = assert_reads(text, Intent::Decision, Some(Verdict::Approve));
    assert_eq!(r.amount, test_names::whole(18_000, "GBP"), "{r:?}");
}

#[test]
fn money_down_the_drain_is_a_loss_not_a_benefit() {
    let text = "scoreboard kiosks: the logs reckon the east stand one is printing 9% void tickets, £700 a week down the drain. Sam to retrain the stewards by 11/12";
    let r = test_names::read_on_test_day(text, "priya", &dir());
    assert_eq!(r.intent, Intent::Note, "{r:?}");
}
