//! Readings of forms from round S48's writers, the Slack recaps and terse lines of a
//! Massachusetts cranberry grower, a Co. Armagh crisp maker and a Chipinge macadamia
//! grower, each worded here for another invented organisation.

use super::test_names::{directory, read_day_first_in, read_us, whole};
use super::*;
use crate::domain::Verdict;

/// A Hebridean seaweed harvester: the shore, the drying shed, the office, in pounds, its
/// dates day first.
fn seaweed_dir() -> StaticDirectory {
    directory(
        &[
            ("Harvesting", &["Shore Crew"]),
            ("Processing", &["Drying Shed"]),
            ("Office", &["Accounts"]),
        ],
        &[
            ("Drying Racks", "Processing"),
            ("Boat Winch", "Harvesting"),
            ("Payroll System", "Office"),
        ],
    )
}

fn read_seaweed(text: &str) -> Reading {
    read_day_first_in(text, "morag", "GBP", &seaweed_dir())
}

/// A Louisiana crawfish farm: the ponds, the boiling shed, the office, in dollars.
fn crawfish_dir() -> StaticDirectory {
    directory(
        &[
            ("Ponds", &["Pond Crew"]),
            ("Boiling Shed", &["Shed"]),
            ("Office", &["Accounts"]),
        ],
        &[
            ("Pond Pumps", "Ponds"),
            ("Grading Table", "Boiling Shed"),
            ("Payroll System", "Office"),
        ],
    )
}

fn read_crawfish(text: &str) -> Reading {
    read_us(text, "janelle", "2026-11-27", &crawfish_dir())
}

/// "She's all set with $11,900 for the rebuild", "She's dead on with £38,500 for the three
/// new heads", "dave's good w/ the sanding gear, $31k", "seamus is happy enough w the new
/// case coder, 6.5k": a decider said to be all set, dead on, good or happy enough with a
/// priced thing lets it go ahead, as "fine with" does.
#[test]
fn all_set_dead_on_and_good_with_a_price_approve() {
    let text = "Morag came back to me on the drying racks. She's all set with £14,000 for the new ones, the old ones rot through every winter.";
    let r = read_seaweed(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    assert_eq!(r.decided_by.as_deref(), Some("Morag"), "{text}");
    let text =
        "Ewan's dead on with £9,200 for the boat winch, the old one nearly took a finger off.";
    let r = read_seaweed(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    let text = "tru's good w/ the pond pumps, $26k. the old ones r held together w zip ties";
    let r = read_crawfish(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    assert_eq!(r.decided_by.as_deref(), Some("tru"), "{text}");
    let text =
        "boudreaux is happy enough w the new grading table, 7.5k, the old one jams every sack";
    let r = read_crawfish(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
}

/// "Mr. Sithole has approved the new dehusker …, because … we lost almost 6 tonnes of
/// kernel to rejects in August", "She is ok with US$9,600 …, the buyer in Shenzhen rejected
/// a container in October": a refusal's word inside the reason told after an approval is
/// the reason's, not the verdict.
#[test]
fn a_refusals_word_in_an_approvals_reason_is_no_verdict() {
    let text = "Hamish has approved the new drying racks, £14,000, because the old ones sag and we lost almost two tonnes of dulse to rejects in August.";
    let r = read_seaweed(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    let text = "Hamish came back to me on the drying racks. He is ok with US$9,600 for twelve of them, the buyer in Oban rejected a load in October for damp.";
    let r = read_seaweed(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    let text = "Hamish came back to me on the boat winch. He is ok with £9,200 for the new one, we had four bags of kelp rejected last month for sand.";
    let r = read_seaweed(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
}

/// "Ciarán got back to me re the compressor service contract, we're keeping it on", "Mr.
/// Sithole got back to me on the security contract …, we are keeping them on": a contract
/// or a supplier kept on goes on, the verdict passed on from whoever got back.
#[test]
fn a_thing_kept_on_goes_on_passed_on_from_who_got_back() {
    let text = "Ewan got back to me re the boat winch service contract, we're keeping it on. The one breakdown we had in August they were out within the hour.";
    let r = read_seaweed(text);
    assert_eq!(r.verdict, Some(Verdict::Continue), "{text}: {r:?}");
    assert_eq!(r.decided_by.as_deref(), Some("Ewan"), "{text}");
    let text = "Mr. Guidry got back to me on the pond pumps contract with Acadiana Pumps, we are keeping them on. Not one pump down more than a day this season.";
    let r = read_crawfish(text);
    assert_eq!(r.verdict, Some(Verdict::Continue), "{text}: {r:?}");
    assert_eq!(r.decided_by.as_deref(), Some("Mr. Guidry"), "{text}");
}

/// "We are withdrawing from the field day sponsorship. USD 4,500 spent since July and …",
/// "We're done paying for the bog tour ads in the Cape Cod Times. $5,200 since Labor Day
/// and …": leaving the work, or no longer paying for it, stops it.
#[test]
fn withdrawing_from_or_done_paying_for_stops() {
    let text = "We are withdrawing from the seaweed festival sponsorship. £4,500 spent since July and only our own customers came.";
    let r = read_seaweed(text);
    assert_eq!(r.verdict, Some(Verdict::Stop), "{text}: {r:?}");
    let text = "We're done paying for the radio ads on KRVS. $5,200 since Labor Day and not one caller said they heard it.";
    let r = read_crawfish(text);
    assert_eq!(r.verdict, Some(Verdict::Stop), "{text}: {r:?}");
    assert_eq!(r.investment.as_deref(), Some("radio ads"), "{text}");
}

/// "crew housing reno approved!! 🎉 $64k, the H-2A guys get real showers this yr", "vans
/// approved!! 🎉 £84k for three, the old Transit's been off the road more than on it": the
/// cheer and the price after the verdict are no part of the reason.
#[test]
fn a_cheer_and_the_price_are_no_part_of_the_reason() {
    let text = "drying racks approved!! 🎉 £14k, the old ones rot through every winter";
    let r = read_seaweed(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("the old ones rot through every winter"),
        "{text}"
    );
    let text = "pond pumps approved!! 🎉 $26k for three, the old ones quit twice in October";
    let r = read_crawfish(text);
    assert_eq!(
        r.rationale.as_deref(),
        Some("the old ones quit twice in October"),
        "{text}: {r:?}"
    );
}

/// "drying silos: 3 instead of 5, US$180k, forex is too tight now": fewer things than
/// planned at a price written with the dollar's letters ("US$", "NZ$") or a code ("USD
/// 180k") is a rescope, as one written "$180k" is.
#[test]
fn fewer_at_a_price_with_the_dollars_letters_is_a_rescope() {
    let text = "drying racks: 3 instead of 5, US$18k, forex is too tight now";
    let r = read_seaweed(text);
    assert_eq!(r.verdict, Some(Verdict::Rescope), "{text}: {r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("forex is too tight now"),
        "{text}"
    );
    let text = "pond pumps: 2 instead of 4, USD 26,000, the old ones have a season left in them";
    let r = read_crawfish(text);
    assert_eq!(r.verdict, Some(Verdict::Rescope), "{text}: {r:?}");
}

/// "Dave's not having the bulk truck. $88k for a truck we'd run six weeks a year …": a
/// decider not having a priced thing turns it down, as one not going for it does.
#[test]
fn someone_not_having_a_priced_thing_refuses_it() {
    let text = "Ewan's not having the boat winch. £9k for a winch we'd use six weeks a year.";
    let r = read_seaweed(text);
    assert_eq!(r.verdict, Some(Verdict::Reject), "{text}: {r:?}");
    assert_eq!(r.amount, whole(9_000, "GBP"), "{text}");
}

/// "The energy monitoring has paid for itself already. It caught the chiller running empty
/// two weekends in November, about £1,900 of electric we'd have binned.": what would have
/// been binned without the thing is no stop of it.
#[test]
fn what_would_have_been_binned_is_no_stop() {
    let text = "The boat winch has paid for itself already. It caught the cable fraying twice in November, about £1,900 of rope we'd have binned.";
    let r = read_seaweed(text);
    assert_eq!(r.intent, Intent::Benefit, "{text}: {r:?}");
    assert_eq!(r.verdict, None, "{text}");
}

/// "Good news from Seamus: the potato store extension is a go at £310k, as long as the
/// council signs off the planning on the 15th. Paddy says we turned away 900 tonne …": the
/// condition is kept as the reason only when nothing else says why; the saying after it is.
#[test]
fn a_saying_after_a_condition_is_the_reason() {
    let text = "Good news from Hamish: the drying racks are a go at £14,000, as long as the landlord signs off the lease on the 15th. Ewan says we lost three days of drying to the rain in October.";
    let r = read_seaweed(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("Ewan says we lost three days of drying to the rain in October"),
        "{text}"
    );
    let text =
        "Hamish is happy for us to go ahead at £9,200 as long as the winch fits the old mount.";
    let r = read_seaweed(text);
    assert_eq!(
        r.rationale.as_deref(),
        Some("as long as the winch fits the old mount"),
        "{text}: {r:?}"
    );
}

/// "The solar pumps have really helped us. We are no longer running the diesel pumps on
/// Sections A and B, and we are saving about US$3,200 a month on diesel.", "The new
/// cracking line is working well. We are no longer losing whole kernels …": praise said
/// plainly, then what the work did, is the benefit's evidence.
#[test]
fn plain_praise_then_what_the_work_did_is_the_evidence() {
    let text = "The drying racks have really helped us. We are no longer turning the dulse by hand, and we are saving about £1,200 a month on casual labour.";
    let r = read_seaweed(text);
    assert_eq!(r.intent, Intent::Benefit, "{text}: {r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("We are no longer turning the dulse by hand"),
        "{text}"
    );
    let text = "The new boat winch is working well. We are no longer losing a tide to a jammed cable, that was about £900 a month before.";
    let r = read_seaweed(text);
    assert_eq!(
        r.rationale.as_deref(),
        Some("We are no longer losing a tide to a jammed cable"),
        "{text}: {r:?}"
    );
}

/// "We're knocking the warehouse system on the head. Twenty-seven grand in since June and
/// …": a number of tens and units written with a hyphen is the whole number.
#[test]
fn tens_and_units_written_with_a_hyphen_are_one_number() {
    let text = "We're knocking the drying racks on the head. Twenty-seven grand in since June and the dulse still goes mouldy.";
    let r = read_seaweed(text);
    assert_eq!(r.verdict, Some(Verdict::Stop), "{text}: {r:?}");
    assert_eq!(r.amount, whole(27_000, "GBP"), "{text}");
}

/// "The factory has proposed a kernel grading machine, about US$62,000. …": the unit
/// opening its clause as the one proposing a new thing asks for it, as one that "has
/// requested" it does.
#[test]
fn a_unit_proposing_a_new_thing_asks_for_it() {
    let text = "The shed has proposed a crawfish grader, about $6,200. Beau estimates it will save $1,800 a year on casual labour and it should last 8 years.";
    let r = read_crawfish(text);
    assert_eq!(r.intent, Intent::Investment, "{text}: {r:?}");
    assert_eq!(r.unit.as_deref(), Some("Boiling Shed"), "{text}");
}
