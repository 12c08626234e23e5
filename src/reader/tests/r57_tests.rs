//! Round R57: the rationale's misses on the training corpus sorted by cause (twenty-second
//! pass), each cause worded here for another invented organisation: a lake steamer and
//! boathouse firm in the Lake District (its boathouse, its piers, its booking office).

use super::test_names::{directory, read_day_first_in};
use super::*;

/// The steamer firm's units and investments.
fn steamers_dir() -> StaticDirectory {
    directory(
        &[
            ("Boathouse", &["Slipway"]),
            ("Piers", &["Jetties"]),
            ("Office", &["Booking Office"]),
        ],
        &[
            ("Boathouse Roof", "Boathouse"),
            ("Pier Lighting", "Piers"),
            ("Ticketing System", "Office"),
            ("Buoy Lights", "Piers"),
        ],
    )
}

fn read_steamers(text: &str) -> Reading {
    read_day_first_in(text, "meg", "GBP", &steamers_dir())
}

/// Convention 79: how far work that goes on has got — a count done, a stage finished, a part
/// in — is why it goes on; what is still to come after it is the plan, left out.
#[test]
fn a_continues_progress_done_is_its_reason() {
    for (text, why) in [
        (
            "Buoy lights - carrying on with the swap, 9 done of 24.",
            "9 done of 24",
        ),
        (
            "Pier lighting carries on - 5 of the 12 posts swapped so far, the rest go in before \
             Easter",
            "5 of the 12 posts swapped so far",
        ),
        (
            "Ticketing system keeps going as planned, 3 of 8 kiosks done, Aled's finishing the \
             rest next week.",
            "3 of 8 kiosks done",
        ),
        (
            "Boathouse roof: we're carrying on with it, the trusses are in and the roofer's \
             booked for January.",
            "the trusses are in",
        ),
    ] {
        let r = read_steamers(text);
        assert_eq!(r.verdict, Some(Verdict::Continue), "{text}: {r:?}");
        assert_eq!(r.rationale.as_deref(), Some(why), "{text}: {r:?}");
    }
    // Near: a reason of its own beside the work going on stays whole.
    let r = read_steamers(
        "Boathouse roof: we're carrying on with it, the old trusses are rotten and the insurer \
         won't cover us another winter.",
    );
    assert_eq!(
        r.rationale.as_deref(),
        Some("the old trusses are rotten and the insurer won't cover us another winter"),
        "{r:?}"
    );
}

/// Convention 79: the progress told in the sentence before the keep-going one is the reason,
/// without the step still to come.
#[test]
fn progress_done_before_the_keep_going_sentence_is_its_reason() {
    let text = "The boathouse footings are poured and the frame goes up next week if the wind \
                drops. We're keeping on with it.";
    let r = read_steamers(text);
    assert_eq!(r.verdict, Some(Verdict::Continue), "{text}: {r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("The boathouse footings are poured"),
        "{text}: {r:?}"
    );
}

/// Convention 79: a continue told with only what is still to come — a part arriving, a
/// go-live day, the first group — has no reason.
#[test]
fn only_what_is_still_to_come_is_no_reason() {
    for text in [
        "Pier lighting keeps going, stage 2 cables arrive March.",
        "Boathouse roof keeps going, the new trusses ship the 12th",
        "Ticketing system implementation continue as planned, go-live 1st March. Training for \
         the desk staff in February.",
        "Skipper training goin ahead as planned, first group Tuesday",
    ] {
        let r = read_steamers(text);
        assert_eq!(r.verdict, Some(Verdict::Continue), "{text}: {r:?}");
        assert_eq!(r.rationale, None, "{text}: {r:?}");
    }
    // Near: a result told beside the work going on stays.
    let r = read_steamers("Pier lighting keeps going, the night landings are up 20% since March.");
    assert_eq!(
        r.rationale.as_deref(),
        Some("the night landings are up 20% since March"),
        "{r:?}"
    );
}

/// Convention 79: a step still to come told first, then "and" a reason: the reason alone.
/// Near: a count booked, or a verb of coming with no day after it, is no step to come.
#[test]
fn a_step_to_come_before_and_leaves_the_reason() {
    let r = read_steamers(
        "Boathouse roof carries on over Christmas as planned - the roofer's on site from 19/12 \
         and the harbourmaster is happy with the phasing.",
    );
    assert_eq!(
        r.rationale.as_deref(),
        Some("the harbourmaster is happy with the phasing"),
        "{r:?}"
    );
    for (text, why) in [
        (
            "Pier lighting keeps going. School groups have booked 40 evening cruises already.",
            "School groups have booked 40 evening cruises already",
        ),
        (
            "Ticketing system keeps going, the pier staff and the skippers are getting booked \
             without 6 phone calls now.",
            "the pier staff and the skippers are getting booked without 6 phone calls now",
        ),
        (
            "Buoy lights keep going. 14 of 22 buoys done at Glenridding",
            "14 of 22 buoys done at Glenridding",
        ),
    ] {
        let r = read_steamers(text);
        assert_eq!(r.verdict, Some(Verdict::Continue), "{text}: {r:?}");
        assert_eq!(r.rationale.as_deref(), Some(why), "{text}: {r:?}");
    }
}

/// Conventions 15 and 73: a benefit's result told in a sentence of its own, its money in the
/// next ("Gwen figures that's about £1,500 a month", "save abt £2k a month"), is the reason.
#[test]
fn a_result_before_its_moneys_sentence_is_the_reason() {
    for (text, why) in [
        (
            "The ticketing system ran Saturday's boarding in ten minutes instead of forty. Gwen \
             figures that's about £1,500 a month of overtime gone.",
            "ran Saturday's boarding in ten minutes instead of forty",
        ),
        (
            "ticketing system at the pier already 1 month, now only need 2 staff per sailing \
             instead of 3. save abt £2k a month",
            "now only need 2 staff per sailing instead of 3",
        ),
    ] {
        let r = read_steamers(text);
        assert_eq!(r.intent, Intent::Benefit, "{text}: {r:?}");
        assert_eq!(r.rationale.as_deref(), Some(why), "{text}: {r:?}");
    }
    // Near: a sentence that measures nothing before the money's gives no reason.
    let r = read_steamers(
        "The ticketing system has been a godsend. Gwen figures that's about £1,500 a month of \
         overtime gone.",
    );
    assert_eq!(r.rationale, None, "{r:?}");
}

/// Convention 67: a benefit's reason opening on how long the work has run ("been running 3
/// weeks now,") is the result after it.
#[test]
fn how_long_the_work_has_run_is_no_part_of_the_result() {
    let text = "pier lighting been running 3 weeks now, we landing about 40 more passengers a \
                night instead of turning boats away at dusk. thats roughly £900 a week";
    let r = read_steamers(text);
    assert_eq!(r.intent, Intent::Benefit, "{text}: {r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("we landing about 40 more passengers a night instead of turning boats away at dusk"),
        "{text}: {r:?}"
    );
    // Near: a result with its own count before the comma stays whole.
    let text = "pier lighting cut the dusk cancellations from 12 to 2, we landing about 40 more \
                passengers a night. thats roughly £900 a week";
    let r = read_steamers(text);
    assert_eq!(
        r.rationale.as_deref(),
        Some(
            "cut the dusk cancellations from 12 to 2, we landing about 40 more passengers a night"
        ),
        "{text}: {r:?}"
    );
}

/// Near for the rule above: a result said in days against weeks is the result itself.
#[test]
fn a_result_in_days_against_weeks_stays() {
    let text = "Ticketing system is earning its keep. Refunds paid in 2 days not 3 weeks, and we \
                caught £3k of double bookings before the summer";
    let r = read_steamers(text);
    assert_eq!(r.intent, Intent::Benefit, "{text}: {r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("Refunds paid in 2 days not 3 weeks"),
        "{text}: {r:?}"
    );
}

/// Convention 29 (as `harborview-museum` 34's "so we left the part-time desk post unfilled"
/// was settled): a post left empty after a benefit's result is a result, people freed, and
/// stays; a hire avoided is money not paid, and stays out.
#[test]
fn a_post_left_empty_after_the_result_stays() {
    let text = "Since online booking went live the pier kiosk went from ~50 walk-up sales a day \
                to about 10, and we didn't refill the part-time ticket clerk, £18K.";
    let r = read_steamers(text);
    assert_eq!(r.intent, Intent::Benefit, "{text}: {r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some(
            "Since online booking went live the pier kiosk went from ~50 walk-up sales a day to \
             about 10, and we didn't refill the part-time ticket clerk"
        ),
        "{text}: {r:?}"
    );
    let text = "Since online booking went live the pier kiosk went from ~50 walk-up sales a day \
                to about 10, and we didn't have to hire the extra deckhand, £18K.";
    let r = read_steamers(text);
    assert_eq!(
        r.rationale.as_deref(),
        Some("Since online booking went live the pier kiosk went from ~50 walk-up sales a day to about 10"),
        "{text}: {r:?}"
    );
}

/// A benefit's second result with someone stuck waiting: the waiting is that clause's own,
/// no reason of its own opening at "waiting".
#[test]
fn someone_stuck_waiting_is_one_clause() {
    let text = "The new pier lights saved us £6,200 in repairs last month alone, and no passenger \
                has been stuck on the jetty waiting for a boat 🙌";
    let r = read_steamers(text);
    assert_eq!(r.intent, Intent::Benefit, "{text}: {r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("no passenger has been stuck on the jetty waiting for a boat"),
        "{text}: {r:?}"
    );
    // Near: a hold waiting for something keeps the wait as its reason.
    let r = read_steamers("Boathouse roof on hold, waiting for the insurer's survey.");
    assert_eq!(
        r.rationale.as_deref(),
        Some("waiting for the insurer's survey"),
        "{r:?}"
    );
}

/// Convention 15: a counted result told before "at <a rate>" is the reason; the rate and the
/// total are the amount. Near: a price paid at a rate gives no result.
#[test]
fn a_result_counted_before_its_rate_is_the_reason() {
    let text = "Pier lighting: 9 fewer cancelled sailings this season at about £800 a sailing, so \
                ~£7k.";
    let r = read_steamers(text);
    assert_eq!(r.intent, Intent::Benefit, "{text}: {r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("9 fewer cancelled sailings this season"),
        "{text}: {r:?}"
    );
    let text = "Pier lighting: 40 new lamps fitted this season at about £80 a lamp, so ~£3k.";
    let r = read_steamers(text);
    assert_eq!(r.rationale, None, "{text}: {r:?}");
}
