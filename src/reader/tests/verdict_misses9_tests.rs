//! Verdicts, intents and dates the reader missed, each read in another writer's words (a
//! Welsh water utility): a visit still to come in a note, a next meeting written "15.12.",
//! an outside body's refusal, a request to approve, a new thing green-lit with its yearly
//! return, verdict words inside a follow-up's task, a refusal reversed, work back on after a
//! pause, a stop taken back, a hold someone asked for and agreed, a verdict still to come,
//! and "the week after next".
//!
//! Each intent is checked twice: as the reader reads it (the shipped intent model included)
//! and by the rules alone, so a retrained model cannot hide a rule that went missing.

use super::*;

/// A Welsh water utility: treatment works, the mains network, retail sales.
fn dir() -> StaticDirectory {
    test_names::directory(
        &[
            ("Water Treatment", &["Treatment"]),
            ("Networks", &["Leakage"]),
            ("Customer Services", &["Contact Centre"]),
            ("Digital", &["IT"]),
            ("Sales", &["Retail"]),
            ("Finance", &[]),
        ],
        &[
            ("Leak Detection Sensors", "Networks"),
            ("Telemetry Upgrade", "Water Treatment"),
            ("Billing Platform", "Finance"),
            ("Customer App", "Customer Services"),
            ("Field Tablets", "Networks"),
            ("Reservoir Drone Survey", "Water Treatment"),
        ],
    )
}

fn d(s: &str) -> Option<NaiveDate> {
    Some(s.parse().unwrap())
}

/// Read on the tests' today, Friday 2026-11-27.
fn read_water(text: &str) -> Reading {
    test_names::read_on_test_day(text, "elin", &dir())
}

/// `text` reads as `intent` with `verdict`, by the rules alone and as shipped.
fn assert_reads(text: &str, intent: Intent, verdict: Option<Verdict>) -> Reading {
    test_names::assert_reads(
        text,
        "elin",
        &dir(),
        ReaderSettings::default(),
        intent,
        verdict,
    )
}

#[test]
fn a_visit_still_to_come_is_no_date_of_the_note() {
    for text in [
        "The sensor vendor is coming in on Thursday to demo the new leak detection sensors",
        "Telemetry upgrade: the integrator will be on site on Monday",
        "Field tablets supplier is visiting Tuesday, bringing the rugged models",
    ] {
        let r = assert_reads(text, Intent::Note, None);
        assert!(r.investment.is_some(), "{text}");
        assert_eq!((r.date, r.due), (None, None), "{text}");
    }
    // Said in the past, the weekday is still the note's date.
    let r = read_water("The sensor vendor came in on Thursday to demo the leak detection sensors");
    assert_eq!(r.date, d("2026-11-26"));
}

#[test]
fn a_next_meeting_written_day_dot_month_dot_is_the_coming_one() {
    let r =
        read_water("Customer app: Sales to bring the adoption numbers to the next board 15.12.");
    assert_eq!(r.due, d("2026-12-15"), "{r:?}");
    assert_eq!(r.date, None);
    // Written on 2 December, "15.12." is this month's, not last year's.
    let on_2_dec = |text: &str| {
        read(
            text,
            "elin",
            "2026-12-02".parse().unwrap(),
            &dir(),
            &ReaderSettings::default(),
        )
        .unwrap()
    };
    let r = on_2_dec("Billing platform approved, £300k. Next board 15.12.");
    assert_eq!((r.date, r.review_date, r.due), (None, None, None), "{r:?}");
    let r = on_2_dec("Next GL 15.12.");
    assert_ne!(r.date, d("2025-12-15"), "{r:?}");
    // Minutes whose last item stops something: the next meeting is not when it stopped.
    let r = on_2_dec(
        "Summary board 01.12.:\n1. Billing platform: approved, £640k\n2. Drone survey: stop\nNext board 15.12.",
    );
    let stop = r.also.last().expect("the stop is read");
    assert_eq!(stop.verdict, Some(Verdict::Stop));
    assert_eq!(stop.date, d("2026-12-01"), "{r:?}");
    let r = on_2_dec("Customer app: Sales to bring the adoption numbers to the next board 15.12.");
    assert_eq!(r.due, d("2026-12-15"), "{r:?}");
    let r = read_water("Board 24.11.: billing platform approved, £300k. Next board 15.12.");
    assert_eq!(r.verdict, Some(Verdict::Approve));
    assert_eq!(r.date, d("2026-11-24"));
    assert_eq!((r.review_date, r.due), (None, None), "{r:?}");
}

#[test]
fn an_outside_bodys_refusal_is_news() {
    for text in [
        "Safety advisory group knocked back the telemetry upgrade, they want a second failover link",
        "The drinking water inspectorate turned down the reservoir drone survey method",
        "iManage declined to extend support for the billing platform past March",
    ] {
        let r = assert_reads(text, Intent::Note, None);
        assert!(r.investment.is_some(), "{text}");
    }
}

#[test]
fn asking_for_a_verdict_is_none_of_ours() {
    for text in [
        "IT is asking for the field tablets to be green-lit before the winter",
        "Networks want the leak detection sensors approved before the spring",
    ] {
        let r = assert_reads(text, Intent::Note, None);
        assert_eq!(
            r.investment.as_deref(),
            Some("Field Tablets")
                .filter(|_| text.contains("tablets"))
                .or(Some("Leak Detection Sensors")),
            "{text}"
        );
    }
}

#[test]
fn a_new_thing_green_lit_with_its_yearly_return_is_a_decision_on_a_new_investment() {
    let text =
        "Finance green-lit £100k for the new data platform in Sales, expecting £60k a year over 4 years";
    let r = assert_reads(text, Intent::Decision, Some(Verdict::Approve));
    assert!(r.new_investment, "{r:?}");
    assert_eq!(r.investment.as_deref(), Some("data platform"));
    assert_eq!(r.unit.as_deref(), Some("Sales"));
    assert_eq!(r.amount, Some(Money::new(10_000_000, Currency::GBP)));
    assert_eq!(r.annual_benefit, Some(Money::new(6_000_000, Currency::GBP)));
    assert_eq!(r.years, Some(4));
}

#[test]
fn a_verdict_word_in_a_follow_ups_task_before_a_name_is_no_verdict() {
    // The task ("get the board to approve the quote") comes before the investment's
    // name: the spans set aside must be taken in the order they stand.
    let r = read_water(
        "Action: @huw to get the board to approve the quote by Friday for the leak detection sensors",
    );
    assert_eq!((r.intent, r.verdict), (Intent::Note, None), "{r:?}");
}

#[test]
fn a_refusal_reversed_is_an_approval() {
    for text in [
        "The board reversed its no on the customer app, complaints about the web form doubled",
        "Exec reversed its decision on the field tablets and approved them, £80k",
    ] {
        let r = assert_reads(text, Intent::Decision, Some(Verdict::Approve));
        assert!(r.investment.is_some(), "{text}");
    }
}

#[test]
fn work_back_on_after_a_pause_goes_on() {
    for text in [
        "Telemetry upgrade is back on after the summer pause, the cabling crews are free again",
        "Field tablets back on after the Christmas hold",
    ] {
        let r = assert_reads(text, Intent::Decision, Some(Verdict::Continue));
        assert!(r.investment.is_some(), "{text}");
    }
}

#[test]
fn a_stop_taken_back_goes_on() {
    for text in [
        "We're not pulling the customer app after all, the complaints team needs the chat logs",
        "Not scrapping the drone survey after all",
    ] {
        let r = assert_reads(text, Intent::Decision, Some(Verdict::Continue));
        assert!(r.investment.is_some(), "{text}");
    }
}

#[test]
fn a_hold_someone_asked_for_and_agreed_is_a_deferral() {
    let text = "Gareth wants the billing platform held till early Q3 so Finance can close the year first. Agreed.";
    let r = assert_reads(text, Intent::Decision, Some(Verdict::Defer));
    assert_eq!(r.review_date, d("2027-07-01"));
    // Not agreed, it is only his wish.
    let r = read_water("Gareth wants the billing platform held till early Q3");
    assert_ne!(r.intent, Intent::Decision, "{r:?}");
}

#[test]
fn a_verdict_still_to_come_is_a_note() {
    for text in [
        "The board will sign off the telemetry upgrade in early March once the tender closes",
        "Decision on the customer app expected early Jan, the contact centre is still comparing two vendors",
    ] {
        let r = assert_reads(text, Intent::Note, None);
        assert!(r.investment.is_some(), "{text}");
        assert_eq!(r.date, None, "{text}");
    }
}

#[test]
fn the_week_after_next_is_the_monday_of_that_week() {
    // Friday 2026-11-27: next week starts on 30 November, the week after on 7 December.
    let r =
        read_water("Drone survey: not now, revisit the week after next once the weather clears");
    assert_eq!(r.verdict, Some(Verdict::Defer));
    assert_eq!(r.review_date, d("2026-12-07"));
    let r = read_water("@huw to send the sensor shortlist the week after next");
    assert_eq!(r.due, d("2026-12-07"));
}

#[test]
fn a_verdict_of_ours_after_someone_elses_asking_is_taken() {
    // The asking is theirs, in its own clause; "so we've green-lit …" is ours.
    for text in [
        "Customers have been asking for an app for two years, so we've green-lit the customer app at £55k.",
        "Crews kept asking for rugged kit, so we approved the field tablets, £80k",
    ] {
        let r = assert_reads(text, Intent::Decision, Some(Verdict::Approve));
        assert!(r.investment.is_some(), "{text}");
    }
    // Asked for in the verdict's own clause, it is still only asked.
    let r = read_water("Networks are asking for the field tablets to be approved, £80k");
    assert_ne!(r.verdict, Some(Verdict::Approve), "{r:?}");
}

#[test]
fn a_contract_running_out_is_no_date_of_the_note() {
    let r = read_water(
        "Billing platform: the vendor's support contract runs out 30/6, we must give notice by 31 March",
    );
    assert_eq!(r.intent, Intent::Note);
    assert_eq!(r.date, None, "{r:?}");
    assert_eq!(r.due, d("2027-03-31"));
}

#[test]
fn a_verdict_said_as_probable_is_news() {
    for text in [
        "Drone survey is probably a no, the pilot photos were too blurry",
        "Customer app is likely a yes once the security review is back",
    ] {
        let r = assert_reads(text, Intent::Note, None);
        assert!(r.investment.is_some(), "{text}");
    }
}

#[test]
fn a_decision_still_to_take_after_going_on_is_the_look_again() {
    for text in [
        "Telemetry upgrade will be trialled one more winter, decision about full rollout in April",
        "Field tablets continue, decision on the second batch in March",
    ] {
        assert_reads(text, Intent::Decision, Some(Verdict::Continue));
        // By the rules alone, and as shipped (the date-role model included).
        let r = Reader::new(&dir(), ReaderSettings::default())
            .with_date_model(std::sync::Arc::new(ReasonModel::default()))
            .read(text, "elin", "2026-11-27".parse().unwrap())
            .unwrap();
        assert_eq!(r.date, None, "{text}");
        assert!(
            r.review_date
                .is_some_and(|d| d > "2026-11-27".parse().unwrap()),
            "{r:?}"
        );
        let shipped = read_water(text);
        assert_eq!(
            (shipped.date, shipped.review_date),
            (None, r.review_date),
            "{text}"
        );
    }
}

#[test]
fn money_unlocked_as_income_is_a_result_not_a_release() {
    let text =
        "Customer app self-service is live 🎉 that unlocked £340k in new revenue this quarter";
    let r = read_water(text);
    assert_eq!((r.intent, r.verdict), (Intent::Benefit, None), "{r:?}");
    // Money unlocked for the work is still an approval.
    let r = read_water("Finance unlocked £200k for the field tablets");
    assert_eq!(r.verdict, Some(Verdict::Approve), "{r:?}");
}
