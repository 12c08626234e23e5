//! Readings of forms from the tenth round of writers the reader had not met (an Indonesian
//! marketplace, a Turkish textile maker writing formal English, a Philippine hospital and
//! BPO group writing Taglish), worded here for a palm-oil and rubber plantation group with
//! mills in Sumatra, a glove factory in Bursa and a shared-services centre in Cebu: rupiah
//! written "Rp 450 juta" and "Rp 2,5 miliar", lira written "₺850 bin" and "12 milyon TL",
//! pesos written "₱2.5M" and "P4.8M".

use super::test_names::directory;
use super::*;

/// A plantation group with Sumatran mills, a Bursa glove factory and a Cebu service centre.
fn dir() -> StaticDirectory {
    directory(
        &[
            ("Mills", &["Pabrik"]),
            ("Glove Factory", &["Bursa"]),
            ("Shared Services", &["SSC"]),
            ("Plantations", &["Estates"]),
        ],
        &[
            ("Boiler Efficiency Upgrade", "Mills"),
            ("Latex Dipping Line", "Glove Factory"),
            ("Payables Automation", "Shared Services"),
            ("Yield Drone Survey", "Plantations"),
        ],
    )
}

/// `text` as written on 2026-11-27 by a writer whose bare amounts are in `currency`.
fn read_in(text: &str, currency: &str) -> Reading {
    test_names::read_day_first_in(text, "wayan", currency, &dir())
}

/// `units` whole units of `currency`.
fn money(units: i64, currency: &str) -> Option<Money> {
    test_names::whole(units, currency)
}

#[test]
fn rupiah_are_read_with_their_sign_and_the_indonesian_multipliers() {
    for (text, want) in [
        (
            "Boiler efficiency upgrade approved, Rp 2,5 miliar",
            2_500_000_000,
        ),
        (
            "Boiler efficiency upgrade approved, Rp 450 juta",
            450_000_000,
        ),
        ("Boiler efficiency upgrade approved, 450jt", 450_000_000),
        ("Boiler efficiency upgrade approved, Rp 200jt", 200_000_000),
        (
            "Boiler efficiency upgrade approved, IDR 1.2bn",
            1_200_000_000,
        ),
        ("Boiler efficiency upgrade approved, Rp1.5M", 1_500_000),
        (
            "Boiler efficiency upgrade approved, Rp. 75 juta",
            75_000_000,
        ),
        (
            "Boiler efficiency upgrade approved, Rp 1,2 milyar",
            1_200_000_000,
        ),
    ] {
        let r = read_in(text, "IDR");
        assert_eq!(r.amount, money(want, "IDR"), "{text}");
        assert_eq!(r.verdict, Some(Verdict::Approve), "{text}");
    }
    // Rupiah named by their sign in another tenant are still rupiah.
    let text = "Boiler efficiency upgrade approved, Rp 450 juta";
    assert_eq!(read_in(text, "GBP").amount, money(450_000_000, "IDR"));
}

#[test]
fn lira_are_read_with_their_sign_their_letters_and_the_turkish_multipliers() {
    for (text, want) in [
        ("Latex dipping line approved, ₺4,5 milyon", 4_500_000),
        ("Latex dipping line approved, TL 12m", 12_000_000),
        ("Latex dipping line approved, 12 milyon TL", 12_000_000),
        ("Latex dipping line approved, ₺850 bin", 850_000),
        ("Latex dipping line approved, 750 bin TL", 750_000),
        ("Latex dipping line approved, TRY 2.3M", 2_300_000),
        ("Latex dipping line approved, 1.250.000 TL", 1_250_000),
        ("Latex dipping line approved, 2,5 milyar TL", 2_500_000_000),
        ("Latex dipping line approved, 3 million lira", 3_000_000),
    ] {
        let r = read_in(text, "TRY");
        assert_eq!(r.amount, money(want, "TRY"), "{text}");
        assert_eq!(r.verdict, Some(Verdict::Approve), "{text}");
    }
}

#[test]
fn the_words_try_and_bin_stay_words_outside_an_amount_of_lira() {
    // "try" before a number is the verb, not the lira's code; "bin" after a number is a
    // thousand only in lira.
    for (text, currency) in [
        ("Yield drone survey approved, we will try 2 vendors", "IDR"),
        ("Latex dipping line approved, we try 2 vendors first", "TRY"),
        (
            "Boiler efficiency upgrade approved with 40 bin lifters",
            "IDR",
        ),
    ] {
        assert_eq!(read_in(text, currency).amount, None, "{text}");
    }
}

#[test]
fn pesos_are_read_with_their_sign_their_letter_and_their_code() {
    for (text, want) in [
        ("Payables automation approved, ₱2.5M", 2_500_000),
        ("Payables automation approved, Php 2.5M", 2_500_000),
        ("Payables automation approved, P4.8M", 4_800_000),
        (
            "Payables automation approved, P1.5M for 3 months",
            1_500_000,
        ),
        ("Payables automation approved, PHP 12 million", 12_000_000),
        ("Payables automation approved, ₱850k", 850_000),
        ("Payables automation approved, P120,000", 120_000),
    ] {
        let r = read_in(text, "PHP");
        assert_eq!(r.amount, money(want, "PHP"), "{text}");
        assert_eq!(r.verdict, Some(Verdict::Approve), "{text}");
    }
    // A capital P before a number that is no amount stays a word ("P1 incident", "P2P").
    for text in [
        "SSC logged a P1 incident on payables automation",
        "Payables automation covers P2P for the estates",
    ] {
        assert_eq!(read_in(text, "PHP").amount, None, "{text}");
    }
}

/// Day-first settings with bare amounts in `currency`.
fn settings_in(currency: &str) -> ReaderSettings {
    ReaderSettings {
        day_first: true,
        default_currency: Currency::from_code(currency).unwrap(),
    }
}

#[test]
fn a_saving_said_in_the_present_or_after_its_money_is_a_benefit() {
    for (text, currency, want) in [
        (
            "Boiler efficiency upgrade running 3 months now, we save around Rp 120 juta per month on fuel",
            "IDR",
            1_440_000_000,
        ),
        (
            "Latex dipping line: scrap rate down from 6% to 2%, this is approx. ₺400 bin per month saving on latex.",
            "TRY",
            4_800_000,
        ),
        (
            "Payables automation benefit: 3 clerks moved to collections, worth approx. ₱900k",
            "PHP",
            900_000,
        ),
        (
            "Payables automation is live since 11/9. Late invoices went down from 18% to 6%, around ₱2M per month faster collection",
            "PHP",
            24_000_000,
        ),
    ] {
        let r = test_names::assert_reads(
            text,
            "wayan",
            &dir(),
            settings_in(currency),
            Intent::Benefit,
            None,
        );
        assert_eq!(r.amount, money(want, currency), "{text}");
    }
    // A saving said on a condition, or proposed with the thing, is no benefit yet.
    for text in [
        "If we replace the boilers we save around Rp 120 juta per month on fuel",
        "Mills propose a new boiler feed pump, Rp 900 juta, we save Rp 30 juta per month",
    ] {
        let r = read_in(text, "IDR");
        assert_ne!(r.intent, Intent::Benefit, "{text}");
        // The rules alone too: the model is retrained, and must not be what holds this.
        let r = test_names::read_by_rules_on_test_day(text, "wayan", &dir(), settings_in("IDR"));
        assert_ne!(r.intent, Intent::Benefit, "rules: {text}");
    }
}

#[test]
fn a_handle_that_spells_a_month_is_a_person_not_a_date() {
    let text = "@jun kindly coordinate with the vendor for the latex dipping line schedule ASAP";
    let r = read_in(text, "PHP");
    assert_eq!((r.due, r.date, r.review_date), (None, None, None), "{text}");
    let text = "@may pls send the payables automation quotes to SSC by 4/12";
    let r = read_in(text, "PHP");
    test_names::assert_follow_up_note(&r, text, "may", "2026-12-04");
}

#[test]
fn a_product_ending_or_out_of_support_in_the_reason_turns_no_approval_round() {
    for (text, currency) in [
        (
            "In the board meeting of 25.11.2026 it was decided to start the latex dipping line with a budget of ₺4,5 milyon. The support of the old dipping robots is ending in 2027 and their contract cannot be extended.",
            "TRY",
        ),
        (
            "ManCom approved the payables automation yesterday, ₱2.5M. The old OCR tool is not supported anymore by the vendor.",
            "PHP",
        ),
    ] {
        test_names::assert_reads(
            text,
            "wayan",
            &dir(),
            settings_in(currency),
            Intent::Decision,
            Some(Verdict::Approve),
        );
    }
}

#[test]
fn work_to_be_discussed_or_evaluated_again_at_a_time_is_deferred_to_it() {
    for (text, review) in [
        (
            "Yield drone survey will be evaluated again on 12.03.2027 after the new drone rules.",
            "2027-03-12",
        ),
        (
            "It was decided that the latex dipping line will be discussed again in the budget meeting of January.",
            "2027-01-01",
        ),
        (
            "Boiler efficiency upgrade: pending dulu, tomorrow we discuss again. Mills still testing.",
            "2026-11-28",
        ),
    ] {
        let r = test_names::assert_reads(
            text,
            "wayan",
            &dir(),
            settings_in("IDR"),
            Intent::Decision,
            Some(Verdict::Defer),
        );
        assert_eq!(r.review_date, Some(review.parse().unwrap()), "{text}");
    }
    // Talking it over again with no time set defers nothing.
    let r = read_in("We will discuss again the boiler efficiency upgrade", "IDR");
    assert_eq!(r.verdict, None);
}

#[test]
fn work_said_to_stay_on_hold_until_something_is_deferred() {
    let text = "Yield drone survey — Estates asked again, GM said it stays on hold until the new drone rules are out";
    test_names::assert_reads(
        text,
        "wayan",
        &dir(),
        settings_in("IDR"),
        Intent::Decision,
        Some(Verdict::Defer),
    );
}

#[test]
fn a_total_said_with_the_figure_it_replaces_rescopes_to_the_new_figure() {
    for (text, currency, want) in [
        (
            "Boiler efficiency upgrade: CEO agree to add a 2nd boiler in Riau, total now Rp 1,65 miliar instead of IDR 1.2bn",
            "IDR",
            1_650_000_000,
        ),
        (
            "Latex dipping line: the external consultant cost is added, total budget ₺1,55 milyon instead of ₺1,2 milyon. Approved by GM.",
            "TRY",
            1_550_000,
        ),
    ] {
        let r = test_names::assert_reads(
            text,
            "wayan",
            &dir(),
            settings_in(currency),
            Intent::Decision,
            Some(Verdict::Rescope),
        );
        assert_eq!(r.amount, money(want, currency), "{text}");
    }
}

#[test]
fn money_put_up_for_approval_is_a_proposal() {
    let text = "For approval po: new weighbridge scanner for the Riau mill, ₱3.6M. The old one breaks every week.";
    let r = test_names::assert_reads(
        text,
        "wayan",
        &dir(),
        settings_in("PHP"),
        Intent::Investment,
        None,
    );
    assert_eq!(r.amount, money(3_600_000, "PHP"), "{text}");
    test_names::assert_name_as_written(&r, text, "weighbridge scanner");
    let text = "Payables automation phase 2 for approval na po, Php 4.8M. Denied invoices are eating our collections.";
    let r = test_names::assert_reads(
        text,
        "wayan",
        &dir(),
        settings_in("PHP"),
        Intent::Investment,
        None,
    );
    assert_eq!(r.amount, money(4_800_000, "PHP"), "{text}");
    // Sent for approval with no money asked: news about the work.
    let r = read_in(
        "SSC sent the payables automation contract for approval",
        "PHP",
    );
    assert_ne!(r.intent, Intent::Investment);
}

#[test]
fn things_returned_are_no_money_returned() {
    // By the rules alone: the intent model shipped (trained before this rule) still reads
    // this one as a benefit, until it is retrained.
    let text = "Payables automation for approval, Php 4.8M. 18% of supplier invoices returned in Q3 because of missing POs.";
    let r = test_names::read_by_rules_on_test_day(text, "wayan", &dir(), settings_in("PHP"));
    assert_eq!((r.intent, r.verdict), (Intent::Investment, None), "{text}");
    // Money returned is still a benefit.
    let text = "Payables automation returned ₱2.1M in duplicate payments in Q3";
    test_names::assert_reads(
        text,
        "wayan",
        &dir(),
        settings_in("PHP"),
        Intent::Benefit,
        None,
    );
}

#[test]
fn a_day_after_tgl_is_a_day_of_the_month() {
    let text = "@ketut pls send the boiler efficiency upgrade UAT result to Mills before tgl 15";
    let r = read_in(text, "IDR");
    test_names::assert_follow_up_note(&r, text, "ketut", "2026-12-15");
}

#[test]
fn a_time_past_inside_a_request_is_not_when_it_is_due() {
    let text = "@made can you pls check the boiler efficiency upgrade alarms, 2 false alarms last night. kindly update by EOD";
    let r = read_in(text, "IDR");
    test_names::assert_follow_up_note(&r, text, "made", "2026-11-27");
}

#[test]
fn next_week_and_a_weekday_is_that_day_of_next_week() {
    let text = "@putu please arrange the meeting with the drone vendor for the yield drone survey next week Tuesday";
    let r = read_in(text, "IDR");
    test_names::assert_follow_up_note(&r, text, "putu", "2026-12-01");
}

#[test]
fn numbered_items_handing_work_to_a_handle_are_records_of_their_own() {
    let text = "Action items from today sync:\n1. @ketut finalise the boiler efficiency upgrade layout by 10/12\n2. @sari collect feedback from the estates on the yield drone survey by 4/12";
    let r = read_in(text, "IDR");
    test_names::assert_follow_up_note(&r, text, "ketut", "2026-12-10");
    assert_eq!(r.investment.as_deref(), Some("Boiler Efficiency Upgrade"));
    assert_eq!(r.also.len(), 1, "{text}: {r:?}");
    let second = &r.also[0];
    assert_eq!(second.investment.as_deref(), Some("Yield Drone Survey"));
    assert_eq!(second.due, Some("2026-12-04".parse().unwrap()));
}

#[test]
fn a_day_and_month_with_dots_in_a_heading_dates_its_items() {
    let text = "Yönetim Kurulu 25.11 decisions:\n1) Latex dipping line – approved, ₺1,2 milyon\n2) Yield drone survey – rejected";
    let r = read_in(text, "TRY");
    let day = Some("2026-11-25".parse().unwrap());
    assert_eq!((r.verdict, r.date), (Some(Verdict::Approve), day), "{r:?}");
    assert_eq!(r.also.len(), 1, "{r:?}");
    assert_eq!(
        (r.also[0].verdict, r.also[0].date),
        (Some(Verdict::Reject), day)
    );
}

#[test]
fn a_unit_that_requests_to_renew_something_proposes_it() {
    let text = "Mills requests to renew the boiler feed pumps of the Riau mill, Rp 900 juta, the current pumps are end of support in June.";
    let r = test_names::assert_reads(
        text,
        "wayan",
        &dir(),
        settings_in("IDR"),
        Intent::Investment,
        None,
    );
    assert_eq!(r.amount, money(900_000_000, "IDR"), "{text}");
}

#[test]
fn a_handle_asked_to_control_something_by_a_day_is_a_follow_up() {
    let text = "Boiler efficiency upgrade: 4 of 9 sensors are online. @ozan please control the data connection to the mill system until 18.12";
    let r = read_in(text, "TRY");
    test_names::assert_follow_up_note(&r, text, "ozan", "2026-12-18");
}

#[test]
fn a_unit_that_wants_or_proposes_to_buy_a_count_of_things_names_the_things() {
    for (text, name) in [
        (
            "Estates want to buy 40 handheld scanners for the Riau mill, about Rp 320 juta",
            "handheld scanners",
        ),
        (
            "SSC propose to buy reserved instances for 1 year, Rp 1,8 miliar upfront",
            "reserved instances",
        ),
    ] {
        let r = test_names::assert_reads(
            text,
            "wayan",
            &dir(),
            settings_in("IDR"),
            Intent::Investment,
            None,
        );
        test_names::assert_name_as_written(&r, text, name);
    }
}

#[test]
fn an_approval_with_the_condition_that_keeps_the_condition_as_its_reason() {
    let text = "The latex dipping line is approved with the condition that the pilot in hall 2 shows 90% yield. Budget TL 12m.";
    let r = test_names::assert_reads(
        text,
        "wayan",
        &dir(),
        settings_in("TRY"),
        Intent::Decision,
        Some(Verdict::Approve),
    );
    assert_eq!(
        r.rationale.as_deref(),
        Some("with the condition that the pilot in hall 2 shows 90% yield"),
        "{text}"
    );
    assert_eq!(r.amount, money(12_000_000, "TRY"), "{text}");
}

#[test]
fn a_request_after_the_verdict_is_no_reason() {
    for text in [
        "Board approved the yield drone survey last Friday, ₱4.8M. Pls proceed with the PO ASAP",
        "Board approved the yield drone survey last Friday, ₱4.8M. Kindly proceed with the PO.",
    ] {
        let r = read_in(text, "PHP");
        assert_eq!(r.verdict, Some(Verdict::Approve), "{text}");
        assert_eq!(r.rationale, None, "{text}");
    }
}

#[test]
fn a_greeting_before_the_news_is_no_reason() {
    let text = "Morning all 🙏 Board already approved the boiler efficiency upgrade yesterday, Rp 2,5 miliar. Fuel use is still 20% above the other mills.";
    let r = read_in(text, "IDR");
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("Fuel use is still 20% above the other mills"),
        "{text}"
    );
}

#[test]
fn who_will_manage_the_work_is_no_reason_for_it() {
    for text in [
        "Yield drone survey phase 2 is approved, Rp 1,9 miliar, Wayan will manage it",
        "Yield drone survey phase 2 is approved, Rp 1,9 miliar, Sari owns it",
    ] {
        let r = read_in(text, "IDR");
        assert_eq!(r.verdict, Some(Verdict::Approve), "{text}");
        assert_eq!(r.rationale, None, "{text}");
    }
}

#[test]
fn how_much_longer_the_work_goes_on_is_no_reason() {
    let text = "Decided to continue the yield drone survey with the local vendor, 6 months more. Estate yields already up 8%.";
    let r = read_in(text, "IDR");
    assert_eq!(r.verdict, Some(Verdict::Continue), "{text}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("Estate yields already up 8%"),
        "{text}"
    );
}
