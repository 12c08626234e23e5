//! Readings of forms from rounds S20's and S19's writers (a Maryland oyster farm, a Gulf
//! Country cattle station, a Blue Mountain coffee estate) the reader still missed after
//! R21, worded here for a Maine lobster co-op: a term of address at a reason's edge ("till
//! spring b'y, …", "…, man."), a known thing said in the plural after "those new" or as
//! "<things> we put in", and a refusal's price said per unit.

use super::test_names::{directory, read_us, whole};
use super::*;
use crate::domain::Verdict;

/// A Maine lobster co-op: the wharf, the boats, the pound, the plant, the office.
fn dir() -> StaticDirectory {
    directory(
        &[
            ("Wharf", &["Dock", "Fuel Dock"]),
            ("Boats", &["Fleet", "Sternmen"]),
            ("Lobster Pound", &["Pound", "Holding"]),
            ("Plant", &["Processing", "Cooking Line"]),
            ("Office", &["Admin", "Books"]),
        ],
        &[
            ("Crate Replacement", "Lobster Pound"),
            ("Trap Replacement Program", "Boats"),
            ("Ice Machine", "Plant"),
            ("Wharf Crane", "Wharf"),
            ("Forklift Charger Upgrade", "Wharf"),
            ("Backup Generator", "Lobster Pound"),
            ("Card Reader Rollout", "Office"),
            ("Stonington Shed Refurbishment", "Wharf"),
            ("Shed Lighting Upgrade", "Lobster Pound"),
        ],
    )
}

fn read(text: &str) -> Reading {
    read_us(text, "darlene", "2026-11-27", &dir())
}

/// "Those new crates have paid for themselves …": a known thing (the word before the work
/// done in the name) said in the plural after "those new" / "them new" names it, as after
/// "the new".
#[test]
fn known_things_pointed_at_with_those_or_them_name_the_work() {
    for text in [
        "Those new crates have paid for themselves. We lost hardly any lobster to the heat this summer, used to be we'd lose a tenth of the pound — call it $30k more at the wharf",
        "Them new crates been worth every penny, we lost hardly any lobster to the heat this summer, about $30k more at the wharf",
    ] {
        let r = read(text);
        assert_eq!(
            (r.investment.as_deref(), r.unit.as_deref()),
            (Some("Crate Replacement"), Some("Lobster Pound")),
            "{text}: {r:?}"
        );
    }
}

/// "Traps we put in last spring are paying off": the plural thing as the subject, with
/// "we put in / we bought" saying it is ours, names the one name whose thing it is; a
/// trailing "Program" after the work done is not the thing.
#[test]
fn things_we_put_in_name_the_program_that_replaced_them() {
    let text = "Traps we put in last spring are paying off — landings up 20% on the outer ledges, roughly $90k more at the wharf";
    let r = read(text);
    assert_eq!(
        (r.intent, r.investment.as_deref(), r.unit.as_deref()),
        (
            Intent::Benefit,
            Some("Trap Replacement Program"),
            Some("Boats")
        ),
        "{text}: {r:?}"
    );
}

/// "Ice machines got turned down. $40k a unit, and …": a refusal's only price, said per
/// unit of the thing refused, is the refusal's amount (convention 8).
#[test]
fn a_refused_price_per_unit_is_the_refusals_amount() {
    let text = "Ice machine got turned down. $40k a unit, and the plant only runs two months of the year — we'd barely use it";
    let r = read(text);
    assert_eq!(
        (r.verdict, r.amount),
        (Some(Verdict::Reject), whole(40_000, "USD")),
        "{text}: {r:?}"
    );
}

/// "… can wait till spring b'y, the wharf lights need doing first": a term of address at
/// the edge of a clause ("hon", "b'y", "bab", ", man", ", mate") is the writer speaking to
/// someone, not part of the reason: the hold's time is still its time, the clause after it
/// still the reason.
#[test]
fn a_term_of_address_after_a_holds_time_leaves_the_reason_after_it() {
    for who in ["b'y", "hon", "bab"] {
        let text = format!(
            "The forklift charger upgrade can wait till spring {who}, let's get the wharf lights sorted first. Look at it again in April"
        );
        let r = read(&text);
        assert_eq!(
            (r.verdict, r.rationale.as_deref()),
            (
                Some(Verdict::Defer),
                Some("let's get the wharf lights sorted first")
            ),
            "{text}: {r:?}"
        );
    }
}

/// "The backup generator earned its keep, man. …": ", man" closing a praise sentence is
/// the writer speaking to someone, never the reason.
#[test]
fn a_term_of_address_closing_praise_is_no_reason() {
    for who in ["man", "mate"] {
        let text = format!(
            "The backup generator earned its keep, {who}. Power was out two days in the nor'easter and we kept every tank running — a $70,000 pound we'd have lost"
        );
        let r = read(&text);
        assert_eq!(
            r.investment.as_deref(),
            Some("Backup Generator"),
            "{text}: {r:?}"
        );
        assert_ne!(r.rationale.as_deref(), Some(who), "{text}: {r:?}");
    }
}

/// "Quick one — crates for the Stonington pound are approved, …", "Crates at Stonington:
/// keep going, …": a known thing said in the plural as the subject opening a clause names
/// the one work on that thing, as "the crates" does.
#[test]
fn a_known_thing_in_the_plural_opening_a_clause_names_the_work() {
    for text in [
        "Quick one — crates for the Stonington pound are approved, another $12k.",
        "Crates at Stonington: keep going, they're holding twice the lobster the old ones did.",
    ] {
        let r = read(text);
        assert_eq!(
            (r.investment.as_deref(), r.unit.as_deref()),
            (Some("Crate Replacement"), Some("Lobster Pound")),
            "{text}: {r:?}"
        );
    }
}

/// "Couple from Monday's board: the crane's approved at $85k, …; and the second lot of card
/// readers can wait, the first lot aren't working yet": "can wait" closing its clause after
/// the thing puts it off with no time said, a record of its own.
#[test]
fn a_thing_that_can_wait_closing_its_clause_is_put_off() {
    let text = "The second lot of card readers can wait, the first lot aren't working yet";
    let r = read(text);
    assert_eq!(
        (r.verdict, r.rationale.as_deref()),
        (
            Some(Verdict::Defer),
            Some("the first lot aren't working yet")
        ),
        "{text}: {r:?}"
    );
    let text = "Couple from Monday's board: the wharf crane's approved at $85k, the old one's done 30 years; and the second lot of card readers can wait, the first lot aren't working yet";
    let r = read(text);
    assert_eq!(r.also.len(), 1, "{text}: {r:?}");
    assert_eq!(
        (r.also[0].verdict, r.also[0].investment.as_deref()),
        (Some(Verdict::Defer), Some("Card Reader Rollout")),
        "{text}: {r:?}"
    );
    // "We can wait, …" is patience, no verdict.
    let text = "We can wait, the buyers aren't in till Friday";
    assert_eq!(read(text).verdict, None, "{text}");
}

/// "Two things: the wharf crane is approved, $85k for the new boom; and @cody please send
/// the card reader invoice to the office by Friday": a follow-up after "; and", about
/// another investment, is a note of its own, as after "Separately" or "Also".
#[test]
fn a_task_after_semicolon_and_about_another_thing_is_a_note_of_its_own() {
    let text = "Two things: the wharf crane is approved, $85k for the new boom; and @cody please send the office the card reader invoice by Friday";
    let r = read(text);
    assert_eq!(
        (r.verdict, r.investment.as_deref(), r.due),
        (Some(Verdict::Approve), Some("Wharf Crane"), None),
        "{text}: {r:?}"
    );
    assert_eq!(r.also.len(), 1, "{text}: {r:?}");
    assert_eq!(
        (r.also[0].intent, r.also[0].investment.as_deref()),
        (Intent::Note, Some("Card Reader Rollout")),
        "{text}: {r:?}"
    );
}

/// "The board signed off two things this morning: bait freezers for the wharf, $11,000,
/// since …; and no to the new truck, $90k for …": a verdict said of the things counted
/// before the colon is the first item's; the second item's own verdict is its.
#[test]
fn a_verdict_of_counted_things_is_the_first_items() {
    let text = "The board signed off two things this morning: bait freezers for the wharf, $11,000, since the old ones keep icing up; and no to the new truck, $90k for a truck we use twice a week";
    let r = read(text);
    assert_eq!(
        (r.verdict, r.amount),
        (Some(Verdict::Approve), whole(11_000, "USD")),
        "{text}: {r:?}"
    );
    assert_eq!(r.also.len(), 1, "{text}: {r:?}");
    assert_eq!(
        (r.also[0].verdict, r.also[0].amount),
        (Some(Verdict::Reject), whole(90_000, "USD")),
        "{text}: {r:?}"
    );
}

/// "Mrs. Tibbetts sign off two things this morning: …": a verdict's verb after a title and
/// a name, with no word of asking, reports the decision (a past said without "-ed"), no
/// task handed to her; "Mrs. Tibbetts please sign off …" still asks.
#[test]
fn a_titled_decider_signing_off_reports_a_decision() {
    let text = "Mrs. Tibbetts sign off two things this morning: bait freezers for the wharf, $11,000, since the old ones keep icing up; and no to the new truck, $90k for a truck we use twice a week";
    let r = read(text);
    assert_eq!(
        (r.verdict, r.amount, r.also.len()),
        (Some(Verdict::Approve), whole(11_000, "USD"), 1),
        "{text}: {r:?}"
    );
    let text = "Mrs. Tibbetts please sign off the bait freezer quote by Friday";
    let r = read(text);
    assert_eq!((r.intent, r.verdict), (Intent::Note, None), "{text}: {r:?}");
}

/// "… the wharf crane is approved, $85k. Also card readers — Cody's got Square swapping the
/// two dead ones by Tuesday": an item announced by "Also" about another known investment is
/// a note of its own, with or without an @handle.
#[test]
fn an_also_item_about_another_investment_is_a_note_of_its_own() {
    let text = "Quick one from the board: the wharf crane is approved, $85k, the old boom cracked in October. Also card readers — Cody's got Square swapping the two dead ones by Tuesday";
    let r = read(text);
    assert_eq!(
        (r.verdict, r.investment.as_deref(), r.also.len()),
        (Some(Verdict::Approve), Some("Wharf Crane"), 1),
        "{text}: {r:?}"
    );
    assert_eq!(
        (
            r.also[0].intent,
            r.also[0].investment.as_deref(),
            r.also[0].due
        ),
        (Intent::Note, Some("Card Reader Rollout"), day("2026-12-01")),
        "{text}: {r:?}"
    );
}

fn day(s: &str) -> Option<chrono::NaiveDate> {
    Some(s.parse().unwrap())
}

/// "Sternmen keep writing the wrong hours on the paper tally sheets and we overpaid about
/// $4k last season. So the Office gets the card reader rollout, $9k approved.": a verdict's
/// sentence opening on "So", its price set off by a comma before the verdict's word, still
/// says the sentence before is why.
#[test]
fn so_opening_a_priced_verdict_points_back_at_the_reason() {
    let text = "Sternmen keep writing the wrong hours on the paper tally sheets and we overpaid about $4k last season. So the Office gets the card reader rollout, $9k approved.";
    let r = read(text);
    assert_eq!(
        (r.verdict, r.rationale.as_deref()),
        (
            Some(Verdict::Approve),
            Some("Sternmen keep writing the wrong hours on the paper tally sheets and we overpaid about $4k last season")
        ),
        "{text}: {r:?}"
    );
}

/// "From today's harbour board: the wharf crane goes to the north pier, $85k; …": under a
/// deciding body's heading, work that "goes to" a place with its money is funded, the
/// first item an approval as the later ones are; "goes to the board" is still to decide.
#[test]
fn work_that_goes_to_a_place_with_its_money_under_a_deciding_heading_is_approved() {
    let text = "From today's harbour board: the wharf crane goes to the north pier, $85k; and we said no to the new truck, $90k is way too rich this year.";
    let r = read(text);
    assert_eq!(
        (r.intent, r.verdict, r.investment.as_deref(), r.amount),
        (
            Intent::Decision,
            Some(Verdict::Approve),
            Some("Wharf Crane"),
            whole(85_000, "USD")
        ),
        "{text}: {r:?}"
    );
    assert_eq!(r.rationale, None, "{text}: {r:?}");
    let text = "From today's harbour board: the wharf crane goes to the board for sign-off next month, $85k.";
    assert_ne!(read(text).verdict, Some(Verdict::Approve), "{text}");
}

/// "… holding off on the new ice machine til slow season's done, not enough boats landing
/// to keep two going in January", "… hold till after the season, Mrs. Tibbetts want to see
/// the crate numbers first": the time a hold lasts is not its reason; the clause after it
/// is, whether it says there is "not enough" of something or has a titled person as its
/// subject.
#[test]
fn after_a_holds_time_not_enough_or_a_titled_subject_is_the_reason() {
    let text = "We're holding off on the ice machine til slow season's done, not enough boats landing to keep two going in January";
    let r = read(text);
    assert_eq!(
        (r.verdict, r.rationale.as_deref()),
        (
            Some(Verdict::Defer),
            Some("not enough boats landing to keep two going in January")
        ),
        "{text}: {r:?}"
    );
    let text = "The wharf crane is on hold till after the season, Mrs. Tibbetts want to see the crate numbers first";
    let r = read(text);
    assert_eq!(
        (r.verdict, r.rationale.as_deref()),
        (
            Some(Verdict::Defer),
            Some("Mrs. Tibbetts want to see the crate numbers first")
        ),
        "{text}: {r:?}"
    );
}

/// "Roof on the shed at Stonington was leaking …": a thing said with its place after it
/// ("the shed at Stonington") names the one name that puts the place first (Stonington
/// Shed Refurbishment), though other names hold the thing too (Shed Lighting Upgrade).
#[test]
fn a_thing_at_a_place_names_the_work_on_the_places_thing() {
    let text = "Roof on the shed at Stonington was leaking over the bait freezer again last night. @cody get a roofer out by Tuesday, it's pouring on the crates";
    let r = read(text);
    assert_eq!(
        (r.intent, r.investment.as_deref(), r.unit.as_deref(), r.due),
        (
            Intent::Note,
            Some("Stonington Shed Refurbishment"),
            Some("Wharf"),
            day("2026-12-01")
        ),
        "{text}: {r:?}"
    );
}
