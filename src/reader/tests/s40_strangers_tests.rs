//! Readings of forms from round S40's writers, the long Slack paragraphs and terse Discord
//! lines of an Ohio commercial printer, a Surrey dog care group and a Pune coaching
//! institute, each worded here for another invented organisation.

use super::test_names::{directory, read_day_first_in, read_us, records, whole};
use super::*;
use crate::domain::Verdict;

/// A Leeds chain of escape rooms: the rooms, the bar, bookings, IT.
fn rooms_dir() -> StaticDirectory {
    directory(
        &[
            ("Rooms", &["Games", "Game Masters"]),
            ("Bar", &["Drinks"]),
            ("Bookings", &["Front of House"]),
            ("IT", &["Systems"]),
        ],
        &[
            ("Booking Platform", "Bookings"),
            ("Room Props Refit", "Rooms"),
            ("Bar Refit", "Bar"),
            ("Laptop Refresh", "IT"),
            ("MFA Rollout", "IT"),
        ],
    )
}

fn read_rooms(text: &str) -> Reading {
    read_day_first_in(text, "ellie", "GBP", &rooms_dir())
}

/// A Portland bike shop with rentals and repairs: the workshop, the rental fleet, IT.
fn bikes_dir() -> StaticDirectory {
    directory(
        &[
            ("Workshop", &["Repairs", "Mechanics"]),
            ("Rentals", &["Fleet"]),
            ("IT", &["Tech"]),
        ],
        &[
            ("Repair Stands", "Workshop"),
            ("E-Bike Fleet", "Rentals"),
            ("Point of Sale", "IT"),
            ("MFA Rollout", "IT"),
        ],
    )
}

fn read_bikes(text: &str) -> Reading {
    read_us(text, "casey", "2026-12-04", &bikes_dir())
}

/// A Chennai chain of music schools: teaching, the practice rooms, IT, in rupees.
fn music_dir() -> StaticDirectory {
    directory(
        &[
            ("Teaching", &["Faculty"]),
            ("Centres", &["Facilities", "Operations"]),
            ("IT", &["Systems"]),
        ],
        &[
            ("Practice Room Soundproofing", "Centres"),
            ("Lesson App", "Teaching"),
            ("Power Backup", "Centres"),
            ("CCTV Upgrade", "Centres"),
        ],
    )
}

fn read_music(text: &str) -> Reading {
    read_day_first_in(text, "lakshmi", "INR", &music_dir())
}

/// "And the digital press is more than covering its lease: short runs …", "has more than
/// covered its costs: sessions are up …", "has already justified itself: 2,300 students …":
/// a closing sentence praising other work as covering its money or justifying itself, the
/// result after a colon, is a benefit record of its own, as "earning its keep: …" is.
#[test]
fn work_covering_its_costs_before_a_colon_is_a_record() {
    for (text, tail) in [
        (
            "Sorry, long one. Ellie approved the bar refit, £12k, after the fridge died \
             twice in a weekend. We're holding the laptop refresh until May; the budget \
             isn't there. And the room props refit has more than covered its costs: bookings \
             are up from 40 a week to 55, which is about £1,500 a month extra.",
            "covered its costs",
        ),
        (
            "Ellie approved the bar refit, £12k, after the fridge died. And the booking \
             platform has already justified itself: no-shows are down by half and we take \
             about £900 a month more.",
            "justified itself",
        ),
        (
            "Ellie approved the bar refit, £12k, after the fridge died. And the booking \
             platform is more than covering its fees: no-shows are down by half and we \
             take about £900 a month more.",
            "covering its fees",
        ),
    ] {
        let r = read_rooms(text);
        let all = records(&r);
        assert!(all.len() >= 2, "{tail}: {text}: {r:?}");
        let last = all[all.len() - 1];
        assert_eq!(last.intent, Intent::Benefit, "{tail}: {text}: {r:?}");
    }
    // Costs covered by someone else are no praise of the work.
    let text = "Ellie approved the bar refit, £12k, after the fridge died. The brewery has \
                covered its costs: they paid for the new taps.";
    let r = read_rooms(text);
    assert_eq!(records(&r).len(), 1, "{text}: {r:?}");
}

/// "We're pushing the website rebuild to April; the agency can't start before then": work we
/// say we are moving to a later time is put off to it; moved anywhere else, no verdict.
#[test]
fn work_we_are_pushing_to_a_time_is_deferred() {
    let text = "We're pushing the bar refit to April; the brewery can't fit it before then.";
    let r = read_rooms(text);
    assert_eq!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
    assert_eq!(r.investment.as_deref(), Some("Bar Refit"), "{text}: {r:?}");
    assert_eq!(
        r.review_date,
        Some("2027-04-01".parse().unwrap()),
        "{text}: {r:?}"
    );
    let text = "Ellie approved the room props refit, £9k, after a lock jammed on Monday. \
                We're pushing the bar refit to April; the brewery can't fit it before then.";
    let r = read_rooms(text);
    let all = records(&r);
    assert_eq!(all.len(), 2, "{text}: {r:?}");
    assert_eq!(all[1].verdict, Some(Verdict::Defer), "{text}: {r:?}");
    let text = "we're moving the booking platform to every site in March, it's going well";
    let r = read_rooms(text);
    assert_ne!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
}

/// "Walt changed his mind on the delivery vans, all 3 are back on at $141k": work back on at
/// a price is approved at it; back on at a place, with no price, is no verdict.
#[test]
fn work_back_on_at_a_price_is_approved() {
    let text = "FYI Casey changed her mind on the repair stands, all 4 are back on at $6,200, \
                since the old ones wobble. @sam to order them by 12/18.";
    let r = read_bikes(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    assert_eq!(r.amount, whole(6_200, "USD"), "{text}: {r:?}");
    // Back on at a smaller scope is the rescope's wording.
    let text = "The repair stands are back on at a smaller scope, $3k — two stands only.";
    let r = read_bikes(text);
    assert_eq!(r.verdict, Some(Verdict::Rescope), "{text}: {r:?}");
    let text = "the repair stands are back on at the workshop, the floor is dry again";
    let r = read_bikes(text);
    assert_ne!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
}

/// "Nigel's happy to put £6k into the puppy school room at Dorking, for mats …": a decider
/// willing to put money into a thing approves it; money we have put in is no approval.
#[test]
fn happy_to_put_money_into_a_thing_approves_it() {
    let text = "Ellie's happy to put £6k into the bar refit, for new taps and a fridge. We're \
                turning away about 20 parties a month, mostly because the bar can't cope.";
    let r = read_rooms(text);
    assert_eq!(r.intent, Intent::Decision, "{text}: {r:?}");
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    assert_eq!(r.investment.as_deref(), Some("Bar Refit"), "{text}: {r:?}");
    assert_eq!(r.amount, whole(6_000, "GBP"), "{text}: {r:?}");
    let text = "we've put £6k into the bar refit so far and it's nearly done";
    let r = read_rooms(text);
    assert_ne!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
}

/// "who keeps leaving the hose running in the guildford yard, it's an ice rink 🥶": asking
/// who does something is a grumble, no verdict ("keep … running" is the hose's).
#[test]
fn asking_who_keeps_doing_something_is_no_verdict() {
    let text = "who keeps leaving the bar taps running overnight, the cellar's flooded 😤";
    let r = read_rooms(text);
    assert_eq!(r.verdict, None, "{text}: {r:?}");
    assert_eq!(r.intent, Intent::None, "{text}: {r:?}");
    // A verdict in a sentence of its own after the question is still read.
    let text = "who keeps moving the keys? anyway we're keeping the booking platform going \
                another year.";
    let r = read_rooms(text);
    assert_eq!(r.verdict, Some(Verdict::Continue), "{text}: {r:?}");
}

/// "cctv upgrade aprvd ₹3.2L, meera maam ok'd it ystrdy 👍": "ystrdy" is yesterday, as
/// "yday" is.
#[test]
fn ystrdy_is_yesterday() {
    let text = "lesson app aprvd ₹2.4L, ravi sir ok'd it ystrdy 👍";
    let r = read_music(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    assert_eq!(r.date, Some("2026-11-26".parse().unwrap()), "{text}: {r:?}");
}

/// "… @sneha kindly share the installation schedule by 14/12.": "kindly" asks the handle
/// for the task as "please" does, a follow-up record of its own after the decision.
#[test]
fn a_handle_asked_kindly_is_a_follow_up_of_its_own() {
    let text = "Summary of Tuesday's review. We have approved the practice room soundproofing \
                at ₹6 lakh, because the violin rooms can hear the drums. The power backup is \
                on hold till February; accounts want the term fees in first. @priya kindly \
                share the installation schedule by 14/12.";
    let r = read_music(text);
    let all = records(&r);
    assert_eq!(all.len(), 3, "{text}: {r:?}");
    assert_eq!(all[0].due, None, "{text}: {r:?}");
    assert_eq!(all[2].intent, Intent::Note, "{text}: {r:?}");
    assert_eq!(
        all[2].due,
        Some("2026-12-14".parse().unwrap()),
        "{text}: {r:?}"
    );
}

/// Verdict words that are nouns or counts here: "2 extra cameras at the pimpri parking" (a
/// car park), "a YouTube ad push before JEE Mains" (a campaign), "we have not cancelled a
/// single lecture since …" (lectures counted, no work kept going).
#[test]
fn parking_push_and_cancelled_lectures_are_no_verdicts() {
    let text = "ok'd 45k more for 2 extra cameras at the anna nagar parking 👍";
    let r = read_music(text);
    assert_ne!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
    let text = "Teaching has suggested a YouTube ad push before the exams, maybe ₹3 lakh, no \
                estimate of enrolments yet";
    let r = read_music(text);
    assert_ne!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
    let text = "The power backup at Adyar has paid off well. We have not cancelled a single \
                class since it went in, and the makeup classes on Sundays are gone — about \
                ₹40,000 a month.";
    let r = read_music(text);
    assert_eq!(r.intent, Intent::Benefit, "{text}: {r:?}");
    // Pushing and parking work are still deferrals.
    let text = "we're parking the lesson app till March, faculty are busy with exams";
    let r = read_music(text);
    assert_eq!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
    let text = "push the lesson app to March, faculty are busy with exams";
    let r = read_music(text);
    assert_eq!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
}

/// "Since owners could watch their dogs on the app from September, the calls … are down":
/// a time after "from" in a sentence's opening "since" clause starts the counted period, as
/// "in September" there does, no date of the benefit.
#[test]
fn from_a_month_in_an_opening_since_clause_is_no_date() {
    let text = "The booking platform has been worth every penny. Since players could book \
                online from September, the calls to the front desk are down by half and we've \
                taken 30 extra bookings a month — roughly £1,800 a month more.";
    let r = read_rooms(text);
    assert_eq!(r.intent, Intent::Benefit, "{text}: {r:?}");
    assert_eq!(r.date, None, "{text}: {r:?}");
}

/// "And the underwater treadmill has more than covered its costs: sessions are up from 12 a
/// week to 30, which is …": the result after the praise's colon is the later benefit's
/// evidence.
#[test]
fn the_result_after_covering_its_costs_is_the_evidence() {
    let text = "Ellie approved the bar refit, £12k, after the fridge died. And the room props \
                refit has more than covered its costs: bookings are up from 40 a week to 55, \
                which is about £1,500 a month extra.";
    let r = read_rooms(text);
    let all = records(&r);
    assert_eq!(all.len(), 2, "{text}: {r:?}");
    assert_eq!(
        all[1].rationale.as_deref(),
        Some("bookings are up from 40 a week to 55"),
        "{text}: {r:?}"
    );
}

/// "pass on the craft fair stall again, £600 for a pitch and last yr we got 2 bookings out of
/// it": a terse line opening on "pass on" a priced thing refuses it; "pass on the message to
/// …" passes it along.
#[test]
fn a_line_opening_pass_on_a_priced_thing_refuses_it() {
    let text = "pass on the comic con stand again, £900 for a pitch and last yr we got 3 \
                bookings out of it";
    let r = read_rooms(text);
    assert_eq!(r.verdict, Some(Verdict::Reject), "{text}: {r:?}");
    assert_eq!(r.amount, whole(900, "GBP"), "{text}: {r:?}");
    let text = "pass on the message to the game masters, the bar refit starts monday";
    let r = read_rooms(text);
    assert_ne!(r.verdict, Some(Verdict::Reject), "{text}: {r:?}");
}

/// "biometric attendance reduced to only the 4 pune centres, ₹2.4 lakh now. nashik & kolhapur
/// continue with the register for this year": a group carrying on with its own way is what
/// the cut leaves out, the rescope's reason, as "crews keep their ipads" is.
#[test]
fn a_group_continuing_with_the_old_way_is_the_cuts_reason() {
    let text = "cctv upgrade reduced to only the 3 city centres, ₹2.1 lakh now. madurai & \
                trichy continue with the old cameras for this year";
    let r = read_music(text);
    assert_eq!(r.verdict, Some(Verdict::Rescope), "{text}: {r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("madurai & trichy continue with the old cameras for this year"),
        "{text}: {r:?}"
    );
}
