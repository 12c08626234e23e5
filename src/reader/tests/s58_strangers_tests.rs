//! Readings of forms from round S58's writers, the emails and minutes of a Botswana tannery,
//! the Kriol lines of a Belize pepper sauce factory and the Orcadian notes of an Orkney
//! auction mart, each worded here for another invented organisation.

use super::test_names::{directory, read_day_first_in, whole};
use super::*;

/// A honey cooperative in the Okavango panhandle: the extraction room, the hives and the
/// office.
fn honey_dir() -> StaticDirectory {
    directory(
        &[
            ("Extraction", &["Extraction Room"]),
            ("Apiary", &["Hives"]),
            ("Office", &["Admin"]),
        ],
        &[
            ("Honey Press", "Extraction"),
            ("Hive Stands", "Apiary"),
            ("Office Laptops", "Office"),
        ],
    )
}

/// `read_day_first_in` for the honey cooperative, counting in `currency`.
fn read_honey(text: &str, currency: &str) -> Reading {
    read_day_first_in(text, "mpho", currency, &honey_dir())
}

#[test]
fn a_botswana_tenants_p_is_the_pula() {
    for (text, units) in [
        ("Honey press approved at P 1 250 000", 1_250_000),
        ("Hive stands approved, P85k", 85_000),
        ("Office laptops approved, P 610k", 610_000),
        ("Honey press approved, BWP 2.3m", 2_300_000),
        ("Hive stands approved, 40,000 pula", 40_000),
    ] {
        assert_eq!(
            read_honey(text, "BWP").amount,
            whole(units, "BWP"),
            "{text}"
        );
    }
    // Elsewhere a "P" written onto a number stays the Philippine peso.
    assert_eq!(
        read_honey("Hive stands approved, P85k", "PHP").amount,
        whole(85_000, "PHP")
    );
}

#[test]
fn a_belize_tenants_dollar_is_its_own() {
    for (text, units, code) in [
        ("Honey press approved, $38,500", 38_500, "BZD"),
        ("Hive stands approved, BZ$62,000", 62_000, "BZD"),
        ("Office laptops approved, US$4,800", 4_800, "USD"),
    ] {
        assert_eq!(read_honey(text, "BZD").amount, whole(units, code), "{text}");
    }
}

#[test]
fn botswana_and_belize_start_their_financial_year_in_april() {
    let text = "Honey press is parked till the new financial year, no budget left.";
    for currency in ["BWP", "BZD"] {
        let r = read_honey(text, currency);
        assert_eq!(r.verdict, Some(Verdict::Defer), "{currency}: {r:?}");
        assert_eq!(r.review_date, "2027-04-01".parse().ok(), "{currency}");
    }
}

/// "Kirsty, can thoo get the card terminals set up afore the Christmas sale?", "Ronnie — the
/// float needs its MOT afore the 22nd" (the Orkney mart): the Scots "afore", "thoo" and
/// "fae" are read as "before", "you" and "from", so the task's day is its due.
#[test]
fn scots_afore_is_before() {
    let r = read_honey(
        "Mpho, can thoo get the hive stands set up afore Friday 11th?",
        "BWP",
    );
    assert_eq!(r.intent, Intent::Note, "{r:?}");
    assert_eq!(r.investment.as_deref(), Some("Hive Stands"), "{r:?}");
    assert_eq!(r.due, "2026-12-11".parse().ok(), "{r:?}");
    let r = read_honey(
        "Mpho, hive stands back fae the welder, set up afore the 11th.",
        "BWP",
    );
    assert_eq!(r.due, "2026-12-11".parse().ok(), "{r:?}");
    // A name written so stays a name.
    let r = read_honey("Fae approved the hive stands at P 40,000.", "BWP");
    assert_eq!(r.verdict, Some(Verdict::Approve), "{r:?}");
    assert_eq!(r.decided_by.as_deref(), Some("Fae"), "{r:?}");
}

/// "(2) The POS for route sales we put back to March, Jaime need to clean up the customer
/// list first." (the Belize factory): our "put back" to a time, the work said before it,
/// bare or as "it", defers to that time.
#[test]
fn work_we_put_back_to_a_time_is_deferred() {
    for text in [
        "The hive stands we put back to March, Mpho needs to count the colonies first.",
        "Hive stands: we put it back to March, Mpho needs to count the colonies first.",
    ] {
        let r = read_honey(text, "BWP");
        assert_eq!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
        assert_eq!(r.review_date, "2027-03-01".parse().ok(), "{text}");
    }
    // Put back to anything but a time is no verdict.
    let r = read_honey(
        "Hive stands: we put it back to work after the rains.",
        "BWP",
    );
    assert_ne!(r.verdict, Some(Verdict::Defer), "{r:?}");
}

/// "ERP decision moved to the March board meeting (25/03/2027). Sage's price went up by
/// 30% …" (the Botswana tannery): a decision moved to a meeting named by its month is put
/// off to it.
#[test]
fn a_decision_moved_to_a_months_meeting_is_deferred() {
    let r = read_honey(
        "Honey press decision moved to the March board meeting. The quote went up by 30%.",
        "BWP",
    );
    assert_eq!(r.verdict, Some(Verdict::Defer), "{r:?}");
    assert_eq!(r.review_date, "2027-03-01".parse().ok(), "{r:?}");
    // Moved to a meeting with no time is not.
    let r = read_honey("Honey press moved to the board meeting room.", "BWP");
    assert_ne!(r.verdict, Some(Verdict::Defer), "{r:?}");
}

/// "Tito, chase di seedling supplier fi di refund by di 18th pls", "since wi put in di new
/// grinder …" (the Belize factory): Kriol's "di" after a preposition (or opening a
/// sentence) is "the", and "dis" before a word "this"; after a subject "di" marks a verb
/// going on and is left alone.
#[test]
fn kriol_di_after_a_preposition_is_the() {
    let r = read_honey("Mpho, chase di welder fi di refund by di 18th pls", "BWP");
    assert_eq!(r.intent, Intent::Note, "{r:?}");
    assert_eq!(r.due, "2026-12-18".parse().ok(), "{r:?}");
    let r = read_honey(
        "since wi put in di new press di honey come out clear clear, no more wax in di jars",
        "BWP",
    );
    assert_eq!(r.investment.as_deref(), Some("Honey Press"), "{r:?}");
    let toks = crate::reader::tokens::tokenize("di old one di leak from dis week");
    let words: Vec<&str> = toks.iter().map(|t| t.lower.as_str()).collect();
    assert_eq!(
        words,
        ["the", "old", "one", "di", "leak", "from", "this", "week"]
    );
}

/// "… the hides coming in from Ghanzi are no more rotting in the rainy season — rejects at
/// receiving went from 14% to 3% in November." (the Botswana tannery): rejects opening a
/// clause, the subject of a change from one figure, are things counted, no refusal.
#[test]
fn rejects_that_went_from_a_figure_are_counted() {
    let r = read_honey(
        "Since the new honey press went in the jars are no more cloudy — rejects at bottling went from 9% to 2% in November.",
        "BWP",
    );
    assert_ne!(r.verdict, Some(Verdict::Reject), "{r:?}");
    assert_eq!(r.investment.as_deref(), Some("Honey Press"), "{r:?}");
    // A refusal said so stays one.
    let r = read_honey(
        "Honey press: Mpho rejects it, it went from P 40k to P 90k.",
        "BWP",
    );
    assert_eq!(r.verdict, Some(Verdict::Reject), "{r:?}");
}

/// "The spray booth is paying already — the Italian buyer accepted the whole November
/// shipment with zero claims." (the Botswana tannery): goods a buyer accepted are no
/// approval of the work.
#[test]
fn goods_a_buyer_accepted_are_no_approval() {
    let r = read_honey(
        "The honey press is paying already — the German buyer accepted the whole November shipment with zero complaints.",
        "BWP",
    );
    assert_ne!(r.verdict, Some(Verdict::Approve), "{r:?}");
    // The work accepted is approved.
    let r = read_honey("The board accepted the honey press quote, P 40,000.", "BWP");
    assert_eq!(r.verdict, Some(Verdict::Approve), "{r:?}");
}

/// "Broadband link: Freya's got a price for the radio link to Wideford Hill, £8,900 plus
/// £120 a month. Would let us stream the sales …" (the Orkney mart): a price got for a
/// thing, with its money, puts the thing forward.
#[test]
fn a_price_got_for_a_thing_proposes_it() {
    let r = read_honey(
        "Hive stands: Mpho's got a price for steel stands, P 48,000 plus P 900 a month. Would keep the hives off the ground.",
        "BWP",
    );
    assert_eq!(r.intent, Intent::Investment, "{r:?}");
    assert_eq!(r.amount, whole(48_000, "BWP"), "{r:?}");
    // A price got for it, said of a result, is no proposal.
    let r = read_honey(
        "Hive stands: we got a price for it at last, and sold 40 jars more in November, P 4,800 up.",
        "BWP",
    );
    assert_ne!(r.intent, Intent::Investment, "{r:?}");
}

/// "Cafe refit — after the quotes came in we're dropping the new seating and just doing
/// the kitchen. £46k down to £38,500." (the Orkney mart): a part dropped and the rest
/// "just" done cuts the work back, a rescope to the figure after "down to".
#[test]
fn a_part_dropped_and_the_rest_just_done_is_a_rescope() {
    let r = read_honey(
        "Honey press — after the quotes came in we're dropping the new bottler and just doing the press. P 46k down to P 38,500.",
        "BWP",
    );
    assert_eq!(r.verdict, Some(Verdict::Rescope), "{r:?}");
    assert_eq!(r.amount, whole(38_500, "BWP"), "{r:?}");
    // The whole thing dropped is a stop.
    let r = read_honey(
        "Honey press — we're dropping the press, the quotes came in too high.",
        "BWP",
    );
    assert_eq!(r.verdict, Some(Verdict::Stop), "{r:?}");
}

/// "Please find attached the quote for converting the coal boiler to biomass …: P 880,000.
/// It would cut our coal bill by about P 260,000 per annum over the 8-year life of the
/// burner." (the Botswana tannery): a quote sent for a thing puts it forward.
#[test]
fn a_quote_attached_for_a_thing_proposes_it() {
    let r = read_honey(
        "Please find attached the quote for a honey press: P 88,000. It would cut our wax losses by about P 26,000 per annum over its 8-year life.",
        "BWP",
    );
    assert_eq!(r.intent, Intent::Investment, "{r:?}");
    assert_eq!(r.years, Some(8), "{r:?}");
}

/// "the hide collection truck is no longer on hold — Finance found the money after the BMC
/// numbers came early, so we are buying it, P 540 000." (the Botswana tannery): a thing no
/// longer on hold, with money in its sentence, is approved at that money (convention 68).
#[test]
fn no_longer_on_hold_with_money_approves() {
    let r = read_honey(
        "The honey press is no longer on hold — the co-op found the money, so we are buying it, P 88 000.",
        "BWP",
    );
    assert_eq!(r.verdict, Some(Verdict::Approve), "{r:?}");
    assert_eq!(r.amount, whole(88_000, "BWP"), "{r:?}");
    // Without money it is no approval.
    let r = read_honey(
        "The honey press is no longer on hold, the welder is back.",
        "BWP",
    );
    assert_ne!(r.verdict, Some(Verdict::Approve), "{r:?}");
    // The money may be in any currency the tenant counts in, not only the pula.
    for (text, currency, units) in [
        (
            "The honey press is no longer on hold, so we are buying it, £8,800.",
            "GBP",
            8_800,
        ),
        (
            "The honey press is no longer on hold — we are buying it, $88k.",
            "USD",
            88_000,
        ),
    ] {
        let r = read_honey(text, currency);
        assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
        assert_eq!(r.amount, whole(units, currency), "{text}: {r:?}");
    }
}

/// "We are reducing the sewing machines order from 12 to 8 — P 85k becomes P 57k." (the
/// Botswana tannery): a count cut, its old money "becomes" the new in the same sentence,
/// is a rescope to the new money.
#[test]
fn a_count_cut_whose_money_becomes_a_new_figure_is_a_rescope() {
    let r = read_honey(
        "We are reducing the hive stands order from 12 to 8 — P 85k becomes P 57k. Mpho says the other 4 sites have no bees yet.",
        "BWP",
    );
    assert_eq!(r.verdict, Some(Verdict::Rescope), "{r:?}");
    assert_eq!(r.amount, whole(57_000, "BWP"), "{r:?}");
    // Ours: Mpho only gives the reason.
    assert_eq!(r.decided_by, None, "{r:?}");
    // A count cut with no money is a result.
    let r = read_honey(
        "The hive stands cut the losses from 12 to 8 hives a season.",
        "BWP",
    );
    assert_ne!(r.verdict, Some(Verdict::Rescope), "{r:?}");
}
