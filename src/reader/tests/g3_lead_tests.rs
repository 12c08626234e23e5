//! Readings fixed on the lead's branch in the afternoon of 2026-12-03, each worded here for
//! another invented organisation.

use super::test_names::{directory, read_day_first_in, whole};
use super::*;
use crate::domain::Verdict;

/// A Leeds print and mailing house: the press hall, bindery, dispatch and the office.
fn print_house_dir() -> StaticDirectory {
    directory(
        &[
            ("Press Hall", &["Press", "Printers"]),
            ("Bindery", &["Finishing"]),
            ("Dispatch", &["Mailroom"]),
            ("Office", &["Finance", "Admin"]),
        ],
        &[
            ("Press Hall Ventilation", "Press Hall"),
            ("Job Tracking System", "Office"),
            ("Franking Machine Lease", "Dispatch"),
        ],
    )
}

fn read_print_house(text: &str) -> Reading {
    read_day_first_in(text, "nadia", "GBP", &print_house_dir())
}

/// "Bindery asked for their own guillotine, £14k. No, they can share the one in the press
/// hall.": a "No," opening the sentence after a priced ask refuses it, with the ask's money
/// and the rest of the sentence as the reason. Without an ask before it, a "No," answers
/// something else ("Is the van back yet? No, Friday.").
#[test]
fn no_after_a_priced_ask_refuses_it() {
    let text =
        "Bindery asked for their own guillotine, £14k. No, they can share the one in the press hall.";
    let r = read_print_house(text);
    assert_eq!(
        (r.intent, r.verdict),
        (Intent::Decision, Some(Verdict::Reject)),
        "{text}: {r:?}"
    );
    assert_eq!(r.amount, whole(14_000, "GBP"), "{text}");
    assert_eq!(r.unit.as_deref(), Some("Bindery"), "{text}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("they can share the one in the press hall"),
        "{text}"
    );
    let text = "Is the courier van back from the garage yet? No, Friday, the bill's £400.";
    assert_ne!(
        read_print_house(text).verdict,
        Some(Verdict::Reject),
        "{text}"
    );
}

/// "Dispatch asked for their own label printer, £2,400. No, they can share the one with
/// Finance.": the unit that asks is the record's, not one said after "with" in the reason.
#[test]
fn the_unit_that_asks_is_the_records_not_one_in_the_reason() {
    let text =
        "Dispatch asked for their own label printer, £2,400. No, they can share the one with Finance.";
    let r = read_print_house(text);
    assert_eq!(r.verdict, Some(Verdict::Reject), "{text}: {r:?}");
    assert_eq!(r.unit.as_deref(), Some("Dispatch"), "{text}: {r:?}");
}

/// "Two things from the bindery: …, approved, £9k. Also @tom pls book the fitter by
/// 18/12.": under a heading that counts its items, a task announced by "Also @name" is the
/// second item, a note of its own, whether it names the investment of the first ("the
/// franking machine" again), nothing known, or another one; the decision keeps no due. So
/// does a heading counting "more" ("Two more from Press & Bindery:"), its unit's "&"
/// no break in the heading.
#[test]
fn under_a_counted_heading_an_also_task_is_the_next_item() {
    for (text, investment) in [
        (
            "Two things from Dispatch: franking machine lease renewal approved, £9k. Also @tom pls book the fitter for the franking machine by 18/12.",
            Some("Franking Machine Lease"),
        ),
        (
            "Two more from Press & Bindery: the press hall ventilation has been approved at £42,000 – the fumes were over the limit twice in October. Also, @tom please book the skip for the old ducting by 18/12.",
            None,
        ),
    ] {
        let r = read_print_house(text);
        assert_eq!(
            (r.intent, r.verdict),
            (Intent::Decision, Some(Verdict::Approve)),
            "{text}: {r:?}"
        );
        assert_eq!(r.due, None, "{text}: {r:?}");
        assert_eq!(r.also.len(), 1, "{text}: {r:?}");
        let note = &r.also[0];
        assert_eq!(note.intent, Intent::Note, "{text}: {note:?}");
        assert_eq!(note.due, Some("2026-12-18".parse().unwrap()), "{text}");
        if investment.is_some() {
            assert_eq!(note.investment.as_deref(), investment, "{text}: {note:?}");
        }
    }
}

/// "Finance signed off 2 things yesterday: A of £9k for …, and the B at £2,800.": under a
/// heading counting what a verdict decided, items after its colon each with a few words of
/// their own before their money ("… top-up of £9k", "and the … renewal at £2,800") are
/// records of their own, each approved with its own amount.
#[test]
fn a_counted_verdict_over_items_with_their_money_approves_each() {
    let text = "Finance signed off 2 things yesterday: a press hall ventilation top-up of £9k for the new extractor fans, and the job tracking system licence renewal at £2,800.";
    let r = read_print_house(text);
    assert_eq!(
        (r.intent, r.verdict, r.investment.as_deref(), r.amount),
        (
            Intent::Decision,
            Some(Verdict::Approve),
            Some("Press Hall Ventilation"),
            whole(9_000, "GBP")
        ),
        "{text}: {r:?}"
    );
    assert_eq!(r.also.len(), 1, "{text}: {r:?}");
    let second = &r.also[0];
    assert_eq!(
        (
            second.intent,
            second.verdict,
            second.investment.as_deref(),
            second.amount
        ),
        (
            Intent::Decision,
            Some(Verdict::Approve),
            Some("Job Tracking System"),
            whole(2_800, "GBP")
        ),
        "{text}: {second:?}"
    );
}

/// "Went down the list with Ray. Press hall ventilation: keep going, …. Binding robot for
/// the bindery: no, £60k we haven't got.": a sentence opening on a label of its own, its
/// colon, then its verdict, after a record with its verdict, is another record, though the
/// directory has no name for the label.
#[test]
fn a_labelled_verdict_after_a_record_is_another_record() {
    let text = "Went down the list with Ray last night. Press hall ventilation: keep going, the fumes readings are half what they were. Binding robot for the bindery: no, £60k we haven't got.";
    let r = read_print_house(text);
    assert_eq!(
        (r.intent, r.verdict, r.investment.as_deref()),
        (
            Intent::Decision,
            Some(Verdict::Continue),
            Some("Press Hall Ventilation")
        ),
        "{text}: {r:?}"
    );
    assert_eq!(r.also.len(), 1, "{text}: {r:?}");
    let second = &r.also[0];
    assert_eq!(
        (second.intent, second.verdict, second.amount),
        (
            Intent::Decision,
            Some(Verdict::Reject),
            whole(60_000, "GBP")
        ),
        "{text}: {second:?}"
    );
}

/// "We're packing in the franking machine lease." and "We're calling it on the job tracking
/// system.": British and plain English for giving the work up, stops. Packing things in is
/// no verdict ("we're packing in 400 mailers an hour").
#[test]
fn packing_in_and_calling_it_on_give_the_work_up() {
    for text in [
        "We're packing in the franking machine lease. Everything goes by courier now and it's £1,900 a year for a machine nobody feeds.",
        "We're calling it on the job tracking system. Two years in and the press hall still writes the jobs on the whiteboard.",
        "Franking machine lease – we're packing it in at renewal, the couriers do it all now.",
    ] {
        let r = read_print_house(text);
        assert_eq!(
            (r.intent, r.verdict),
            (Intent::Decision, Some(Verdict::Stop)),
            "{text}: {r:?}"
        );
    }
    let text = "We're packing in 400 mailers an hour since the new folder came, £2k well spent.";
    assert_ne!(
        read_print_house(text).verdict,
        Some(Verdict::Stop),
        "{text}"
    );
}

/// "We're done with the proofing app. Press crew won't use it with inky gloves." and "We're
/// done with the job tracking trial, the bindery went back to paper tickets.": done with a
/// thing no one will use, or that its users went back to the old way from, is a stop. Done
/// with work that finished is not ("we're done with the ventilation install, everyone went
/// back to their desks").
#[test]
fn done_with_a_thing_its_users_went_back_from_is_a_stop() {
    for text in [
        "We're done with the proofing app. Press crew won't use it with inky gloves on.",
        "We're done with the job tracking trial. The screens froze twice a week and the bindery went back to paper tickets.",
    ] {
        let r = read_print_house(text);
        assert_eq!(
            (r.intent, r.verdict),
            (Intent::Decision, Some(Verdict::Stop)),
            "{text}: {r:?}"
        );
    }
    let text = "We're done with the ventilation install in the press hall, everyone went back to their desks at four.";
    assert_ne!(
        read_print_house(text).verdict,
        Some(Verdict::Stop),
        "{text}"
    );
}

/// "Bindery reckon we need a proper shrink wrapper for the pallets, no price yet": a thing
/// needed, said as new with no price yet, is asked for as a wanted one is ("Bailiffs want a
/// body cam setup, no $ yet"), a proposal missing its amount.
#[test]
fn a_new_thing_needed_with_no_price_yet_is_a_proposal() {
    for (text, name) in [
        (
            "Bindery reckon we need a proper shrink wrapper for the pallets, no price yet",
            "shrink wrapper",
        ),
        (
            "Bindery need a shrink wrapper for the pallets, nobody's priced it yet",
            "shrink wrapper",
        ),
    ] {
        let r = read_print_house(text);
        assert_eq!(r.intent, Intent::Investment, "{text}: {r:?}");
        assert_eq!(r.unit.as_deref(), Some("Bindery"), "{text}");
        assert_eq!(r.investment.as_deref(), Some(name), "{text}");
        assert_eq!(r.missing, vec![Missing::Amount], "{text}");
    }
}

/// "Foil blocker's a no. £38k for a machine we'd run twice a month.": when the verdict has
/// a thing of its own before it, an amount after the verdict "for" what it would be is the
/// reason's price, not the thing's name. With no subject before the verdict ("ok approved,
/// £6k for a foil blocker") the words after "for" are still the name.
#[test]
fn price_for_after_a_verdict_with_its_own_subject_names_nothing() {
    for text in [
        "Foil blocker's a no. £38k for a machine we'd run twice a month.",
        "The foil blocker's a no, £38k for a machine we'd run twice a month.",
    ] {
        let r = read_print_house(text);
        assert_eq!(r.verdict, Some(Verdict::Reject), "{text}: {r:?}");
        assert_eq!(
            r.investment.as_deref().map(str::to_lowercase).as_deref(),
            Some("foil blocker"),
            "{text}: {r:?}"
        );
    }
    let text = "ok approved, £6k for a foil blocker for the bindery.";
    let r = read_print_house(text);
    assert_eq!(
        r.investment.as_deref(),
        Some("foil blocker"),
        "{text}: {r:?}"
    );
}

/// "trailer build-out: go, 31k.\nsinks on trucks 1+2: hold til the county posts the new
/// rules": a line labelled with numbers of its own ("folders 1+2:", "line 3:") and its
/// verdict straight after the colon is another record, as a label of words is.
#[test]
fn a_label_with_numbers_and_its_verdict_is_another_record() {
    let text = "press hall ventilation: go, 31k.\nfolders 1+2: hold til the new year";
    let r = read_print_house(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    assert_eq!(
        r.investment.as_deref(),
        Some("Press Hall Ventilation"),
        "{text}"
    );
    assert_eq!(r.also.len(), 1, "{text}: {r:?}");
    assert_eq!(r.also[0].verdict, Some(Verdict::Defer), "{text}: {r:?}");
}

/// "sales reckon we need chiller boxes on 2 of the cargo bikes, no price yet": a known
/// investment said where a needed thing goes ("on 2 of the …", "for the …") is the place,
/// not the investment; the record is the new thing, the asking unit's.
#[test]
fn a_known_name_where_a_needed_thing_goes_is_the_place() {
    let text = "Bindery reckon we need dust extractors on 2 of the press hall ventilation units, no price yet";
    let r = read_print_house(text);
    assert_eq!(r.intent, Intent::Investment, "{text}: {r:?}");
    assert_eq!(r.unit.as_deref(), Some("Bindery"), "{text}: {r:?}");
    assert_eq!(
        r.investment.as_deref(),
        Some("dust extractors"),
        "{text}: {r:?}"
    );
}

/// "Online lamb sales site – @huw please cancel the hosting by 18/12 so we don't pay for
/// another year": a verdict word asked of someone named ("@sam please cancel …", "@sam can
/// you cancel …") is their task, a note with its due date, not our decision.
#[test]
fn a_verdict_word_asked_of_someone_named_is_their_task() {
    for text in [
        "Franking machine lease – @sam please cancel it by 18/12 so we don't pay another year",
        "@sam can you cancel the franking machine lease by 18/12",
    ] {
        let r = read_print_house(text);
        assert_eq!((r.intent, r.verdict), (Intent::Note, None), "{text}: {r:?}");
        assert_eq!(
            r.investment.as_deref(),
            Some("Franking Machine Lease"),
            "{text}"
        );
        assert_eq!(
            r.due,
            NaiveDate::from_ymd_opt(2026, 12, 18),
            "{text}: {r:?}"
        );
    }
}

/// "@dafydd the flock book export for EID Cymru needs doing by 15/12 please": a thing that
/// "needs doing" (sending, ordering) by a time, said to someone named, is their follow-up.
#[test]
fn a_thing_needing_doing_by_a_time_said_to_someone_is_their_task() {
    for text in [
        "@sam the franking machine lease renewal needs doing by 15/12 please",
        "@sam the spare rollers for the folder need ordering before 15/12",
    ] {
        let r = read_print_house(text);
        assert_eq!(r.intent, Intent::Note, "{text}: {r:?}");
        assert_eq!(
            r.due,
            NaiveDate::from_ymd_opt(2026, 12, 15),
            "{text}: {r:?}"
        );
        assert_eq!(r.follow_ups.len(), 1, "{text}: {r:?}");
        assert_eq!(r.follow_ups[0].owner, "sam", "{text}: {r:?}");
    }
}
