//! Readings of forms from the eighth round of writers the reader had not met (a Swiss
//! private bank writing English, a Danish turbine service firm, a US SaaS startup on
//! Discord), worded here for an alpine cable-car operator in Graubünden with a Danish
//! ferry subsidiary and an app team in the US: francs written the Swiss way ("CHF
//! 1'200'000", "Fr. 80'000.–"), kroner the Danish way ("kr. 800.000") and recurring
//! revenue said as MRR or ARR.

use super::test_names::directory;
use super::*;

/// An alpine cable-car operator with a Danish ferry subsidiary and a US app team.
fn dir() -> StaticDirectory {
    directory(
        &[
            ("Lifts", &["Bahnen"]),
            ("Ticketing", &["Kasse"]),
            ("Snowmaking", &[]),
            ("Ferries", &["Færger"]),
            ("Apps", &["app team"]),
        ],
        &[
            ("Gondola Cabin Refit", "Lifts"),
            ("Ticket Scanner Gates", "Ticketing"),
            ("Snowmaking Automation", "Snowmaking"),
            ("Ferry Booking System", "Ferries"),
            ("Season Pass App", "Apps"),
        ],
    )
}

/// `text` as written on 2026-11-27 by a writer whose bare amounts are in `currency`.
fn read_in(text: &str, currency: &str) -> Reading {
    test_names::read_day_first_in(text, "reto", currency, &dir())
}

fn money(units: i64, currency: &str) -> Option<Money> {
    test_names::whole(units, currency)
}

#[test]
fn swiss_francs_are_read_with_their_apostrophes_and_the_francs_dash() {
    for (text, want) in [
        ("Gondola cabin refit approved, CHF 1'200'000", 1_200_000),
        (
            "Gondola cabin refit approved with CHF 640'000 by the VR",
            640_000,
        ),
        ("Gondola cabin refit approved, CHF 2’300’000", 2_300_000),
        ("Gondola cabin refit approved, Fr. 80'000.–", 80_000),
        (
            "Gondola cabin refit approved, Fr. 150'000.- for the second line",
            150_000,
        ),
        ("Gondola cabin refit approved, 1'500'000 CHF", 1_500_000),
        ("Gondola cabin refit: approved, 450'000.", 450_000),
    ] {
        let r = read_in(text, "CHF");
        assert_eq!(r.amount, money(want, "CHF"), "{text}");
        assert_eq!(
            r.investment.as_deref(),
            Some("Gondola Cabin Refit"),
            "{text}"
        );
        assert_eq!(r.verdict, Some(Verdict::Approve), "{text}");
    }
    // The francs' dash ends no sentence: the reason after it is still read.
    let text =
        "Gondola cabin refit approved, CHF 640'000.–. The old cabins fail the 2027 inspection.";
    assert_eq!(
        read_in(text, "CHF").rationale.as_deref(),
        Some("The old cabins fail the 2027 inspection")
    );
    // A saving each month in francs is made yearly at its full size.
    let r = read_in(
        "Since the scanner gates the queues are gone, this saves us around CHF 25'000 each month in cashier time.",
        "CHF",
    );
    assert_eq!(r.annual_benefit.or(r.amount), money(300_000, "CHF"));
}

#[test]
fn danish_kroner_are_read_after_kr_and_its_dot() {
    for (text, want) in [
        ("Ferry booking system approved, kr. 800.000", 800_000),
        (
            "Ferry booking system - go. kr. 4.200.000. The old one crashes every Friday.",
            4_200_000,
        ),
        ("Ferry booking system approved, kr 350.000", 350_000),
    ] {
        let r = read_in(text, "DKK");
        assert_eq!(r.amount, money(want, "DKK"), "{text}");
        assert_eq!(
            r.investment.as_deref(),
            Some("Ferry Booking System"),
            "{text}"
        );
    }
    let text = "Ferry booking system - go. kr. 4.200.000. The old one crashes every Friday.";
    assert_eq!(
        read_in(text, "DKK").rationale.as_deref(),
        Some("The old one crashes every Friday")
    );
}

#[test]
fn recurring_revenue_said_as_mrr_or_arr_is_money_per_month_or_per_year() {
    let r = read_in(
        "app team wants $30k for a referral widget, should add ~$4k new MRR over 2 years",
        "USD",
    );
    assert_eq!(r.intent, Intent::Investment);
    assert_eq!(r.amount, money(30_000, "USD"));
    assert_eq!(r.annual_benefit, money(48_000, "USD"));
    assert_eq!(r.years, Some(2));
    let r = read_in(
        "Season pass app approved at $120k, expecting ~$90k ARR from the hotel partners",
        "USD",
    );
    assert_eq!(r.amount, money(120_000, "USD"));
    assert_eq!(r.annual_benefit, money(90_000, "USD"));
    let r = read_in(
        "Season pass app approved at $120k, that unlocks $60k in new ARR",
        "USD",
    );
    assert_eq!(r.annual_benefit, money(60_000, "USD"));
}

#[test]
fn more_money_said_with_any_currency_is_an_approval() {
    let text = "Two decisions from the Bahnen board today: the gondola cabin refit gets CHF 180'000 more for the new doors. And the snowmaking automation stays on hold until Q2.";
    let r = read_in(text, "CHF");
    assert_eq!(r.verdict, Some(Verdict::Approve), "{r:?}");
    assert_eq!(r.investment.as_deref(), Some("Gondola Cabin Refit"));
    assert_eq!(r.amount, money(180_000, "CHF"));
    assert_eq!(r.also.len(), 1, "{r:?}");
    assert_eq!(r.also[0].verdict, Some(Verdict::Defer));
    assert_eq!(
        r.also[0].investment.as_deref(),
        Some("Snowmaking Automation")
    );
    let r = read_in(
        "Beschluss: the ferry booking system gets additional kr. 150.000 for the Swedish routes.",
        "DKK",
    );
    assert_eq!(r.verdict, Some(Verdict::Approve), "{r:?}");
    assert_eq!(r.amount, money(150_000, "DKK"));
}

#[test]
fn verdicts_listed_with_commas_about_other_investments_are_records_of_their_own() {
    let text = "board recap 11/20: season pass app approved ($120k), ferry booking system punted to Q3, burn is fine";
    let r = test_names::read_us(text, "kim", "2026-11-27", &dir());
    assert_eq!(r.verdict, Some(Verdict::Approve), "{r:?}");
    assert_eq!(r.investment.as_deref(), Some("Season Pass App"));
    assert_eq!(r.amount, money(120_000, "USD"));
    assert_eq!(r.review_date, None);
    assert_eq!(r.also.len(), 1, "{r:?}");
    assert_eq!(r.also[0].verdict, Some(Verdict::Defer));
    assert_eq!(
        r.also[0].investment.as_deref(),
        Some("Ferry Booking System")
    );
    assert_eq!(r.also[0].review_date, "2027-07-01".parse().ok());
    // A verdict after a comma about no other investment stays with the record.
    let r = test_names::read_us(
        "season pass app approved at $120k, rest of the ask punted to Q3",
        "kim",
        "2026-11-27",
        &dir(),
    );
    assert!(r.also.is_empty(), "{r:?}");
}

#[test]
fn a_heading_dated_the_day_first_way_with_its_dot_dates_every_item() {
    let text = "Summary Bahnen board 25.11.:\n1. Gondola cabin refit: approved, CHF 640k\n2. Snowmaking automation: continue\n3. Ticket scanner gates: stop";
    let r = read_in(text, "CHF");
    let day = "2026-11-25".parse().ok();
    assert_eq!(r.date, day, "{r:?}");
    assert_eq!(r.also.len(), 2, "{r:?}");
    assert!(r.also.iter().all(|a| a.date == day), "{r:?}");
}

#[test]
fn a_budget_set_to_a_new_figure_is_a_rescope_to_it() {
    for (text, currency, want) in [
        (
            "Gondola cabin refit: budget is increased from CHF 4 Mio. to 4,6 Mio. CHF, because the steel got dearer.",
            "CHF",
            4_600_000,
        ),
        (
            "The gondola cabin refit budget goes down to DKK 5 mio. (was 7,5), we skip the heated seats.",
            "DKK",
            5_000_000,
        ),
        (
            "we're cutting the gondola cabin refit budget to $90k, dropping the heated seats",
            "USD",
            90_000,
        ),
        (
            "Gondola cabin refit: new budget CHF 2'300'000 instead of CHF 3'100'000, only the upper section for now.",
            "CHF",
            2_300_000,
        ),
        (
            "Gondola cabin refit continues only for the upper section, not the valley one. New budget kr. 300.000.",
            "DKK",
            300_000,
        ),
    ] {
        let r = read_in(text, currency);
        assert_eq!(r.verdict, Some(Verdict::Rescope), "{text}: {r:?}");
        assert_eq!(r.amount, money(want, currency), "{text}");
        assert_eq!(r.investment.as_deref(), Some("Gondola Cabin Refit"), "{text}");
    }
    // A budget told, not changed, is no rescope.
    let r = read_in(
        "Gondola cabin refit approved, the budget goes to the board for the record",
        "CHF",
    );
    assert_eq!(r.verdict, Some(Verdict::Approve));
}

#[test]
fn a_reason_s_trailing_emoji_is_not_part_of_it() {
    let r = test_names::read_us(
        "kill it. the season pass app brought in 4 signups in 2 months 💀",
        "kim",
        "2026-11-27",
        &dir(),
    );
    assert_eq!(r.verdict, Some(Verdict::Stop));
    assert_eq!(
        r.rationale.as_deref(),
        Some("the season pass app brought in 4 signups in 2 months")
    );
}

#[test]
fn a_verdict_word_describing_other_things_does_not_turn_the_verdict() {
    // "we keep it" decides only ending its clause.
    let r = read_in("we keep it simple for the snowmaking automation", "CHF");
    assert_ne!(r.verdict, Some(Verdict::Continue));
    for text in [
        "The snowmaking automation continues as planned. We had 3 pump failures in November which were all stopped in time.",
        "Snowmaking automation: we keep it. Fewer wasted night shifts, 61 cancelled ski days avoided since April.",
    ] {
        let r = read_in(text, "CHF");
        assert_eq!(r.verdict, Some(Verdict::Continue), "{text}: {r:?}");
        assert_eq!(r.investment.as_deref(), Some("Snowmaking Automation"), "{text}");
    }
}

#[test]
fn lgtm_on_a_thing_approves_it() {
    let r = test_names::read_us(
        "LGTM on the scanner gates, $85k for the hardware. the old turnstiles jam daily rn",
        "kim",
        "2026-11-27",
        &dir(),
    );
    assert_eq!(r.verdict, Some(Verdict::Approve), "{r:?}");
    assert_eq!(r.investment.as_deref(), Some("Ticket Scanner Gates"));
    assert_eq!(r.amount, money(85_000, "USD"));
    assert_eq!(
        r.rationale.as_deref(),
        Some("the old turnstiles jam daily rn")
    );
    // A count as the next sentence's subject: its reason.
    let r = test_names::read_us(
        "LGTM on the scanner gates, $85k for the hardware. 4 turnstiles are broken again",
        "kim",
        "2026-11-27",
        &dir(),
    );
    assert_eq!(
        r.rationale.as_deref(),
        Some("4 turnstiles are broken again")
    );
    // A bare reaction is no approval.
    let r = test_names::read_us("lgtm", "kim", "2026-11-27", &dir());
    assert_ne!(r.verdict, Some(Verdict::Approve));
}

#[test]
fn a_swiss_writer_s_deferrals_are_read() {
    let text = "The snowmaking automation is sistiert until the new water permit is granted. We will look at it again on 12.03.";
    let r = read_in(text, "CHF");
    assert_eq!(r.verdict, Some(Verdict::Defer), "{r:?}");
    assert_eq!(r.review_date, "2027-03-12".parse().ok());
    assert_eq!(r.date, None);
    let text =
        "Snowmaking automation - we wait with this until the new lift manager starts in March.";
    let r = read_in(text, "CHF");
    assert_eq!(r.verdict, Some(Verdict::Defer), "{r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("until the new lift manager starts in March")
    );
    // "Decision again in the board of 10.03.": when to look again, over the condition's month.
    let text = "Snowmaking automation - we wait with this until the new lift manager starts in March. Decision again in the board of 10.03.";
    let r = read_in(text, "CHF");
    assert_eq!(r.verdict, Some(Verdict::Defer), "{r:?}");
    assert_eq!(r.review_date, "2027-03-10".parse().ok());
    assert_eq!(r.date, None);
}

#[test]
fn a_bracketed_abbreviation_or_old_figure_is_no_reason() {
    let text = "The gondola cabin refit is approved with CHF 640'000 by the board of directors (VR) on 27.11.; the old cabins fail the 2027 inspection.";
    let r = read_in(text, "CHF");
    assert_eq!(
        r.rationale.as_deref(),
        Some("the old cabins fail the 2027 inspection"),
        "{r:?}"
    );
    let text = "The gondola cabin refit budget goes down to DKK 5 mio. (was 7,5), we skip the heated seats.";
    let r = read_in(text, "DKK");
    assert_eq!(
        r.rationale.as_deref(),
        Some("we skip the heated seats"),
        "{r:?}"
    );
}

#[test]
fn a_refusal_told_to_come_back_later_puts_the_work_off() {
    let text = "The board said no to more money for the season pass app this year. Come back with it in February.";
    let r = test_names::read_us(text, "kim", "2026-11-27", &dir());
    assert_eq!(r.verdict, Some(Verdict::Defer), "{r:?}");
    assert_eq!(r.review_date, "2027-02-01".parse().ok());
    assert_eq!(r.date, None);
    assert_eq!(r.rationale, None);
}

#[test]
fn a_follow_up_asked_of_someone_by_title_and_name() {
    for (text, owner) in [
        (
            "Herr Keller please check with Finance if the budget for the gondola cabin refit is still there, until Monday.",
            "Herr Keller",
        ),
        (
            "Frau Meier can you please send the offer for the gondola cabin refit until Monday?",
            "Frau Meier",
        ),
    ] {
        let r = read_in(text, "CHF");
        test_names::assert_follow_up_note(&r, text, owner, "2026-11-30");
        assert_eq!(r.investment.as_deref(), Some("Gondola Cabin Refit"));
    }
}

#[test]
fn a_refusal_for_now_with_a_revisit_on_a_condition_puts_the_work_off() {
    let r = test_names::read_us(
        "no-go on the scanner gates for now, 3 lifts don't need them. revisit when we're at 8",
        "kim",
        "2026-11-27",
        &dir(),
    );
    assert_eq!(r.verdict, Some(Verdict::Defer), "{r:?}");
    assert_eq!(r.investment.as_deref(), Some("Ticket Scanner Gates"));
    // A refusal with no look-again stays one.
    let r = test_names::read_us(
        "no-go on the scanner gates, 3 lifts don't need them",
        "kim",
        "2026-11-27",
        &dir(),
    );
    assert_eq!(r.verdict, Some(Verdict::Reject));
}

#[test]
fn a_request_put_as_a_question_to_someone_named_first_is_a_follow_up() {
    let text = "@anders the gondola cabin refit demo - can you book it for week 2?";
    let r = read_in(text, "DKK");
    test_names::assert_follow_up_note(&r, text, "anders", "2027-01-11");
}

#[test]
fn years_of_something_held_are_no_benefit_horizon() {
    let r = read_in(
        "Snowmaking automation approved, CHF 3'100'000. We have 14 years of weather data nobody can use today.",
        "CHF",
    );
    assert_eq!(r.years, None, "{r:?}");
    assert_eq!(r.amount, money(3_100_000, "CHF"));
    // A horizon is still one.
    let r = read_in(
        "Snowmaking automation approved, CHF 300k, saving CHF 100k a year over 3 years of savings",
        "CHF",
    );
    assert_eq!(r.years, Some(3));
}
