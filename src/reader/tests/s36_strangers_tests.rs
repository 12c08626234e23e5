//! Readings of forms from round S36's writers, the long Slack paragraphs and terse Discord
//! lines of a self-storage operator, a marina group and a chain of creches, each worded here
//! for another invented organisation.

use super::test_names::{directory, read_day_first_in, read_us, records};
use super::*;
use crate::domain::Verdict;

/// A Michigan chain of laundromats: the stores, the route trucks, the office.
fn laundry_dir() -> StaticDirectory {
    directory(
        &[
            ("Laundromats", &["Store Ops"]),
            ("Route Service", &["Routes"]),
            ("IT", &["Tech"]),
            ("Finance", &["Accounting"]),
        ],
        &[
            ("POS Replacement", "IT"),
            ("Card Readers", "Laundromats"),
            ("Route Telematics", "Route Service"),
            ("Laptop Refresh", "IT"),
            ("Customer App", "Laundromats"),
        ],
    )
}

fn read_laundry(text: &str) -> Reading {
    read_us(text, "dee", "2026-12-04", &laundry_dir())
}

/// A chain of bike shops in Fife and the Lothians: the shops, the workshops, IT.
fn bikes_dir() -> StaticDirectory {
    directory(
        &[
            ("Shops", &["Retail"]),
            ("Workshops", &["Mechanics"]),
            ("IT", &["Systems"]),
        ],
        &[
            ("Stock System Replacement", "IT"),
            ("Workshop Booking", "Workshops"),
            ("Shop Wi-Fi", "IT"),
            ("Laptop Refresh", "IT"),
        ],
    )
}

fn read_bikes(text: &str) -> Reading {
    read_day_first_in(text, "morag", "GBP", &bikes_dir())
}

/// A request handed out after a decision, naming only the place or team the work is for
/// ("the training dates for the Detroit stores", "for the Dunfermline team"), is work on
/// the decided investment: a place before a word for a group of people or sites names no
/// thing of its own (the note was filed under nothing).
#[test]
fn a_request_for_a_place_after_a_decision_is_work_on_the_decided_thing() {
    let text = "Update on the POS move. Dave signed off the POS replacement on Tuesday at $62k, \
                after the demo went well. The Ann Arbor pilot is running. @jo can you get me \
                the training dates for the Detroit stores by next Thu?";
    let r = read_laundry(text);
    let all = records(&r);
    assert_eq!(all.len(), 2, "{text}: {r:?}");
    assert_eq!(all[1].intent, Intent::Note, "{text}: {r:?}");
    assert_eq!(
        all[1].investment.as_deref(),
        Some("POS Replacement"),
        "{text}: {r:?}"
    );
    assert_eq!(
        all[1].due,
        Some("2026-12-10".parse().unwrap()),
        "{text}: {r:?}"
    );
    let text = "Stock system: Alan signed it off yesterday at £48k. @kirsty can you get me the \
                cutover plan for the Dunfermline team by Friday?";
    let r = read_bikes(text);
    let all = records(&r);
    // Straight after the decision, its follow-up (convention 47).
    assert_eq!(all.len(), 1, "{text}: {r:?}");
    assert_eq!(
        all[0].investment.as_deref(),
        Some("Stock System Replacement"),
        "{text}: {r:?}"
    );
    assert_eq!(all[0].unit.as_deref(), Some("IT"), "{text}: {r:?}");
}

/// A verb of stopping inside a "since" cause with a subject of its own ("since the Gosport
/// install stopped the complaints") is what the cause tells, not the decision: the approval
/// before it stands (it was read as a stop).
#[test]
fn a_stop_told_in_a_since_cause_is_no_verdict() {
    let text = "Card readers are approved for the Flint stores as well, $27k, since the Lansing \
                ones stopped the coin jams almost overnight.";
    let r = read_laundry(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    assert_eq!(
        r.investment.as_deref(),
        Some("Card Readers"),
        "{text}: {r:?}"
    );
    let text = "Shop Wi-Fi goes ahead for Kirkcaldy, £9k, since the new access points stopped the \
                till dropouts at St Andrews.";
    let r = read_bikes(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
}

/// "the room tablets get another €12k for Galway": things said in the plural getting more
/// money approve it, as "gets another €50k" does (read as a note, the money lost).
#[test]
fn things_that_get_more_money_are_approved_that_money() {
    let text = "First, the card readers get another $12k for the Flint stores, since the \
                attendants there still count quarters by hand.";
    let r = read_laundry(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    assert_eq!(
        r.amount,
        super::test_names::whole(12_000, "USD"),
        "{text}: {r:?}"
    );
    let text = "the workshop booking screens get £3k more for the Leith shop";
    let r = read_bikes(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    // No more money: what the things get is no approval.
    let text = "the card readers get another coin jam every week at Flint";
    let r = read_laundry(text);
    assert_ne!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
}

/// An item of minutes that says nothing was decided but gives someone's handle work due by a
/// day in other words than "@x to …" ("- gate access: no decision, @luis wants three quotes
/// by 12/18") is a note of its own, as "@x to get a quote by …" is: it was read as saying
/// only that nothing changed, and its due was given to the approval before it.
#[test]
fn a_no_decision_item_with_work_due_from_a_handle_is_a_note_of_its_own() {
    let text = "Recap of Wednesday's steering\n- card readers: approved for Flint too, $54k, the \
                Lansing ones are working\n- route telematics: no decision, @sam wants three \
                quotes by 12/18\n- laptops: no change";
    let r = read_laundry(text);
    let all = records(&r);
    assert_eq!(all.len(), 2, "{text}: {r:?}");
    assert_eq!(all[0].due, None, "{text}: {r:?}");
    assert_eq!(all[1].intent, Intent::Note, "{text}: {r:?}");
    assert_eq!(
        all[1].investment.as_deref(),
        Some("Route Telematics"),
        "{text}: {r:?}"
    );
    assert_eq!(
        all[1].due,
        Some("2026-12-18".parse().unwrap()),
        "{text}: {r:?}"
    );
}

/// "year-end in April": a year end said with the month it falls in is that month (a
/// financial year's), not the calendar's 31 December; a hold till after it looks again then.
#[test]
fn a_year_end_said_with_its_month_is_that_month() {
    let text = "Morag says hold the laptop refresh till after year-end in April, the shops \
                can't be without tills in March";
    let r = read_bikes(text);
    assert_eq!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
    assert_eq!(
        r.review_date,
        Some("2027-04-01".parse().unwrap()),
        "{text}: {r:?}"
    );
    // Said alone it is still the calendar's.
    let text = "hold the laptop refresh till after year end";
    let r = read_bikes(text);
    assert_eq!(
        r.review_date,
        Some("2026-12-31".parse().unwrap()),
        "{text}: {r:?}"
    );
}

/// A terse rescope's "rest next fy" / "rest next yr" / "rest in the new year" after its
/// money says what the cut leaves for later, the reason (convention 40), with no review
/// date; it was lost.
#[test]
fn a_terse_rescopes_rest_put_off_is_its_reason() {
    let text = "laptop refresh cut to 40 units, 48k, rest next fy";
    let r = read_laundry(text);
    assert_eq!(r.verdict, Some(Verdict::Rescope), "{text}: {r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("rest next fy"),
        "{text}: {r:?}"
    );
    assert_eq!(r.review_date, None, "{text}: {r:?}");
    let text = "shop wifi cut to leith + portobello only, 12k, the rest in the new year";
    let r = read_bikes(text);
    assert_eq!(r.verdict, Some(Verdict::Rescope), "{text}: {r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("the rest in the new year"),
        "{text}: {r:?}"
    );
}

/// "back on at a smaller scope, $35k", "goes ahead on a smaller scale": work let go on at a
/// smaller scope than planned is a rescope to the money said (read as a result, or an
/// approval).
#[test]
fn work_back_on_at_a_smaller_scope_is_rescoped() {
    let text = "Notes from this morning's call. The customer app is back on at a smaller scope, \
                $35k — payments and store finder only, the rest can wait.";
    let r = read_laundry(text);
    assert_eq!(r.verdict, Some(Verdict::Rescope), "{text}: {r:?}");
    assert_eq!(
        r.amount,
        super::test_names::whole(35_000, "USD"),
        "{text}: {r:?}"
    );
    let text = "Workshop booking goes ahead on a smaller scale, £6k, Leith only.";
    let r = read_bikes(text);
    assert_eq!(r.verdict, Some(Verdict::Rescope), "{text}: {r:?}");
}

/// "She said no to the sleep room cameras though – €30k …": a talker's "though" (or "too",
/// "tho", "either") closing the thing refused is no word of its name.
#[test]
fn a_closing_though_is_no_word_of_a_new_name() {
    let text = "She said no to the change machines though – $30k and the stores hardly take \
                cash anymore.";
    let r = read_laundry(text);
    assert_eq!(r.verdict, Some(Verdict::Reject), "{text}: {r:?}");
    assert_eq!(
        r.investment.as_deref(),
        Some("change machines"),
        "{text}: {r:?}"
    );
    let text = "no to the bike wash station either, £9k for something we'd use twice a week";
    let r = read_bikes(text);
    assert_eq!(
        r.investment.as_deref(),
        Some("bike wash station"),
        "{text}: {r:?}"
    );
}

/// "luis aprvd the mfa rollout 18k 👍 starting w/ the call center": where the work starts,
/// told after the approval, is its plan, no reason (it was read as the reason).
#[test]
fn where_the_work_starts_is_no_reason() {
    let text = "dave aprvd the laptop refresh 18k 👍 starting w/ the route drivers";
    let r = read_laundry(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    assert_eq!(r.rationale, None, "{text}: {r:?}");
    let text = "Shop Wi-Fi approved at £14k, starting with Leith in January.";
    let r = read_bikes(text);
    assert_eq!(r.rationale, None, "{text}: {r:?}");
}
