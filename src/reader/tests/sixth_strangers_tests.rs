//! Readings of forms from the sixth round of writers the reader had not met (a Kenyan
//! mobile operator, a French engineering firm writing English, an Australian state
//! department), worded here for a Kenyan flower exporter with a French parent: euros
//! written with the multiplier set apart ("240 k€", "1,8 M€") and Kenyan shillings written
//! "Ksh 48M", "KSh 850,000", "Sh 2.8M" or "2.1M bob".

use super::test_names::directory;
use super::*;

/// A Kenyan flower exporter owned from France.
fn dir() -> StaticDirectory {
    directory(
        &[
            ("Farms", &["Growing"]),
            ("Cold Chain", &["Logistics"]),
            ("Sales", &[]),
            ("Finance", &["CFO Office"]),
            ("ICT", &["IT"]),
        ],
        &[
            ("Greenhouse Climate Control", "Farms"),
            ("Cold Room Sensors", "Cold Chain"),
            ("Auction Pricing Tool", "Sales"),
            ("Payroll System", "Finance"),
            ("Farm Wi-Fi", "ICT"),
        ],
    )
}

/// `text` as written on 2026-11-27 by a writer whose bare amounts are in `currency`.
fn read_in(text: &str, currency: &str) -> Reading {
    test_names::read_day_first_in(text, "akinyi", currency, &dir())
}

fn money(units: i64, currency: &str) -> Option<Money> {
    test_names::whole(units, currency)
}

#[test]
fn a_multiplier_set_apart_with_the_currency_written_onto_it_is_read() {
    for (text, want) in [
        ("Greenhouse climate control approved, 240 k€", 240_000),
        ("Greenhouse climate control approved at 1,8 M€", 1_800_000),
        ("approved the cold room sensors, 95 k$", 95_000),
    ] {
        let r = read_in(text, "EUR");
        let currency = if text.contains('$') { "USD" } else { "EUR" };
        assert_eq!(r.amount, money(want, currency), "{text}");
        assert_eq!(r.verdict, Some(Verdict::Approve), "{text}");
    }
    // Without a currency on it, a lone lower-case "k" is still no multiplier.
    assert_eq!(read_in("we counted 80 k stems", "EUR").amount, None);
}

#[test]
fn kenyan_shillings_are_read_however_they_are_written() {
    for (text, want) in [
        ("Greenhouse climate control approved at Ksh 48M", 48_000_000),
        (
            "Greenhouse climate control approved at KSh 14.5 million",
            14_500_000,
        ),
        (
            "Greenhouse climate control approved at Kshs 850,000",
            850_000,
        ),
        ("Greenhouse climate control approved at Sh 2.8M", 2_800_000),
        ("Greenhouse climate control approved at 2.1M bob", 2_100_000),
        ("Greenhouse climate control approved at KES 6m", 6_000_000),
        (
            "Greenhouse climate control approved at 3 million shillings",
            3_000_000,
        ),
    ] {
        let r = read_in(text, "KES");
        assert_eq!(r.amount, money(want, "KES"), "{text}");
        assert_eq!(
            r.investment.as_deref(),
            Some("Greenhouse Climate Control"),
            "{text}"
        );
    }
    // "Ksh" before an amount is the currency, never the name of a new investment.
    let r = read_in("Sales would like Ksh 30M for a flower auction app", "KES");
    assert_eq!(r.amount, money(30_000_000, "KES"));
    assert_eq!(r.investment.as_deref(), Some("flower auction app"));
    // Another tenant's "Ksh" is still shillings.
    assert_eq!(
        read_in("Greenhouse climate control approved at Ksh 48M", "GBP").amount,
        money(48_000_000, "KES")
    );
}

fn read(text: &str) -> Reading {
    read_in(text, "EUR")
}

#[test]
fn verdicts_said_the_way_a_second_language_or_a_briefing_says_them() {
    for (text, verdict) in [
        (
            "The COMEX has validated the greenhouse climate control for 240 k€",
            Verdict::Approve,
        ),
        ("Payroll system: the second phase is validated, 90 k€", Verdict::Approve),
        ("auction pricing tool → OK from the board, 60 k€", Verdict::Approve),
        (
            "We prolong the cold room sensors for 1 year, 40 k€, the buyers check them daily",
            Verdict::Continue,
        ),
        (
            "Not supported: Sales' request for the auction pricing tool. The auction closes in 2027.",
            Verdict::Reject,
        ),
        (
            "Farm Wi-Fi: we put it on standby until the new masts are up",
            Verdict::Defer,
        ),
        (
            "Farm Wi-Fi phase 2 – hold. Nothing more until the rains are over.",
            Verdict::Defer,
        ),
    ] {
        let r = read(text);
        assert_eq!(r.intent, Intent::Decision, "{text}");
        assert_eq!(r.verdict, Some(verdict), "{text}");
    }
    // A check that something was validated is no decision, nor a hold put to someone.
    for text in [
        "The tablets aren't validated yet for the cold room sensors",
        "Farm Wi-Fi: hold on, I am checking the quote",
    ] {
        assert_ne!(read(text).intent, Intent::Decision, "{text}");
    }
}

#[test]
fn a_follow_up_handed_to_someone_at_the_start_is_a_note() {
    for (text, owner) in [
        (
            "@wanjiru to update the cold room sensors risk register and send to the PMO by Thursday",
            "wanjiru",
        ),
        (
            "@wanjiru please update the cold room sensors risk register and send to the PMO by Thursday",
            "wanjiru",
        ),
        (
            "@otieno kindly share the payroll system test logs with Finance by Thursday",
            "otieno",
        ),
    ] {
        let r = read(text);
        super::test_names::assert_follow_up_note(&r, text, owner, "2026-12-03");
    }
}

#[test]
fn a_headings_date_is_the_date_of_every_item_it_announces() {
    let text = "Outcome of the farm board 24/11:\n1. Farm Wi-Fi – approved, 40 k€.\n2. Payroll system – deferred to Feb, awaiting the new tax tables.";
    let r = read(text);
    assert_eq!(r.verdict, Some(Verdict::Approve));
    assert_eq!(r.date, Some("2026-11-24".parse().unwrap()));
    assert_eq!(r.also.len(), 1);
    let later = &r.also[0];
    assert_eq!(later.verdict, Some(Verdict::Defer));
    assert_eq!(later.investment.as_deref(), Some("Payroll System"));
    assert_eq!(later.date, Some("2026-11-24".parse().unwrap()));
    // An item's own date stays its own.
    let text = "Minutes of the farm board 24/11:\n- Farm Wi-Fi: approved, 40 k€\n- Payroll system: stopped on 20/11, the vendor went bust";
    assert_eq!(read(text).also[0].date, Some("2026-11-20".parse().unwrap()));
}

#[test]
fn a_meeting_called_off_is_no_stop() {
    for text in [
        "Réunion ventes annulée demain, désolée",
        "Tomorrow's Sales meeting is cancelled, sorry",
        "cancelled the Farms stand-up today, back Monday",
    ] {
        let r = read(text);
        assert_ne!(r.verdict, Some(Verdict::Stop), "{text}");
        assert_ne!(r.intent, Intent::Decision, "{text}");
    }
    // The work itself called off still is one.
    let r = read("Farm Wi-Fi is cancelled, the masts never came");
    assert_eq!(r.verdict, Some(Verdict::Stop));
}

#[test]
fn a_refusal_with_a_date_to_look_again_is_a_deferral() {
    for text in [
        "The payroll system is refused by the CFO for this year, no budget left. We will see again in March.",
        "Farm Wi-Fi: declined for now, revisit in March",
    ] {
        let r = read(text);
        assert_eq!(r.verdict, Some(Verdict::Defer), "{text}");
        assert_eq!(r.review_date, Some("2027-03-01".parse().unwrap()), "{text}");
    }
    // A refusal without one stays a refusal.
    let r = read("The payroll system is refused by the CFO, no budget left.");
    assert_eq!(r.verdict, Some(Verdict::Reject));
}

#[test]
fn a_new_name_may_open_on_a_number_with_a_letter_written_on() {
    for (text, name) in [
        (
            "ICT would like 90 k€ for a 5G farm network",
            "5G farm network",
        ),
        (
            "Farms want to buy a 3D greenhouse scanner, around 60 k€",
            "3D greenhouse scanner",
        ),
    ] {
        let r = read(text);
        assert_eq!(r.intent, Intent::Investment, "{text}");
        assert_eq!(r.investment.as_deref(), Some(name), "{text}");
    }
}

#[test]
fn going_on_with_a_smaller_budget_is_a_rescope() {
    let text = "Farm Wi-Fi – the board agreed to keep going with the two big farms only, budget cut to 30 k€";
    let r = read(text);
    assert_eq!(r.verdict, Some(Verdict::Rescope));
    assert_eq!(r.amount, money(30_000, "EUR"));
    // Going on as before is still a continue.
    let r = read("Farm Wi-Fi – the board agreed to keep going, the pickers love it");
    assert_eq!(r.verdict, Some(Verdict::Continue));
}

#[test]
fn work_formally_closed_is_stopped() {
    let text = "Two decisions from the board on Tuesday: payroll system contingency of 20 k€ approved; farm Wi-Fi formally closed, the masts to be sold.";
    let r = read(text);
    assert_eq!(r.verdict, Some(Verdict::Approve));
    assert_eq!(r.also.len(), 1, "{text}");
    assert_eq!(r.also[0].verdict, Some(Verdict::Stop));
    assert_eq!(r.also[0].investment.as_deref(), Some("Farm Wi-Fi"));
    // The heading's day, said on the items' line, is theirs too.
    assert_eq!(r.also[0].date, Some("2026-11-24".parse().unwrap()));
    // A tender or a deal closed is no stop.
    let r = read("The auction pricing tool tender formally closed on Friday with 4 bids");
    assert_ne!(r.verdict, Some(Verdict::Stop));
}

#[test]
fn work_back_on_is_approved_again() {
    for text in [
        "Per the CEO, the payroll system is back on, 20 k€ for the rebuild",
        "Farm Wi-Fi is back on.",
    ] {
        let r = read(text);
        assert_eq!(r.verdict, Some(Verdict::Approve), "{text}");
    }
    for text in [
        "The payroll system is back on track after the go-live",
        "Farm Wi-Fi is back on the agenda in March",
    ] {
        assert_ne!(read(text).verdict, Some(Verdict::Approve), "{text}");
    }
}

#[test]
fn a_minutes_item_that_only_says_nothing_changed_is_no_part_of_the_next_record() {
    for text in [
        "Minutes of the farm board 24/11:\n- Payroll system: no change\n- Farm Wi-Fi: budget 40 k€ confirmed\n- Auction pricing tool: abandoned",
        "Outcome of the board 24/11:\n1. Payroll system – noted, on track.\n2. Farm Wi-Fi – approved, 40 k€.\n3. Auction pricing tool – stopped.",
        "Minutes of the farm board 24/11:\n- Payroll system: no change\n- Farm Wi-Fi: approved, 40 k€",
    ] {
        let r = read(text);
        assert_eq!(r.verdict, Some(Verdict::Approve), "{text}");
        assert_eq!(r.investment.as_deref(), Some("Farm Wi-Fi"), "{text}");
        assert_eq!(r.amount, money(40_000, "EUR"), "{text}");
        assert_eq!(r.date, Some("2026-11-24".parse().unwrap()), "{text}");
    }
    // A note whose only item is unchanged keeps it.
    let r = read("Minutes of the board 24/11:\n- Payroll system: no change\nAction: Wanjiru to send the tax tables by Thursday");
    assert_eq!(r.investment.as_deref(), Some("Payroll System"));
}

#[test]
fn a_budget_that_passes_from_one_figure_to_another_is_rescoped() {
    let text = "Hi @otieno, the budget of the payroll system passes from 80 k€ to 95 k€ for the tax module, validated by the CFO.";
    let r = read(text);
    assert_eq!(r.verdict, Some(Verdict::Rescope));
    assert_eq!(r.amount, money(95_000, "EUR"));
    // Results that go from one figure to another are no budget.
    let r = read("Farm Wi-Fi: downtime went from 40 hours to 6 hours, saved 12 k€ in October");
    assert_ne!(r.verdict, Some(Verdict::Rescope));
}

#[test]
fn not_this_financial_year_puts_the_work_off() {
    let text = "Farm Wi-Fi – not this financial year, the CFO wants it revisited in March alongside the pricing review.";
    let r = read(text);
    assert_eq!(r.intent, Intent::Decision);
    assert_eq!(r.verdict, Some(Verdict::Defer));
    assert_eq!(r.review_date, Some("2027-03-01".parse().unwrap()));
    assert_eq!(r.date, None);
}

#[test]
fn costs_cut_by_a_yearly_amount_are_a_saving() {
    let text = "Cold Chain wants 30 k€ for a reefer telematics kit, should cut spoilage costs by 12 k€/yr over 3 years";
    let r = read(text);
    assert_eq!(r.intent, Intent::Investment);
    assert_eq!(r.amount, money(30_000, "EUR"));
    assert_eq!(r.annual_benefit, money(12_000, "EUR"));
    assert_eq!(r.years, Some(3));
    // A running cost said per year is still no saving.
    let r = read("Cold Chain wants 30 k€ for a reefer telematics kit, running costs 5 k€/yr");
    assert_eq!(r.annual_benefit, None);
}

#[test]
fn a_units_possessive_is_no_part_of_a_new_name() {
    let r = read("ICT's pest camera network – not this financial year, revisit in March");
    assert_eq!(r.investment.as_deref(), Some("pest camera network"));
    assert_eq!(r.unit.as_deref(), Some("ICT"));
    let r = read("Cold Chain's reefer telematics kit is approved, 30 k€");
    assert_eq!(r.investment.as_deref(), Some("reefer telematics kit"));
    assert_eq!(r.unit.as_deref(), Some("Cold Chain"));
}
