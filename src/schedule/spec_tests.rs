//! Fire times across daylight-saving changes and zones.

use super::*;

fn utc(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
}

fn london() -> Tz {
    "Europe/London".parse().unwrap()
}

fn fires(spec: &Spec, from: &str, n: usize) -> Vec<String> {
    spec.fire_times_after(utc(from))
        .take(n)
        .map(|t| t.to_rfc3339())
        .collect()
}

#[test]
fn nine_o_clock_london_is_nine_local_in_gmt_and_bst() {
    let spec = Spec::from_words(&["weekly", "mon", "09:00"], london()).unwrap();
    // 2027: BST starts Sunday 28 March, ends Sunday 31 October.
    assert_eq!(
        fires(&spec, "2027-03-20T00:00:00Z", 3),
        [
            "2027-03-22T09:00:00+00:00",
            "2027-03-29T08:00:00+00:00",
            "2027-04-05T08:00:00+00:00"
        ]
    );
    assert_eq!(
        fires(&spec, "2027-10-24T00:00:00Z", 3),
        [
            "2027-10-25T08:00:00+00:00",
            "2027-11-01T09:00:00+00:00",
            "2027-11-08T09:00:00+00:00"
        ]
    );
}

#[test]
fn a_missing_local_time_fires_once_at_the_next_valid_instant() {
    // 01:30 does not exist in London on 28 March 2027 (01:00 GMT → 02:00 BST).
    let spec = Spec::from_cron("30 1 * * *", london()).unwrap();
    assert_eq!(
        fires(&spec, "2027-03-27T00:00:00Z", 3),
        [
            "2027-03-27T01:30:00+00:00",
            "2027-03-28T01:00:00+00:00",
            "2027-03-29T00:30:00+00:00"
        ]
    );
    // Every 15 minutes through the gap: the four missing times collapse into one fire.
    let spec = Spec::from_cron("0 */15 1 * * *", london()).unwrap();
    assert_eq!(
        fires(&spec, "2027-03-28T00:00:00Z", 2),
        ["2027-03-28T01:00:00+00:00", "2027-03-29T00:00:00+00:00"]
    );
}

#[test]
fn a_repeated_local_time_fires_once() {
    // 01:30 happens twice in London on 31 October 2027; it fires the first time only.
    let spec = Spec::from_cron("30 1 * * *", london()).unwrap();
    assert_eq!(
        fires(&spec, "2027-10-30T00:00:00Z", 3),
        [
            "2027-10-30T00:30:00+00:00",
            "2027-10-31T00:30:00+00:00",
            "2027-11-01T01:30:00+00:00"
        ]
    );
}

#[test]
fn another_zone_new_york() {
    let ny: Tz = "America/New_York".parse().unwrap();
    let spec = Spec::from_cron("0 9 * * MON", ny).unwrap();
    // US DST 2027: starts 14 March, ends 7 November.
    assert_eq!(
        fires(&spec, "2027-03-07T00:00:00Z", 3),
        [
            "2027-03-08T14:00:00+00:00",
            "2027-03-15T13:00:00+00:00",
            "2027-03-22T13:00:00+00:00"
        ]
    );
    assert_eq!(
        fires(&spec, "2027-11-01T00:00:00Z", 2),
        ["2027-11-01T13:00:00+00:00", "2027-11-08T14:00:00+00:00"]
    );
}

#[test]
fn six_and_seven_field_forms_and_bad_input() {
    assert!(Spec::from_cron("0 0 9 * * MON", london()).is_ok());
    assert!(Spec::from_cron("0 0 9 * * MON 2027-2030", london()).is_ok());
    for (bad, fragment) in [
        ("0 9 * *", "has 4 fields"),
        ("0 25 * * *", "not a valid cron expression"),
        ("0 0 9 * * MON 2001", "never fires"),
    ] {
        let err = Spec::from_cron(bad, london()).unwrap_err();
        assert!(err.contains(fragment), "{bad}: {err}");
    }
    for (words, fragment) in [
        (&["weekly", "funday", "09:00"][..], "not a day"),
        (&["weekly", "mon", "9am"][..], "not a time"),
        (&["fortnightly", "mon"][..], "could not read"),
        (&["monthly", "31", "09:00"][..], "from 1 to 28"),
    ] {
        let err = Spec::from_words(words, london()).unwrap_err();
        assert!(err.contains(fragment), "{words:?}: {err}");
    }
}

#[test]
fn shortest_gap_and_latest_slot() {
    let spec = Spec::from_cron("*/10 * * * *", london()).unwrap();
    assert_eq!(
        spec.shortest_gap(utc("2027-01-01T00:00:00Z"), 10),
        Some(Duration::minutes(10))
    );
    let daily = Spec::from_words(&["daily", "09:00"], london()).unwrap();
    assert_eq!(
        daily.latest_at_or_before(utc("2027-01-01T00:00:00Z"), utc("2027-01-03T10:00:00Z")),
        Some(utc("2027-01-03T09:00:00Z"))
    );
}
