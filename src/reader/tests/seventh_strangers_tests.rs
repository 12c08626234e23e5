//! Readings of forms from the seventh round of writers the reader had not met (a US county,
//! a Norwegian utility writing English, a Polish software house on Discord), worded here
//! for a Swedish furniture maker with a factory in Poland: kroner and złoty written the
//! Nordic and Polish ways ("SEK 2,5 mill", "kr 650k", "1,2 MSEK", "1,5 mln zł", "45 tys.
//! zł").

use super::test_names::directory;
use super::*;

/// A Swedish furniture maker with a factory in Poland.
fn dir() -> StaticDirectory {
    directory(
        &[
            ("Production", &["Fabrik"]),
            ("Logistics", &["Lager"]),
            ("Finance", &["Ekonomi"]),
            ("IT", &[]),
        ],
        &[
            ("Paint Line Robots", "Production"),
            ("Kiln Sensors", "Production"),
            ("Warehouse Scanners", "Logistics"),
            ("Payroll System", "Finance"),
        ],
    )
}

/// `text` as written on 2026-11-27 by a writer whose bare amounts are in `currency`.
fn read_in(text: &str, currency: &str) -> Reading {
    test_names::read_day_first_in(text, "astrid", currency, &dir())
}

fn money(units: i64, currency: &str) -> Option<Money> {
    test_names::whole(units, currency)
}

#[test]
fn kroner_are_read_the_ways_nordic_writers_write_them() {
    for (text, want) in [
        ("Paint line robots approved, SEK 2,5 mill", 2_500_000),
        ("Paint line robots approved, SEK 2,5 mill.", 2_500_000),
        ("Paint line robots approved at kr 650k", 650_000),
        ("Paint line robots approved, 1,2 MSEK", 1_200_000),
        ("Paint line robots approved, MSEK 3", 3_000_000),
        ("Paint line robots approved, 400 000 kr", 400_000),
        ("Paint line robots approved, kr 95 000", 95_000),
        ("Paint line robots approved, 850 TSEK", 850_000),
    ] {
        let r = read_in(text, "SEK");
        assert_eq!(r.amount, money(want, "SEK"), "{text}");
        assert_eq!(r.investment.as_deref(), Some("Paint Line Robots"), "{text}");
        assert_eq!(r.verdict, Some(Verdict::Approve), "{text}");
    }
    // A Norwegian tenant's "kr" is its own krone.
    assert_eq!(
        read_in("Paint line robots approved at kr 800k", "NOK").amount,
        money(800_000, "NOK")
    );
    // A million said "mill" with a decimal comma is never read as a few kroner.
    assert_eq!(
        read_in("Kiln sensors saved NOK 1,3 mill in October", "NOK").amount,
        money(1_300_000, "NOK")
    );
}

#[test]
fn zloty_are_read_the_ways_polish_writers_write_them() {
    for (text, want) in [
        ("Paint line robots approved, 1,5 mln zł", 1_500_000),
        ("Paint line robots approved, 45 tys. zł", 45_000),
        ("Paint line robots approved, 250k zł", 250_000),
        ("Paint line robots approved, PLN 2,3 mln", 2_300_000),
        ("Paint line robots approved, 380k zl", 380_000),
    ] {
        let r = read_in(text, "PLN");
        assert_eq!(r.amount, money(want, "PLN"), "{text}");
        assert_eq!(r.verdict, Some(Verdict::Approve), "{text}");
    }
    // Another tenant's "zł" is still złoty.
    assert_eq!(
        read_in("Paint line robots approved, 250k zł", "EUR").amount,
        money(250_000, "PLN")
    );
}

#[test]
fn a_head_count_in_thousands_is_not_money() {
    let r = read_in(
        "Ekonomi wants a new payroll portal for all 1,4k ppl, ~PLN 210k",
        "PLN",
    );
    assert_eq!(r.amount, money(210_000, "PLN"));
}

fn read(text: &str) -> Reading {
    read_in(text, "SEK")
}

#[test]
fn tabled_to_a_later_meeting_or_month_puts_it_off() {
    for (text, review) in [
        (
            "Board tabled the kiln sensors to the Jan 12 meeting",
            "2027-01-12",
        ),
        ("Kiln sensors: tabled to Feb.", "2027-02-01"),
        ("tabled the kiln sensors RFP to next month", "2026-12-01"),
    ] {
        let r = read(text);
        assert_eq!(r.verdict, Some(Verdict::Defer), "{text}");
        assert_eq!(r.review_date, Some(review.parse().unwrap()), "{text}");
    }
    // Tabled at a meeting is put forward, not off.
    assert_eq!(
        read("the kiln sensors paper was tabled at Exec").verdict,
        None
    );
    // A second item tabled after an approval is a record of its own.
    let r = read("Approved the paint line robots, SEK 730k. Also tabled the kiln sensors to Feb.");
    assert_eq!(r.investment.as_deref(), Some("Paint Line Robots"));
    assert_eq!(r.also.len(), 1);
    assert_eq!(r.also[0].verdict, Some(Verdict::Defer));
    assert_eq!(r.also[0].investment.as_deref(), Some("Kiln Sensors"));
}

#[test]
fn a_short_yes_with_its_amount_approves() {
    for text in [
        "Kiln sensors ok, 290k kr",
        "kiln sensors: mgmt said go, 1,2 MSEK for 2027",
        "the Lager team got OK for the warehouse scanners, kr 95 000",
        "kiln sensors ok at SEK 290k",
    ] {
        let r = read(text);
        assert_eq!(r.intent, Intent::Decision, "{text}");
        assert_eq!(r.verdict, Some(Verdict::Approve), "{text}");
    }
    // "ok" as a reply or a state is no verdict.
    for text in [
        "ok thx, see you at 10",
        "kiln sensors are ok, 3 of 4 installed",
        "ok, 290k kr is what the kiln sensors cost so far",
    ] {
        assert_eq!(read(text).verdict, None, "{text}");
    }
    // Two items of minutes, each its own record.
    let r = read("Two from the board today:\n1) Kiln sensors ok, 290k kr\n2) warehouse scanners moved to Q1, no budget left this yr");
    assert_eq!(r.verdict, Some(Verdict::Approve));
    assert_eq!(r.investment.as_deref(), Some("Kiln Sensors"));
    assert_eq!(r.also.len(), 1);
    assert_eq!(r.also[0].verdict, Some(Verdict::Defer));
}

#[test]
fn a_day_and_month_written_with_a_dot_after_a_word_that_leads_a_date() {
    let on = |s: &str| Some(s.parse::<chrono::NaiveDate>().unwrap());
    let r =
        read("@erik can you please send the kiln sensor quotes to Ekonomi within 15.12? Thanks");
    assert_eq!(r.due, on("2026-12-15"));
    let r = read("@erik to send the kiln sensor quotes by 18.12");
    assert_eq!(r.due, on("2026-12-18"));
    let r = read("Kiln sensors approved by the board 26.11, SEK 400k");
    assert_eq!(r.date, on("2026-11-26"));
    let r =
        read("Minutes 25.11 (production sync)\n- kiln sensors: @erik to book the install by 11.12");
    assert_eq!((r.date, r.due), (on("2026-11-25"), on("2026-12-11")));
    let r = read("Kiln sensors: parked until the audit is done. revisit 15.01");
    assert_eq!(r.review_date, on("2027-01-15"));
    // Figures stay figures.
    for text in [
        "kiln sensors cut energy use by 12.10 % so far",
        "Kiln sensors approved, cost down by 4.5 from plan",
    ] {
        let r = read(text);
        assert_eq!((r.date, r.due, r.review_date), (None, None, None), "{text}");
    }
}

#[test]
fn round_the_clock_is_no_date() {
    let r = read("Kiln sensors: CFO ok'd SEK 600k extra for 24/7 monitoring");
    assert_eq!(r.date, None);
    assert_eq!(r.verdict, Some(Verdict::Approve));
}

#[test]
fn plain_second_language_verdicts() {
    for (text, verdict) in [
        (
            "Payroll system: we have decided to go for Visma, contract value SEK 9,6 mill",
            Verdict::Approve,
        ),
        ("Payroll system: decided to go with the Visma offer", Verdict::Approve),
        (
            "Ekonomi say no thanks to the payroll system upgrade (SEK 2 mill). It only adds reports we have.",
            Verdict::Reject,
        ),
    ] {
        let r = read(text);
        assert_eq!(r.intent, Intent::Decision, "{text}");
        assert_eq!(r.verdict, Some(verdict), "{text}");
        assert_eq!(r.investment.as_deref(), Some("Payroll System"), "{text}");
    }
    // Put off to a later meeting: "comes back in the 15.01 board".
    let r = read("Kiln sensors: the board wants more details, it comes back in the 15.01 board");
    assert_eq!(r.verdict, Some(Verdict::Defer));
    assert_eq!(r.review_date, Some("2027-01-15".parse().unwrap()));
    let r = read("kiln sensors come back to Exec in March");
    assert_eq!(r.verdict, Some(Verdict::Defer));
    // Something that comes back on its own is no verdict.
    assert_eq!(
        read("the kiln sensor fault comes back every week").verdict,
        None
    );
}

#[test]
fn a_contracts_value_is_its_cost_not_a_benefit() {
    let r = read("Payroll system: we have decided to go for Visma, contract value SEK 9,6 mill, signed 25.11.");
    assert_eq!(r.amount, money(9_600_000, "SEK"));
    assert_eq!(r.annual_benefit, None);
    assert_eq!(r.date, Some("2026-11-25".parse().unwrap()));
}

#[test]
fn after_a_quarter_is_the_day_it_ends() {
    let on = |s: &str| Some(s.parse::<chrono::NaiveDate>().unwrap());
    let r = read("Kiln sensors phase 2 - no for now, look again after Q1");
    assert_eq!(r.verdict, Some(Verdict::Defer));
    assert_eq!(r.review_date, on("2027-04-01"));
    // The quarter still running ends at the new year.
    let r = read("kiln sensors parked, revisit after Q4");
    assert_eq!(r.review_date, on("2027-01-01"));
}

#[test]
fn an_ordinal_before_its_noun_is_no_date() {
    let r = read("Mgmt said no to the 3rd kiln sensors batch (SEK 340k), the first two cover it");
    assert_eq!(r.verdict, Some(Verdict::Reject));
    assert_eq!((r.date, r.review_date), (None, None));
    // Still a date on its own.
    let r = read("@erik to send the kiln sensor quotes by the 20th");
    assert_eq!(r.due, Some("2026-12-20".parse().unwrap()));
}

#[test]
fn a_count_cut_from_one_figure_to_another_is_a_result() {
    let r = read("Payroll system went live 2.11. and cut processing from 38 days to 19. Saved SEK 210k in overtime in Nov.");
    assert_eq!(r.intent, Intent::Benefit);
    assert_eq!(r.verdict, None);
    assert_eq!(r.amount, money(210_000, "SEK"));
}

#[test]
fn a_four_byte_word_before_a_number_is_no_scaled_currency() {
    for text in ["kiln sensors 𞟱 5", "ﬀ1 kiln sensors approved", "ärrr 40k"] {
        let _ = read(text);
    }
}

#[test]
fn a_deadline_or_an_end_of_support_is_no_verdict() {
    // A sign-off by a date is a follow-up's deadline, not an approval.
    let r = read("Due dates reminder: payroll system UAT sign-off by 15.01 — @piotr");
    assert_eq!(r.verdict, None);
    // A product no longer supported after a date is why, not a refusal.
    let r = read("Ekonomi approved the payroll system yesterday, SEK 4,5 mill. The old one is not supported after 2027.");
    assert_eq!(r.verdict, Some(Verdict::Approve));
    // "Not supported:" as a briefing's answer still refuses.
    assert_eq!(
        read("Not supported: the kiln sensors, SEK 90k").verdict,
        Some(Verdict::Reject)
    );
}
