//! Dates relative to today: `today`, `yesterday`, `on Friday`, `next Tuesday`, `end of month`,
//! `in February`, `Q3 2027`, `2027-03-31`, `31/03/2027` (day first unless configured).
//!
//! Each mention resolves two ways, because which one is meant depends on its role:
//! `past` (the most recent such day, today included: "met Ops on Friday", "benefit in Feb")
//! and `future` (the coming one, today included: "by Friday", "till Q3"). A month or quarter
//! resolves to its first day, or its last day after "end of". "next Tuesday" is the first
//! Tuesday after today; "last Tuesday" the most recent before today; both ignore the role.

use super::spoken_days::{self, coming_if_after};
use super::tokens::{TokKind, Token};
use chrono::{Datelike, Days, Months, NaiveDate, Weekday};

mod back_to_finish;
mod calendar;
mod calendar_parts;
mod date_at;
mod date_cues;
mod date_forms;
mod finding;
mod fiscal_start;
mod fractions;
mod kinds_of_day;
mod milestone_words;
mod named_days;
mod period_ends;
mod since_clause;
pub(crate) use self::since_clause::ends_since_clause;
mod relative_days;
mod same_day;
mod written_dates;

pub use self::calendar::*;
use self::date_at::*;
use self::date_cues::*;
pub(super) use self::date_forms::*;
pub use self::finding::*;
pub(super) use self::milestone_words::*;

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn resolves_relative_to_a_friday() {
        let today = d("2026-11-27"); // a Friday
        let cases: &[(&str, &str, &str, Cue)] = &[
            ("today", "2026-11-27", "2026-11-27", Cue::At),
            ("yesterday", "2026-11-26", "2026-11-26", Cue::At),
            ("on Friday", "2026-11-27", "2026-11-27", Cue::At),
            ("met them Tuesday", "2026-11-24", "2026-12-01", Cue::At),
            ("next Tuesday", "2026-12-01", "2026-12-01", Cue::At),
            ("by end of month", "2026-11-30", "2026-11-30", Cue::By),
            ("in February", "2026-02-01", "2027-02-01", Cue::At),
            ("till Q3", "2026-07-01", "2027-07-01", Cue::Until),
            ("Q3 2027", "2027-07-01", "2027-07-01", Cue::At),
            ("end of year", "2026-12-31", "2026-12-31", Cue::At),
            ("2027-03-31", "2027-03-31", "2027-03-31", Cue::At),
            ("due 31/03/2027", "2027-03-31", "2027-03-31", Cue::By),
            ("31st March 2027", "2027-03-31", "2027-03-31", Cue::At),
            ("revisit in March", "2026-03-01", "2027-03-01", Cue::Until),
            ("in two weeks", "2026-12-11", "2026-12-11", Cue::At),
            ("end of Q1", "2026-03-31", "2027-03-31", Cue::At),
        ];
        for (text, past, future, cue) in cases {
            let found = find_dates(&tokenize(text), today, true);
            let m = found.first().unwrap_or_else(|| panic!("no date in {text}"));
            assert_eq!(
                (m.past, m.future, m.cue),
                (d(past), d(future), *cue),
                "{text}"
            );
        }
    }

    #[test]
    fn chat_shorthand_and_days_of_the_month() {
        let today = d("2026-11-27"); // a Friday
        let cases: &[(&str, &str, &str)] = &[
            ("by EOM", "2026-11-30", "2026-11-30"),
            ("tomorrow", "2026-11-28", "2026-11-28"),
            ("by the 20th", "2026-11-20", "2026-12-20"),
            // Said on the 27th, the coming 27th is next month's ("by the 1st" said on the 1st).
            ("on the 27th", "2026-11-27", "2026-12-27"),
            ("by 3rd", "2026-11-03", "2026-12-03"),
            ("next Thu", "2026-12-03", "2026-12-03"),
            ("the 3rd of March", "2026-03-03", "2027-03-03"),
            ("by COB", "2026-11-27", "2026-11-27"),
            ("by end of next week", "2026-12-04", "2026-12-04"),
            ("till the new year", "2027-01-01", "2027-01-01"),
            ("by mid-Jan", "2026-01-15", "2027-01-15"),
            ("mid March", "2026-03-15", "2027-03-15"),
            ("last night", "2026-11-26", "2026-11-26"),
            ("today's meeting", "2026-11-27", "2026-11-27"),
            ("workshop 19.11.: notes", "2026-11-19", "2027-11-19"),
            ("until 04.12", "2025-12-04", "2026-12-04"),
            ("cutover 01.07.2027", "2027-07-01", "2027-07-01"),
        ];
        for (text, past, future) in cases {
            let found = find_dates(&tokenize(text), today, true);
            let m = found.first().unwrap_or_else(|| panic!("no date in {text}"));
            assert_eq!((m.past, m.future), (d(past), d(future)), "{text}");
        }
        // An ordinal that is not a date stays a word.
        assert!(find_dates(&tokenize("a 3rd party tool"), today, true).is_empty());
        // Neither an amount with a decimal point nor where a run of time starts.
        assert!(find_dates(&tokenize("€15.03 a unit"), today, true).is_empty());
        assert!(find_dates(&tokenize("rate 15.03 per cent"), today, true).is_empty());
        for figures in [
            "down from 2.1% to 1.4%",
            "up to 4.6 stars",
            "scaled back to 1.1m",
        ] {
            assert!(
                find_dates(&tokenize(figures), today, true).is_empty(),
                "{figures}"
            );
        }
        let since = find_dates(&tokenize("5 fewer since June"), today, true);
        assert_eq!(since[0].cue, Cue::Since);
    }

    #[test]
    fn a_date_beside_go_live_is_a_milestone() {
        let today = d("2026-11-27");
        for text in [
            "go-live 3/15",
            "3/15 go-live",
            "go-live planned 15.03.",
            "cutover 01.07.2027",
            "done by 1/8",
        ] {
            let found = find_dates(&tokenize(text), today, false);
            assert_eq!(found.len(), 1, "{text}");
            assert_eq!(found[0].cue, Cue::Milestone, "{text}");
        }
        // A go-live that happened is when something happened.
        for text in ["went live Monday", "went live on 11/23"] {
            let found = find_dates(&tokenize(text), today, false);
            assert_eq!(found.len(), 1, "{text}");
            assert_eq!(found[0].cue, Cue::At, "{text}");
        }
    }

    #[test]
    fn a_typed_date_reads_whole_or_not_at_all() {
        let today = d("2026-11-27");
        let ahead = |s: &str| read_date(s, today, true, Looking::Ahead);
        assert_eq!(ahead("Friday"), Some(d("2026-11-27")));
        assert_eq!(ahead("next Tuesday"), Some(d("2026-12-01")));
        assert_eq!(ahead("end of month"), Some(d("2026-11-30")));
        assert_eq!(ahead("EOM"), Some(d("2026-11-30")));
        assert_eq!(ahead("Q3"), Some(d("2027-07-01")));
        assert_eq!(ahead("in 2 weeks"), Some(d("2026-12-11")));
        assert_eq!(ahead("31/01/2027"), Some(d("2027-01-31")));
        assert_eq!(ahead("2027-01-31"), Some(d("2027-01-31")));
        assert_eq!(ahead("the 20th"), Some(d("2026-12-20")));
        assert_eq!(
            read_date("Tuesday", today, true, Looking::Back),
            Some(d("2026-11-24"))
        );
        assert_eq!(
            read_date("01/02/2027", today, false, Looking::Ahead),
            Some(d("2027-01-02"))
        );
        for bad in ["", "soon", "Friday the vendor", "2027-02-30", "31/13/2027"] {
            assert_eq!(ahead(bad), None, "{bad}");
        }
    }

    #[test]
    fn week_numbers_and_halves_of_the_year() {
        let today = d("2026-11-27"); // a Friday in ISO week 48
        let cases: &[(&str, &str, &str, Cue)] = &[
            // A week by its ISO number is its Monday, the coming one looking ahead.
            ("revisit in wk 12", "2026-03-16", "2027-03-22", Cue::Until),
            ("share the plan wk 50", "2025-12-08", "2026-12-07", Cue::At),
            ("by week 2", "2026-01-05", "2027-01-11", Cue::By),
            ("by wk50", "2025-12-08", "2026-12-07", Cue::By),
            ("week 10 2027", "2027-03-08", "2027-03-08", Cue::At),
            // A half of the year is its first day.
            (
                "not now, revisit in H2",
                "2026-07-01",
                "2027-07-01",
                Cue::Until,
            ),
            ("till H1", "2026-01-01", "2027-01-01", Cue::Until),
            ("H1 2028", "2028-01-01", "2028-01-01", Cue::At),
        ];
        for (text, past, future, cue) in cases {
            let found = find_dates(&tokenize(text), today, true);
            let m = found.first().unwrap_or_else(|| panic!("no date in {text}"));
            assert_eq!(
                (m.past, m.future, m.cue),
                (d(past), d(future), *cue),
                "{text}"
            );
        }
        // A fiscal year with no stated start is the calendar year, before or after.
        for (text, want) in [
            ("revisit FY27 Q1", "2027-01-01"),
            ("benefit in Q3 FY26", "2026-07-01"),
            ("till FY2028 H2", "2028-07-01"),
            ("Q2 FY27", "2027-04-01"),
        ] {
            let found = find_dates(&tokenize(text), today, true);
            let m = found.first().unwrap_or_else(|| panic!("no date in {text}"));
            assert_eq!((m.past, m.future), (d(want), d(want)), "{text}");
        }
        // A week of something is a count, not a date.
        for text in [
            "week 3 of the pilot",
            "a 12 week trial",
            "H2O levels",
            "the H2 budget",
        ] {
            assert!(
                find_dates(&tokenize(text), today, true).is_empty(),
                "{text}"
            );
        }
        assert_eq!(
            read_date("wk 12", today, true, Looking::Ahead),
            Some(d("2027-03-22"))
        );
    }

    #[test]
    fn a_count_of_things_by_a_date_is_a_milestone_not_a_deadline() {
        let today = d("2026-11-27");
        for text in [
            "approved, 60 stores by March",
            "R1.2m, the first 40 stores before Dec",
            "all sites by Q2",
        ] {
            let found = find_dates(&tokenize(text), today, true);
            assert_eq!(found.len(), 1, "{text}");
            assert_eq!(found[0].cue, Cue::Milestone, "{text}");
        }
        // Someone asked to do it by then owns a deadline.
        for text in [
            "Dana to order 60 more by end of next month",
            "@sean to get 3 quotes by Friday",
            "pls can Raj send 2 options by Dec 4",
        ] {
            let found = find_dates(&tokenize(text), today, false);
            assert_eq!(found[0].cue, Cue::By, "{text}");
        }
    }

    #[test]
    fn chat_spellings_and_a_day_named_twice() {
        let today = d("2026-11-27"); // a Friday
        let cases: &[(&str, &str, &str)] = &[
            ("send it nxt week", "2026-11-30", "2026-11-30"),
            ("got the green light yday", "2026-11-26", "2026-11-26"),
            ("approved Dec. 4", "2025-12-04", "2026-12-04"),
            ("by Jan. 15th", "2026-01-15", "2027-01-15"),
            ("by end of the wk", "2026-11-27", "2026-11-27"),
            ("by nxt Tues", "2026-12-01", "2026-12-01"),
            // Close of business on the day named after it.
            ("EOD tmrw", "2026-11-28", "2026-11-28"),
            ("COB Mon", "2026-11-23", "2026-11-30"),
            // A weekday before the date it is: the date.
            ("mtg Fri 11/20: demo went well", "2026-11-20", "2026-11-20"),
            ("due Thu 12/3", "2026-12-03", "2026-12-03"),
        ];
        for (text, past, future) in cases {
            let found = find_dates(&tokenize(text), today, false);
            assert_eq!(found.len(), 1, "{text}");
            assert_eq!(
                (found[0].past, found[0].future),
                (d(past), d(future)),
                "{text}"
            );
        }
    }

    #[test]
    fn a_deadline_said_before_its_date_is_a_deadline() {
        let today = d("2026-11-27");
        for text in [
            "£70k, deadline for the business case is 15/12",
            "the deadline is Friday",
            "deadline: 15/12",
            "hard deadline of 15/12 for the quotes",
        ] {
            let found = find_dates(&tokenize(text), today, true);
            assert_eq!(found.len(), 1, "{text}");
            assert_eq!(found[0].cue, Cue::By, "{text}");
        }
    }

    #[test]
    fn a_review_meeting_on_a_date_is_when_not_a_look_again() {
        let today = d("2026-11-27");
        // (message, day first, cue)
        for (text, day_first, cue) in [
            ("Ops budget review on 11/23 - approved $60k", false, Cue::At),
            ("carried on after the review on 11/18", false, Cue::At),
            ("deferred to the board review on 12/2", false, Cue::Until),
            ("parked, review on 3/1", false, Cue::Until),
            ("we'll review on Monday", false, Cue::Until),
            ("Ops review 19/11: agreed to continue", true, Cue::At),
            ("continue, next check-in 15/01", true, Cue::Until),
            ("keep going, next catch-up in March", true, Cue::Until),
            ("Stores catch-up on 23/11. Landlords asked", true, Cue::At),
        ] {
            let found = find_dates(&tokenize(text), today, day_first);
            assert_eq!(found.len(), 1, "{text}");
            assert_eq!(found[0].cue, cue, "{text}");
        }
    }

    #[test]
    fn month_first_when_configured() {
        let found = find_dates(&tokenize("03/31/2027"), d("2026-11-27"), false);
        assert_eq!(found[0].past, d("2027-03-31"));
    }

    #[test]
    fn may_the_verb_is_not_a_month() {
        assert!(find_dates(&tokenize("we may approve it"), d("2026-11-27"), true).is_empty());
    }
}
