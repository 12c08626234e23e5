//! Verdicts, intents and numbers missed on strangers' wording (round V50), each worded
//! for an invented harbour ferry company on a Scottish sea loch, and set against the same
//! words recording something else.

use super::test_names::{directory, read_day_first_in, records};
use super::*;
use crate::domain::Verdict;

/// A harbour ferry company: the boats, the pier, the booking office, the board.
fn ferry_dir() -> StaticDirectory {
    directory(
        &[
            ("Fleet", &["Engineering"]),
            ("Pier", &["Harbour"]),
            ("Bookings", &["Ticket Office"]),
            ("Board", &["Directors"]),
        ],
        &[
            ("Engine Overhaul", "Fleet"),
            ("Pier Resurfacing", "Pier"),
            ("Ticket Machines", "Bookings"),
            ("Booking App", "Bookings"),
            ("Waiting Room Heaters", "Pier"),
            ("Pier Lights", "Pier"),
            ("Crew Tablets", "Fleet"),
        ],
    )
}

fn read_ferry(text: &str) -> Reading {
    read_day_first_in(text, "morag", "GBP", &ferry_dir())
}

/// Convention 60: a no hedged only with the present ("not this year", "at this time"),
/// no time to look again and no event waited for, is a refusal; with a look-again it is a
/// deferral.
#[test]
fn a_no_hedged_with_this_year_and_no_look_again_is_a_refusal() {
    let text = "Management meeting 3/12 — Ewan, Kirsty, Callum, me\n1. Ticket machines. Approved, £24,000, Ewan to get the supplier's final quote by 12/12.\n2. Waiting room heaters. Not this year, the shelter's only busy in July and nobody's complained.\n3. Pier lights. @kirsty to get the electrician's quote by 10/12.\nNext meeting 14/1.";
    let r = read_ferry(text);
    let all = records(&r);
    assert!(all.len() >= 2, "{text}: {r:?}");
    assert_eq!(all[1].verdict, Some(Verdict::Reject), "{text}: {r:?}");
    let text =
        "Waiting room heaters. Not this year, look again in April when the summer timetable's out.";
    let r = read_ferry(text);
    assert_eq!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
}

/// An item of the minutes answered "Not till <an event>" in the sentence after its short
/// label is put off until then, as "Shower block refit: not until Easter" is.
#[test]
fn an_item_answered_not_till_after_its_label_is_put_off() {
    let text = "Board mtg 12/1 — Ewan, Kirsty, me\n1. Ticket machines. Approved, £24,000, Ewan to book the fitter by 15/12.\n2. Crew tablets. Not till after the refit, the old ones work fine from the wheelhouse.\n3. Pier lights. @kirsty to get the electrician's quote by 9/12.";
    let r = read_ferry(text);
    let all = records(&r);
    assert!(all.len() >= 2, "{text}: {r:?}");
    assert_eq!(all[1].verdict, Some(Verdict::Defer), "{text}: {r:?}");
    let text = "Crew tablets. Not till after the refit.";
    assert_eq!(read_ferry(text).verdict, Some(Verdict::Defer), "{text}");
    // A sentence that only opens on the words decides nothing.
    let text =
        "The crew tablets got delivered. Not till after lunch did anyone open the boxes though.";
    assert_ne!(read_ferry(text).verdict, Some(Verdict::Defer), "{text}");
}

/// "we can't run the ferry another winter on that old Perkins": what the old kit cannot
/// do is why the approval before it was given, no trial given another season and stopped.
#[test]
fn what_the_old_kit_cannot_run_another_winter_is_no_stop() {
    let text = "Pasting Ewan's texts from last night:\nEwan Ross (8:14 PM): go ahead on the fuel pump. up to 17k\nEwan Ross (8:15 PM): we can't run the ferry another winter on that old Perkins\nKirsty (8:20 PM): 👍 will tell Callum";
    let r = read_ferry(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    let text = "we're not running the booking app trial another season, it's a flop";
    assert_eq!(read_ferry(text).verdict, Some(Verdict::Stop), "{text}");
}

/// "The refitted boats are paying their way, …£19,000 more over the season": work told as
/// paying its way now is a benefit with its money, as "have paid their way" and "are
/// paying for themselves" are.
#[test]
fn work_paying_its_way_now_is_a_benefit() {
    let text = "The refitted boats are paying their way. Average rating's gone from 3.9 to 4.7 on the booking sites and we've let them out £45 a night dearer, about £19,000 more over the season.";
    // A yard whose register names no boats.
    let yard = directory(
        &[("Fleet", &["Engineering"]), ("Pier", &["Harbour"])],
        &[
            ("Fuel Pump Replacement", "Fleet"),
            ("Gangway Hoist Upgrade", "Pier"),
        ],
    );
    for r in [
        read_ferry(text),
        read_day_first_in(text, "morag", "GBP", &yard),
    ] {
        assert_eq!(r.intent, Intent::Benefit, "{text}: {r:?}");
        assert_eq!(
            r.amount,
            super::test_names::whole(19_000, "GBP"),
            "{text}: {r:?}"
        );
    }
}

/// "governors agreed to keep the bursary-funded places at 12 per year group": a number held
/// at its level (a count by the group, no money) is a policy kept, no investment going on;
/// the approval told after it is the decision ("agreed to keep the booking app at the
/// current £5k" still carries the app on).
#[test]
fn a_count_kept_at_its_level_is_no_continue() {
    let text = "Following a long discussion, the board agreed to keep the concession fares at 12 per sailing. On IT, they approved extending the wifi to the new waiting room at £23,500 as passengers would otherwise have no coverage at all.";
    let r = read_ferry(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    assert_eq!(
        r.amount,
        super::test_names::whole(23_500, "GBP"),
        "{text}: {r:?}"
    );
    let text = "The board agreed to keep the booking app at the current £5k a year.";
    assert_eq!(read_ferry(text).verdict, Some(Verdict::Continue), "{text}");
}

/// "The Extension Officer raised the need for a soil testing kit for the extension staff":
/// someone raising (or flagging) the need for a thing asks for it, a new investment, as
/// "asking for a …" does; its cost not yet given is asked for.
#[test]
fn the_need_raised_for_a_thing_is_a_new_investment() {
    for text in [
        "Item 6.1: The Harbourmaster raised the need for a spare mooring winch for the north pier. No quotation has been obtained.",
        "Kirsty flagged the need for a second rescue boat for the summer crossings.",
    ] {
        let r = read_ferry(text);
        assert_eq!(r.intent, Intent::Investment, "{text}: {r:?}");
        assert!(r.missing.contains(&Missing::Amount), "{text}: {r:?}");
    }
}

/// A pasted ticket tagged "[Idea]" or "[Proposal]" in its title puts a new thing forward: a
/// new investment, its cost asked for when none is given.
#[test]
fn a_ticket_tagged_as_an_idea_is_a_new_investment() {
    let text = "PRJ-92 [Idea] Mooring winch for the north pier\nReporter: Ewan Ross\nComponent: Pier\nNo quote yet – need a diver visit first";
    let r = read_ferry(text);
    assert_eq!(r.intent, Intent::Investment, "{text}: {r:?}");
    assert!(r.missing.contains(&Missing::Amount), "{text}: {r:?}");
}

/// "Fixin to run up to Albany for the parts order, anybody need anything from Tractor
/// Supply?": Southern "fixing to" (about to) opens no one's task, so the errand offered is
/// chat, not a follow-up handed to "Fixin".
#[test]
fn fixin_to_opens_no_ones_task() {
    let text =
        "Fixin to run up to Oban for the parts order, anybody need anything from the chandlery?";
    let r = read_ferry(text);
    assert_eq!(r.intent, Intent::None, "{text}: {r:?}");
    assert!(r.follow_ups.is_empty(), "{text}: {r:?}");
}
