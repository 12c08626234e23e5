//! Round R38: the rationale's misses on the training corpus sorted by cause, and the
//! recurring causes fixed, each worded here for another invented organisation: a group of
//! bicycle shops in Cumbria.

use super::test_names::{directory, read_day_first_in};
use super::*;
use crate::domain::Verdict;

/// Bike shops in Kendal, Keswick and Penrith: the workshops, the shop floors, the hire
/// fleet, the office.
fn bike_shops_dir() -> StaticDirectory {
    directory(
        &[
            ("Workshop", &["Workshops"]),
            ("Retail", &["Shop Floor", "Shops"]),
            ("Hire", &["Hire Fleet"]),
            ("IT", &["Tech"]),
        ],
        &[
            ("Booking App", "IT"),
            ("Rota Tool", "IT"),
            ("Loyalty Kiosk", "Retail"),
            ("Shop Radio", "Retail"),
        ],
    )
}

fn read_bike_shops(text: &str) -> Reading {
    read_day_first_in(text, "aisha", "GBP", &bike_shops_dir())
}

/// "binning the client app, 14k spent and about 60 downloads, the insta DMs do the job
/// fine", "€24k spent and barely a third have logged in; the area managers do it face to
/// face anyway": a stop's reason that opens with the money sunk keeps it (convention 30),
/// whether it follows the verdict's comma or opens a sentence cut at a semicolon.
#[test]
fn a_stops_reason_opening_with_the_money_sunk_keeps_it() {
    for (text, why) in [
        (
            "binning the booking app, 9k spent and about 40 downloads, the phone does the job fine",
            "9k spent and about 40 downloads, the phone does the job fine",
        ),
        (
            "pulling the plug on the rota tool, 6k gone and 3 shops use it, the paper rota does grand",
            "6k gone and 3 shops use it, the paper rota does grand",
        ),
        (
            "We're stopping the loyalty kiosk. £31k spent and hardly anyone has used it since May; the till staff do it by hand anyway.",
            "£31k spent and hardly anyone has used it since May; the till staff do it by hand anyway",
        ),
    ] {
        let r = read_bike_shops(text);
        assert_eq!(r.verdict, Some(Verdict::Stop), "{text}: {r:?}");
        assert_eq!(r.rationale.as_deref(), Some(why), "{text}: {r:?}");
    }
}

/// "the training center is approved, $95k. We keep losing second-year apprentices to the
/// union shops because they never get hands-on time …": a "because" inside a sentence of
/// its own after the verdict's explains that sentence's claim, and the claim is the case
/// made for the decision; the reason is the whole sentence.
#[test]
fn a_because_inside_the_sentence_after_the_verdict_keeps_its_claim() {
    for (text, why) in [
        (
            "Good news from Tom: the workshop extension at Keswick is approved, £40k. We keep losing service bookings to Ambleside because our mechanics have no bench space in the summer. @jo will get the builder's quotes by 17/12.",
            "We keep losing service bookings to Ambleside because our mechanics have no bench space in the summer",
        ),
        (
            "Good news from Tom: the new hire fleet for Penrith is a go, £22k. We're turning families away at the weekends because there aren't enough kids' bikes to go round.",
            "We're turning families away at the weekends because there aren't enough kids' bikes to go round",
        ),
    ] {
        let r = read_bike_shops(text);
        assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
        assert_eq!(r.rationale.as_deref(), Some(why), "{text}: {r:?}");
    }
}

/// "Stuart approved the stock management system, £16k, after the stocktake found £5k of
/// retail product we couldn't account for": "after" an event told with its own verb, set
/// off by a comma after the verdict's amount, is the reason (convention 22), money in the
/// event and all.
#[test]
fn an_event_after_the_amounts_comma_is_the_reason() {
    for (text, why) in [
        (
            "Tom approved the stock system, £12k, after the stocktake found £4k of parts we couldn't account for. We're leaving the Penrith refit until March.",
            "after the stocktake found £4k of parts we couldn't account for",
        ),
        (
            "Good news: Tom has approved the new locks for all three shops, £9k, after the break-ins at Kendal in October. @jo will book the fitter by 15/12.",
            "after the break-ins at Kendal in October",
        ),
    ] {
        let r = read_bike_shops(text);
        assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
        assert_eq!(r.rationale.as_deref(), Some(why), "{text}: {r:?}");
    }
}

/// "gave the nod to the Green Bay racking after all, $18k, since the January count can wait
/// and the floor is a mess", "a yes, $212k for four, since the 2014 Transits in Wausau cost
/// more in repairs …": a "since" whose subject holds a month or a year ("the January
/// count", "the 2014 Transits") and then a verb of its own is a cause, not from when.
#[test]
fn a_since_cause_whose_subject_holds_a_date_is_the_reason() {
    for (text, why) in [
        (
            "FYI Tom gave the nod to the Kendal racking after all, £18k, since the January count can wait and the floor is a mess.",
            "the January count can wait and the floor is a mess",
        ),
        (
            "The new hire vans are a yes, £212k for four, since the 2014 Transits in Penrith cost more in repairs than the payments would.",
            "the 2014 Transits in Penrith cost more in repairs than the payments would",
        ),
    ] {
        let r = read_bike_shops(text);
        assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
        assert_eq!(r.rationale.as_deref(), Some(why), "{text}: {r:?}");
        assert_eq!(r.date, None, "{text}: {r:?}");
    }
}

/// "the boiler replacement at Hexham is approved, £11k. We've had cold water at the
/// backwashes three Saturdays running and clients have started cancelling their colours":
/// customers cancelling what they buy is the case for the decision, not our stop.
#[test]
fn customers_cancelling_is_the_case_not_a_stop() {
    let text = "Good news from Tom: the boiler replacement at Keswick is approved, £11k. We've had cold water in the wash bay three Saturdays running and clients have started cancelling their services. @jo will get the engineer booked in by 17/12.";
    let r = read_bike_shops(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("We've had cold water in the wash bay three Saturdays running and clients have started cancelling their services"),
        "{r:?}"
    );
}
