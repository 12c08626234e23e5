//! Readings of forms from round S25's writers the reader had not met (a security company's
//! emails pasted into chat, a laundry's pasted chat transcripts, a cork maker writing English
//! as a second language), each worded here for another invented organisation.

use super::test_names::{directory, read_day_first_in, read_us, whole};
use super::*;

/// An English country estate and wedding venue, whose estate manager pastes emails into chat.
fn estate_dir() -> StaticDirectory {
    directory(
        &[
            ("Events", &["Weddings", "Venue"]),
            ("Estate Works", &["Works", "Grounds"]),
            ("Finance", &["Accounts"]),
        ],
        &[
            ("Marquee Replacement", "Events"),
            ("Booking System", "Events"),
            ("Estate Road Resurfacing", "Estate Works"),
            ("Accounts Software", "Finance"),
        ],
    )
}

fn read_estate(text: &str) -> Reading {
    read_day_first_in(text, "harriet", "GBP", &estate_dir())
}

/// An email's sign-off ("Kind regards,", "Thanks,", "Sent from my iPhone") and the
/// signature under it are no part of what the writer says: never the reason.
#[test]
fn an_emails_sign_off_and_signature_are_no_reason() {
    let r = read_estate(
        "Hi all,\n\nThe marquee replacement is approved at £64k. The old one leaked through two \
         weddings in September.\n\nKind regards,\nHarriet Penrose\nEstate Manager\nKestrelmoor \
         Estate\nT: 01208 555 014",
    );
    assert_eq!(r.verdict, Some(Verdict::Approve));
    assert_eq!(r.amount, whole(64_000, "GBP"));
    assert_eq!(
        r.rationale.as_deref(),
        Some("The old one leaked through two weddings in September")
    );
    let r = read_estate(
        "Approved – go ahead with the booking system renewal at £9,600.\n\nSent from my iPhone",
    );
    assert_eq!(r.verdict, Some(Verdict::Approve));
    assert_eq!(r.amount, whole(9_600, "GBP"));
    assert_eq!(r.rationale, None);
}

/// A reply with the earlier message quoted under it ("On Wed, 25 Nov 2026 at 10:12, Tom
/// wrote:" and "> " lines, "-----Original Message-----"): the record is what the new text
/// says, so a figure or a day only in the history is none of its own.
#[test]
fn quoted_history_under_a_reply_is_not_the_record() {
    let r = read_estate(
        "RE: Estate road resurfacing\n\nHi Tom,\n\nWe're not going ahead with the resurfacing \
         this winter. The frost damage survey isn't back yet. Let's look at it again in \
         March.\n\nRegards,\nHarriet\n\nOn Wed, 25 Nov 2026 at 10:12, Tom Pascoe \
         <tom@kestrelmoor.co.uk> wrote:\n> Harriet, the contractor has re-quoted the \
         resurfacing at £118,000. Can we approve it before Christmas?\n> Tom",
    );
    assert_eq!(r.verdict, Some(Verdict::Defer));
    assert_eq!(r.investment.as_deref(), Some("Estate Road Resurfacing"));
    assert_eq!(r.amount, None);
    assert_eq!(r.date, None);
    assert_eq!(r.review_date, "2027-03-01".parse().ok());
    assert_eq!(
        r.rationale.as_deref(),
        Some("The frost damage survey isn't back yet")
    );
    let r = read_estate(
        "RE: Accounts software\n\nUnfortunately we will not approve the accounts software \
         upgrade. Xero already does what we need for an estate our size.\n\n> On 24 Nov 2026, \
         at 16:40, Mel Trewin wrote:\n> Harriet, can we get a yes on the accounts software? \
         £14,500 for the first year.",
    );
    assert_eq!(r.verdict, Some(Verdict::Reject));
    assert_eq!(r.amount, None);
    assert_eq!(r.date, None);
    assert_eq!(
        r.rationale.as_deref(),
        Some("Xero already does what we need for an estate our size")
    );
    let r = read_estate(
        "Marquee replacement: approved at £61,500 after the second quote. The old one leaked \
         through two weddings.\n\n-----Original Message-----\nFrom: Jo Kitto\nSent: Tuesday, \
         24 November 2026 09:12\nSubject: Marquee\n\nHarriet, the first quote was £70,000.",
    );
    assert_eq!(r.amount, whole(61_500, "GBP"));
    assert_eq!(r.date, None);
}

/// A forward whose new text decides nothing ("FYI below") is still read whole: the
/// decision is in the message forwarded.
#[test]
fn a_forward_that_adds_nothing_is_read_whole() {
    let r = read_estate(
        "FYI below.\n\nThanks,\nHarriet\n\n---------- Forwarded message ---------\nFrom: Jo \
         Kitto\nSubject: Booking system\n\nThe booking system renewal is approved at £9,600.",
    );
    assert_eq!(r.verdict, Some(Verdict::Approve));
    assert_eq!(r.investment.as_deref(), Some("Booking System"));
    assert_eq!(r.amount, whole(9_600, "GBP"));
}

/// A Galician seafood cannery whose managers write English as a second language.
fn cannery_dir() -> StaticDirectory {
    directory(
        &[
            ("Canning", &["Production", "Factory"]),
            ("Sales", &["Commercial", "Export"]),
        ],
        &[
            ("Seaming Line Upgrade", "Canning"),
            ("Trade Fair Stand", "Sales"),
        ],
    )
}

/// "mil" said before "euros" or "reais" is the thousand Portuguese and Spanish writers mean
/// ("15 mil euros" is €15,000); alone after a figure it is still the English "1.5 mil", a
/// million.
#[test]
fn mil_before_euros_is_a_thousand() {
    let cannery = |text: &str| read_day_first_in(text, "xoan", "EUR", &cannery_dir());
    let r = cannery("The trade fair stand for Barcelona is approved, more or less 15 mil euros.");
    assert_eq!(r.amount, whole(15_000, "EUR"));
    let r = cannery("Sales asks a new website for the export clients, 40 mil euros.");
    assert_eq!(r.amount, whole(40_000, "EUR"));
    let r = cannery("The seaming line upgrade is approved at 1.5 mil.");
    assert_eq!(r.amount, whole(1_500_000, "EUR"));
}

/// "the actual seamers have 22 years" says how old they are, as Portuguese and Spanish
/// writers put an age ("têm 22 anos"): no benefit horizon. And "the value is 180.000,00 €"
/// gives the price ("o valor é"), not a benefit: the approval's money is its amount.
#[test]
fn an_age_in_years_and_the_value_said_are_no_benefit() {
    let r = read_day_first_in(
        "Good morning. The direction decided to approve the seaming line upgrade, the value is \
         180.000,00 €. The actual seamers have 22 years and we have many repairs.",
        "xoan",
        "EUR",
        &cannery_dir(),
    );
    assert_eq!(r.verdict, Some(Verdict::Approve));
    assert_eq!(r.years, None);
    assert_eq!(r.annual_benefit, None);
    assert_eq!(r.amount, whole(180_000, "EUR"));
}

/// A Texas minor-league ballpark's ops team, whose GM pastes chat logs into the channel.
fn ballpark_dir() -> StaticDirectory {
    directory(
        &[
            ("Ballpark Ops", &["Ops", "Grounds"]),
            ("Ticketing", &["Box Office"]),
        ],
        &[
            ("Video Board Upgrade", "Ballpark Ops"),
            ("Mobile Ticketing", "Ticketing"),
        ],
    )
}

/// A pasted chat log's speaker and timestamp ("Jess Park 2:15 PM:", "[10:02] Luis Ortiz:",
/// "Ana Ruiz — 10:03 AM:", "10:04 AM From Sam Lee to Everyone:") say who spoke and when:
/// never the investment, and never the start of a reason.
#[test]
fn a_chat_logs_speakers_and_times_are_no_words_of_the_record() {
    let ballpark = |text: &str| read_us(text, "gm", "2026-11-27", &ballpark_dir());
    let r =
        ballpark("Jess Park 2:15 PM: turf sweeper is a no, the grounds crew can keep renting one");
    assert_eq!(r.verdict, Some(Verdict::Reject));
    assert_eq!(r.investment.as_deref(), Some("turf sweeper"));
    let r = ballpark(
        "[10:01] Luis Ortiz: how's mobile ticketing doing?\n[10:02] Ana Ruiz: 70% of season \
         tickets are on phones now\n[10:02] Luis Ortiz: keep it going then",
    );
    assert_eq!(r.verdict, Some(Verdict::Continue));
    assert_eq!(r.investment.as_deref(), Some("Mobile Ticketing"));
    let r = ballpark(
        "Ana Ruiz — 10:03 AM: video board upgrade came in at $240k\nSam Lee — 10:04 AM: \
         approved, the old panels are dying",
    );
    assert_eq!(r.verdict, Some(Verdict::Approve));
    assert_eq!(r.amount, whole(240_000, "USD"));
    assert_eq!(r.rationale.as_deref(), Some("the old panels are dying"));
}

/// A task asked of someone by their handle in a sentence of its own after a decision ("….
/// @sam please book the crane by 12/4", "agreed. @ray can you cancel …") straight after
/// it is the decision's follow-up: its date is the decision's due (convention 47; it was a
/// note of its own before).
#[test]
fn a_handle_asked_after_a_decisions_sentence_is_a_note_of_its_own() {
    let ballpark = |text: &str| read_us(text, "gm", "2026-11-27", &ballpark_dir());
    for text in [
        "Video board upgrade: approved at $240k, the old panels are dying. @sam please book the \
         crane by 12/4.",
        "video board upgrade approved at $240k, the old panels are dying\nLuis Ortiz 3:42 PM: \
         agreed. @sam can you book the crane by 12/4?",
    ] {
        let r = ballpark(text);
        assert_eq!(r.verdict, Some(Verdict::Approve), "{text}");
        assert_eq!(r.due, "2026-12-04".parse().ok(), "{text}");
        assert!(r.also.is_empty(), "{text}");
    }
}

/// A count cut with the price it now comes at ("we reduce the order to 12 panels at $150k
/// instead of 20") is a smaller order: a rescope at that price, not a result counted; a
/// follow-up on its own line after it is a note of its own.
#[test]
fn an_order_cut_to_a_count_at_a_price_is_a_rescope() {
    let r = read_us(
        "Hi all,\n\nVideo board: we reduce the order to 12 panels at $150k instead of 20. The \
         mounting steel costs more than quoted.\n\n@sam please tell the vendor by Tuesday.\n\n\
         Regards\nDan",
        "gm",
        "2026-11-27",
        &ballpark_dir(),
    );
    assert_eq!(r.verdict, Some(Verdict::Rescope));
    assert_eq!(r.investment.as_deref(), Some("Video Board Upgrade"));
    assert_eq!(r.amount, whole(150_000, "USD"));
    assert_eq!(
        r.rationale.as_deref(),
        Some("The mounting steel costs more than quoted")
    );
    // The follow-up in the next paragraph is the rescope's (convention 47).
    assert!(r.also.is_empty());
    assert_eq!(r.due, "2026-12-01".parse().ok());
    // A count made smaller with no price is still a result, not a rescope.
    let r = read_us(
        "Mobile ticketing reduced the box office lines from 40 to 12 minutes",
        "gm",
        "2026-11-27",
        &ballpark_dir(),
    );
    assert_ne!(r.verdict, Some(Verdict::Rescope));
}

/// A task handed out after a decision, naming no investment or unit of its own ("….
/// @sam please book the crane by 12/4"), is work on the decided investment: its note is
/// filed under it.
#[test]
fn a_task_after_a_decision_naming_nothing_is_about_the_decided_investment() {
    let r = read_us(
        "Video board upgrade: approved at $240k, the old panels are dying. @sam please book the \
         crane by Friday.",
        "gm",
        "2026-11-27",
        &ballpark_dir(),
    );
    // Straight after the decision, it is the decision's follow-up (convention 47).
    assert!(r.also.is_empty());
    assert_eq!(r.investment.as_deref(), Some("Video Board Upgrade"));
    assert!(r.due.is_some());
    // A task naming something that is no investment (a walkthrough), straight after the
    // decision, is its follow-up too (convention 47); one naming another investment is not.
    let r = read_us(
        "Video board upgrade: approved at $240k, the old panels are dying. @sam please book the \
         Fire Marshal walkthrough by 12/4.",
        "gm",
        "2026-11-27",
        &ballpark_dir(),
    );
    assert!(r.also.is_empty());
    assert_eq!(r.due, "2026-12-04".parse().ok());
}

/// A verdict said as a reply in a chat log ("not doing it") and one said as Portuguese and
/// Spanish writers say it in English ("we make a pause until February", "stays in stand-by
/// until April", "we will not do this investment now, maybe in next year") are decisions
/// with their look-again dates.
#[test]
fn verdicts_said_in_replies_and_second_language_english() {
    let ballpark = |text: &str| read_us(text, "gm", "2026-11-27", &ballpark_dir());
    let text = "Sam Lee 9:46 AM: video board upgrade, not doing it. the old board still works";
    let r = ballpark(text);
    assert_eq!(r.verdict, Some(Verdict::Reject), "{text}");
    assert_eq!(
        r.investment.as_deref(),
        Some("Video Board Upgrade"),
        "{text}"
    );
    let cannery = |text: &str| read_day_first_in(text, "xoan", "EUR", &cannery_dir());
    for (text, review) in [
        (
            "The seaming line upgrade we will not do this investment now, maybe in next year. \
             The offer is too expensive.",
            "2027-01-01",
        ),
        (
            "Seaming line upgrade stays in stand-by until April, because first we need the new \
             building.",
            "2027-04-01",
        ),
        (
            "Seaming line upgrade: we make a pause until February, the engineer is on leave.",
            "2027-02-01",
        ),
    ] {
        let r = cannery(text);
        assert_eq!(r.verdict, Some(Verdict::Defer), "{text}");
        assert_eq!(r.review_date, review.parse().ok(), "{text}");
    }
}

/// "until day 11", "by day 4": a day of the month as Portuguese and Spanish writers say it
/// ("até dia 11", "hasta el día 11"), as "by the 11th" is.
#[test]
fn until_day_n_is_that_day_of_the_month() {
    let r = read_day_first_in(
        "@maria please can you send me the 3 quotes for the seaming line upgrade until day 11?",
        "xoan",
        "EUR",
        &cannery_dir(),
    );
    assert_eq!(r.intent, Intent::Note);
    assert_eq!(r.due, "2026-12-11".parse().ok());
}

/// "asks a new showroom" ("pede um novo") and "pretends to buy a new can washer" (the false
/// friend of "pretende", intends) ask for a new thing, as "wants a new …" does: a proposal,
/// named by the thing.
#[test]
fn asks_a_new_and_pretends_to_buy_a_new_are_proposals() {
    let cannery = |text: &str| read_day_first_in(text, "xoan", "EUR", &cannery_dir());
    let r = cannery(
        "The Canning department pretends to buy a new can washer, to substitute the old one. We \
         don't have still the price.",
    );
    assert_eq!(r.intent, Intent::Investment);
    assert_eq!(r.unit.as_deref(), Some("Canning"));
    assert_eq!(r.investment.as_deref(), Some("can washer"));
    let r = cannery("Our office in Vigo asks a new showroom for the clients, 40 mil euros.");
    assert_eq!(r.intent, Intent::Investment);
    assert_eq!(r.investment.as_deref(), Some("showroom"));
    assert_eq!(r.amount, whole(40_000, "EUR"));
}

/// "Sales asks for 2 new label printers": the things counted after "asks for" are the name,
/// as after "asked for" and "requesting budget for".
#[test]
fn things_counted_after_asks_for_are_the_name() {
    let r = read_day_first_in(
        "Sales asks for 2 new label printers, 12.000 €.",
        "xoan",
        "EUR",
        &cannery_dir(),
    );
    assert_eq!(r.intent, Intent::Investment);
    assert_eq!(r.unit.as_deref(), Some("Sales"));
    assert_eq!(r.investment.as_deref(), Some("label printers"));
    assert_eq!(r.amount, whole(12_000, "EUR"));
}
