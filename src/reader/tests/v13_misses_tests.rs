//! Verdicts, intents and names the reader missed in the training folders (round V13), each
//! read in another writer's words (a Welsh outdoor activity centre, in pounds): a result
//! that paid for itself by letting us cancel something we paid for; two investments sharing
//! one verdict with the amounts after; a short status line telling a named thing's fault
//! or that it arrived; "on the phone" naming no phone system; a part dropped "once" the
//! price came down; telling someone a priced thing "is fine"; "Buying it."; "no new money
//! for" a thing; and a minutes item whose "No change." is a sentence of its own.

use super::*;

/// A Welsh outdoor activity centre: activities, bookings, catering, estates, IT.
fn dir() -> StaticDirectory {
    test_names::directory(
        &[
            ("Activities", &["Instructors"]),
            ("Bookings", &[]),
            ("Catering", &[]),
            ("Estates", &[]),
            ("IT", &[]),
        ],
        &[
            ("Instructor Radio Network", "Activities"),
            ("Online Booking System", "Bookings"),
            ("Guest Wi-Fi", "IT"),
            ("Kitchen Extraction Refit", "Estates"),
            ("Climbing Wall Auto-Belays", "Activities"),
            ("Rota Planning Tool", "Activities"),
            ("Phone System Upgrade", "IT"),
            ("Lodge Solar Panel Install", "Estates"),
            ("Minibus Tracker Upgrade", "Activities"),
        ],
    )
}

/// `text` reads as `intent` with `verdict`, by the rules alone and as shipped.
fn assert_reads(text: &str, intent: Intent, verdict: Option<Verdict>) -> Reading {
    test_names::assert_reads(
        text,
        "cerys",
        &dir(),
        ReaderSettings::default(),
        intent,
        verdict,
    )
}

#[test]
fn paid_for_itself_by_cancelling_what_we_paid_for_is_a_benefit() {
    let text = "Guest wi-fi has paid for itself already — we've cancelled the mobile hotspots we were renting for the lodges, which were costing £300 a month.";
    let r = assert_reads(text, Intent::Benefit, None);
    assert_eq!(r.investment.as_deref(), Some("Guest Wi-Fi"), "{r:?}");
    assert_eq!(r.amount, test_names::whole(3_600, "GBP"), "{r:?}");
    // Cancelling the investment itself still stops it.
    let text = "We've cancelled the rota planning tool, nobody used it.";
    assert_reads(text, Intent::Decision, Some(Verdict::Stop));
}

#[test]
fn two_investments_both_approved_with_amounts_after_are_two_records() {
    let text = "Radio network renewal and the auto-belays both approved - £18k and £9k";
    let r = assert_reads(text, Intent::Decision, Some(Verdict::Approve));
    assert_eq!(
        r.investment.as_deref(),
        Some("Instructor Radio Network"),
        "{r:?}"
    );
    assert_eq!(r.amount, test_names::whole(18_000, "GBP"), "{r:?}");
    let more = r
        .also
        .first()
        .unwrap_or_else(|| panic!("two records: {r:?}"));
    assert_eq!(more.verdict, Some(Verdict::Approve), "{more:?}");
    assert_eq!(
        more.investment.as_deref(),
        Some("Climbing Wall Auto-Belays"),
        "{more:?}"
    );
    assert_eq!(more.amount, test_names::whole(9_000, "GBP"), "{more:?}");
}

#[test]
fn a_status_line_about_a_named_investment_is_a_note() {
    for (text, investment) in [
        (
            "the rota tool is so slow today I could cry",
            "Rota Planning Tool",
        ),
        (
            "the auto-belays are down again at the barn 😤 instructors ringing the office nonstop",
            "Climbing Wall Auto-Belays",
        ),
        (
            "The radio network is live at the lake now 🎉",
            "Instructor Radio Network",
        ),
    ] {
        let r = assert_reads(text, Intent::Note, None);
        assert_eq!(r.investment.as_deref(), Some(investment), "{text}: {r:?}");
    }
    let text = "Auto-belays arrived at the barn 🧗 Big thanks to Estates for fitting them over the weekend";
    let r = assert_reads(text, Intent::Note, None);
    assert_eq!(
        r.investment.as_deref(),
        Some("Climbing Wall Auto-Belays"),
        "{r:?}"
    );
    let text = "guest wifi out at the lodges AGAIN, had to take card payments on a phone hotspot all afternoon 🤬";
    let r = assert_reads(text, Intent::Note, None);
    assert_eq!(r.investment.as_deref(), Some("Guest Wi-Fi"), "{r:?}");
    // Rolled out is no fault.
    let text = "guest wifi rolled out at the lodges, cheers all";
    let r = test_names::read_on_test_day(text, "cerys", &dir());
    assert_ne!(r.intent, Intent::None, "{text}: {r:?}");
    // A fault of nothing named is chat.
    for text in [
        "Guys the system is slow today, IT already know",
        "ugh it's down again",
    ] {
        let r = test_names::read_on_test_day(text, "cerys", &dir());
        assert_eq!(r.intent, Intent::None, "{text}: {r:?}");
    }
}

#[test]
fn a_part_dropped_once_the_price_came_down_leaves_the_approval() {
    let text = "Rota tool approved at £12k, down from the £15k first quoted once we dropped the training days.";
    let r = assert_reads(text, Intent::Decision, Some(Verdict::Approve));
    assert_eq!(r.amount, test_names::whole(12_000, "GBP"), "{r:?}");
    // How the price came down is no reason for the approval.
    assert_eq!(r.rationale, None, "{r:?}");
    // A condition still to be met is one.
    let text = "Rota tool approved at £12k, to be ordered once the trial sites sign off.";
    let r = assert_reads(text, Intent::Decision, Some(Verdict::Approve));
    assert!(r.rationale.is_some(), "{r:?}");
}

#[test]
fn on_the_phone_names_no_phone_system() {
    for text in [
        "Barn's belay is down again, Dai's on the phone w/ support",
        "Sorted the lodge keys over the phone with Gwen",
    ] {
        let r = test_names::read_on_test_day(text, "cerys", &dir());
        assert_ne!(
            r.investment.as_deref(),
            Some("Phone System Upgrade"),
            "{text}: {r:?}"
        );
    }
    // The phones themselves are still the investment.
    let text = "the phone upgrade is down again at reception";
    let r = assert_reads(text, Intent::Note, None);
    assert_eq!(
        r.investment.as_deref(),
        Some("Phone System Upgrade"),
        "{r:?}"
    );
}

#[test]
fn telling_someone_a_priced_thing_is_fine_approves() {
    let text = "Told Dafydd the rota tool for the lake site is fine, it's only 600 quid";
    let r = assert_reads(text, Intent::Decision, Some(Verdict::Approve));
    assert_eq!(r.investment.as_deref(), Some("Rota Planning Tool"), "{r:?}");
    assert_eq!(r.amount, test_names::whole(600, "GBP"), "{r:?}");
    // How a thing is, told with no price or with a "but", approves nothing.
    for text in [
        "Told Dafydd the rota tool is fine now, the update fixed it",
        "Told Dafydd the rota tool is fine, but the instructors want a phone version for £2k",
    ] {
        let r = test_names::read_on_test_day(text, "cerys", &dir());
        assert_ne!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    }
}

#[test]
fn a_minutes_item_saying_no_change_in_its_second_sentence_is_no_record() {
    let text = "Minutes 1 Dec\n• Radio network: contract signed, install Feb. No change.\n• Guest wifi: approved extra £8k for access points in the lodges.\n• Auto-belays: deferred to Q2, waiting on the insurer's survey.\nAOB: Christmas party is the 18th 🎄";
    let r = assert_reads(text, Intent::Decision, Some(Verdict::Approve));
    assert_eq!(r.investment.as_deref(), Some("Guest Wi-Fi"), "{r:?}");
    assert_eq!(r.unit.as_deref(), Some("IT"), "{r:?}");
    assert_eq!(r.amount, test_names::whole(8_000, "GBP"), "{r:?}");
    let more = r
        .also
        .first()
        .unwrap_or_else(|| panic!("two records: {r:?}"));
    assert_eq!(more.verdict, Some(Verdict::Defer), "{more:?}");
}

#[test]
fn buying_it_said_alone_after_the_prices_approves() {
    for text in [
        "Lease vs buy on the auto-belays — £900/mo lease or £30k to buy. Buying it. Gwen's call.",
        "Auto-belays: £30k to buy or £900 a month to lease. We're buying them.",
    ] {
        let r = assert_reads(text, Intent::Decision, Some(Verdict::Approve));
        // Whose call it was is no reason.
        assert_eq!(r.rationale, None, "{text}: {r:?}");
    }
    // Buying something else, or asking whether to, is no approval.
    for text in [
        "Auto-belays: £30k to buy, is anyone buying it?",
        "Auto-belays are £30k, we're buying them a new rope bag too",
    ] {
        let r = test_names::read_on_test_day(text, "cerys", &dir());
        assert_ne!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    }
}

#[test]
fn no_new_money_for_a_thing_refuses_it() {
    for text in [
        "FY27 budget: the director says no new money for the auto-belays",
        "Sorry all, there's no budget for the radio network this year",
    ] {
        assert_reads(text, Intent::Decision, Some(Verdict::Reject));
    }
    // No budget for a time yet is news of a budget, no refusal.
    let text = "Still no budget for 2027 from Finance";
    let r = test_names::read_on_test_day(text, "cerys", &dir());
    assert_eq!(r.verdict, None, "{r:?}");
}

#[test]
fn two_things_said_on_hold_together_are_two_records() {
    let text = "solar panels and the minibus trackers are on hold till April, the trustees want to see the winter bookings first";
    let r = assert_reads(text, Intent::Decision, Some(Verdict::Defer));
    assert_eq!(
        r.investment.as_deref(),
        Some("Lodge Solar Panel Install"),
        "{r:?}"
    );
    let more = r
        .also
        .first()
        .unwrap_or_else(|| panic!("two records: {r:?}"));
    assert_eq!(more.verdict, Some(Verdict::Defer), "{more:?}");
    assert_eq!(
        more.investment.as_deref(),
        Some("Minibus Tracker Upgrade"),
        "{more:?}"
    );
    assert_eq!(more.review_date, r.review_date, "{more:?}");
}

#[test]
fn a_sign_off_pack_to_prepare_is_no_verdict() {
    let text = "Actions from today's trustees' meeting:\n1. Gwen – rota tool sign-off pack by 9/12\n2. Dai – radio network migration plan by 16/12";
    let r = test_names::read_on_test_day(text, "cerys", &dir());
    assert_eq!(r.verdict, None, "{r:?}");
    assert_eq!(r.intent, Intent::Note, "{r:?}");
    // Signing it off is still one.
    let text = "Rota tool sign-off done, £12k";
    let r = test_names::read_on_test_day(text, "cerys", &dir());
    assert_eq!(r.verdict, Some(Verdict::Approve), "{r:?}");
}

#[test]
fn a_decision_handed_to_someone_is_a_note() {
    let text = "ok so the rota tool thing - Planday quoted £2k and the old spreadsheet dies in Feb. I'd say go. @gwen your call";
    let r = assert_reads(text, Intent::Note, None);
    assert_eq!(r.investment.as_deref(), Some("Rota Planning Tool"), "{r:?}");
    // When the old thing dies is no date of the note.
    assert_eq!(r.date, None, "{r:?}");
}

#[test]
fn a_places_one_word_of_a_name_points_at_it() {
    let d = test_names::directory(
        &[("Activities", &[]), ("IT", &[])],
        &[
            ("Harness Scanner Rollout", "Activities"),
            ("Phone System Upgrade", "IT"),
        ],
    );
    let text = "Barn's scanner is down again, Dai's on the phone w/ support";
    let r = test_names::read_by_rules_on_test_day(text, "cerys", &d, ReaderSettings::default());
    assert_eq!(r.intent, Intent::Note, "{r:?}");
    assert_eq!(
        r.investment.as_deref(),
        Some("Harness Scanner Rollout"),
        "{r:?}"
    );
    assert_eq!(r.unit.as_deref(), Some("Activities"), "{r:?}");
    // The things, before the result they brought, are the name too (the benefit read as
    // shipped: the rules alone give it no intent).
    let text = "scanners paid off at the barn - rework down from 9 to 2 a month, roughly £10K a month back in rope costs";
    let r = test_names::read_on_test_day(text, "cerys", &d);
    assert_eq!(r.intent, Intent::Benefit, "{r:?}");
    assert_eq!(
        r.investment.as_deref(),
        Some("Harness Scanner Rollout"),
        "{r:?}"
    );
}
