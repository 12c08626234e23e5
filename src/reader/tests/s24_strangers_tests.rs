//! Readings of forms from round S24's writers the reader had not met (a sugar mill's field
//! crews dictating by phone, a research computing group's markdown Slack posts, a tea
//! factory's board minutes), each worded here for another invented organisation.

use super::test_names::{directory, read_day_first_in, whole};
use super::*;

/// A Queensland banana packhouse's manager, dictating messages by phone between the farms.
pub(super) fn packhouse_dir() -> StaticDirectory {
    directory(
        &[
            ("Packing Shed", &["Packhouse", "Shed"]),
            ("Ripening", &["Ripening Rooms"]),
            ("Farm Operations", &["Farms", "Field Crew"]),
        ],
        &[
            ("Packline Upgrade", "Packing Shed"),
            ("Ripening Room Controls", "Ripening"),
            ("Cableway Extension", "Farm Operations"),
        ],
    )
}

pub(super) fn read_packhouse(text: &str) -> Reading {
    read_day_first_in(text, "troy", "AUD", &packhouse_dir())
}

/// Money said aloud and written down by speech-to-text: "<n> hundred and <m> thousand" is
/// one number (not n hundred), "one point two million" has its decimal said as a word, a
/// thousand can be followed by its hundreds ("thirty one thousand five hundred"), and "three
/// and a half thousand" is 3,500.
#[test]
fn money_said_aloud_is_read_whole() {
    for (text, want) in [
        (
            "packline upgrade approved six hundred and twenty thousand dollars the old sizer is shot",
            620_000,
        ),
        (
            "ripening room controls approved at two hundred and ten thousand",
            210_000,
        ),
        (
            "cableway extension is a no one point two million is too much right now",
            1_200_000,
        ),
        (
            "packline upgrade approved thirty one thousand five hundred for the label printers",
            31_500,
        ),
        (
            "ripening room controls approved three and a half thousand for the sensors",
            3_500,
        ),
        (
            "cableway extension approved nine hundred and fifty thousand",
            950_000,
        ),
    ] {
        let r = read_packhouse(text);
        assert_eq!(r.amount, whole(want, "AUD"), "{text}: {r:?}");
    }
}

/// A number of things said aloud with "hundred and" and no multiplier stays no money, and a
/// spoken "hundred" before a thousand said on its own is read as before.
#[test]
fn hundreds_said_aloud_without_money_stay_as_they_were() {
    let r = read_packhouse("packline upgrade approved two hundred thousand dollars");
    assert_eq!(r.amount, whole(200_000, "AUD"), "{r:?}");
    let r = read_packhouse(
        "packline upgrade approved forty thousand we packed two hundred and fifty cartons an hour last week",
    );
    assert_eq!(r.amount, whole(40_000, "AUD"), "{r:?}");
}

/// A Canadian university library's digital scholarship team, posting markdown into Slack.
pub(super) fn library_dir() -> StaticDirectory {
    directory(
        &[
            ("Digital Scholarship", &["DS", "Digital Lab"]),
            ("Special Collections", &["Archives", "Rare Books"]),
            ("Library IT", &["Systems", "LIT"]),
        ],
        &[
            ("Digitization Robot", "Digital Scholarship"),
            ("Chat Reference Service", "Library IT"),
            ("Discovery Layer Migration", "Library IT"),
        ],
    )
}

pub(super) fn read_library(text: &str) -> Reading {
    super::test_names::read_us(text, "morgan", "2026-11-27", &library_dir())
}

/// Slack's emoji shortcodes (`:white_check_mark:`, `:x:`, `:rocket:`) are emoji, not words:
/// none is a reason or a name, and one before or after a verdict leaves the reason told
/// after it to be read.
#[test]
fn emoji_shortcodes_are_no_words_of_a_reason_or_a_name() {
    let text = "Discovery layer migration: *keep going* :muscle: — 88% of searches now return a full-text link";
    let r = read_library(text);
    assert_eq!(
        r.verdict,
        Some(crate::domain::Verdict::Continue),
        "{text}: {r:?}"
    );
    assert_eq!(
        r.rationale.as_deref(),
        Some("88% of searches now return a full-text link"),
        "{text}: {r:?}"
    );
    let text = "*Chat reference service* :rocket: — questions answered after hours are up 40% this term, and we let the $12k/yr answering service lapse.";
    let r = read_library(text);
    assert_eq!(r.intent, Intent::Benefit, "{text}: {r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("questions answered after hours are up 40% this term"),
        "{text}: {r:?}"
    );
    let text = "`ds-robot` :white_check_mark: — digitization robot approved at $84,500. The scanning backlog is 14 months.";
    let r = read_library(text);
    assert_eq!(
        r.verdict,
        Some(crate::domain::Verdict::Approve),
        "{text}: {r:?}"
    );
    assert_eq!(
        r.rationale.as_deref(),
        Some("The scanning backlog is 14 months"),
        "{text}: {r:?}"
    );
    let text =
        ":x: *Declined:* the podcast studio ($45k). Nobody has booked the old one in a year.";
    let r = read_library(text);
    assert_eq!(
        r.verdict,
        Some(crate::domain::Verdict::Reject),
        "{text}: {r:?}"
    );
    assert_ne!(r.investment.as_deref(), Some("x"), "{text}: {r:?}");
    assert_eq!(r.amount, whole(45_000, "USD"), "{text}: {r:?}");
}

/// A colon inside words and times ("Why:", "10:30", "re:scope") opens no shortcode.
#[test]
fn colons_that_open_no_shortcode_stay_as_they_were() {
    let text = "Digitization robot approved at 10:30 today, $84,500:the backlog is 14 months";
    let r = read_library(text);
    assert_eq!(
        r.verdict,
        Some(crate::domain::Verdict::Approve),
        "{text}: {r:?}"
    );
    assert_eq!(r.amount, whole(84_500, "USD"), "{text}: {r:?}");
}

/// Speech-to-text writes the punctuation said aloud as words: "full stop" ends a sentence
/// and "new line" starts a line, so a reason said after them is read, and items said on
/// lines of their own are records of their own.
#[test]
fn punctuation_said_aloud_breaks_as_written_punctuation() {
    let text =
        "packline upgrade approved forty thousand new line the old sizer is bruising the fruit";
    let r = read_packhouse(text);
    assert_eq!(r.amount, whole(40_000, "AUD"), "{text}: {r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("the old sizer is bruising the fruit"),
        "{text}: {r:?}"
    );
    let text =
        "cableway extension we've stopped it full stop the contractor walked off the job twice";
    let r = read_packhouse(text);
    assert_eq!(
        r.verdict,
        Some(crate::domain::Verdict::Stop),
        "{text}: {r:?}"
    );
    assert_eq!(
        r.rationale.as_deref(),
        Some("the contractor walked off the job twice"),
        "{text}: {r:?}"
    );
    let text = "from the shed meeting yesterday two things new line one the packline upgrade approved forty thousand new line two the ripening room controls not this year look at it again in June";
    let r = read_packhouse(text);
    assert_eq!(
        r.investment.as_deref(),
        Some("Packline Upgrade"),
        "{text}: {r:?}"
    );
    assert_eq!(r.review_date, None, "{text}: {r:?}");
    assert_eq!(r.also.len(), 1, "{text}: {r:?}");
    assert_eq!(
        r.also[0].investment.as_deref(),
        Some("Ripening Room Controls"),
        "{text}: {r:?}"
    );
}

/// "a full stop", "the new line", "New Line" are words, not punctuation said aloud.
#[test]
fn full_stop_and_new_line_as_words_stay_words() {
    for text in [
        "the cableway came to a full stop",
        "the new line at the packhouse is running",
        "Packhouse says New Line Cartons can supply",
    ] {
        let toks = super::tokens::tokenize(text);
        assert!(
            toks.iter().any(|t| t.lower == "full" || t.lower == "new"),
            "{text}: {toks:?}"
        );
    }
}

/// Markdown's bold and italic asterisks (`*Declined:*`, `*Why:*`, `*March*`) say how words
/// look, not what they say: the label's name, reason and date are read as without them.
#[test]
fn markdown_emphasis_marks_are_read_as_nothing() {
    let text = "*Declined:* the podcast studio ($45k). Nobody has booked the old one in a year.";
    let r = read_library(text);
    assert_eq!(
        r.verdict,
        Some(crate::domain::Verdict::Reject),
        "{text}: {r:?}"
    );
    assert_eq!(
        r.investment.as_deref(),
        Some("podcast studio"),
        "{text}: {r:?}"
    );
    let text = "*New ask (Systems):* a knowledge base for the help desk — no quote yet";
    let r = read_library(text);
    assert_eq!(r.intent, Intent::Investment, "{text}: {r:?}");
    assert_eq!(
        r.investment.as_deref(),
        Some("knowledge base"),
        "{text}: {r:?}"
    );
    let text = "*Decision:* Discovery layer migration — deferred :hourglass:\n*Look again:* April\n*Why:* the vendor's new release ships in spring";
    let r = read_library(text);
    assert_eq!(
        r.review_date,
        Some("2027-04-01".parse().unwrap()),
        "{text}: {r:?}"
    );
    assert_eq!(
        r.rationale.as_deref(),
        Some("the vendor's new release ships in spring"),
        "{text}: {r:?}"
    );
    let text = "*On hold* until *March* — the chat reference service. The vendor hasn't fixed the accessibility bugs.";
    let r = read_library(text);
    assert_eq!(
        r.review_date,
        Some("2027-03-01".parse().unwrap()),
        "{text}: {r:?}"
    );
}

/// An asterisk between spaces (a bullet, "3 * 4") or inside a word is no emphasis mark.
#[test]
fn asterisks_that_mark_no_emphasis_stay() {
    for (text, stars) in [
        ("* digitization robot approved", 1),
        ("3 * 4 scanners", 1),
        ("a*b", 1),
        ("**bold** text", 0),
    ] {
        let toks = super::tokens::tokenize(text);
        assert_eq!(
            toks.iter().filter(|t| t.lower == "*").count(),
            stars,
            "{text}: {toks:?}"
        );
    }
}

/// Follow-ups listed under a heading as "@handle — work by date" are items of their own,
/// as "Ada – work by date" and "@ada to do work" are; items numbered in small roman
/// numerals ("i) …", "ii) …") are items as lettered ones are.
#[test]
fn handles_with_a_dash_and_roman_numerals_open_items_of_their_own() {
    let text = "Action items from today's DS sync\n1. @ana — get the digitization robot quotes from both vendors by 12/11\n2. @lee — chat reference renewal paperwork to procurement by 12/4";
    let r = read_library(text);
    assert_eq!(r.intent, Intent::Note, "{text}: {r:?}");
    assert_eq!(r.due, Some("2026-12-11".parse().unwrap()), "{text}: {r:?}");
    assert_eq!(r.also.len(), 1, "{text}: {r:?}");
    assert_eq!(
        r.also[0].due,
        Some("2026-12-04".parse().unwrap()),
        "{text}: {r:?}"
    );
    let text = "Item 7 Library IT matters:\ni) Discovery layer migration: the Board approved phase 2 at $120,000.\nii) The chat reference service is to be reviewed; Systems Manager to report by 12/18.";
    let r = read_library(text);
    assert_eq!(
        r.verdict,
        Some(crate::domain::Verdict::Approve),
        "{text}: {r:?}"
    );
    assert_eq!(r.due, None, "{text}: {r:?}");
    assert_eq!(r.also.len(), 1, "{text}: {r:?}");
    assert_eq!(
        r.also[0].due,
        Some("2026-12-18".parse().unwrap()),
        "{text}: {r:?}"
    );
}

/// Minutes' "The Board NOTED that …" in a lettered item after a decision is news of
/// another investment, a note of its own; "noted, on track" still only says nothing changed.
#[test]
fn an_item_the_board_noted_that_is_news_of_its_own() {
    let text = "Item 9 Reports from committees:\n(a) The Audit Committee recommended, and the Board approved, the discovery layer migration at $120,000.\n(b) The Board NOTED that the chat reference service vendor will start on 11th January.";
    let r = read_library(text);
    assert_eq!(
        r.verdict,
        Some(crate::domain::Verdict::Approve),
        "{text}: {r:?}"
    );
    assert_eq!(r.also.len(), 1, "{text}: {r:?}");
    assert_eq!(r.also[0].intent, Intent::Note, "{text}: {r:?}");
    assert_eq!(
        r.also[0].investment.as_deref(),
        Some("Chat Reference Service"),
        "{text}: {r:?}"
    );
    let text = "Library IT minutes:\n- Discovery layer migration: approved, $120,000\n- Chat reference service: noted, on track";
    let r = read_library(text);
    assert_eq!(r.also.len(), 0, "{text}: {r:?}");
}
