//! Records of round S24's writers the reader did not split (a sugar mill's dictated lists, a
//! research computing group's markdown updates, a tea factory's minutes), each worded here
//! for another invented organisation: a Queensland banana packhouse dictating by phone and a
//! Canadian university library's digital scholarship team.

use super::s24_strangers_tests::{read_library, read_packhouse};
use super::*;

/// An update posted as bullets, news of one investment and then a follow-up handed out
/// about another ("• Discovery layer: live for staff …\n• @lee — chat reference renewal
/// … by 12/9"), holds two notes: the follow-up is no part of the news before it.
#[test]
fn a_follow_up_item_after_news_of_another_investment_is_a_note_of_its_own() {
    {
        let text = "*Library IT update*\n• Discovery layer migration: live for staff, patrons in February\n• @lee — chat reference service renewal papers to procurement by *12/9*";
        let r = read_library(text);
        assert_eq!(r.intent, Intent::Note, "{text}: {r:?}");
        assert_eq!(
            r.investment.as_deref(),
            Some("Discovery Layer Migration"),
            "{text}: {r:?}"
        );
        assert_eq!(r.due, None, "{text}: {r:?}");
        assert_eq!(r.also.len(), 1, "{text}: {r:?}");
        assert_eq!(
            r.also[0].investment.as_deref(),
            Some("Chat Reference Service"),
            "{text}: {r:?}"
        );
        assert_eq!(
            r.also[0].due,
            Some("2026-12-09".parse().unwrap()),
            "{text}: {r:?}"
        );
    }
    // A follow-up about the same investment as the news before it stays with it; so does one
    // in minutes' list handed to a name, no handle; and news that reads as nothing alone
    // ("… confirmed that the old catalogue was switched off") is read with the item after it.
    for text in [
        "*Library IT update*\n• Discovery layer migration: live for staff, patrons in February\n• @lee — discovery layer migration training slides by *12/9*",
        "Systems meeting 26/11\n- Discovery layer migration: contract signed\n- Lee to update the chat reference service business case for the next meeting 10/12",
        "Matters arising:\n- Item 3.1 of the last minutes (discovery layer migration): the Systems Librarian confirmed that the old catalogue was switched off.\n- Chat reference service: @lee to get the renewal quote from the vendor by 9th December.",
    ] {
        let r = read_library(text);
        assert_eq!(r.also.len(), 0, "{text}: {r:?}");
    }
}

/// A list dictated by phone numbers its lines in words ("new line one the … new line two
/// the …"): each numbered line is an item, so a verdict on a thing the directory lacks is
/// a record of its own; "one" that numbers nothing stays a word.
#[test]
fn lines_numbered_in_words_are_items_of_their_own() {
    let text = "from the growers meeting two things new line one the packline upgrade approved forty thousand new line two the cold room solar not this year look at it again in May";
    let r = read_packhouse(text);
    assert_eq!(r.investment.as_deref(), Some("Packline Upgrade"), "{r:?}");
    assert_eq!(r.verdict, Some(crate::domain::Verdict::Approve), "{r:?}");
    assert_eq!(r.review_date, None, "{r:?}");
    assert_eq!(r.also.len(), 1, "{r:?}");
    assert_eq!(
        r.also[0].verdict,
        Some(crate::domain::Verdict::Defer),
        "{r:?}"
    );
    let text =
        "packline upgrade approved forty thousand new line one of the sizers was down all week";
    let r = read_packhouse(text);
    assert_eq!(r.also.len(), 0, "{r:?}");
}

/// Two verdicts joined by a bare "and", the second on a subject of four words said with
/// "is" before its verdict ("and the second shed cool room is a no"), are two records, as
/// a subject of three words was.
#[test]
fn a_subject_of_four_words_with_is_opens_a_record_of_its_own() {
    for text in [
        "the packline upgrade is approved eighty thousand dollars and the second shed cool room is a no",
        // The "and" of a number said aloud joins nothing.
        "the packline upgrade is approved two hundred and eighty thousand dollars and the second shed cool room is a no",
    ] {
    let r = read_packhouse(text);
    assert_eq!(r.verdict, Some(crate::domain::Verdict::Approve), "{r:?}");
    assert_eq!(r.investment.as_deref(), Some("Packline Upgrade"), "{r:?}");
    assert_eq!(r.also.len(), 1, "{r:?}");
    assert_eq!(
        r.also[0].verdict,
        Some(crate::domain::Verdict::Reject),
        "{r:?}"
    );
    }
}

/// A task handed to someone's handle, joined to a decision by ", and" ("…, and @lee is to
/// arrange … by 18th December"), is the decision's follow-up, its due the decision's: one
/// record (the corpus's convention 46, 2026-12-05; before it this test asked for a note of
/// its own).
#[test]
fn a_task_joined_to_a_decision_by_and_a_handle_is_the_decisions_follow_up() {
    let text = "From the Systems Committee of 2nd December: the discovery layer migration was approved at $120,000, and @lee is to arrange the staff training by 18th December.";
    let r = read_library(text);
    assert_eq!(
        r.verdict,
        Some(crate::domain::Verdict::Approve),
        "{text}: {r:?}"
    );
    assert_eq!(r.due, Some("2026-12-18".parse().unwrap()), "{text}: {r:?}");
    assert!(r.also.is_empty(), "{text}: {r:?}");
}

/// A line of its own asking someone named for a task ("new line and Darren can you get the
/// electrician booked by the 11th"), after a decision, is a note of its own.
#[test]
fn a_task_asked_of_someone_on_a_line_of_its_own_is_a_note_of_its_own() {
    let text = "quick wrap from the shed new line packline upgrade approved forty thousand new line and Darren can you get the packline electrician booked by the 11th";
    let r = read_packhouse(text);
    assert_eq!(r.verdict, Some(crate::domain::Verdict::Approve), "{r:?}");
    // Straight after the decision, its follow-up (convention 47; a note of its own before).
    assert!(r.due.is_some(), "{r:?}");
    assert!(r.also.is_empty(), "{r:?}");
    // Asked in the same sentence as the decision, it stays with it.
    let text = "packline upgrade approved forty thousand and Darren can you get the electrician booked by the 11th";
    let r = read_packhouse(text);
    assert_eq!(r.also.len(), 0, "{r:?}");
}
