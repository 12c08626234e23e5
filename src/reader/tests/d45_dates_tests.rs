//! Round D45: which date is which, on writers not met before. Each shape is worded for an
//! invented harbour ferry company (test day Friday 2026-11-27), not copied from the corpus.

use super::*;

/// A harbour ferry company: operations, marine, finance.
fn ferries() -> StaticDirectory {
    test_names::directory(
        &[("Operations", &[]), ("Marine", &[]), ("Finance", &[])],
        &[
            ("Ticketing System", "Operations"),
            ("Pontoon Lighting", "Marine"),
            ("Crew Rostering", "Operations"),
        ],
    )
}

fn read(text: &str) -> Reading {
    test_names::read_on_test_day(text, "Morven", &ferries())
}

fn day(s: &str) -> Option<NaiveDate> {
    Some(s.parse().unwrap())
}

fn dates(r: &Reading) -> Vec<Option<NaiveDate>> {
    test_names::records(r).iter().map(|r| r.date).collect()
}

/// "Gil went through the books with Tasha on Wednesday and here's where he landed.",
/// "Update from Tuesday's sit-down at the bank.", "Sandeep's been through the figures and
/// rang me last night.": an opening sentence that tells a sitting on a day (a meeting's day
/// said as its own after "from", or someone going through, ringing or meeting) announces
/// the decisions after it, which were made that day.
#[test]
fn an_opening_sitting_on_a_day_dates_the_decisions_after_it() {
    let r = read(
        "Fergus went through the budget with me on Wednesday and two things came out of it. \
         The ticketing system upgrade is approved at £14k, the old one drops bookings every \
         Saturday. The crew rostering add-on is a no, £9k for a report nobody reads.",
    );
    assert_eq!(dates(&r), vec![day("2026-11-25"); 2], "{r:?}");
    let r = read(
        "Update from Tuesday's sit-down with the harbour trust. Fergus signed off the pontoon \
         lighting at £48k, the old lamps fail every winter. The crew rostering add-on is \
         parked until spring, money's tight.",
    );
    assert_eq!(dates(&r), vec![day("2026-11-24"); 2], "{r:?}");
    let r = read(
        "Fergus has been through the half-year figures and rang me last night. He's okayed \
         the ticketing system, £14k, because the old one drops bookings. The crew rostering \
         add-on has to wait till after Easter though, cash is tight.",
    );
    assert_eq!(dates(&r), vec![day("2026-11-26"); 2], "{r:?}");
    // A day in an opening that tells what went wrong is no sitting: the reason's time.
    let r = read(
        "The old lamps failed again on Wednesday. We approved the pontoon lighting at £48k. \
         The crew rostering add-on is parked until spring.",
    );
    assert_eq!(dates(&r), vec![None, None], "{r:?}");
}

/// "Couple of things out of Thursday's staff meeting. We're not doing X …. The portal
/// itself has been pulling its weight: …, which saves us about $5,200 a month": a result
/// reported at the meeting the opening names is dated by it too, as every item it announces.
#[test]
fn a_result_told_under_an_opening_meeting_takes_its_day() {
    let r = read(
        "Couple of things out of Wednesday's ops meeting. We're not doing the crew rostering \
         add-on, £9k for a report nobody reads. The ticketing system has been pulling its \
         weight: online sales are up to 60% of fares, which saves us about £2,000 a month in \
         booth staff.",
    );
    let records = test_names::records(&r);
    assert_eq!(records.len(), 2, "{r:?}");
    assert_eq!(records[1].intent, Intent::Benefit, "{r:?}");
    assert_eq!(dates(&r), vec![day("2026-11-25"); 2], "{r:?}");
}

/// "payroll outsourcing: stopping it at the end of March": a stop said as what is about to
/// happen, after the label of its item, takes effect on the coming date (the corpus's
/// convention: a stop's date is when it takes effect), as one opening the message does.
#[test]
fn a_labelled_stop_still_to_come_takes_the_coming_date() {
    let r = read(
        "crew rostering: stopping it at the end of March, the vendor's made errors three \
         months running",
    );
    assert_eq!(r.verdict, Some(Verdict::Stop), "{r:?}");
    assert_eq!(r.date, day("2027-03-31"), "{r:?}");
    let r = read(
        "Marine round-up:\n- crew rostering: stopping it at the end of March, the vendor's \
         made errors three months running\n- pontoon lighting: approved, £48k",
    );
    assert_eq!(r.date, day("2027-03-31"), "{r:?}");
    // Said as done, the stop's month is the one gone.
    let r = read("crew rostering: stopped it at the end of March, the vendor kept failing");
    assert_eq!(r.date, day("2026-03-31"), "{r:?}");
}

/// "stuart ok'd it last nite": chat's "nite" is the night, so "last nite" is yesterday, as
/// "last night" is ("tonite" is today, as "tonight").
#[test]
fn last_nite_is_yesterday() {
    let r = read("pontoon lighting aprvd £48k, fergus ok'd it last nite");
    assert_eq!(r.verdict, Some(Verdict::Approve), "{r:?}");
    assert_eq!(r.date, day("2026-11-26"), "{r:?}");
    let r = read("pontoon lighting aprvd £48k, fergus ok'd it tonite");
    assert_eq!(r.date, day("2026-11-27"), "{r:?}");
}

/// "first filtration of the chardy went through yesterday no dramas": "through" after a
/// verb of going is its particle ("went through", "got through"), not "through June"'s
/// span, so the day after it is when the thing happened.
#[test]
fn went_through_a_day_is_that_day() {
    let r = read(
        "Pontoon lighting's in and running, first night sailing went through yesterday no dramas",
    );
    assert_eq!(r.intent, Intent::Note, "{r:?}");
    assert_eq!(r.date, day("2026-11-26"), "{r:?}");
    let r = read("Crew rostering's live, the first pay run went through yesterday with no errors");
    assert_eq!(r.date, day("2026-11-26"), "{r:?}");
    // How long the work runs is still no date of the record.
    let r = read("We're keeping the crew rostering trial going through June, the rota's settling.");
    assert_eq!(r.date, None, "{r:?}");
}

/// "sorted the saturday drop outs", "Jodie's spending half of Saturday on the phone": a
/// weekday said between "the" and a thing named for it, or as a part of such a day, is what
/// happens that day every week, no one date (as "the Saturday queue" is).
#[test]
fn a_weekday_naming_a_kind_of_day_is_no_date() {
    let r = read(
        "new card readers on the ticketing system sorted the saturday drop outs, not one \
         failed payment since they went in. was costing us ~£1,500 a month in walk-ups",
    );
    assert_eq!(r.date, None, "{r:?}");
    let r = read(
        "We're adding the group bookings module to the ticketing system after all, £4k on \
         top, because Morag's spending half of Saturday on the phone taking deposits.",
    );
    assert_eq!(r.date, None, "{r:?}");
    // Said as the day something happened, a weekday is still that day.
    let r = read(
        "The new card readers on the ticketing system went in on Saturday, no drop outs since.",
    );
    assert_eq!(r.date, day("2026-11-21"), "{r:?}");
}

/// "… the payroll switch waits until after the W-2s go out. I'll set up the kickoff with the
/// substation contractor next week.": a date in the writer's own plan said in a sentence
/// after a deferral is when the writer does something else, not when the deferral is looked
/// at again.
#[test]
fn the_writers_own_plan_after_a_deferral_is_no_review() {
    let r = read(
        "The crew rostering add-on waits until after the summer timetable is out; nobody \
         wants to change rotas in August. I'll set up the kickoff with the pontoon lighting \
         contractor next week.",
    );
    assert_eq!(r.verdict, Some(Verdict::Defer), "{r:?}");
    assert_eq!(r.review_date, None, "{r:?}");
    let r = read(
        "Crew rostering add-on is on hold till the vendor fixes the rota export. I'm going to \
         walk the pontoons with the lighting contractor on Monday.",
    );
    assert_eq!(r.verdict, Some(Verdict::Defer), "{r:?}");
    assert_eq!(r.review_date, None, "{r:?}");
}

/// "we'll look at it again when the quota comes out, likely March": a month after a
/// hedge ("likely", "probably", "perhaps") is a guess at when, as after "maybe".
#[test]
fn a_month_after_a_hedge_is_a_guessed_date() {
    for hedge in ["likely", "probably", "perhaps"] {
        let r = read(&format!(
            "Crew rostering add-on is on hold, we'll look at it again when the new rota rules \
             come out, {hedge} March."
        ));
        assert_eq!(r.verdict, Some(Verdict::Defer), "{hedge}: {r:?}");
        assert_eq!(r.review_date, day("2027-03-01"), "{hedge}: {r:?}");
    }
}

/// "He's changed his mind — it can go in over Christmas after all": a holiday just ahead,
/// in a clause that tells nothing done, is a plan, as a month is ("parallel run in
/// January"), not a date nearly a year back.
#[test]
fn a_holiday_just_ahead_is_a_plan() {
    let r = read(
        "Pontoon lighting: the contractor says it can go in over Christmas, the marina is \
         quiet then.",
    );
    assert_eq!(r.intent, Intent::Note, "{r:?}");
    assert_eq!(r.date, None, "{r:?}");
    let r = read(
        "Pontoon lighting: the contractor says it can go in in January, the marina is quiet then.",
    );
    assert_eq!(r.date, None, "{r:?}");
}

/// "Wheelabrator can deliver the week of the 14th": a day said with a modal of what can or
/// should be done ("can", "could", "should", "would", "must") lies ahead, as with "will":
/// no date of the note.
#[test]
fn a_day_said_with_can_lies_ahead() {
    let r = read(
        "Pontoon lighting — the supplier can deliver the week of the 14th, @ewan clear the \
         shed by the 11th.",
    );
    assert_eq!(r.intent, Intent::Note, "{r:?}");
    assert_eq!(r.date, None, "{r:?}");
    assert_eq!(r.due, day("2026-12-11"), "{r:?}");
}

/// "Need it for the vendor meeting on Mon": a day said with what is needed lies ahead, as
/// with "will": no date of the note.
#[test]
fn a_day_said_with_need_lies_ahead() {
    let r = read(
        "@ewan can you pull the pontoon lighting fault log by Fri? Need it for the harbour \
         trust meeting on Mon",
    );
    assert_eq!(r.date, None, "{r:?}");
}

/// "new laptops came in 👍 setting them up monday": an emoji ends the chat clause before
/// it, and a clause opening on a verb in "-ing" (its "we're" dropped) tells what is being
/// done, so its day lies ahead; said of what came in, the day is behind.
#[test]
fn a_chat_clause_opening_on_ing_after_an_emoji_lies_ahead() {
    let r = read("new card readers for the ticketing system came in 👍 setting them up monday");
    assert_eq!(r.intent, Intent::Note, "{r:?}");
    assert_eq!(r.date, None, "{r:?}");
    let r = read("new card readers for the ticketing system came in monday 👍 setting them up now");
    assert_eq!(r.date, day("2026-11-23"), "{r:?}");
}

/// "roughly $340k at today's prices": today's prices (rates, money) are what the money is
/// counted in, not when anything happened.
#[test]
fn todays_prices_are_no_date() {
    let r = read(
        "Pontoon lighting is paying for itself — 30% fewer night call-outs, roughly £12k a \
         year at today's rates",
    );
    assert_eq!(r.intent, Intent::Benefit, "{r:?}");
    assert_eq!(r.date, None, "{r:?}");
    let r = read("Pontoon lighting saved us £1,000 today, the night crew were back by ten");
    assert_eq!(r.date, day("2026-11-27"), "{r:?}");
}

/// "Defib replacement carries on - 6 of the 11 swapped so far, the rest go in before
/// Christmas": when work that goes on is to be done, with no follow-up handed to anyone, is
/// its schedule, not a deadline of the decision.
#[test]
fn a_schedule_of_work_going_on_is_no_due_date() {
    let r = read(
        "Pontoon lighting carries on - 6 of the 11 lamps swapped so far, the rest go in \
         before Christmas",
    );
    assert_eq!(r.verdict, Some(Verdict::Continue), "{r:?}");
    assert_eq!(r.due, None, "{r:?}");
    // A follow-up handed to someone keeps its deadline.
    let r = read(
        "Pontoon lighting carries on - 6 of the 11 lamps swapped so far. @ewan to send me \
         the snag list by Friday.",
    );
    assert_eq!(r.due, day("2026-11-27"), "{r:?}");
}

/// "let's revisit after the year-end audit in February": of the dates in the clause that
/// says to look again, the last says when (the event's own month), as `review_said` reads
/// it.
#[test]
fn the_last_date_of_a_look_again_clause_is_the_review() {
    let r = read(
        "Crew rostering add-on — let's revisit after the year-end audit in February, the office \
         is mid-close and nobody wants a new rota system now.",
    );
    assert_eq!(r.verdict, Some(Verdict::Defer), "{r:?}");
    assert_eq!(r.review_date, day("2027-02-01"), "{r:?}");
    // A date in a condition after it is the condition's.
    let r =
        read("Crew rostering add-on: on hold, look again EOQ once we know the Q1 summer timetable");
    assert_eq!(r.review_date, day("2026-12-31"), "{r:?}");
}
