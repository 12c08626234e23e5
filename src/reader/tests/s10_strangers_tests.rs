//! Readings of forms from round S10's writers the reader had not met (a UK boarding
//! school's bursar, a US public radio network's Discord, an Australian winery's cellar
//! door), worded here for a Welsh outdoor activity centre: items of a message opened
//! "First, …" / "Second, …", a bullet kept going "staying the course", a service that
//! "goes dark", "…, and the X's a no", "a goer", "scaled right back", "cutting it back",
//! "still going ahead", "on ice til March".

use super::test_names::{assert_reads, directory, read_day_first_in};
use super::*;
use crate::domain::Verdict;

/// A Welsh outdoor activity centre: kayaks, a climbing wall, a lodge, a café, bookings.
fn dir() -> StaticDirectory {
    directory(
        &[
            ("Activities", &["Outdoor Team"]),
            ("Lodge", &["Accommodation"]),
            ("Cafe", &["Café"]),
            ("Bookings", &["Reservations"]),
            ("Estates", &[]),
            ("IT", &[]),
        ],
        &[
            ("Kayak Fleet Renewal", "Activities"),
            ("Climbing Wall Resurface", "Activities"),
            ("Online Booking System", "Bookings"),
            ("Webcam Stream", "Bookings"),
            ("Lodge Heating Upgrade", "Lodge"),
            ("Cafe Till Replacement", "Cafe"),
            ("Standby Generator", "Estates"),
            ("Lodge Dormitory Wi-Fi", "IT"),
            ("Kitchen Extraction Fans", "Cafe"),
        ],
    )
}

fn read(text: &str) -> Reading {
    read_day_first_in(text, "ffion", "GBP", &dir())
}

fn rules_and_model(text: &str, intent: Intent, verdict: Option<Verdict>) -> Reading {
    assert_reads(
        text,
        "ffion",
        &dir(),
        ReaderSettings::default(),
        intent,
        verdict,
    )
}

#[test]
fn second_opening_a_sentence_opens_another_item() {
    for text in [
        "Notes from the trustees. First, the kayak fleet renewal is approved at £18k. Second, the minibus for Estates is on hold until we hear about the grant. Finally, thanks to everyone who helped at the open day.",
        "Two things from Gareth. Firstly, the kayak fleet renewal goes ahead at £18k. Secondly, the new minibus for Estates is on hold until we hear about the grant.",
    ] {
        let r = read(text);
        assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
        assert_eq!(r.investment.as_deref(), Some("Kayak Fleet Renewal"), "{text}");
        assert_eq!(r.also.len(), 1, "{text}: two records: {r:?}");
        assert_eq!(r.also[0].verdict, Some(Verdict::Defer), "{text}: {r:?}");
    }
    // A second quote, a second time: no item.
    let text = "Kayak fleet renewal approved at £18k. Second time of asking, mind.";
    let r = read(text);
    assert!(r.also.is_empty(), "{text}: one record: {r:?}");
    // "First, …" after a heading opens the first item, no other.
    let text = "A few things from yesterday's meeting. First, the kayak fleet renewal is approved at £18k.";
    let r = read(text);
    assert!(r.also.is_empty(), "{text}: one record: {r:?}");
}

#[test]
fn staying_the_course_keeps_the_work_going() {
    rules_and_model(
        "Booking system go-live slipped to March but we're staying the course",
        Intent::Decision,
        Some(Verdict::Continue),
    );
    let text = "Trustees 24/11:\n- kayak fleet renewal approved, £18k\n- online booking go-live slipped to March, staying the course\n- AOB: none";
    let r = read(text);
    assert_eq!(
        r.investment.as_deref(),
        Some("Kayak Fleet Renewal"),
        "{text}: {r:?}"
    );
    assert_eq!(r.also.len(), 1, "{text}: two records: {r:?}");
    assert_eq!(r.also[0].verdict, Some(Verdict::Continue), "{text}: {r:?}");
    assert_eq!(
        r.also[0].investment.as_deref(),
        Some("Online Booking System"),
        "{text}: {r:?}"
    );
}

#[test]
fn a_service_that_goes_dark_is_stopped() {
    for text in [
        "the webcam stream goes dark on 31/12, nobody watches it out of season",
        "Webcam stream will go dark at the end of the month",
    ] {
        let r = rules_and_model(text, Intent::Decision, Some(Verdict::Stop));
        assert_eq!(r.investment.as_deref(), Some("Webcam Stream"), "{text}");
    }
    // After another thing's verdict and "and", a record of its own.
    let text = "two from the trustees: the kayak fleet renewal gets the extra £4k for buoyancy aids, and the webcam stream goes dark at the end of the month";
    let r = read(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    assert_eq!(r.also.len(), 1, "{text}: two records: {r:?}");
    assert_eq!(r.also[0].verdict, Some(Verdict::Stop), "{text}: {r:?}");
    // Dark for a while, said of what happened: an outage, no verdict.
    let text = "the webcam stream went dark during the storm last night";
    assert_eq!(read(text).verdict, None, "{text}");
}

#[test]
fn a_new_thing_approved_and_another_thing_refused_after_and_are_two_records() {
    let text = "the minibus for the youth groups is approved at £32k, and the zip line extension's a no, the insurers won't cover it";
    let r = read(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    assert_eq!(r.also.len(), 1, "{text}: two records: {r:?}");
    assert_eq!(r.also[0].verdict, Some(Verdict::Reject), "{text}: {r:?}");
    assert_eq!(
        r.also[0].investment.as_deref(),
        Some("zip line extension"),
        "{text}: {r:?}"
    );
}

#[test]
fn a_goer_is_an_approval() {
    for text in [
        "kayak fleet renewal's a goer, £18k. half the boats are patched",
        "Climbing wall resurface is a goer at £26k",
    ] {
        let r = rules_and_model(text, Intent::Decision, Some(Verdict::Approve));
        assert!(r.amount.is_some(), "{text}: {r:?}");
    }
    // "not a goer" in the reason judges the price; the verdict is the refusal before it.
    let text = "Trustees knocked back the climbing wall resurface. £40k for a wall nobody climbs is not a goer";
    let r = rules_and_model(text, Intent::Decision, Some(Verdict::Reject));
    assert!(
        r.rationale
            .as_deref()
            .is_some_and(|w| w.contains("not a goer")),
        "{text}: {r:?}"
    );
}

#[test]
fn scaled_right_back_and_cutting_it_back_rescope_the_work() {
    for text in [
        "Lodge heating - scaled right back, just the drying room and the showers, £14k",
        "Booking system: cutting it back to 2 sites from 4, £22k instead of £40k",
    ] {
        let r = rules_and_model(text, Intent::Decision, Some(Verdict::Rescope));
        assert!(r.amount.is_some(), "{text}: {r:?}");
    }
    // What the work is cut down to, "a new" thing among it, is no other record.
    let text = "Lodge heating - scaled right back, just the drying room and a new boiler, £14k";
    let r = read(text);
    assert!(r.also.is_empty(), "{text}: one record: {r:?}");
    assert!(r.amount.is_some(), "{text}: {r:?}");
}

#[test]
fn still_going_ahead_keeps_the_work_going() {
    rules_and_model(
        "Climbing wall resurface - the panels can't ship till March now. still going ahead tho",
        Intent::Decision,
        Some(Verdict::Continue),
    );
}

#[test]
fn til_before_a_month_is_the_look_again_date() {
    let text = "Lodge heating upgrade on ice til March, the grant isn't confirmed";
    let r = read(text);
    assert_eq!(r.verdict, Some(Verdict::Defer), "{text}");
    assert_eq!(
        r.review_date,
        Some("2027-03-01".parse().unwrap()),
        "{text}: {r:?}"
    );
}

#[test]
fn a_question_its_writer_answers_is_no_question() {
    for (text, verdict) in [
        (
            "Trustees knocked back the zip line extension, £40k for a ride 200 people would use? nah",
            Verdict::Reject,
        ),
        ("Kayak fleet renewal approved? yes, finally. £18k", Verdict::Approve),
    ] {
        let r = rules_and_model(text, Intent::Decision, Some(verdict));
        assert!(r.investment.is_some(), "{text}: {r:?}");
    }
    // Asked, and answered no: nothing was approved.
    let text = "Is the kayak fleet renewal approved? No, not yet";
    assert_ne!(read(text).verdict, Some(Verdict::Approve), "{text}");
}

#[test]
fn asked_to_confirm_that_a_thing_is_approved_tells_the_verdict() {
    let text = "Hi all, the Centre Manager has asked me to confirm that the lodge heating upgrade is now approved at £31,500";
    let r = rules_and_model(text, Intent::Decision, Some(Verdict::Approve));
    assert_eq!(
        r.investment.as_deref(),
        Some("Lodge Heating Upgrade"),
        "{text}"
    );
    assert!(r.amount.is_some(), "{text}: {r:?}");
}

#[test]
fn abandoned_before_what_it_counts_is_no_stop() {
    let text = "Since the new booking system went live, abandoned bookings are down from 30% to 12%, about £2k a month more in sales";
    let r = read(text);
    assert_eq!(r.verdict, None, "{text}: {r:?}");
    assert_eq!(r.intent, Intent::Benefit, "{text}: {r:?}");
    // Said of the work, it stops it.
    let text = "Webcam stream abandoned, nobody watched it";
    assert_eq!(read(text).verdict, Some(Verdict::Stop), "{text}");
}

#[test]
fn people_who_have_stopped_doing_something_stop_no_work() {
    let text = "We're pulling the plug on the webcam stream. Since the online booking system went in, the instructors have stopped checking it.";
    let r = read(text);
    assert_eq!(r.verdict, Some(Verdict::Stop), "{text}: {r:?}");
    assert!(r.also.is_empty(), "{text}: one record: {r:?}");
    // A body that decides, or we, stopping work is a stop.
    for text in [
        "the trustees have stopped funding the webcam stream",
        "we have stopped building the webcam stream",
    ] {
        assert_eq!(read(text).verdict, Some(Verdict::Stop), "{text}");
    }
}

#[test]
fn idea_after_a_new_name_is_no_part_of_it() {
    let text = "Trustees knocked back the treetop walk idea, £80k is too much";
    let r = read(text);
    assert_eq!(r.verdict, Some(Verdict::Reject), "{text}");
    assert_eq!(
        r.investment.as_deref(),
        Some("treetop walk"),
        "{text}: {r:?}"
    );
}

#[test]
fn a_count_after_wants_is_no_part_of_the_new_name() {
    let text = "Activities wants 6 sea kayaks for the summer groups, £9,600";
    let r = read(text);
    assert_eq!(r.intent, Intent::Investment, "{text}: {r:?}");
    assert_eq!(r.investment.as_deref(), Some("sea kayaks"), "{text}: {r:?}");
}

#[test]
fn we_should_look_at_a_new_thing_is_a_proposal() {
    let text = "Rhys reckons we should look at an electric minibus for the school runs, prob £45k. no decision yet";
    let r = read(text);
    assert_eq!(r.intent, Intent::Investment, "{text}: {r:?}");
    assert_eq!(
        r.investment.as_deref(),
        Some("electric minibus"),
        "{text}: {r:?}"
    );
    assert!(r.amount.is_some(), "{text}: {r:?}");
}

#[test]
fn a_refusal_for_now_puts_the_work_off() {
    for text in [
        "No to the zip line extension for now mate, the insurers want another survey",
        "Trustees said no to the webcam stream for now",
    ] {
        let r = read(text);
        assert_eq!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
    }
    // For now said of something else kept: the refusal stands.
    let text = "No to the webcam stream, the old camera is fine for now";
    assert_eq!(read(text).verdict, Some(Verdict::Reject), "{text}");
}

#[test]
fn a_holiday_the_work_is_done_over_is_no_date_of_the_decision() {
    for text in [
        "Climbing wall resurface carries on over Christmas as planned, the panels are here",
        "Trustees approved the lodge heating upgrade at £31k. Works to be done over the Easter holidays.",
    ] {
        let r = read(text);
        assert!(r.verdict.is_some(), "{text}: {r:?}");
        assert_eq!(r.date, None, "{text}: {r:?}");
    }
}

#[test]
fn someone_away_on_a_day_gives_the_record_no_date() {
    let text = "Quick recap from the trustees' meeting today:\n- kayak fleet renewal approved, £18k\n- online booking go-live slipped to March, staying the course\n- Rhys out Wed";
    let r = read(text);
    assert_eq!(r.date, Some("2026-11-27".parse().unwrap()), "{text}: {r:?}");
    assert_eq!(r.also.len(), 1, "{text}: two records: {r:?}");
    assert_eq!(
        r.also[0].date,
        Some("2026-11-27".parse().unwrap()),
        "{text}: {r:?}"
    );
    let text = "Webcam stream stays parked. Ffion off Monday, back Tuesday";
    assert_eq!(read(text).date, None, "{text}");
}

#[test]
fn a_unit_in_capitals_owning_a_thing_is_that_unit() {
    let text = "Notes from the trustees. First, the kayak fleet renewal is approved at £18k. Second, IT's rota app is on hold until the spring.";
    let r = read(text);
    assert_eq!(r.also.len(), 1, "{text}: two records: {r:?}");
    assert_eq!(r.also[0].unit.as_deref(), Some("IT"), "{text}: {r:?}");
    assert_eq!(
        r.also[0].investment.as_deref(),
        Some("rota app"),
        "{text}: {r:?}"
    );
}

#[test]
fn a_result_after_the_name_is_the_benefits_evidence() {
    for (text, evidence) in [
        (
            "online booking system is saving the office about 6 hrs a week on phone bookings, call it £7k a year",
            "saving the office about 6 hrs a week on phone bookings",
        ),
        (
            "Webcam stream cut phone enquiries by half, that's roughly £300 a month in staff time",
            "cut phone enquiries by half",
        ),
    ] {
        let r = read(text);
        assert_eq!(r.intent, Intent::Benefit, "{text}: {r:?}");
        assert_eq!(r.rationale.as_deref(), Some(evidence), "{text}: {r:?}");
    }
}

#[test]
fn an_en_dash_between_numbers_is_a_range_not_a_break() {
    let text = "Lodge heating upgrade saved us 4,000 kWh this winter in rooms 2–5, at 30p a unit that's £1.2k";
    let r = read(text);
    assert_eq!(r.intent, Intent::Benefit, "{text}: {r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("saved us 4,000 kWh this winter in rooms 2–5"),
        "{text}: {r:?}"
    );
}

#[test]
fn still_before_a_refusal_keeps_it_whatever_was_asked() {
    let text = "Webcam stream: the trustees asked us to look again, still a no";
    let r = rules_and_model(text, Intent::Decision, Some(Verdict::Reject));
    assert_eq!(r.investment.as_deref(), Some("Webcam Stream"), "{text}");
    // Asked for, with no verdict of ours: still no decision.
    let text = "Activities asked us to approve the kayak fleet renewal";
    assert_eq!(read(text).verdict, None, "{text}");
}

#[test]
fn a_no_change_item_after_a_record_is_no_part_of_it() {
    let text = "Trustees 24/11:\n- kayak fleet renewal approved, £18k\n- generator at the boathouse: push to Q2\n- webcam stream: no change";
    let r = read(text);
    assert_eq!(r.also.len(), 1, "{text}: two records: {r:?}");
    assert_eq!(
        r.also[0].investment.as_deref(),
        Some("Standby Generator"),
        "{text}: {r:?}"
    );
    assert_eq!(r.also[0].verdict, Some(Verdict::Defer), "{text}: {r:?}");
}

#[test]
fn following_a_discussion_says_when_not_why() {
    let text = "Following a long discussion, trustees approved the kayak fleet renewal at £18k.";
    let r = rules_and_model(text, Intent::Decision, Some(Verdict::Approve));
    assert_eq!(r.rationale, None, "{text}: {r:?}");
    // What prompted it is still its reason, "Following" kept (convention 27).
    let text = "Following the safety review, trustees approved the kayak fleet renewal at £18k.";
    let r = read(text);
    assert_eq!(
        r.rationale.as_deref(),
        Some("Following the safety review"),
        "{text}: {r:?}"
    );
}

#[test]
fn a_units_word_inside_an_investments_name_is_no_unit_of_the_note() {
    let text = "Lodge wifi is up and running in all the dorms. Far fewer complaints already.";
    let r = read(text);
    assert_eq!(r.intent, Intent::Note, "{text}: {r:?}");
    assert_eq!(
        r.investment.as_deref(),
        Some("Lodge Dormitory Wi-Fi"),
        "{text}: {r:?}"
    );
    assert_eq!(r.unit.as_deref(), Some("IT"), "{text}: {r:?}");
}

#[test]
fn a_month_in_what_happened_is_no_start_of_a_proposal() {
    let text = "Activities have asked for £9k for six sea kayaks, which would let us take the groups we turned away in September.";
    let r = read(text);
    assert_eq!(r.intent, Intent::Investment, "{text}: {r:?}");
    assert_eq!(r.date, None, "{text}: {r:?}");
    // The start said with the proposal is still its date.
    let text = "Activities have asked for £9k for six sea kayaks, to start in March.";
    assert_eq!(
        read(text).date,
        Some("2027-03-01".parse().unwrap()),
        "{text}"
    );
}

#[test]
fn money_a_year_after_a_set_up_cost_is_its_running_cost() {
    let text = "Bookings want a gift voucher platform — £6k set-up and £1k a year — and think it could sell 300 vouchers at Christmas";
    let r = read(text);
    assert_eq!(r.intent, Intent::Investment, "{text}: {r:?}");
    assert_eq!(r.amount.map(|m| m.minor), Some(600_000), "{text}: {r:?}");
    assert_eq!(r.annual_benefit, None, "{text}: {r:?}");
}

#[test]
fn this_morning_after_a_verdict_is_no_new_name() {
    let text = "Lodge's drying room fan replacement approved this morning, £2,300 — the old one tripped the fuse board";
    let r = read(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    assert_eq!(
        r.investment.as_deref(),
        Some("drying room fan replacement"),
        "{text}: {r:?}"
    );
}

#[test]
fn a_known_name_a_new_thing_is_put_on_is_where_it_goes() {
    let text = "Estates want to put solar panels on the climbing wall roof while the scaffold is up: £14k, saving roughly £2k a year over 20 years";
    let r = read(text);
    assert_eq!(r.intent, Intent::Investment, "{text}: {r:?}");
    assert_eq!(
        r.investment.as_deref(),
        Some("solar panels"),
        "{text}: {r:?}"
    );
}

#[test]
fn extra_is_a_word_of_its_own_not_a_clipped_name_word() {
    let text = "@Rhys please can you get three quotes for the extra kayaks to me by Friday?";
    let r = read(text);
    assert_eq!(
        r.investment.as_deref(),
        Some("Kayak Fleet Renewal"),
        "{text}: {r:?}"
    );
    // Said short as itself, the clipped word still names it.
    let text = "kitchen extraction fans approved at £3k";
    let r = read(text);
    assert_eq!(
        r.investment.as_deref(),
        Some("Kitchen Extraction Fans"),
        "{text}"
    );
}

#[test]
fn off_the_table_for_a_year_is_a_refusal() {
    for text in [
        "zip line extension is off the table for this FY",
        "the treetop walk is off the table for this year, the insurers won't have it",
    ] {
        let r = read(text);
        assert_eq!(r.verdict, Some(Verdict::Reject), "{text}: {r:?}");
        assert!(
            r.investment.as_deref().is_some_and(|n| n.contains(' ')),
            "{text}: {r:?}"
        );
    }
}
