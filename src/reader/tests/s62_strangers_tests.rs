//! Readings of forms from round S62's writers, the Rwandan English of a Kigali e-moto
//! company, the Guam English of a ready-mix concrete plant and the Bangladeshi English of a
//! Khulna jute mill, each worded here for another invented organisation.

use super::test_names::{directory, read_day_first_in, read_us, whole};
use super::*;

/// A river dredging firm: the dredgers, the workshop and the office.
fn dredging_dir() -> StaticDirectory {
    directory(
        &[
            ("Dredgers", &["Boats"]),
            ("Workshop", &["Yard"]),
            ("Office", &["Admin"]),
        ],
        &[
            ("Cutter Head", "Dredgers"),
            ("Survey Boat", "Dredgers"),
            ("Office Printers", "Office"),
        ],
    )
}

/// `text` read for the dredging firm on 2026-11-27, day first, counting in `currency`.
fn read_dredging(text: &str, currency: &str) -> Reading {
    read_day_first_in(text, "nadia", currency, &dredging_dir())
}

/// "Tk 9,60,000", "Tk 62,50,000/-", "Tk 3,20,000/- per month" (the jute mill): "Tk" before a
/// figure is the taka, the lakh grouping is read whole, and the "/-" closing it is no part
/// of the figure.
#[test]
fn a_bangladeshi_tk_is_the_taka() {
    for (text, units) in [
        ("Survey boat approved, Tk 9,60,000.", 960_000),
        (
            "Cutter head approved, budget Tk 62,50,000/-. Work starts Monday.",
            6_250_000,
        ),
        ("Office printers approved at Tk 4.5 lakh", 450_000),
        ("Cutter head approved at ৳ 1,20,000", 120_000),
    ] {
        assert_eq!(
            read_dredging(text, "BDT").amount,
            whole(units, "BDT"),
            "{text}"
        );
    }
    // Elsewhere a capital "Tk" before a figure is still the taka; a pound tenant's own
    // amount stays its own.
    assert_eq!(
        read_dredging("Survey boat approved at Tk 9,60,000", "GBP").amount,
        whole(960_000, "BDT")
    );
    assert_eq!(
        read_dredging("Survey boat approved at £45k", "GBP").amount,
        whole(45_000, "GBP")
    );
}

/// "86,000,000 Frw", "320M Frw", "14 millions Frw", "RWF 9,600,000" (the e-moto company):
/// "Frw" and "RWF" are the Rwandan franc, which has no minor unit.
#[test]
fn a_rwandan_frw_is_the_franc() {
    let franc = |units: i64| Some(Money::new(units, Currency::from_code("RWF").unwrap()));
    for (text, units) in [
        ("The survey boat is approved at 86,000,000 Frw.", 86_000_000),
        ("Cutter head approved, budget 320M Frw.", 320_000_000),
        ("Office printers approved, RWF 9,600,000.", 9_600_000),
        ("Office printers approved, 4,800,000 FRW", 4_800_000),
    ] {
        assert_eq!(read_dredging(text, "RWF").amount, franc(units), "{text}");
    }
    // A US tenant's "Frw" is the franc too; its bare figure stays its dollars.
    let dir = dredging_dir();
    assert_eq!(
        read_us(
            "Survey boat approved at 86,000,000 Frw",
            "nadia",
            "2026-11-27",
            &dir
        )
        .amount,
        franc(86_000_000)
    );
    assert_eq!(
        read_us(
            "Survey boat approved at 86,000",
            "nadia",
            "2026-11-27",
            &dir
        )
        .amount,
        whole(86_000, "USD")
    );
}

/// "we save Tk 1,10,000/- per month", "reduced by approx Tk 3,20,000/- per month" (the jute
/// mill): the period after a figure's "/-" is the figure's, a year's money twelve times it.
#[test]
fn a_period_after_the_closing_dash_mark_is_the_amounts() {
    let text = "Since the cutter head went in, fuel has come down by Tk 1,10,000/- per month.";
    let r = read_dredging(text, "BDT");
    assert_eq!(r.amount, whole(1_320_000, "BDT"), "{text}");
    let text = "Since the cutter head went in, fuel has come down by Tk 1,10,000 this month.";
    assert_eq!(
        read_dredging(text, "BDT").amount,
        whole(110_000, "BDT"),
        "{text}"
    );
}

/// "Nasrin Apa please arrange calibration …", "Rokeya Apa, kindly collect …", "Rafiq bhai
/// please do the needful …" (the jute mill): a name with the kin word written after it,
/// opening its sentence, then a request, asks the task of the name with its word (convention
/// 81); the same sentence with no request is no task.
#[test]
fn a_name_with_its_kin_word_then_a_request_owns_the_task() {
    for (text, owner) in [
        (
            "Shirin Apa please check the survey boat insurance by 10.12.2026.",
            "Shirin Apa",
        ),
        (
            "Jamal bhai, kindly send the cutter head quotation by Wednesday.",
            "Jamal bhai",
        ),
        (
            "Tania apa, the survey boat papers — kindly send them to the port by Monday.",
            "Tania apa",
        ),
    ] {
        let r = read_dredging(text, "BDT");
        let a = r.action.as_ref().unwrap_or_else(|| panic!("{text}: {r:?}"));
        assert_eq!(a.owner, owner, "{text}");
        assert!(r.due.is_some(), "{text}");
    }
    let text = "Shirin Apa checked the survey boat insurance yesterday.";
    assert!(read_dredging(text, "BDT").action.is_none(), "{text}");
}

/// "MD Sir has kindly approved the replacement of 6 spinning frames at Tk 1.85 crore" (the
/// jute mill): "kindly" before a verdict said in the past is the decider's courtesy, and the
/// verdict stands; "kindly approve …" still asks for one.
#[test]
fn kindly_before_a_verdict_in_the_past_is_the_verdict() {
    let text = "MD Sir has kindly approved the survey boat at Tk 12 lakh.";
    let r = read_dredging(text, "BDT");
    assert_eq!(
        r.verdict,
        Some(crate::domain::Verdict::Approve),
        "{text}: {r:?}"
    );
    assert_eq!(r.amount, whole(1_200_000, "BDT"), "{text}");
    assert_eq!(r.decided_by.as_deref(), Some("MD Sir"), "{text}");
    let text = "Dear Sir, kindly approve the survey boat at Tk 12 lakh.";
    assert_eq!(read_dredging(text, "BDT").verdict, None, "{text}");
}

/// "Junior can u check the admix tank levels before the big pour … on Mon" (the Guam
/// plant): text-speak's "u" for "you" in a name's "can you" asks the task as "you" does.
#[test]
fn a_name_can_u_asks_as_can_you() {
    let dir = dredging_dir();
    let text = "Keoni can u check the cutter head bolts before Mon";
    let r = read_us(text, "nadia", "2026-11-27", &dir);
    let a = r.action.as_ref().unwrap_or_else(|| panic!("{text}: {r:?}"));
    assert_eq!(
        (a.owner.as_str(), r.due),
        ("Keoni", Some("2026-11-30".parse().unwrap()))
    );
    let text = "Keoni can u believe the rain";
    assert!(
        read_us(text, "nadia", "2026-11-27", &dir).action.is_none(),
        "{text}"
    );
}

/// "we cut about 9 mins per load on the 2nd and 3rd drops" (the Guam plant): two ordinals
/// joined before their noun count, and date nothing; "on the 10th and 11th of December"
/// still names days.
#[test]
fn two_ordinals_joined_before_their_noun_date_nothing() {
    let dir = dredging_dir();
    let text = "Since the survey boat went in we cut about 9 mins per run on the 2nd and 3rd \
                passes, around $2,000 a month less in fuel";
    let r = read_us(text, "nadia", "2026-11-27", &dir);
    assert_eq!(r.date, None, "{text}: {r:?}");
    assert_eq!(r.amount, whole(24_000, "USD"), "{text}");
    let text = "Keoni to service the cutter head on the 10th and 11th of December";
    let r = read_us(text, "nadia", "2026-11-27", &dir);
    assert!(r.date.is_some() || r.due.is_some(), "{text}: {r:?}");
}

/// "the DG wants to revisit the trackers at the Q1 budget review, 15/01/2027" (the e-moto
/// company): a decider's wish to look again at a thing named after the verb, then when,
/// puts it off (convention 21), as "wants to revisit in January" does; with no time said it
/// puts nothing off.
#[test]
fn a_decider_wanting_to_revisit_a_thing_at_a_time_defers_it() {
    let text = "The MD wants to revisit the survey boat in March.";
    let r = read_dredging(text, "GBP");
    assert_eq!(
        r.verdict,
        Some(crate::domain::Verdict::Defer),
        "{text}: {r:?}"
    );
    assert_eq!(r.review_date, Some("2027-03-01".parse().unwrap()), "{text}");
    assert_eq!(r.investment.as_deref(), Some("Survey Boat"), "{text}");
    let text = "The yard wants to revisit the survey boat budget in March; I'll prep numbers.";
    assert_ne!(
        read_dredging(text, "GBP").verdict,
        Some(crate::domain::Verdict::Defer),
        "{text}"
    );
    let text = "The MD wants to revisit the survey boat drawings with the yard.";
    assert_ne!(
        read_dredging(text, "GBP").verdict,
        Some(crate::domain::Verdict::Defer),
        "{text}"
    );
}

/// "Mixer trucks: GM approved 2 instead of 3, $395k each so $790k total" (the Guam plant):
/// an approval of a count said against a bigger one cuts the work back (convention 57 (b));
/// "approved 3 instead of 2" buys more, an approval.
#[test]
fn approved_fewer_instead_of_more_is_a_rescope() {
    let dir = dredging_dir();
    let text = "Survey boats: the MD approved 2 instead of 3, $395k each so $790k total.";
    let r = read_us(text, "nadia", "2026-11-27", &dir);
    assert_eq!(
        r.verdict,
        Some(crate::domain::Verdict::Rescope),
        "{text}: {r:?}"
    );
    assert_eq!(r.amount, whole(790_000, "USD"), "{text}");
    // A count closing the message reads as before.
    let text = "Survey boats: the MD approved 2";
    let r = read_us(text, "nadia", "2026-11-27", &dir);
    assert_eq!(
        r.verdict,
        Some(crate::domain::Verdict::Approve),
        "{text}: {r:?}"
    );
    let text = "Survey boats: the MD approved 3 instead of 2, $395k each so $1,185k total.";
    let r = read_us(text, "nadia", "2026-11-27", &dir);
    assert_eq!(
        r.verdict,
        Some(crate::domain::Verdict::Approve),
        "{text}: {r:?}"
    );
}
