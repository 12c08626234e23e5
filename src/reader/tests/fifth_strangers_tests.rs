//! Readings of forms from the fifth round of writers the reader had not met (a US transit
//! agency, an NHS trust, a Japanese subsidiary writing English), worded here for a regional
//! airline: an abbreviation's dot inside a sentence ("approx. £9k"), yen counted in 万 and
//! 億, a saving "per year for 4 years" (not a total), a count "reduced from 40 to 12"
//! (no rescope), a board that "tabled" something or whose "motion failed", a day and month
//! still to come said without a year, and a look-again date said after another date.

use super::test_names::read_on_test_day;
use super::*;

/// A regional airline.
fn dir() -> StaticDirectory {
    super::test_names::directory(
        &[
            ("Flight Operations", &["Flight Ops"]),
            ("Engineering", &["MRO"]),
            ("Ground Handling", &["Ground Ops"]),
            ("Commercial", &[]),
            ("Cabin Crew", &["Crew"]),
        ],
        &[
            ("Crew Rostering Tool", "Cabin Crew"),
            ("Engine Health Monitoring", "Engineering"),
            ("Baggage Tracking", "Ground Handling"),
            ("Revenue Management System", "Commercial"),
            ("Fuel Efficiency Analytics", "Flight Operations"),
            ("Hangar Lighting Upgrade", "Engineering"),
        ],
    )
}

fn read(text: &str) -> Reading {
    read_on_test_day(text, "sam", &dir())
}

/// As the airline's Japanese subsidiary writes it: month first, amounts in yen.
fn read_yen(text: &str) -> Reading {
    let settings = ReaderSettings {
        day_first: false,
        default_currency: Currency::from_code("JPY").unwrap(),
    };
    super::read(
        text,
        "ken",
        "2026-11-27".parse().unwrap(),
        &dir(),
        &settings,
    )
    .unwrap()
}

fn d(s: &str) -> Option<NaiveDate> {
    Some(s.parse().unwrap())
}

fn gbp(minor: i64) -> Option<Money> {
    Some(Money::new(minor, Currency::GBP))
}

fn yen(amount: i64) -> Option<Money> {
    Some(Money::new(amount, Currency::from_code("JPY").unwrap()))
}

#[test]
fn an_abbreviations_dot_does_not_end_the_sentence() {
    for (text, evidence) in [
        (
            "Crew rostering tool: 28 fewer standby call-outs, approx. £9k saved in October",
            "28 fewer standby call-outs",
        ),
        (
            "Engine health monitoring: two borescope findings caught early, est. £40k saved in October",
            "two borescope findings caught early",
        ),
        (
            "Crew rostering tool went live on 3/8. Standby call-outs down by 30 a month, approx. £9k saved in October",
            "Standby call-outs down by 30 a month",
        ),
        (
            "Baggage tracking: the go-live was in August. Mishandled bags down 40%, approx. £12k saved in October",
            "Mishandled bags down 40%",
        ),
    ] {
        let r = read(text);
        assert_eq!(r.intent, Intent::Benefit, "{text}");
        assert_eq!(r.rationale.as_deref(), Some(evidence), "{text}");
    }
}

#[test]
fn yen_counted_in_man_and_oku_are_read_whole() {
    for (text, amount) in [
        ("Hangar lighting upgrade approved, 1,200万円", 12_000_000),
        (
            "Hangar lighting upgrade approved, budget 4,500万円",
            45_000_000,
        ),
        ("Revenue management system approved at 2.5億円", 250_000_000),
        ("Revenue management system approved at 3億円", 300_000_000),
    ] {
        let r = read_yen(text);
        assert_eq!(r.verdict, Some(Verdict::Approve), "{text}");
        assert_eq!(r.amount, yen(amount), "{text}");
    }
    // Yen is yen in a tenant that keeps its books in pounds too, however it is written.
    for (text, amount) in [
        ("Hangar lighting upgrade approved, 1,200万円", 12_000_000),
        ("Hangar lighting upgrade approved, 410,000円", 410_000),
        (
            "Hangar lighting upgrade approved, 36 million yen",
            36_000_000,
        ),
    ] {
        let r = read(text);
        assert_eq!(r.amount, yen(amount), "{text}");
    }
}

#[test]
fn a_saving_said_per_year_for_some_years_is_not_divided() {
    for (text, annual, years) in [
        (
            "Commercial wants £50k for a fare alert app, should bring in £20k per year for 4 years",
            gbp(2_000_000),
            4,
        ),
        (
            "Engineering requests budget of 36 million yen for new tool crib system, expected saving is 15 million yen per year for 5 years",
            yen(15_000_000),
            5,
        ),
        (
            "Engineering proposes AGV introduction, about 22 million yen, saving is 9 million yen per year over 6 years",
            yen(9_000_000),
            6,
        ),
    ] {
        let r = if text.contains("yen") {
            read_yen(text)
        } else {
            read(text)
        };
        assert_eq!(r.intent, Intent::Investment, "{text}");
        assert_eq!(r.annual_benefit, annual, "{text}");
        assert_eq!(r.years, Some(years), "{text}");
    }
}

#[test]
fn a_count_reduced_from_one_number_to_another_is_no_rescope() {
    for text in [
        "Baggage tracking: mishandled bags reduced from 40 to 12 a week, saved £8k in October",
        "Engine health monitoring: since start in August, turnaround reduced from 5 days to 1 day. Saved £3k in October",
    ] {
        let r = read(text);
        assert_eq!(r.intent, Intent::Benefit, "{text}");
        assert_eq!(r.verdict, None, "{text}");
        assert_eq!(r.date, d("2026-10-01"), "{text}");
    }
}

#[test]
fn a_board_that_tabled_something_deferred_it() {
    for text in [
        "The board tabled the hangar lighting upgrade until the lease is renewed",
        "hangar lighting upgrade tabled until the lease is renewed",
    ] {
        let r = read(text);
        assert_eq!(r.intent, Intent::Decision, "{text}");
        assert_eq!(r.verdict, Some(Verdict::Defer), "{text}");
        assert_eq!(
            r.investment.as_deref(),
            Some("Hangar Lighting Upgrade"),
            "{text}"
        );
        assert_eq!(
            r.rationale.as_deref(),
            Some("until the lease is renewed"),
            "{text}"
        );
    }
}

#[test]
fn a_paper_tabled_at_a_meeting_is_put_forward_not_off() {
    let r =
        read("The hangar lighting business case was tabled at the Engineering board on Tuesday");
    assert_ne!(r.verdict, Some(Verdict::Defer));
}

#[test]
fn a_motion_that_failed_is_a_refusal() {
    let text = "Board vote on the revenue management system: motion failed 3-5, members wanted a business case first";
    let r = read(text);
    assert_eq!(r.intent, Intent::Decision, "{text}");
    assert_eq!(r.verdict, Some(Verdict::Reject), "{text}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("members wanted a business case first")
    );
    for text in [
        "Engineering: not moving forward with the hangar lighting upgrade, the lease ends in 2028",
        "no on the fuel efficiency analytics renewal, the pilots never open it",
    ] {
        let r = read(text);
        assert_eq!(r.verdict, Some(Verdict::Reject), "{text}");
    }
}

#[test]
fn a_budget_changed_from_one_figure_to_another_is_rescoped() {
    let r = read_yen("Hangar lighting upgrade - budget changed from 4,500万円 to 3,800万円, we remove the apron lights from scope");
    assert_eq!(r.verdict, Some(Verdict::Rescope));
    assert_eq!(r.amount, yen(38_000_000));
    assert_eq!(
        r.rationale.as_deref(),
        Some("we remove the apron lights from scope")
    );
}

#[test]
fn a_request_to_hold_until_something_is_a_deferral() {
    let r = read("Fuel analytics: please hold until the new tablets are rolled out. Let's discuss again at the January ops meeting.");
    assert_eq!(r.verdict, Some(Verdict::Defer));
    assert_eq!(r.review_date, d("2027-01-01"));
    assert_eq!(
        r.rationale.as_deref(),
        Some("until the new tablets are rolled out")
    );
}

#[test]
fn a_day_and_month_still_to_come_is_not_a_date_a_year_ago() {
    // Said on 27 November, "9/12" is next month's meeting, not last December's.
    for text in [
        "Thanks all for a productive retreat, see you at the 9/12 board meeting",
        "Fuel efficiency analytics: the tender closes 15/1, nothing to decide yet",
    ] {
        let r = read(text);
        assert_eq!(r.date, None, "{text}");
    }
    // A date of the past stays one.
    let r = read("Baggage tracking approved on 20/11, £80k");
    assert_eq!(r.date, d("2026-11-20"));
}

#[test]
fn a_look_again_date_wins_over_the_year_it_was_put_off_to() {
    let text = "About fuel efficiency analytics: we decided to postpone it to next fiscal year because the vendor price is over budget. We will review again in April.";
    let r = read(text);
    assert_eq!(r.verdict, Some(Verdict::Defer), "{text}");
    assert_eq!(r.review_date, d("2027-04-01"), "{text}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("the vendor price is over budget")
    );
    // A month that names a meeting ("the March budget workshop", "at January meeting").
    for text in [
        "Ops committee recommended we defer the fuel analytics renewal, revisit at the March budget workshop.",
        "Fuel efficiency analytics: postponed. Let's discuss again at March management meeting.",
    ] {
        let r = read(text);
        assert_eq!(r.verdict, Some(Verdict::Defer), "{text}");
        assert_eq!(r.review_date, d("2027-03-01"), "{text}");
    }
}

#[test]
fn a_follow_up_handed_out_politely_or_as_an_item_has_its_owner_and_due_date() {
    for (text, owner, due) in [
        (
            "ACTION ITEM: Jorge to issue the RFP for the baggage tracking by 18/12",
            "Jorge",
            "2026-12-18",
        ),
        (
            "ACTION: Jorge to issue the baggage tracking RFP by 18/12",
            "Jorge",
            "2026-12-18",
        ),
        (
            "Engineering: @dr.khan to confirm the hangar lighting DPIA by 18/12",
            "dr.khan",
            "2026-12-18",
        ),
        (
            "@sato-san please prepare the engine health monitoring report until 15/12",
            "sato-san",
            "2026-12-15",
        ),
        (
            "Please kindly check the baggage tracking quotation by 10/12, @sato-san",
            "sato-san",
            "2026-12-10",
        ),
    ] {
        super::test_names::assert_follow_up_note(&read(text), text, owner, due);
    }
}

#[test]
fn a_date_inside_a_refusals_reason_is_no_deadline() {
    let text = "Engineering said no to the hangar lighting upgrade - can't resource the crew training before April";
    let r = read(text);
    assert_eq!(r.verdict, Some(Verdict::Reject));
    assert_eq!(r.due, None);
    assert_eq!(
        r.rationale.as_deref(),
        Some("can't resource the crew training before April")
    );
    // With a follow-up, its date is the follow-up's.
    let r = read(
        "hangar lighting upgrade knocked back, @lewis to price a cheaper option by end of Jan",
    );
    assert_eq!(r.due, d("2027-01-31"));
}

#[test]
fn back_to_it_in_a_month_is_when_to_look_again_not_the_reason() {
    let text = "Baggage tracking - pausing the scanner rollout until the union ballot is done, back to it in Jan";
    let r = read(text);
    assert_eq!(r.verdict, Some(Verdict::Defer));
    assert_eq!(r.review_date, d("2027-01-01"));
    assert_eq!(
        r.rationale.as_deref(),
        Some("until the union ballot is done")
    );
}

#[test]
fn last_nights_board_was_yesterday() {
    let r = read("From last night's board: the hangar lighting upgrade was approved at £520k");
    assert_eq!(r.verdict, Some(Verdict::Approve));
    assert_eq!(r.date, d("2026-11-26"));
}

#[test]
fn signing_off_an_extension_approves_it() {
    for text in [
        "The COO signed off on extending the fuel efficiency analytics pilot at £180k",
        "Board resolution authorizing the COO to extend the baggage tracking contract, not to exceed £1.2m",
    ] {
        let r = read(text);
        assert_eq!(r.verdict, Some(Verdict::Approve), "{text}");
        assert_eq!(r.intent, Intent::Decision, "{text}");
    }
    // The tally of the vote after it is no reason.
    let r = read("Resolution 26-11 authorizing the COO to execute the baggage tracking contract, not to exceed £1.2m. Motion carried 6-1.");
    assert_eq!(r.verdict, Some(Verdict::Approve));
    assert_eq!(r.rationale, None);
}

#[test]
fn the_words_that_announce_a_reason_are_not_part_of_it() {
    let text = "Crew rostering tool was approved by the COO on 20/11. Main reason is fatigue risk, we cannot cover the night rotations.";
    let r = read(text);
    assert_eq!(
        r.rationale.as_deref(),
        Some("fatigue risk, we cannot cover the night rotations")
    );
}

#[test]
fn a_go_live_date_is_not_when_a_benefit_was_counted() {
    let text = "Baggage tracking go-live was 1/10. Mishandled bags down by 60 a month, approx. £4,100 saved in November";
    let r = read(text);
    assert_eq!(r.intent, Intent::Benefit);
    assert_eq!(r.date, d("2026-11-01"));
}

#[test]
fn a_benefits_counted_results_run_on_until_its_money() {
    for (text, evidence) in [
        (
            "Baggage tracking: 48 of 60 scanners installed, mishandled bags down 31%, about £22k less in compensation in November",
            "48 of 60 scanners installed, mishandled bags down 31%",
        ),
        (
            "Baggage tracking: 48 of 60 scanners installed, \"where's my bag\" calls down 31%, about £22k less in compensation in November",
            "48 of 60 scanners installed, \"where's my bag\" calls down 31%",
        ),
    ] {
        let r = read(text);
        assert_eq!(r.intent, Intent::Benefit, "{text}");
        assert_eq!(r.rationale.as_deref(), Some(evidence), "{text}");
    }
}

#[test]
fn who_decided_and_when_is_no_reason() {
    let text = "Crew rostering tool phase 2 is approved with budget £150k. Decision by the board of directors on 26/11.";
    let r = read(text);
    assert_eq!(r.verdict, Some(Verdict::Approve));
    assert_eq!(r.rationale, None);
    assert_eq!(r.date, d("2026-11-26"));
}

#[test]
fn approving_a_meetings_agenda_or_minutes_is_procedure_not_a_record() {
    let text = "Board minutes 19/11\n1. Call to order 5:32pm\n2. Consent agenda approved\n3. Baggage tracking phase 2: approved, £640k, staff noted 3 in 10 bags are scanned by hand\n4. Adjourned 7:10pm";
    let r = read(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}");
    assert_eq!(r.investment.as_deref(), Some("Baggage Tracking"), "{text}");
    assert_eq!(r.amount, gbp(64_000_000), "{text}");
    for text in [
        "Minutes of the last meeting approved. Hangar lighting upgrade approved at £90k",
        "Engineering board: agenda approved, then the hangar lighting upgrade approved at £90k",
    ] {
        let r = read(text);
        assert_eq!(
            r.investment.as_deref(),
            Some("Hangar Lighting Upgrade"),
            "{text}"
        );
        assert_eq!(r.amount, gbp(9_000_000), "{text}");
    }
}

#[test]
fn a_meeting_called_to_order_hands_out_no_follow_up() {
    let text = "Board minutes 19/11\n1. Call to order 5:32pm\n2. Baggage tracking phase 2: approved, £640k, staff noted 3 in 10 bags are scanned by hand";
    let r = read(text);
    assert!(r.action.is_none(), "{text}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("staff noted 3 in 10 bags are scanned by hand")
    );
}

#[test]
fn no_decision_needed_in_one_item_of_the_minutes_leaves_the_others() {
    let text = "Minutes - Engineering board 26/11\nPresent: SO, RT, KM\n1. Hangar lighting: approved phase 2, £130k - night shift errors fell by half in the pilot bay\n2. Engine health monitoring: go-live moved to April, no decision needed";
    let r = read(text);
    assert_eq!(r.intent, Intent::Decision, "{text}");
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}");
    assert_eq!(r.investment.as_deref(), Some("Hangar Lighting Upgrade"));
    // Without items, the whole message says it.
    let r = read("Engine health monitoring go-live moved to April. Not a decision, just FYI");
    assert_eq!(r.verdict, None);
}

#[test]
fn not_worth_its_price_judges_the_price() {
    let text = "Fuel efficiency analytics: we rejected the proposal to expand to the turboprops, only 40 hours per month of effect, not worth the license fee £24k";
    let r = read(text);
    assert_eq!(r.verdict, Some(Verdict::Reject));
    assert_eq!(
        r.rationale.as_deref(),
        Some("only 40 hours per month of effect, not worth the license fee £24k")
    );
}

#[test]
fn a_counted_result_after_the_name_runs_on_over_another_result() {
    let text = "Hangar lighting upgrade done on 6 bays, electricity down 18% on those bays = ~£14k saved in October";
    let r = read(text);
    assert_eq!(r.intent, Intent::Benefit);
    assert_eq!(
        r.rationale.as_deref(),
        Some("done on 6 bays, electricity down 18% on those bays")
    );
}

#[test]
fn a_counted_result_ends_at_a_dash_before_the_money() {
    let text = "Engine health monitoring caught 3 bearing faults early in Q3 - Finance says we avoided ~£300k in removals";
    let r = read(text);
    assert_eq!(r.intent, Intent::Benefit);
    assert_eq!(
        r.rationale.as_deref(),
        Some("caught 3 bearing faults early")
    );
    assert_eq!(r.date, d("2026-07-01"));
}

#[test]
fn a_benefits_source_said_mainly_from_keeps_only_the_source() {
    let text = "Cabin Crew: the rostering tool saved £41k in overtime in October, mainly from fewer unfilled standby shifts";
    let r = read(text);
    assert_eq!(
        r.rationale.as_deref(),
        Some("fewer unfilled standby shifts")
    );
}

/// "since start in August" says from when the counted result is measured: it is part of a
/// benefit's evidence, not its reason (the corpus convention).
#[test]
fn since_start_in_a_month_opening_a_benefits_result_stays_in_its_evidence() {
    let text = "Baggage tracking: since start in August, claim investigation time reduced from 5 days to 1 day. Cost saving is approx. £3.2k in November.";
    let r = read(text);
    assert_eq!(r.intent, Intent::Benefit);
    assert_eq!(
        r.rationale.as_deref(),
        Some("since start in August, claim investigation time reduced from 5 days to 1 day")
    );
}

#[test]
fn a_thing_that_is_decided_or_whose_cancel_is_confirmed_is_decided() {
    let r = read_yen("Baggage tracking introduction is decided!! budget ¥28M, go-live is planned for May. Current manual tagging causes many lost bags.");
    assert_eq!(r.verdict, Some(Verdict::Approve));
    assert_eq!(r.amount, yen(28_000_000));
    let r = read_yen(
        "Fuel efficiency analytics cancel is confirmed by the Flight Ops director on 11/25.",
    );
    assert_eq!(r.verdict, Some(Verdict::Stop));
    assert_eq!(r.date, d("2026-11-25"));
    // A choice made inside the work is no verdict on it.
    let r = read_yen(
        "Baggage tracking vendor is decided to Logiflow. @ito-san will make the contract by 12/18.",
    );
    assert_ne!(r.verdict, Some(Verdict::Approve));
}

#[test]
fn a_reason_that_ends_on_a_comma_at_the_messages_end_is_read() {
    // The clause after the last comma is empty: nothing to run on over (this panicked).
    let text = "hangar lighting upgrade knocked back, the lease ends in 2028,";
    let r = read(text);
    assert_eq!(r.verdict, Some(Verdict::Reject));
    assert_eq!(r.rationale.as_deref(), Some("the lease ends in 2028"));
}
