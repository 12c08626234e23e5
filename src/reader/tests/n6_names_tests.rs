//! Round N6: names guessed from some of their words where the words mean something of their
//! own, worded for an invented river water board. "the Water Commission review" (the
//! regulator's review, not the Water Commission Returns Automation), "the abstraction
//! licence" (the licence, not the Abstraction Licence Forecasting Tool), a name holding an
//! ordinary word ("Visitor Centre Till Upgrade") beside a deferral to a month, and a name's
//! later word one letter from a word the reader reads for its own meaning ("leaning" is no
//! "Learning").

use super::test_names::{directory, read_day_first_in};
use super::*;
use crate::domain::Verdict;

/// An invented river water board: operations, compliance, finance, the visitor centre.
fn dir() -> StaticDirectory {
    directory(
        &[
            ("Operations", &["Ops", "Network"]),
            ("Compliance", &["Regulation"]),
            ("Finance", &["Accounts"]),
            ("Visitor Centre", &["Visitors", "Shop"]),
            ("People", &["HR"]),
        ],
        &[
            ("Water Commission Returns Automation", "Compliance"),
            ("Abstraction Licence Forecasting Tool", "Compliance"),
            ("Pump Station Telemetry", "Operations"),
            ("Meter Reading App", "Operations"),
            ("Billing Platform Upgrade", "Finance"),
            ("Visitor Centre Till Upgrade", "Visitor Centre"),
            ("Staff Learning Hub", "People"),
            ("Kiosk Refresh", "Visitor Centre"),
            ("DWI Sampling Portal", "Compliance"),
            ("Storm Overflow Monitors", "Operations"),
            ("Site Switch Replacement", "Operations"),
            ("Plans Archive Scanning", "Compliance"),
            ("Customers' Bill Alerts", "Finance"),
            ("Cyber Security Uplift", "Finance"),
        ],
    )
}

fn read(text: &str) -> Reading {
    read_day_first_in(text, "aled", "GBP", &dir())
}

fn day(s: &str) -> Option<chrono::NaiveDate> {
    Some(s.parse().unwrap())
}

/// "before the Water Commission review in June": a name's first words before an event
/// ("review", "audit", "inspection") name who holds the event, not the investment, and give
/// the reason no record of its own.
#[test]
fn a_names_first_words_before_an_event_name_the_event() {
    let text = "We'll hold the meter reading app for now. Finance can't get the budget signed off before the Water Commission review in June.";
    let r = read(text);
    assert_eq!(r.investment.as_deref(), Some("Meter Reading App"), "{r:?}");
    assert!(r.also.is_empty(), "{r:?}");
    // The reason's event is dated, not the look-again.
    assert_eq!(r.review_date, None, "{r:?}");
    let text = "The Water Commission audit went fine, nothing for us to do.";
    let r = read(text);
    assert_eq!(r.investment, None, "{text}: {r:?}");
}

/// The name said whole, or with its own later words, is still the investment.
#[test]
fn a_name_said_with_its_later_words_is_still_named() {
    for text in [
        "Water Commission returns automation is on hold till March.",
        "The water commission returns are on hold till March.",
        "Billing upgrade is on hold till March.",
    ] {
        let r = read(text);
        assert!(r.investment.is_some(), "{text}: {r:?}");
        assert_eq!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
    }
}

/// "the abstraction licence": a name's first words ending on a paper a regulator issues
/// (a licence, a permit) name that paper, not the tool the name goes on to say.
#[test]
fn a_names_first_words_ending_on_a_licence_name_the_licence() {
    let text = "No need to worry about the abstraction licence, Compliance heard back from the regulator and they have everything they need.";
    let r = read(text);
    assert_eq!(r.investment, None, "{text}: {r:?}");
    // "the abstraction licence breach figures": the paper before more nouns describes them,
    // which may be the name's.
    let text = "@bryn can you send me the abstraction licence breach figures by Friday, need them for the board";
    let r = read(text);
    assert_eq!(
        r.investment.as_deref(),
        Some("Abstraction Licence Forecasting Tool"),
        "{text}: {r:?}"
    );
    let text = "Abstraction licence forecasting tool is on hold till March.";
    let r = read(text);
    assert_eq!(
        r.investment.as_deref(),
        Some("Abstraction Licence Forecasting Tool"),
        "{text}: {r:?}"
    );
}

/// "the visitor centre till upgrade is pushed back to April": a name holding "till" keeps
/// the month after "pushed back to" its review date.
#[test]
fn a_name_holding_till_leaves_the_deferral_its_month() {
    let text = "From the board tonight: the pump station telemetry is approved at £12k, and the visitor centre till upgrade is pushed back to April, the supplier won't quote till then";
    let r = read(text);
    let second = r.also.first().expect("two records");
    assert_eq!(
        second.investment.as_deref(),
        Some("Visitor Centre Till Upgrade"),
        "{r:?}"
    );
    assert_eq!(second.verdict, Some(Verdict::Defer), "{r:?}");
    assert_eq!(second.review_date, day("2027-04-01"), "{r:?}");
    let text = "Visitor centre till upgrade pushed back to April.";
    let r = read(text);
    assert_eq!(r.review_date, day("2027-04-01"), "{text}: {r:?}");
}

/// "Staff leaning towards …": a name's later word one letter from a word the reader reads
/// for its own meaning ("leaning") is no misspelling of it ("Learning").
#[test]
fn a_later_word_read_for_its_own_meaning_is_no_misspelling() {
    let text = "Staff leaning towards the kiosk refresh, £20k, nothing decided yet.";
    let r = read(text);
    assert_eq!(
        r.investment.as_deref(),
        Some("Kiosk Refresh"),
        "{text}: {r:?}"
    );
    let text = "Staff learning hub approved, £8k.";
    let r = read(text);
    assert_eq!(
        r.investment.as_deref(),
        Some("Staff Learning Hub"),
        "{text}: {r:?}"
    );
}

/// "heard back from the DWI", "the DWI inspector": an acronym opening a name, said alone as
/// whom something came from or whose officer came, is that body, not the name's portal.
#[test]
fn a_names_opening_acronym_said_as_a_body_is_the_body() {
    for text in [
        "No need to worry about the samples, Compliance heard back from the DWI and they have everything they need 👍",
        "No need to worry about the samples, Compliance heard back from DWI and they have everything they need",
        "The DWI inspector was happy with the sample logs but wants the chlorine records digitised.",
        "Met the DWI inspector at the works on Tuesday, she wants the chlorine logs digitised before the next audit",
    ] {
        let r = read(text);
        assert_eq!(r.investment, None, "{text}: {r:?}");
    }
    for text in [
        "DWI portal is approved, £8k.",
        "The DWI sampling portal is on hold till March.",
    ] {
        let r = read(text);
        assert_eq!(
            r.investment.as_deref(),
            Some("DWI Sampling Portal"),
            "{text}: {r:?}"
        );
    }
}

/// "So Operations gets the leak detection kit, £14k approved", "Finance are getting a new
/// expenses app": a unit given a thing names the thing, not the unit and its getting.
#[test]
fn a_unit_getting_a_thing_names_the_thing() {
    for (text, name) in [
        (
            "Meters keep being misread and we lost about £6k last winter. So Operations gets the leak detection kit, £14k approved.",
            "leak detection kit",
        ),
        (
            "Finance are getting a new expenses app, £3,500 approved, the old spreadsheet loses receipts every month",
            "expenses app",
        ),
        (
            "Compliance gets a sampling van, £27k, approved this morning. the old one failed its MOT again",
            "sampling van",
        ),
    ] {
        let r = read(text);
        assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
        assert_eq!(r.investment.as_deref(), Some(name), "{text}: {r:?}");
        assert!(r.new_investment, "{text}: {r:?}");
    }
}

/// "wants flow loggers out in the catchment", "asking for leak sensors along the river
/// main": where the new things go ("out in …", "along …") is no part of their name.
#[test]
fn where_new_things_go_is_no_part_of_their_name() {
    for (text, name) in [
        (
            "the network crew wants flow loggers out in the catchment so we stop guessing on bursts, about £18k for six of them",
            "flow loggers",
        ),
        (
            "Operations are asking for acoustic leak sensors along the Afon trunk main, about £45k for 15 sensors, to see where it's losing water",
            "acoustic leak sensors",
        ),
    ] {
        let r = read(text);
        assert_eq!(r.investment.as_deref(), Some(name), "{text}: {r:?}");
    }
}

/// "a second pump station" against Pump Station Telemetry: another of a name's thing is a
/// new thing, not the investment on the one there is.
#[test]
fn a_second_of_a_names_thing_is_a_new_thing() {
    let text = "The board said no to a second pump station at Llyn Cefni. £140k and we can't staff the one we've got on weekends";
    let r = read(text);
    assert_eq!(r.verdict, Some(Verdict::Reject), "{text}: {r:?}");
    assert_eq!(
        r.investment.as_deref(),
        Some("second pump station"),
        "{text}: {r:?}"
    );
}

/// "Shop's ask for a delivery van for the kiosk stock runs is a no": the new thing asked for
/// is the record's; a known name's word after "for the" says what it would serve.
#[test]
fn a_new_thing_asked_for_before_its_refusal_beats_a_word_it_serves() {
    let text = "Shop's ask for a delivery van for the kiosk stock runs is a no, £28k. The estate pickup can still do it";
    let r = read(text);
    assert_eq!(r.verdict, Some(Verdict::Reject), "{text}: {r:?}");
    assert_eq!(
        r.investment.as_deref(),
        Some("delivery van"),
        "{text}: {r:?}"
    );
    assert_eq!(r.unit.as_deref(), Some("Visitor Centre"), "{text}: {r:?}");
}

/// "storm season's over": a name's single word before a time of year says when, not which
/// investment.
#[test]
fn a_names_word_before_a_season_names_a_time() {
    let text = "storm season's over, thank goodness 🙏";
    let r = read(text);
    assert_eq!(r.investment, None, "{text}: {r:?}");
    assert_eq!(r.unit, None, "{text}: {r:?}");
}

/// "Operations have costed a borehole pump …": a unit that has priced a thing names the
/// thing, not a word of the benefit after it.
#[test]
fn a_unit_that_has_costed_a_thing_names_the_thing() {
    let text = "Operations have costed a borehole pump for the Nant depot at £18k, knocks £2,400 a year off the mains water";
    let r = read(text);
    assert_eq!(r.intent, Intent::Investment, "{text}: {r:?}");
    assert_eq!(
        r.investment.as_deref(),
        Some("borehole pump"),
        "{text}: {r:?}"
    );
}

/// "Site switches at the Glan works - … The board approved the replacement": a name's word in
/// its "-es" plural names it, and "the replacement" after it is its work, not a new thing.
#[test]
fn a_names_later_word_in_its_es_plural_names_it() {
    let text = "Site switches at the Glan works - Ops says they're rusted through and the maker won't supply parts after March. The board approved the replacement this morning, £27k.";
    let r = read(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    assert_eq!(
        r.investment.as_deref(),
        Some("Site Switch Replacement"),
        "{text}: {r:?}"
    );
}

/// "Operations wants to reline the sludge holding tank": a verb the reader does not know,
/// after "wants to" and before "the", is what would be done, not a word of the name.
#[test]
fn an_unknown_verb_after_wants_to_is_no_part_of_the_name() {
    let text = "Operations wants to reline the sludge holding tank, roughly £55k, before the winter inspection";
    let r = read(text);
    assert_eq!(r.intent, Intent::Investment, "{text}: {r:?}");
    assert_eq!(
        r.investment.as_deref(),
        Some("sludge holding tank"),
        "{text}: {r:?}"
    );
}

/// "wants to scan the old reservoir drawings for the plans archive": the verb cut off the
/// new name is still the known name's work (Plans Archive Scanning).
#[test]
fn a_verb_cut_off_a_new_name_is_still_a_known_names_work() {
    let text = "Compliance wants to scan the old reservoir drawings for the plans archive, prob £40k, there's a heritage grant that might cover half";
    let r = read(text);
    assert_eq!(
        r.investment.as_deref(),
        Some("Plans Archive Scanning"),
        "{text}: {r:?}"
    );
}

/// "Operations reckon a … kit across the three reservoirs would run about £54k and save
/// £18k a year on pumping": what they reckon would run that much is the thing, not what the
/// saving is on.
#[test]
fn what_a_unit_reckons_would_cost_is_the_thing() {
    let text = "Operations reckon a pressure logging kit across the three reservoirs would run about £54k and save £18k a year on pumping over 5 years.";
    let r = read(text);
    assert_eq!(r.intent, Intent::Investment, "{text}: {r:?}");
    assert_eq!(
        r.investment.as_deref(),
        Some("pressure logging kit"),
        "{text}: {r:?}"
    );
}

/// "Two more customers got done by that scam text …. So the cyber uplift is approved": a
/// name's single word in the sentence before gives way to the name the verdict's sentence
/// says by two of its words.
#[test]
fn the_verdicts_name_beats_a_single_word_in_the_sentence_before() {
    let text = "Two more customers got done by that scam text and the audit flagged our MFA gaps. So the cyber uplift is approved, £95k.";
    let r = read(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    assert_eq!(
        r.investment.as_deref(),
        Some("Cyber Security Uplift"),
        "{text}: {r:?}"
    );
}
