//! The label conventions settled in round C3 (conventions 19–25 of `tests/corpus/README.md`),
//! each read in another writer's words (a Welsh narrow-gauge heritage railway, in pounds): a
//! note about an investment is filed under its unit unless the writer met another unit about
//! it; a bare question is chat; a unit's ask to put something off is a deferral; an
//! "after <event>" reason keeps its "after"; money saved on something is no reason; a
//! look-again date for the rest after a cut-back is the review date; "tonight" is no date.

use super::*;

/// A Welsh narrow-gauge heritage railway: track, rolling stock, visitor services, catering,
/// finance, IT.
fn dir() -> StaticDirectory {
    test_names::directory(
        &[
            ("Permanent Way", &["Track", "PW"]),
            ("Rolling Stock", &["Loco Shed"]),
            ("Visitor Services", &[]),
            ("Catering", &["Refreshment Rooms"]),
            ("Finance", &["Accounts"]),
            ("IT", &[]),
        ],
        &[
            ("Signalling Upgrade", "Permanent Way"),
            ("Carriage Heating Retrofit", "Rolling Stock"),
            ("Online Ticketing System", "Visitor Services"),
            ("Station Wi-Fi", "IT"),
            ("Refreshment Rooms Till Upgrade", "Catering"),
            ("Sage Replacement", "Finance"),
            ("Platform Resurfacing", "Permanent Way"),
        ],
    )
}

fn read(text: &str) -> Reading {
    test_names::read_on_test_day(text, "gwen", &dir())
}

fn date(s: &str) -> Option<NaiveDate> {
    Some(s.parse().unwrap())
}

// Convention 19.
#[test]
fn a_note_names_its_investments_unit_when_another_unit_is_only_mentioned() {
    for (text, unit) in [
        (
            "Station Wi-Fi at Tan-y-Bwlch is done, 👍 from the Catering team",
            "IT",
        ),
        (
            "Carriage heating retrofit - Accounts want the old boilers written off before 31/3, Dafydd to sort the paperwork",
            "Rolling Stock",
        ),
        (
            "Signalling upgrade: the Track possession slipped to Feb, the contractor is short of fitters",
            "Permanent Way",
        ),
    ] {
        let r = read(text);
        assert_eq!(r.intent, Intent::Note, "{text}: {r:?}");
        assert_eq!(r.unit.as_deref(), Some(unit), "{text}: {r:?}");
    }
}

#[test]
fn a_note_of_a_meeting_with_another_unit_is_about_the_unit_met() {
    let text = "Quick sync w/ Catering: they want the online ticketing system to sell afternoon teas too. I'll check with Finance by Wednesday.";
    let r = read(text);
    assert_eq!(r.intent, Intent::Note, "{r:?}");
    assert_eq!(r.unit.as_deref(), Some("Catering"), "{r:?}");
}

// Convention 20.
#[test]
fn a_bare_question_about_an_investment_is_chat() {
    for text in [
        "Carriage heating: can we reuse the old radiators in the observation car or are they scrap?",
        "Does anyone know whether the signalling upgrade covers the Dduallt loop or is that separate?",
    ] {
        let r = read(text);
        assert_eq!(r.intent, Intent::None, "{text}: {r:?}");
    }
    // A task asked of someone with a date to do it by stays a note.
    let r = read("Can someone check whether the signalling upgrade needs a separate ORR sign-off? Need to know before the 8/1 board.");
    assert_eq!(r.intent, Intent::Note, "{r:?}");
}

// Convention 21.
#[test]
fn a_units_ask_to_put_it_off_is_a_deferral() {
    for (text, review) in [
        (
            "Sage replacement: Accounts want to hold off til after the audit, not changing systems mid-audit",
            None,
        ),
        (
            "for the online ticketing system, visitor services ask again to revisit in March after the Easter numbers",
            date("2027-03-01"),
        ),
    ] {
        let r = read(text);
        assert_eq!(r.intent, Intent::Decision, "{text}: {r:?}");
        assert_eq!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
        assert_eq!(r.review_date, review, "{text}: {r:?}");
    }
    // Told in the writer's account of a conversation, it is a note.
    let r = read(
        "Spoke to Catering about the till upgrade — they want to wait because the card machine contract is up in spring.",
    );
    assert_eq!(r.intent, Intent::Note, "{r:?}");
}

// Convention 22.
#[test]
fn an_after_reason_keeps_its_after() {
    for (text, reason) in [
        (
            "Carriage heating retrofit rescoped to £95k (was £80k) after the boiler survey found asbestos in two brake vans",
            "after the boiler survey found asbestos in two brake vans",
        ),
        (
            "signalling upgrade cut to £300k after the loop closures",
            "after the loop closures",
        ),
        (
            "Finance approved the platform resurfacing at £21,400 after the heritage lottery grant came through (£6k back). Work starts the week of 3/3.",
            "after the heritage lottery grant came through (£6k back)",
        ),
    ] {
        let r = read(text);
        assert_eq!(r.intent, Intent::Decision, "{text}: {r:?}");
        assert_eq!(r.rationale.as_deref(), Some(reason), "{text}: {r:?}");
    }
}

// Convention 23.
#[test]
fn money_saved_on_something_is_no_reason() {
    for text in [
        "Refreshment rooms till upgrade has saved us about £800 a month on cash handling and bank runs at Porthmadog 👌",
        "Station Wi-Fi saved £2k on mobile data last month",
    ] {
        let r = read(text);
        assert_eq!(r.intent, Intent::Benefit, "{text}: {r:?}");
        assert_eq!(r.rationale, None, "{text}: {r:?}");
    }
}

// Convention 24.
#[test]
fn a_look_again_for_the_rest_after_a_cut_back_is_the_review_date() {
    for (text, review) in [
        (
            "Platform resurfacing: PW came back with a cheaper option, just the Porthmadog end at £40k. Finance approved that this afternoon; the full resurface to be looked at again in 2028.",
            "2028-01-01",
        ),
        (
            "Signalling upgrade: PW asked for £500k, we've given them £320k for year one and will look at the rest again in June.",
            "2027-06-01",
        ),
    ] {
        let r = read(text);
        assert_eq!(r.intent, Intent::Decision, "{text}: {r:?}");
        assert_eq!(r.review_date, date(review), "{text}: {r:?}");
    }
}

// Convention 25.
#[test]
fn tonight_is_no_date_to_record() {
    let r = read("Carriage heating: the Friends came through with £30k 🎉 so the board signed off on the rest, £18k, tonight");
    assert_eq!(r.verdict, Some(Verdict::Approve), "{r:?}");
    assert_eq!(r.date, None, "{r:?}");
}
