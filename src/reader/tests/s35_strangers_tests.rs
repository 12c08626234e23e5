//! Readings of forms from round S35's writers, the everyday register of a pest-control
//! franchise, an opticians' chain and a car-wash chain in Slack and Discord, each worded
//! here for another invented organisation.

use super::test_names::{directory, read_day_first_in, read_us, records, whole};
use super::*;
use crate::domain::Verdict;

/// A New Mexico heating and cooling service company: the service vans, the install crews,
/// the office.
fn hvac_dir() -> StaticDirectory {
    directory(
        &[
            ("Service", &["Field Service"]),
            ("Installs", &["Install Crews"]),
            ("IT", &["Tech"]),
            ("Finance", &["Accounting"]),
        ],
        &[
            ("Dispatch Software", "Service"),
            ("Van Telematics", "Service"),
            ("Customer Portal", "Service"),
            ("Laptop Refresh", "IT"),
            ("MFA Rollout", "IT"),
            ("Phone System", "IT"),
        ],
    )
}

fn read_hvac(text: &str) -> Reading {
    read_us(text, "dee", "2026-12-04", &hvac_dir())
}

/// A chain of dental practices in Fife and Tayside: the practices, the clinicians, IT.
fn dental_dir() -> StaticDirectory {
    directory(
        &[
            ("Practices", &["Surgeries"]),
            ("Clinical", &["Dentists"]),
            ("IT", &["Systems"]),
        ],
        &[
            ("Intraoral Scanners", "Clinical"),
            ("Patient Texting", "Practices"),
            ("Phone System", "IT"),
            ("Surgery Wi-Fi", "IT"),
            ("Laptop Refresh", "IT"),
        ],
    )
}

fn read_dental(text: &str) -> Reading {
    read_day_first_in(text, "morag", "GBP", &dental_dir())
}

/// A progress line that gives the date the rest will be done by ("mfa on 240/410 users,
/// rest by the 18th hopefully", "laptops 70% done, rest by the 15th") hands the work that
/// date as its due; the day was read as no date of the record.
#[test]
fn the_rest_by_a_day_in_a_progress_line_is_the_due() {
    let text = "telematics on 30/52 vans, rest by the 18th hopefully 🤞";
    let r = read_hvac(text);
    assert_eq!(
        r.investment.as_deref(),
        Some("Van Telematics"),
        "{text}: {r:?}"
    );
    assert_eq!(r.due, Some("2026-12-18".parse().unwrap()), "{text}: {r:?}");
    let text = "surgery wifi done at 9 of 14 practices, the rest by 15/12";
    let r = read_dental(text);
    assert_eq!(r.due, Some("2026-12-15".parse().unwrap()), "{text}: {r:?}");
}

/// "ok go on the X at $N" passed on from whoever decided approves X at that money (read
/// as a note, the money lost); "told them no" refuses (read as their proposal).
#[test]
fn ok_go_on_approves_and_told_them_no_refuses() {
    let text = "Fwd from Luis: ok go on the customer portal at $60k, Ana to sort the SOW by Tue";
    let r = read_hvac(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    assert_eq!(r.investment.as_deref(), Some("Customer Portal"));
    assert_eq!(r.amount, whole(60_000, "USD"));
    let text = "Installs pitched a duct-cleaning camera kit, $12k — told them no, the subs \
                already bring their own.";
    let r = read_hvac(text);
    assert_eq!(r.verdict, Some(Verdict::Reject), "{text}: {r:?}");
    assert_eq!(r.amount, whole(12_000, "USD"));
    assert_eq!(
        r.rationale.as_deref(),
        Some("the subs already bring their own"),
        "{text}: {r:?}"
    );
}

/// "let's pick it up after <event> in <month>" puts the work off to that month (read as a
/// note).
#[test]
fn pick_it_up_after_an_event_defers() {
    let text = "Laptop refresh for the office — let's pick it up after year-end close in \
                January, they're buried and nobody wants a new machine now.";
    let r = read_hvac(text);
    assert_eq!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
    assert_eq!(
        r.review_date,
        Some("2027-01-01".parse().unwrap()),
        "{text}: {r:?}"
    );
}

/// A reason that says what the writer will not do while something else runs ("Mitel want
/// a 5-year term and I'm not signing that while the dispatch move is live") is one span:
/// it was cut to its "while" clause.
#[test]
fn a_reason_ending_on_a_while_clause_keeps_its_start() {
    let text = "Phone system — parking it till Q2. Mitel want a 5-year term and I'm not \
                signing that while the dispatch move is live.";
    let r = read_hvac(text);
    assert_eq!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("Mitel want a 5-year term and I'm not signing that while the dispatch move is live"),
        "{text}: {r:?}"
    );
}

/// "members roll through without stopping at the pay station": stopping said of people or
/// cars after "without" is no stop of the work (read as a stop of the pay station).
#[test]
fn without_stopping_is_no_stop() {
    let text = "The customer portal is doing its job - customers book without stopping to \
                call the office now, about $4k a month less in call handling.";
    let r = read_hvac(text);
    assert_ne!(r.verdict, Some(Verdict::Stop), "{text}: {r:?}");
    assert_eq!(r.intent, Intent::Benefit, "{text}: {r:?}");
}

/// A sentence after a record that opens "They also knocked back the …" is another record,
/// as "They also turned down the …" is (the second's money and reason went to the first).
#[test]
fn they_also_knocked_back_is_another_record() {
    let text = "Two from yesterday's board call. They signed off van telematics for the Las \
                Cruces vans as well, $28k, since Santa Fe's fuel bill fell by a third. They \
                also knocked back the in-van LED sign — $30k for something customers see for a \
                minute, and nobody could say it sells a single job.";
    let r = read_hvac(text);
    let all = records(&r);
    assert_eq!(all.len(), 2, "{text}: {r:?}");
    assert_eq!(all[0].verdict, Some(Verdict::Approve));
    assert_eq!(all[0].amount, whole(28_000, "USD"), "{text}: {r:?}");
    assert_eq!(all[1].verdict, Some(Verdict::Reject));
    assert_eq!(all[1].investment.as_deref(), Some("in-van LED sign"));
}

/// "Customer portal phase 2 is the same, let's look again in March." after a hold: another
/// thing held the same way is a record of its own, with its own review date, and the first
/// keeps its own (the second's words read as the first's reason, its date as the first's).
#[test]
fn another_thing_is_the_same_is_a_record_of_its_own() {
    let text = "Laptop refresh for Accounting: hold till after year-end close in January, \
                they're buried and nobody wants a new machine right now. Customer portal \
                phase 2 is the same, let's look again in March.";
    let r = read_hvac(text);
    let all = records(&r);
    assert_eq!(all.len(), 2, "{text}: {r:?}");
    assert_eq!(
        all[0].review_date,
        Some("2027-01-01".parse().unwrap()),
        "{text}: {r:?}"
    );
    assert_eq!(all[1].verdict, Some(Verdict::Defer));
    assert_eq!(all[1].investment.as_deref(), Some("Customer Portal"));
    // The verdict it shares ends on "till": the thing's own words after it are no reason.
    assert_eq!(all[1].rationale, None, "{text}: {r:?}");
    assert_eq!(
        all[1].review_date,
        Some("2027-03-01".parse().unwrap()),
        "{text}: {r:?}"
    );
}

/// "Helen ok'd two: the extra … £4,200 and the lab barcode printers £6k", "brent ok'd 2:
/// …": a verdict that counts the things it goes on to list, closed by a colon, is a record
/// each, as "ok'd 2 things:" is (one record was read, named "two").
#[test]
fn a_verdict_counting_its_items_before_a_colon_is_a_record_each() {
    for text in [
        "luis ok'd 2: the extra dispatch seats for the Albuquerque office $18,500 and the \
         office printer swap 4k 👍",
        "luis ok'd two: the extra dispatch seats for the Albuquerque office $18,500 and the \
         office printer swap 4k 👍",
    ] {
        let r = read_hvac(text);
        let all = records(&r);
        assert_eq!(all.len(), 2, "{text}: {r:?}");
        assert_ne!(all[0].investment.as_deref(), Some("two"), "{text}: {r:?}");
        assert_eq!(all[0].amount, whole(18_500, "USD"));
        assert_eq!(all[1].verdict, Some(Verdict::Approve));
        assert_eq!(all[1].amount, whole(4_000, "USD"), "{text}: {r:?}");
    }
}

/// The thing a name is about said in the plural ("laptops" for the Laptop Refresh) names
/// it as a list item's label before its dash ("• laptops – trimmed to the 40 oldest"),
/// after "new" opening the message ("new laptops for the install leads came in") and as
/// what more money is for ("approved another 6k for laptops"); each was read as a new
/// thing called "laptops", or as nothing.
#[test]
fn a_names_thing_in_the_plural_in_everyday_places_names_it() {
    let text = "approved another 6k for laptops, the 4 dispatchers got missed on the first order";
    let r = read_hvac(text);
    assert_eq!(
        r.investment.as_deref(),
        Some("Laptop Refresh"),
        "{text}: {r:?}"
    );
    let text = "new laptops for the install leads came in 👍 setting them up monday";
    let r = read_hvac(text);
    assert_eq!(
        r.investment.as_deref(),
        Some("Laptop Refresh"),
        "{text}: {r:?}"
    );
    assert_eq!(r.intent, Intent::Note, "{text}: {r:?}");
    let text = "Capital group 1/12:\n• texting – approved, £6k\n• laptops – trimmed to the 40 \
                oldest, £34k, the rest wait till April";
    let r = read_dental(text);
    let all = records(&r);
    assert_eq!(all.len(), 2, "{text}: {r:?}");
    assert_eq!(
        all[1].investment.as_deref(),
        Some("Laptop Refresh"),
        "{text}: {r:?}"
    );
}

/// "yes to the OCT scanners for Hastings", "the extra 3 OCT licences": a month's short name
/// in capitals before a word in small letters is an acronym naming a thing, no October
/// (read as a review date of 1 October and a date of 3 October).
#[test]
fn a_month_written_as_an_acronym_before_a_noun_is_no_date() {
    let dir = directory(
        &[("Clinical", &["Optometry"]), ("IT", &["Systems"])],
        &[("OCT Scanners", "Clinical"), ("Laptop Refresh", "IT")],
    );
    let text = "From Helen: yes to the OCT scanners for Hastings and Rye, £68k, Tom to book the \
                installs by the 18th";
    let r = read_day_first_in(text, "fiona", "GBP", &dir);
    assert_eq!(r.review_date, None, "{text}: {r:?}");
    assert_eq!(r.due, Some("2026-12-18".parse().unwrap()), "{text}: {r:?}");
    let text = "Helen ok'd the extra 3 OCT licences for the home visits team, £4,200";
    let r = read_day_first_in(text, "fiona", "GBP", &dir);
    assert_eq!(r.date, None, "{text}: {r:?}");
    // Said as a month, it still is one.
    let text = "OCT scanners: go-live moved to OCT 5";
    let r = read_day_first_in(text, "fiona", "GBP", &dir);
    assert_eq!(
        r.investment.as_deref(),
        Some("OCT Scanners"),
        "{text}: {r:?}"
    );
}

/// The same after a colon, with "until": "on hold until March: I'm not spending $40k on it
/// until we know …" keeps the refusal (cut to its "until" clause).
#[test]
fn a_refusal_after_a_colon_keeps_its_until_clause() {
    let text = "Second, the customer portal is on hold until March: I'm not spending $40k on \
                it until we know the dispatch move is bedded in.";
    let r = read_hvac(text);
    assert_eq!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("I'm not spending $40k on it until we know the dispatch move is bedded in"),
        "{text}: {r:?}"
    );
}

/// "Separately, the customer portal is now $74k (was $60k) because …": a new size said
/// beside the old one in brackets rescopes to it (read as a note, the money lost).
#[test]
fn is_now_a_figure_beside_what_it_was_rescopes() {
    let text = "Separately, the customer portal is now $74k (was $60k) because the payment \
                provider needs its own checkout page; @ana to get the change order signed by \
                12/15.";
    let r = read_hvac(text);
    assert_eq!(r.verdict, Some(Verdict::Rescope), "{text}: {r:?}");
    assert_eq!(r.amount, whole(74_000, "USD"), "{text}: {r:?}");
    // A count that is now another is no rescope.
    let text = "dispatch software is now on 40 vans (was 12), the rest next month";
    assert_ne!(read_hvac(text).verdict, Some(Verdict::Rescope), "{text}");
}

/// "IT want a Microsoft 365 migration for the back office, ~$42k": a product's number after
/// its capitalised name is a word of the new thing's name (it was cut to "microsoft").
#[test]
fn a_products_number_after_its_name_stays_in_a_new_name() {
    let text = "IT want a Microsoft 365 migration for the back office, ~$42k one-off, saves \
                about $15k a year on servers and licences over 4 yrs";
    let r = read_hvac(text);
    assert_eq!(r.intent, Intent::Investment, "{text}: {r:?}");
    assert_eq!(
        r.investment.as_deref(),
        Some("Microsoft 365 migration"),
        "{text}: {r:?}"
    );
    assert_eq!(r.amount, whole(42_000, "USD"));
}
