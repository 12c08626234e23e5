//! Round L44: convention 47 (README of the corpus), a task asked of someone in the sentence
//! or line straight after its decision is that decision's follow-up, worded for an invented
//! organisation: a ferry company (the vessels, the terminals, the booking office).

use super::*;

/// A ferry company.
fn dir() -> StaticDirectory {
    test_names::directory(
        &[
            ("Vessels", &["Fleet"]),
            ("Terminals", &["Quayside"]),
            ("Booking Office", &["Bookings"]),
        ],
        &[
            ("Ballast Water Treatment", "Vessels"),
            ("Deck Cameras", "Vessels"),
            ("Ramp Sensors", "Terminals"),
            ("Ticket Gates", "Terminals"),
            ("Booking Website", "Booking Office"),
        ],
    )
}

fn today() -> NaiveDate {
    "2026-11-27".parse().unwrap()
}

fn settings() -> ReaderSettings {
    ReaderSettings {
        day_first: true,
        default_currency: Currency::GBP,
    }
}

fn readers() -> [Reader; 2] {
    super::test_names::rules_alone_and_with_model(&dir(), settings())
}

fn day(s: &str) -> Option<NaiveDate> {
    Some(s.parse().unwrap())
}

/// Convention 47: a request put to someone in the sentence, paragraph or chat line straight
/// after the message's only decision (its reason's sentence may come between) is the
/// decision's follow-up: one record, the request's date its due.
#[test]
fn a_request_straight_after_its_decision_is_the_decisions_follow_up() {
    let cases = [
        (
            "Ballast water treatment: it was decided to continue, the port state inspection said \
             the discharge is still above the limit. @iona please send to me the new samples \
             until 22/12.",
            Verdict::Continue,
            "2026-12-22",
        ),
        (
            "Hi all,\n\nDeck cameras: we reduce the order to 6 cameras at £18 000 instead of 10. \
             The cloud storage cost per camera is much higher than the quote said.\n\n@fergus \
             please tell the supplier by Tuesday.\n\nRegards\nMairi",
            Verdict::Rescope,
            "2026-12-01",
        ),
        (
            "[3:30 PM] Mairi Bell: ticket gates for the north pier — approved at £48k, the old \
             ones are end of life in March\n[3:31 PM] Mairi Bell: @Fergus please get the \
             changeover night agreed with the quayside by 15/12",
            Verdict::Approve,
            "2026-12-15",
        ),
    ];
    for reader in readers() {
        for (text, verdict, due) in cases {
            let r = reader.read(text, "sam", today()).unwrap();
            assert_eq!(r.verdict, Some(verdict), "{text}: {r:?}");
            assert!(r.also.is_empty(), "{text}: {r:?}");
            assert_eq!(r.due, day(due), "{text}: {r:?}");
        }
    }
}

/// Convention 47 in a chat thread: the stop said on one line, the request on the next
/// ("agreed. @x can you cancel … before 31/12?"); its "before" date is the stop's due.
#[test]
fn a_stops_request_before_a_date_is_its_due() {
    let text = "Slack thread, #ops:\nMairi Bell 3:40 PM: ramp sensors — we've put £28k into \
                them\nFergus Kerr 3:41 PM: £31k, there was the change order in Sept\nMairi Bell \
                3:41 PM: fine, £31k. and they still can't read half the car decks. I'm pulling \
                the plug\nFergus Kerr 3:42 PM: agreed. @mairi can you cancel the support \
                renewal before 31/12?";
    for reader in readers() {
        let r = reader.read(text, "sam", today()).unwrap();
        assert_eq!(r.verdict, Some(Verdict::Stop), "{r:?}");
        assert!(r.also.is_empty(), "{r:?}");
        assert_eq!(r.due, day("2026-12-31"), "{r:?}");
    }
}

/// Convention 47, dictated: "… approved … new line and Fergus can you get …" is the
/// decision's follow-up, and the request is no reason for the approval.
#[test]
fn a_dictated_request_after_its_decision_is_its_follow_up_not_its_reason() {
    let text = "quick wrap from the fleet new line deck cameras approved eighteen thousand new \
                line and Fergus can you get the electrician booked by the 11th";
    for reader in readers() {
        let r = reader.read(text, "sam", today()).unwrap();
        assert_eq!(r.verdict, Some(Verdict::Approve), "{r:?}");
        assert!(r.also.is_empty(), "{r:?}");
        assert_eq!(r.due, day("2026-12-11"), "{r:?}");
        assert_eq!(r.rationale, None, "{r:?}");
    }
}

/// Not convention 47's shape: after news said between ("The pilot is live …"), a request is
/// a note of its own. (Under a heading that counts its items, "two from me:", the handle's
/// line is the next item: the corpus's `tussock-ski-field` 25 keeps that reading; the rule
/// does not run under such a heading.)
#[test]
fn a_request_after_news_said_between_stays_a_note_of_its_own() {
    let text = "Update on the booking move. Mairi signed the booking website contract on Monday \
                at £12k. The pilot is live at the north pier and the staff like it, though \
                refunds still have to be done by hand. @fergus can you get me the training \
                dates for the quayside by next Thu?";
    for reader in readers() {
        let r = reader.read(text, "sam", today()).unwrap();
        assert_eq!(r.intent, Intent::Decision, "{r:?}");
        assert_eq!(r.also.len(), 1, "{r:?}");
        assert_eq!(r.also[0].intent, Intent::Note, "{r:?}");
    }
}
