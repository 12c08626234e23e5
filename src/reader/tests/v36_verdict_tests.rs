//! Round V36: everyday idioms for a verdict the training corpus showed unread, each worded
//! here for another invented organisation (a chain of climbing gyms in the north of
//! England), and each set against a sentence where the same words decide nothing.

use super::test_names::{directory, read_day_first_in};
use super::*;
use crate::domain::Verdict;

/// A chain of climbing gyms posting in its Slack: the walls, the cafés, the office.
fn gym_dir() -> StaticDirectory {
    directory(
        &[
            ("Walls", &["Setting", "Routesetting"]),
            ("Cafés", &["Cafe", "Catering"]),
            ("Office", &["Finance", "HR", "IT"]),
        ],
        &[
            ("Booking App", "Office"),
            ("Rota App", "Office"),
            ("Auto Belay Upgrade", "Walls"),
            ("Coffee Machine Lease", "Cafés"),
            ("Training Platform", "HR"),
        ],
    )
}

fn read_gyms(text: &str) -> Reading {
    read_day_first_in(text, "ellie", "GBP", &gym_dir())
}

fn assert_verdict(text: &str, verdict: Verdict) {
    let r = read_gyms(text);
    assert_eq!(
        (r.intent, r.verdict),
        (Intent::Decision, Some(verdict)),
        "{text}: {r:?}"
    );
}

/// "We're calling time on the rota app": we end the work, a stop; a time called on a day
/// ("calling time on Friday at 11") ends no work.
#[test]
fn calling_time_on_a_thing_stops_it() {
    assert_verdict(
        "We're calling time on the booking app. We've paid £6k and the desk staff still use the paper diary.",
        Verdict::Stop,
    );
    let r = read_gyms("The bar is calling time on Friday at 11, the staff party runs till then");
    assert_ne!(r.verdict, Some(Verdict::Stop), "{r:?}");
}

/// "ditching the training platform trial at Leeds, half the staff can't log in": work
/// we drop, a stop; a ditching with no thing after it ("ditching in the rain") is none.
#[test]
fn ditching_a_thing_stops_it() {
    assert_verdict(
        "ditching the training platform trial at leeds, half the instructors cant log in on their phones",
        Verdict::Stop,
    );
    let r =
        read_gyms("The route setters were ditching in the rain all morning at the outdoor wall");
    assert_ne!(r.verdict, Some(Verdict::Stop), "{r:?}");
}

/// "Bronwyn's given the thumbs up to the parent app, $29k": the thumbs up given to a
/// thing approves it; the emoji asked for decides nothing.
#[test]
fn the_thumbs_up_given_to_a_thing_approves_it() {
    for text in [
        "Mags has given the thumbs up to the auto belay upgrade, £29k. @tom to get the signed quote back by Wed.",
        "Mags gave the thumbs up to the auto belay upgrade, £29k",
    ] {
        assert_verdict(text, Verdict::Approve);
        assert!(read_gyms(text).amount.is_some(), "{text}");
    }
    for text in [
        "Give the thumbs up emoji to the post if you can cover the Friday shift",
        "Mags gave the thumbs up emoji to my post about the Friday shift",
    ] {
        let r = read_gyms(text);
        assert_ne!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    }
}

/// "APS pushed the net metering decision to spring": a decision of an outside body's,
/// named by its acronym, put off is news that leaves our work waiting, not a second
/// deferral of ours; a board of ours or a person deferring a decision defers it.
#[test]
fn an_outside_body_putting_off_its_own_decision_is_no_deferral_of_ours() {
    let r = read_gyms(
        "The auto belay upgrade is on hold again. APS pushed the wall safety standard decision to spring and without it the spec could change; let's look at it again in April.",
    );
    assert_eq!(r.verdict, Some(Verdict::Defer), "{r:?}");
    assert!(r.also.is_empty(), "{r:?}");
    for text in [
        "The board deferred the booking app decision to March",
        "Mags pushed the booking app decision to March",
    ] {
        assert_verdict(text, Verdict::Defer);
    }
}

/// Dictated with no punctuation: "the timesheet app is finished were turning it off at the
/// end of the month": after a clause closed by "is finished" (a singular subject that
/// "were" cannot follow), "were" is "we're"; "were" after a plural noun stays "were".
#[test]
fn dictated_were_after_a_finished_clause_is_we_are() {
    assert_verdict(
        "the booking app is finished were turning it off at the end of the month the desk staff never used it and it costs us six grand a year",
        Verdict::Stop,
    );
    let r = read_gyms("the new walls the setters finished were turning heads all week");
    assert_ne!(r.verdict, Some(Verdict::Stop), "{r:?}");
}

/// "The Lab have asked to hold off the barcode printers till January": a wait asked for
/// by whoever holds the work is the deferral, as "want to hold off" is; asked to hold a
/// door or a line, nothing waits.
#[test]
fn asked_to_hold_off_a_thing_till_a_time_defers_it() {
    assert_verdict(
        "The setters have asked to hold off the auto belay upgrade till January, they're mid-competition season",
        Verdict::Defer,
    );
    let r = read_gyms("Reception asked to hold the door for the delivery till 10");
    assert_ne!(r.verdict, Some(Verdict::Defer), "{r:?}");
}
