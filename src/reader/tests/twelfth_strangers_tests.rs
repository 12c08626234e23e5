//! Readings of forms from the twelfth round of writers the reader had not met (a US dental
//! group's office managers texting, a UK recruitment agency's directors on Slack, a New
//! Zealand fruit co-op's casual chat), worded here for a garden centre chain with sites in
//! Perth (Scotland) and Portland (Oregon): a thing kept or pulled said in two words ("keep
//! it", "we're pulling it"), "Not doing the …" opening a message.

use super::test_names::directory;
use super::*;
use crate::domain::Verdict;

/// A garden centre chain with plant label printers, a loyalty scheme and a café kiosk.
fn dir() -> StaticDirectory {
    directory(
        &[
            ("Nursery", &["Plants"]),
            ("Tills", &[]),
            ("Cafe", &["Café"]),
            ("Online", &["Web"]),
            ("Soil Lab", &[]),
        ],
        &[
            ("Plant Label Printers", "Nursery"),
            ("Irrigation Controllers", "Nursery"),
            ("Loyalty Scheme", "Tills"),
            ("Cafe Ordering Kiosk", "Cafe"),
            ("Click and Collect Lockers", "Online"),
            ("Quantitative PCR Analyser", "Soil Lab"),
            ("Envelope Dispatch System", "Online"),
            ("Compost Bagging System", "Nursery"),
        ],
    )
}

fn rules_and_model(text: &str, intent: Intent, verdict: Option<Verdict>) -> Reading {
    test_names::assert_reads(
        text,
        "ailsa",
        &dir(),
        ReaderSettings::default(),
        intent,
        verdict,
    )
}

#[test]
fn keep_it_ending_its_clause_keeps_the_work_going() {
    for text in [
        "Loyalty scheme renewal - we're happy, keep it. The other provider wanted double",
        "Irrigation controllers: keep them, £4k a year and the Perth glasshouse hasn't flooded since",
        "plant label printers - keep it, nobody wants to go back to handwriting",
    ] {
        let r = rules_and_model(text, Intent::Decision, Some(Verdict::Continue));
        assert!(r.investment.is_some(), "{text}");
    }
    // Kept in another sense: no verdict.
    for text in [
        "Cafe kiosk screens are greasy again, keep it clean please team",
        "Great numbers on the loyalty scheme this week, keep it up 👏",
    ] {
        let r = test_names::read_on_test_day(text, "ailsa", &dir());
        assert_eq!(r.verdict, None, "{text}");
    }
}

#[test]
fn pulling_it_ending_its_clause_stops_the_work() {
    for text in [
        "Re the click and collect lockers – I've spoken to Fraser and we're pulling it. Hardly anyone used them",
        "Cafe ordering kiosk: we pulled it, the queue moved slower than at the counter",
    ] {
        let r = rules_and_model(text, Intent::Decision, Some(Verdict::Stop));
        assert!(r.investment.is_some(), "{text}");
    }
    let text = "Fraser is pulling it together for the loyalty scheme review on Friday";
    let r = test_names::read_on_test_day(text, "ailsa", &dir());
    assert_ne!(r.verdict, Some(Verdict::Stop), "{text}");
}

#[test]
fn not_doing_the_opening_a_message_refuses_it() {
    for text in [
        "Not doing the click and collect lockers tbh. people would rather wait at the till",
        "not doing the cafe ordering kiosk this time, the queue is never more than 3 deep",
    ] {
        let r = rules_and_model(text, Intent::Decision, Some(Verdict::Reject));
        assert!(r.investment.is_some(), "{text}");
    }
}

#[test]
fn a_time_cut_from_words_to_words_is_a_result_not_a_smaller_budget() {
    for text in [
        "The loyalty scheme has cut the weekly till reconciliation from two days to half a day. That's one fewer temp, around £18k a year.",
        "Irrigation controllers cut watering rounds from three hours to forty minutes a day, about £9k a year in staff time",
    ] {
        let r = test_names::read_on_test_day(text, "ailsa", &dir());
        assert_eq!(r.intent, Intent::Benefit, "{text}: {r:?}");
        assert_ne!(r.verdict, Some(Verdict::Rescope), "{text}");
    }
}

#[test]
fn an_acronym_spelling_the_names_own_acronym_word_whole_names_it() {
    for text in [
        "QPCR approved £30k for the Perth lab. we send 200 samples a month to Dundee",
        "the qPCR at Perth caught blight on 3 batches before they went out, ~£6k of stock we kept",
    ] {
        let r = test_names::read_on_test_day(text, "ailsa", &dir());
        test_names::assert_known_name(&r, text, "Quantitative PCR Analyser", "Soil Lab");
    }
}

#[test]
fn time_saved_for_people_now_with_its_yearly_worth_is_a_benefit() {
    for (text, want) in [
        (
            "The loyalty scheme is saving the till staff ~10 hrs a week, call it £12k a yr",
            12_000,
        ),
        (
            "Irrigation controllers are saving the nursery team about 6 hours a day, which is roughly £30k a year",
            30_000,
        ),
    ] {
        let r = rules_and_model(text, Intent::Benefit, None);
        assert_eq!(r.amount, test_names::whole(want, "GBP"), "{text}");
        assert!(r.investment.is_some(), "{text}");
    }
    // Said as a hope, it is no benefit yet.
    let text = "Irrigation controllers would be saving the nursery team about 6 hours a day, roughly £30k a year";
    let r = test_names::read_by_rules_on_test_day(text, "ailsa", &dir(), ReaderSettings::default());
    assert_ne!(r.intent, Intent::Benefit, "{text}");
}

#[test]
fn chat_shorthand_in_capitals_is_no_acronym_picked_from_inside_a_name() {
    for text in [
        "pls get the till counts in by EOD Fri, stocktake runs Mon",
        "Can everyone send their rota swaps by COB today please",
    ] {
        let r = test_names::read_on_test_day(text, "ailsa", &dir());
        assert_eq!(r.investment, None, "{text}: {r:?}");
    }
}

#[test]
fn back_on_for_a_part_with_its_money_restarts_it() {
    for text in [
        "Following Tuesday's meeting, the loyalty scheme is back on for the Perth store only, £6k. It was the one site where sign-ups held up.",
        "Cafe ordering kiosk is back on for weekends, £2k for the extra licence",
    ] {
        let r = rules_and_model(text, Intent::Decision, Some(Verdict::Approve));
        assert!(r.investment.is_some(), "{text}");
    }
    // A service restored, with no money: no verdict.
    let text = "The irrigation controllers are back on for the east glasshouse after the power cut";
    let r = test_names::read_by_rules_on_test_day(text, "ailsa", &dir(), ReaderSettings::default());
    assert_eq!(r.verdict, None, "{text}");
}
