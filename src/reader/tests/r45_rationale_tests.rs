//! Round R45: the rationale's misses on the training corpus sorted by cause (tenth pass),
//! the causes seen in several organisations fixed, each worded here for another invented
//! organisation: a cable-car company in the Peak District (the ropeway, a visitor centre
//! and an office).

use super::test_names::{directory, read_day_first_in};
use super::*;

/// The ropeway company's units and investments.
fn ropeway_dir() -> StaticDirectory {
    directory(
        &[
            ("Ropeway", &["Cable Car"]),
            ("Visitor Centre", &["Cafe"]),
            ("Office", &["Admin"]),
        ],
        &[
            ("Cabin Refit", "Ropeway"),
            ("Ticket Gates", "Visitor Centre"),
            ("Cafe Extension", "Visitor Centre"),
            ("Cleaning Contract", "Visitor Centre"),
            ("Grip Inspection Contract", "Ropeway"),
            ("Payroll System", "Office"),
        ],
    )
}

fn read_ropeway(text: &str) -> Reading {
    read_day_first_in(text, "harriet", "GBP", &ropeway_dir())
}

/// "mowing contract w/ Schaefer renewed another 2 yrs, same rate, they've been fine": a
/// renewal's terms said before its reason ("same rate", "same price as last year") are
/// what was agreed, not why; the reason is the clause after them.
#[test]
fn a_renewals_same_terms_are_no_part_of_its_reason() {
    for (text, why) in [
        (
            "cleaning contract w/ Brightside renewed another year, same price, no complaints from the cabin crews all season",
            "no complaints from the cabin crews all season",
        ),
        (
            "keeping the grip inspection contract on another 3 yrs, same rate as before, they've never missed a visit",
            "they've never missed a visit",
        ),
    ] {
        let r = read_ropeway(text);
        assert_eq!(r.verdict, Some(Verdict::Continue), "{text}: {r:?}");
        assert_eq!(r.rationale.as_deref(), Some(why), "{text}: {r:?}");
    }
}

/// "Trevor wants the new build boats held until the electric conversions have had a season,
/// he's not ordering hulls we might have to rip out": a hold's condition told as a clause
/// ("until the car park has had a summer"), then, after its comma, someone's own clause
/// saying why: the clause after the comma is the reason (no training label keeps the
/// condition with it).
#[test]
fn a_holds_condition_clause_gives_way_to_the_reason_after_its_comma() {
    for (text, why) in [
        (
            "Gwen wants the cafe extension held until the new car park has had a summer, she's not building seats we can't fill.",
            "she's not building seats we can't fill",
        ),
        (
            "The ticket gates are on hold until the council decides on the park-and-ride, we're not putting gates where the queue might move.",
            "we're not putting gates where the queue might move",
        ),
    ] {
        let r = read_ropeway(text);
        assert_eq!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
        assert_eq!(r.rationale.as_deref(), Some(why), "{text}: {r:?}");
    }
}

/// "dynamic pricing paid off big on the bobblehead nights, we sold the lawn at $14 instead
/// of $9 and still sold out, roughly $38k more than last year": after the praise, a result
/// that sets one price against another ("at £18 instead of £12", "at £400 a day vs £250")
/// is the evidence, prices and all (both training labels of the shape keep them); the
/// benefit's money is the one after it.
#[test]
fn a_benefits_result_comparing_prices_is_its_evidence() {
    for (text, why) in [
        (
            "The ticket gates paid off big on the bank holiday, we sold the sunset rides at £18 instead of £12 and still filled every cabin, roughly £9k more than last summer",
            "we sold the sunset rides at £18 instead of £12 and still filled every cabin",
        ),
        (
            "The cabin refit is paying off big. we hired the cabins out for weddings at £400 a day vs £250 before, about £6k more this year",
            "we hired the cabins out for weddings at £400 a day vs £250 before",
        ),
    ] {
        let r = read_ropeway(text);
        assert_eq!(r.intent, Intent::Benefit, "{text}: {r:?}");
        assert_eq!(r.rationale.as_deref(), Some(why), "{text}: {r:?}");
    }
}

/// "Alamak, forklift battery catch fire again at Tuas. Approved $420k for 12 new
/// forklifts": a word of surprise before its comma opening the sentence before the verdict
/// is the writer's tone; what went wrong after it is the reason, as it is without it.
#[test]
fn an_interjection_opening_the_sentence_before_the_verdict_leaves_its_reason() {
    let text = "Blimey, cabin door motor burn out again at the top station. Approved £42k for six new door motors on the cabin refit.";
    let r = read_ropeway(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("cabin door motor burn out again at the top station"),
        "{text}: {r:?}"
    );
}

/// "led curing on press 2 let us take 3 coated jobs we'd have farmed out, ~$7k kept in
/// house", "The new call recorder pulls DA records requests in minutes now instead of
/// hours": a benefit opening on the work's name, then what it did ("let us take …", "pulls
/// … in minutes", "took 40 seconds off …"), has that result as its evidence, read from the
/// verb on, as "cut" and "caught" are.
#[test]
fn a_result_the_work_did_after_its_name_is_read_from_the_verb() {
    for (text, why) in [
        (
            "cabin refit on car 3 let us take 4 more wedding parties we'd have turned away, ~£6k extra this season",
            "let us take 4 more wedding parties we'd have turned away",
        ),
        (
            "The payroll system pulls the month-end reports in minutes now instead of days. Admin reckon that's ~200 staff hours a year, roughly £5,000",
            "pulls the month-end reports in minutes now instead of days",
        ),
        (
            "The ticket gates took 90 seconds off the average boarding, about £700 a month in attendants' hours",
            "took 90 seconds off the average boarding",
        ),
    ] {
        let r = read_ropeway(text);
        assert_eq!(r.intent, Intent::Benefit, "{text}: {r:?}");
        assert_eq!(r.rationale.as_deref(), Some(why), "{text}: {r:?}");
    }
}

/// "We are keeping the effluent treatment contractor for another year. State environmental
/// agency has given us a clean report twice in a row.": "given" after "has" / "have" / "was"
/// is the verb's participle, not the "given" of a cause ("given the new rules"); the
/// sentence is the reason whole.
#[test]
fn given_after_its_auxiliary_opens_no_reason() {
    let text = "We're keeping the cleaning contract for another year. The council inspectors have given us a clean report twice in a row.";
    let r = read_ropeway(text);
    assert_eq!(r.verdict, Some(Verdict::Continue), "{text}: {r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("The council inspectors have given us a clean report twice in a row"),
        "{text}: {r:?}"
    );
}

/// "It was decided to continue with the ERP migration, even with the delay of 2 months. The
/// old system (actual one) has no support from 2027.": words in brackets inside a sentence
/// that runs on after them are an aside in it, not the reason; the sentence is.
#[test]
fn a_bracket_inside_the_sentence_after_the_verdict_is_no_reason_alone() {
    let text = "We decided to continue with the payroll system, even with the delay of 3 weeks. The old package (the current one) has no support from 2027.";
    let r = read_ropeway(text);
    assert_eq!(r.verdict, Some(Verdict::Continue), "{text}: {r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("The old package (the current one) has no support from 2027"),
        "{text}: {r:?}"
    );
}

/// "killing the syrup subscription box, 2.2k in, 40 subscribers tops, not worth the
/// packing": after a stop, the money already put in, told as its own clause just before the
/// reason ("2.2k in"), is part of the case (convention 30), kept with it.
#[test]
fn a_stops_money_put_in_just_before_its_reason_is_kept() {
    let text = "scrapping the cabin wifi, 3.5k in, 12 logins a week tops, not worth the hassle";
    let r = read_ropeway(text);
    assert_eq!(r.verdict, Some(Verdict::Stop), "{text}: {r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("3.5k in, 12 logins a week tops, not worth the hassle"),
        "{text}: {r:?}"
    );
}
