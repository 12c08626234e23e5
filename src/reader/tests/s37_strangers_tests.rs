//! Readings of forms from round S37's writers, the long Slack paragraphs and terse Discord
//! lines of a chain of bowling centers, a bakery chain and a group of swim schools, each
//! worded here for another invented organisation.

use super::test_names::{directory, read_day_first_in, read_us, records};
use super::*;
use crate::domain::Verdict;

/// A chain of dry cleaners in Leeds and York: the branches, the plant, IT.
fn cleaners_dir() -> StaticDirectory {
    directory(
        &[
            ("Branches", &["Shops"]),
            ("Plant", &["Works"]),
            ("IT", &["Systems"]),
        ],
        &[
            ("Loyalty Kiosks", "Branches"),
            ("Press Replacement", "Plant"),
            ("MFA Rollout", "IT"),
            ("Laptop Refresh", "IT"),
        ],
    )
}

fn read_cleaners(text: &str) -> Reading {
    read_day_first_in(text, "nadia", "GBP", &cleaners_dir())
}

/// An Ohio chain of car-free trampoline parks: the parks, the café, IT.
fn parks_dir() -> StaticDirectory {
    directory(
        &[
            ("Parks", &["Park Ops"]),
            ("Cafe", &["F&B"]),
            ("IT", &["Tech"]),
        ],
        &[
            ("Booking System", "IT"),
            ("Cafe Equipment", "Cafe"),
            ("MFA Rollout", "IT"),
        ],
    )
}

fn read_parks(text: &str) -> Reading {
    read_us(text, "val", "2026-12-04", &parks_dir())
}

/// "He's pulling the solar panels for the Leeds shops – …": someone's "pulling the <thing>"
/// after "he's", "she's", "we're" is a stop, as "Pulling the <thing> —" opening the clause
/// already was (it was read as the approval after it, and that approval was lost).
#[test]
fn someone_pulling_the_thing_is_a_stop() {
    let text = "Heads up, two from Colin. He's pulling the loyalty kiosks for the York branches – \
                the supplier now wants another £8k for the mounts. He's also approved MFA for \
                the branch managers, another £2k.";
    let r = read_cleaners(text);
    let all = records(&r);
    assert_eq!(r.verdict, Some(Verdict::Stop), "{text}: {r:?}");
    assert_eq!(
        r.investment.as_deref(),
        Some("Loyalty Kiosks"),
        "{text}: {r:?}"
    );
    assert_eq!(all.len(), 2, "{text}: {r:?}");
    assert_eq!(all[1].verdict, Some(Verdict::Approve), "{text}: {r:?}");
    assert_eq!(
        all[1].investment.as_deref(),
        Some("MFA Rollout"),
        "{text}: {r:?}"
    );
    let text = "She's pulling the cafe equipment order for Dayton — the vendor wants another \
                $6k for the hood.";
    let r = read_parks(text);
    assert_eq!(r.verdict, Some(Verdict::Stop), "{text}: {r:?}");
    // Numbers pulled together are no work stopped.
    let text = "She's pulling the numbers for the booking system together for Monday.";
    let r = read_parks(text);
    assert_ne!(r.verdict, Some(Verdict::Stop), "{text}: {r:?}");
}

/// "nah on the billboard on 290, 5k/mo …", "nah to the bus shelter ads, …": the chat no
/// opening the message, given to the thing after it, as "no on the …" and "nope on the …"
/// already were (it was read as a proposal, or as a result of the money a month).
#[test]
fn nah_on_or_to_the_thing_opening_the_message_is_a_refusal() {
    let text = "nah on the radio spots, 3k/mo and we can't track a single booking off them";
    let r = read_parks(text);
    assert_eq!(r.intent, Intent::Decision, "{text}: {r:?}");
    assert_eq!(r.verdict, Some(Verdict::Reject), "{text}: {r:?}");
    let text = "nah to the bus shelter posters, £900 a month and none of our customers get the bus";
    let r = read_cleaners(text);
    assert_eq!(r.verdict, Some(Verdict::Reject), "{text}: {r:?}");
    assert_eq!(r.amount, None, "{text}: {r:?}");
    // A bare "nah" answering someone is no refusal of anything.
    let text = "nah to be fair the kiosks are fine";
    let r = read_cleaners(text);
    assert_ne!(r.verdict, Some(Verdict::Reject), "{text}: {r:?}");
}

/// "denise aprvd the kitchen equipment 27k 👍 fryers first", "priya aprvd the spiral mixers
/// 22k 👍 halifax first": which part or place goes first, told after an approval, is its
/// plan, no reason (it was read as the reason). A hold's "storage quote first" stays why.
#[test]
fn which_goes_first_after_an_approval_is_no_reason() {
    let text = "colin aprvd the press replacement 31k 👍 york first";
    let r = read_cleaners(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    assert_eq!(r.rationale, None, "{text}: {r:?}");
    let text = "val ok'd the cafe equipment 12k 👍 fryers first";
    let r = read_parks(text);
    assert_eq!(r.rationale, None, "{text}: {r:?}");
    let text = "booking system on hold, vendor demo first";
    let r = read_parks(text);
    assert_eq!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("vendor demo first"),
        "{text}: {r:?}"
    );
}

/// "online ordering build carries on, go-live slipped to jan but the invoice export finally
/// works": a terse continue's clause after its comma, a slip told with the month it slipped
/// to and what now works, is why it carries on (it was read as no reason).
#[test]
fn a_slip_to_a_month_but_what_works_is_why_it_carries_on() {
    let text = "booking system build keeps going, launch slipped to feb but the waivers finally \
                sync";
    let r = read_parks(text);
    assert_eq!(r.verdict, Some(Verdict::Continue), "{text}: {r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("launch slipped to feb but the waivers finally sync"),
        "{text}: {r:?}"
    );
}
