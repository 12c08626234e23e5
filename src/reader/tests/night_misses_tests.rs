//! Misses the night round's first-seen strangers showed (round S14), each read in another
//! writer's words (a New Orleans community radio station, in dollars): Mardi Gras said as
//! a date, and the day after it as when to look again.

use super::*;

/// A New Orleans community radio station: programming, engineering, membership.
fn dir() -> StaticDirectory {
    test_names::directory(
        &[
            ("Programming", &[]),
            ("Engineering", &["Eng"]),
            ("Membership", &[]),
        ],
        &[
            ("Studio Console Replacement", "Engineering"),
            ("Member Database Migration", "Membership"),
            ("Streaming App", "Programming"),
        ],
    )
}

/// `text` as "jolene" writes it on the tests' day (Friday 27 November 2026).
fn read(text: &str) -> Reading {
    test_names::read_on_test_day(text, "jolene", &dir())
}

fn day(s: &str) -> Option<chrono::NaiveDate> {
    Some(s.parse().unwrap())
}

#[test]
fn after_mardi_gras_is_ash_wednesday_the_coming_one() {
    // Mardi Gras 2027 is 9 February (47 days before Easter, 28 March).
    let text = "Member database migration on hold till after Mardi Gras, nobody has time with the parades on.";
    let r = read(text);
    assert_eq!(r.verdict, Some(Verdict::Defer), "{r:?}");
    assert_eq!(r.review_date, day("2027-02-10"), "{r:?}");
    let text = "Streaming app: park it until Mardi Gras, the krewes are all we hear about.";
    let r = read(text);
    assert_eq!(r.verdict, Some(Verdict::Defer), "{r:?}");
    assert_eq!(r.review_date, day("2027-02-09"), "{r:?}");
}

#[test]
fn mardi_gras_alone_names_no_date_when_it_is_a_thing() {
    // "the Mardi Gras coverage": a thing named after the day, no date of the record.
    let text = "Met Programming about the Mardi Gras coverage on the streaming app, all good.";
    let r = read(text);
    assert_eq!(r.date, None, "{r:?}");
}
