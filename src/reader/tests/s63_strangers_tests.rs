//! Readings of forms from round S63's writers, the Puerto Rican English of a storm shutter
//! fabricator, the Pakistani English of a surgical instrument maker and the Sierra Leonean
//! English and Krio of a palm oil mill, each worded here for another invented organisation.

use super::test_names::{directory, read_day_first_in, whole};
use super::*;

/// A lime works: the kilns, the quarry and the office.
fn lime_dir() -> StaticDirectory {
    directory(
        &[
            ("Kilns", &["Burning"]),
            ("Quarry", &["Pit"]),
            ("Office", &["Admin"]),
        ],
        &[
            ("Kiln Fan", "Kilns"),
            ("Crusher Jaw", "Quarry"),
            ("Office Laptops", "Office"),
        ],
    )
}

/// `text` read for the lime works on 2026-11-27, day first, counting in `currency`.
fn read_lime(text: &str, currency: &str) -> Reading {
    read_day_first_in(text, "aminata", currency, &lime_dir())
}

/// "NLe 1,850,000", "Le 480,000", "Le 38,000" (the palm oil mill): the new leone's "NLe" and
/// "Le" before a figure are the leone; "Le" only where the tenant counts in leones (elsewhere
/// a French article), "NLe" anywhere.
#[test]
fn a_sierra_leonean_le_is_the_leone() {
    for text in [
        "Crusher jaw approved, NLe 240,000.",
        "Crusher jaw approved at Le 240,000",
        "Kiln fan: approved, Le 240k. The old one is rusted through.",
    ] {
        assert_eq!(
            read_lime(text, "SLE").amount,
            whole(240_000, "SLE"),
            "{text}"
        );
    }
    assert_eq!(
        read_lime("Crusher jaw approved, NLe 240,000.", "GBP").amount,
        whole(240_000, "SLE")
    );
    // A pound tenant's "Le" before a figure is no leone.
    assert_ne!(
        read_lime("Crusher jaw approved at Le 240,000", "GBP").amount,
        whole(240_000, "SLE")
    );
}

/// "the new laptops for export team (4 nos) are approved, Rs 290,000 each", "6 pcs, Le
/// 21,500 each", "(4 x Haojue) approved, SLE 34,000 each" (the surgical instrument maker and
/// the palm oil mill): a count marked as one ("nos", "pcs", "units", "x") earlier in the
/// sentence, with the price of one after it, is the whole sum decided; a number of
/// quotes before a price each, no count marked, multiplies nothing.
#[test]
fn a_count_marked_nos_or_pcs_times_the_price_each() {
    for text in [
        "Hamza, the new office laptops (4 nos) are approved, Rs 290,000 each.",
        "Office laptops approved ✅ 4 pcs, Rs 290,000 each. Buy them this week.",
        "- Kiln fan (4 x Ziehl) approved, Rs 290,000 each. Sorie responsible.",
    ] {
        assert_eq!(
            read_lime(text, "PKR").amount,
            whole(1_160_000, "PKR"),
            "{text}"
        );
    }
    assert_ne!(
        read_lime(
            "Kiln fan: 4 quotes came in, approved the Ziehl at Rs 290,000 each.",
            "PKR"
        )
        .amount,
        whole(1_160_000, "PKR")
    );
}

/// "we go look am again in February", "Pa say we go look at the cracker again in June" (the
/// palm oil mill's Krio): "go" before a verb is the future, as "will" is, and "am" is "it";
/// we looking at the thing again at a time puts it off. "We go look at" a thing with no time
/// to look again is no hold.
#[test]
fn krio_we_go_look_again_is_a_hold() {
    for (text, review) in [
        (
            "Kiln fan: board don put am for next year budget, we go look am again in February.",
            "2027-02-01",
        ),
        (
            "Crusher jaw question again: the dealer reduce the price. Pa Conteh say we go look at the crusher jaw again in June.",
            "2027-06-01",
        ),
    ] {
        let r = read_lime(text, "SLE");
        assert_eq!(r.verdict, Some(Verdict::Defer), "{text}");
        assert_eq!(r.review_date, Some(review.parse().unwrap()), "{text}");
    }
    let r = read_lime(
        "Crusher jaw: we go look at the crusher jaw with the fitter on site.",
        "SLE",
    );
    assert_ne!(r.verdict, Some(Verdict::Defer));
}

/// "2. Calibration of all gauges to be done by Qasim before 20/12.", "2. OSHA refresher
/// training to be scheduled by Nilda in January." (the surgical instrument maker's and the
/// shutter fabricator's minutes): a task said in the passive, "to be <done> by <name>",
/// is that one's, due when it says; "to be delivered by Christmas" names no one.
#[test]
fn a_task_to_be_done_by_a_name_is_theirs() {
    let text = "Minutes – Kiln committee 02/12/2026\n1. Kiln fan approved, Le 240,000. Sorie to order by 11/12.\n2. Burner servicing to be scheduled by Hawa before 20/12.\n3. Next meeting 6/1.";
    let r = read_lime(text, "SLE");
    assert_eq!(r.verdict, Some(Verdict::Approve));
    assert_eq!(r.due, Some("2026-12-11".parse().unwrap()));
    assert_eq!(r.also.len(), 1, "{r:?}");
    let note = &r.also[0];
    assert_eq!(note.intent, Intent::Note);
    assert_eq!(note.action.as_ref().map(|a| a.owner.as_str()), Some("Hawa"));
    assert_eq!(note.due, Some("2026-12-20".parse().unwrap()));
    let r = read_lime(
        "Kiln fan approved, Le 240,000. The fan is to be delivered by Christmas.",
        "SLE",
    );
    assert!(r.action.is_none() && r.also.is_empty(), "{r:?}");
}

/// "Pa Sesay don approve the screw press, NLe 1,850,000", "Pa Sesay still say no" (the palm
/// oil mill's Krio): "don" before the verb is Krio's "has", and "still" stands between the
/// decider and the verdict as "has" does; "we don approve" is still our own.
#[test]
fn krio_don_approve_names_the_decider() {
    for text in [
        "Morning. Pa Conteh don approve the kiln fan, NLe 240,000.",
        "Crusher jaw – Hawa ask again, Pa Conteh still say no.",
    ] {
        assert_eq!(
            read_lime(text, "SLE").decided_by.as_deref(),
            Some("Pa Conteh"),
            "{text}"
        );
    }
    assert_eq!(
        read_lime("Morning. We don approve the kiln fan, NLe 240,000.", "SLE").decided_by,
        None
    );
}
