//! Round R65: the rationale's misses on the training corpus sorted by cause (thirtieth
//! pass), each cause worded here for another invented organisation: a sheep-shearing
//! contractor at Río Gallegos, Patagonia, with its shearing gangs, its transport and its
//! office.

use super::test_names::{directory, read_day_first_in};
use super::*;

/// The contractor's units and investments.
fn shearing_dir() -> StaticDirectory {
    directory(
        &[
            ("Shearing Gangs", &["Shearing"]),
            ("Transport", &["Trucks"]),
            ("Office", &["Admin"]),
        ],
        &[
            ("Crew Bus", "Transport"),
            ("Wool Press", "Shearing Gangs"),
            ("Card Payments", "Office"),
            ("Payroll App", "Office"),
        ],
    )
}

fn read_shearing(text: &str) -> Reading {
    read_day_first_in(text, "mirta", "USD", &shearing_dir())
}

/// "Since PTSC change the route, half the crew reaching late every morning.", "FYI since we
/// put the card payments in in September the cash counting went from …": a sentence opening
/// on "since" a happening, its main clause no verdict, is the reason whole with its "since"
/// — it says from when the trouble or the result holds (conventions 1 and 31's "not this
/// shape").
#[test]
fn a_sentence_opening_on_since_keeps_its_since() {
    for (text, why) in [
        (
            "Hi all,\n\nDon Ernesto has approved the crew bus after all — a used Sprinter for $48,000. Since the council closed the estancia road, half the gang arriving late every morning.\nMirta will sort out the insurance by 18th December.",
            "Since the council closed the estancia road, half the gang arriving late every morning",
        ),
        (
            "Board approve the wool press for the north gang, $21,000. Since the old press split we baling by hand and every bale come out light.",
            "Since the old press split we baling by hand and every bale come out light",
        ),
    ] {
        let r = read_shearing(text);
        assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
        assert_eq!(r.rationale.as_deref(), Some(why), "{text}: {r:?}");
    }
    let r = read_shearing(
        "FYI since we put the card payments in at the sheds in September the cash counting at the office went from 2 hours per day to almost nothing, accounts estimate $9,000 saved per year",
    );
    assert_eq!(r.intent, Intent::Benefit, "{r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("since we put the card payments in at the sheds in September the cash counting at the office went from 2 hours per day to almost nothing"),
        "{r:?}"
    );
    // Near: a "since" cause after the verdict, and one before the verdict in its sentence,
    // are the reason without their "since" (convention 31).
    let r = read_shearing("Approved the wool press at $21,000 since the old one split in October.");
    assert_eq!(
        r.rationale.as_deref(),
        Some("the old one split in October"),
        "{r:?}"
    );
    let r = read_shearing(
        "Since the old press split last week, we're going ahead with the wool press at $21,000.",
    );
    assert_eq!(r.verdict, Some(Verdict::Approve), "{r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("the old press split last week"),
        "{r:?}"
    );
}

/// "Papo set it up when they arrive", "Pa Sesay sign the requisition this morning", "Dale
/// ordered them.", "Marios prepares the contract.": a named person doing the thing's next
/// step, told after its approval, is the follow-up or its news (convention 47), no reason.
#[test]
fn a_named_person_doing_the_next_step_is_no_reason() {
    for text in [
        "Mirta here — I'm approving the payroll app for the office, $40/month each, Tito set it up when the tablets arrive",
        "Ernesto: wool press approved ✅ 2 pcs, $10,500 each. Doña Rosa sign the order this morning.",
        "Approved at today's gang meeting: the wool press. Ramón ordered it.",
        "Don Ernesto phoned from Comodoro — the crew bus is approved from his side, we start in February. Mirta prepares the papers.",
    ] {
        let r = read_shearing(text);
        assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
        assert_eq!(r.rationale, None, "{text}: {r:?}");
    }
    // Near: a named person's deed that goes on to say why stays the reason.
    let text = "Wool press approved at $21,000. Ramón ordered the old one in 2009 and it has split twice this season.";
    let r = read_shearing(text);
    assert_eq!(
        r.rationale.as_deref(),
        Some("Ramón ordered the old one in 2009 and it has split twice this season"),
        "{r:?}"
    );
}
