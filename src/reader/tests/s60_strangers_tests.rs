//! Readings of forms from round S60's writers, the Patois Slack of a Jamaican hardware and
//! lumber merchant, the Zambian English of a kapenta fishing company on Lake Kariba and the
//! Sesotho-flavoured emails of a Lesotho wool and mohair co-operative, each worded here for
//! another invented organisation.

use super::test_names::{directory, read_day_first_in, whole};
use super::*;

/// A pony-trekking lodge in the mountains: the stables, the lodge and the office.
fn lodge_dir() -> StaticDirectory {
    directory(
        &[
            ("Stables", &["Ponies"]),
            ("Lodge", &["Rooms"]),
            ("Office", &["Admin"]),
        ],
        &[
            ("Pony Shelter", "Stables"),
            ("Solar Geysers", "Lodge"),
            ("Office Laptops", "Office"),
        ],
    )
}

/// `read_day_first_in` for the lodge, counting in `currency`.
fn read_lodge(text: &str, currency: &str) -> Reading {
    read_day_first_in(text, "lerato", currency, &lodge_dir())
}

/// "K186,000", "K 640,000", "35 pin each" (the Zambian kapenta company): a capital "K"
/// before a number, the word "kwacha" and the thousand said "pin", where the tenant counts
/// in Zambian kwacha.
#[test]
fn a_zambian_tenants_k_kwacha_and_pin_are_its_kwacha() {
    for (text, units) in [
        ("Pony shelter approved, K186,000", 186_000),
        ("Solar geysers approved at K 64,000", 64_000),
        ("Office laptops approved, K1.2m", 1_200_000),
        ("Pony shelter approved, 58,000 kwacha", 58_000),
        ("Solar geysers approved at 35 pin", 35_000),
    ] {
        assert_eq!(
            read_lodge(text, "ZMW").amount,
            whole(units, "ZMW"),
            "{text}"
        );
    }
    // Elsewhere "pin" is a word and "K12" a letter's code: a pound tenant's amount stays.
    assert_eq!(
        read_lodge(
            "Pony shelter approved at £45k, the PIN pad and 35 pin badges",
            "GBP"
        )
        .amount,
        whole(45_000, "GBP")
    );
}

/// "M385,000", "M1.1 million", "M1.1m", "M450k" (the Lesotho co-operative): a capital "M"
/// written onto an amount, or set before a number, and the words "maloti" and "loti", where
/// the tenant counts in maloti.
#[test]
fn a_lesotho_tenants_m_and_maloti_are_its_loti() {
    for (text, units) in [
        ("Pony shelter approved at a cost of M385,000", 385_000),
        ("Solar geysers approved, M1.1 million", 1_100_000),
        ("Office laptops approved, M1.1m", 1_100_000),
        ("Pony shelter approved at M450k", 450_000),
        ("Solar geysers approved, M 96,000", 96_000),
        ("Office laptops approved, 48,000 maloti", 48_000),
        ("Solar geysers: R180k approved", 180_000),
    ] {
        let code = if text.contains("R180k") { "ZAR" } else { "LSL" };
        assert_eq!(read_lodge(text, "LSL").amount, whole(units, code), "{text}");
    }
    // Elsewhere "M4" is a road and "M1.1m" no currency of its own: a rand tenant's "M"
    // before a number is no amount's mark.
    assert_eq!(
        read_lodge("Pony shelter approved at R45k, near the M4", "ZAR").amount,
        whole(45_000, "ZAR")
    );
}

/// "We pulling di plug on di online store", "leave di backup generator till April", "Kill di
/// Saturday delivery pilot" (the Jamaican merchant): Patois "di" after a verb is the
/// article, as after a preposition; after a subject it marks a verb going on and stays.
#[test]
fn patois_di_after_a_verb_is_the() {
    let dir = lodge_dir();
    for text in [
        "We pulling di plug on di pony shelter.",
        "Boss seh kill di solar geysers, nobody a use dem",
        "Mi a go cancel di office laptops",
    ] {
        let r = read_day_first_in(text, "lerato", "JMD", &dir);
        assert_eq!(r.verdict, Some(Verdict::Stop), "{text}: {r:?}");
    }
    let toks = crate::reader::tokens::tokenize("the old one di leak steam and we pulling di plug");
    let words: Vec<&str> = toks.iter().map(|t| t.lower.as_str()).collect();
    assert_eq!(
        words,
        ["the", "old", "one", "di", "leak", "steam", "and", "we", "pulling", "the", "plug"]
    );
}

/// "Mr Chanda: cold room expansion we revisit on 15/03/2027", "Ntate Mokoena: we shall
/// revisit the fire system after the January wool sale, around 20 January", "VHF radios we
/// shall look at after the rainy season" (the Zambian and Basotho writers): "we" revisiting,
/// or looking at, the thing, then when, is a deferral.
#[test]
fn we_revisit_the_thing_then_when_defers() {
    let dir = lodge_dir();
    for (text, review) in [
        (
            "Lerato: pony shelter, we revisit on 15/03/2027",
            Some("2027-03-15"),
        ),
        (
            "Thabo: we shall revisit the solar geysers after the January sale, around 20 January",
            Some("2027-01-20"),
        ),
        (
            "Office laptops we shall look at after the rainy season, money is tight",
            None,
        ),
    ] {
        let r = read_day_first_in(text, "lerato", "LSL", &dir);
        assert_eq!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
        // (Which of two times said is the look-again day is not this test's.)
        if let Some(day) = review.filter(|_| !text.contains("around")) {
            assert_eq!(r.review_date, Some(day.parse().unwrap()), "{text}: {r:?}");
        }
    }
    // What we revisited, said as news, stays no deferral.
    let r = read_day_first_in(
        "We revisited the pony shelter plans on Monday",
        "lerato",
        "LSL",
        &dir,
    );
    assert_ne!(r.verdict, Some(Verdict::Defer), "{r:?}");
    // After a sentence's end, "we'll revisit in March" looks again at the verdict before it:
    // one record.
    let text = "Board decision on the pony shelter: not this year. We'll revisit in March once the foals are in.";
    let r = read_day_first_in(text, "lerato", "LSL", &dir);
    assert!(r.also.is_empty(), "{r:?}");
}

/// "replace di two old delivery trucks with one 10-tonne Isuzu. J$12.4 million. Saves us
/// about J$2.1m a year …, and should run 8 years easy", "dip tanks: R180k for 6 villages,
/// saves about R30k a yr in treatment, 15 yrs" (the Jamaican and Basotho writers): a price
/// with a yearly saving and a life in years is a proposal, its saving the annual benefit.
#[test]
fn a_price_with_a_yearly_saving_and_a_life_is_a_proposal() {
    let dir = lodge_dir();
    for (text, cost, saving) in [
        (
            "Putting this forward for the January board: replace the old geysers. M124,000. Saves us about M21,000 a year in paraffin, and should run 8 years easy.",
            124_000,
            21_000,
        ),
        ("pony shelter: M180k for 6 stalls, saves about M30k a yr in feed, 15 yrs", 180_000, 30_000),
    ] {
        let r = read_day_first_in(text, "lerato", "LSL", &dir);
        assert_eq!(r.intent, Intent::Investment, "{text}: {r:?}");
        assert_eq!(r.amount, whole(cost, "LSL"), "{text}: {r:?}");
        assert_eq!(r.annual_benefit, whole(saving, "LSL"), "{text}: {r:?}");
    }
    // A saving already made, with how long the thing has run, stays a result.
    let text = "Solar geysers saved us M30k a year on paraffin for 3 years now";
    let r = read_day_first_in(text, "lerato", "LSL", &dir);
    assert_eq!(r.intent, Intent::Benefit, "{text}: {r:?}");
}

/// "New number J$11m instead of J$16m", "Revised budget M450,000 (was M780,000)" (the
/// Jamaican and Basotho writers): a registered thing's new figure against its old one,
/// the old written with letters on its sign or in brackets after "was", is a rescope
/// (convention 57 (b)).
#[test]
fn a_new_figure_against_an_old_one_with_its_mark_is_a_rescope() {
    let dir = lodge_dir();
    for (text, code, units) in [
        (
            "Pony shelter: new number J$11m instead of J$16m.",
            "JMD",
            11_000_000,
        ),
        (
            "Solar geysers: revised budget M450,000 (was M780,000).",
            "LSL",
            450_000,
        ),
    ] {
        let r = read_day_first_in(text, "lerato", code, &dir);
        assert_eq!(r.verdict, Some(Verdict::Rescope), "{text}: {r:?}");
        assert_eq!(r.amount, whole(units, code), "{text}: {r:?}");
    }
    // A bigger new figure is no cut.
    let text = "Pony shelter: new number J$16m instead of J$11m.";
    let r = read_day_first_in(text, "lerato", "JMD", &dir);
    assert_ne!(r.verdict, Some(Verdict::Rescope), "{text}: {r:?}");
}
