//! Readings of forms from round S57's writers, the updates and terse lines of a Trinidad
//! steelpan maker, a Mauritian model-ship workshop writing English with Kreol and French,
//! and a Samoan beach fale resort, each worded here for another invented organisation.

use super::test_names::{directory, read_day_first_in, whole};
use super::*;

/// A vanilla curing house on Rodrigues: the curing sheds, the packing room and the office.
fn vanilla_dir() -> StaticDirectory {
    directory(
        &[
            ("Curing", &["Curing Sheds"]),
            ("Packing", &["Packing Room"]),
            ("Office", &["Admin"]),
        ],
        &[
            ("Drying Racks", "Curing"),
            ("Vacuum Sealer", "Packing"),
            ("Office Laptops", "Office"),
        ],
    )
}

/// `read_day_first_in` for the curing house, counting in `currency`.
fn read_vanilla(text: &str, currency: &str) -> Reading {
    read_day_first_in(text, "priya", currency, &vanilla_dir())
}

#[test]
fn a_mauritian_tenants_rupee_is_its_own() {
    for (text, units) in [
        ("Drying racks approved at Rs 450,000", 450_000),
        ("Vacuum sealer approved, Rs 1.2M for the two", 1_200_000),
        ("Office laptops approved, MUR 85,000", 85_000),
        ("Drying racks approved, 300,000 rupees", 300_000),
    ] {
        assert_eq!(
            read_vanilla(text, "MUR").amount,
            whole(units, "MUR"),
            "{text}"
        );
    }
    // Elsewhere "Rs" stays the Indian rupee.
    assert_eq!(
        read_vanilla("Drying racks approved at Rs 450,000", "GBP").amount,
        whole(450_000, "INR")
    );
}

#[test]
fn a_samoan_tenants_dollar_is_the_tala() {
    for (text, units, code) in [
        ("Drying racks approved at $68,000 tala", 68_000, "WST"),
        ("Vacuum sealer approved, WST 98,000", 98_000, "WST"),
        ("Office laptops approved, WS$12,500", 12_500, "WST"),
        ("Drying racks approved, $98k", 98_000, "WST"),
        ("Office laptops approved, NZ$4,000", 4_000, "NZD"),
    ] {
        assert_eq!(
            read_vanilla(text, "WST").amount,
            whole(units, code),
            "{text}"
        );
    }
    // Elsewhere a bare "$" stays the US dollar.
    assert_eq!(
        read_vanilla("Drying racks approved, $98k", "GBP").amount,
        whole(98_000, "USD")
    );
}

#[test]
fn mauritius_and_samoa_start_their_financial_year_in_july() {
    let text = "Drying racks are parked till the new financial year, no budget left.";
    for currency in ["MUR", "WST"] {
        let r = read_vanilla(text, currency);
        assert_eq!(r.verdict, Some(Verdict::Defer), "{currency}: {r:?}");
        assert_eq!(r.review_date, "2027-07-01".parse().ok(), "{currency}");
    }
}

/// "Seawall: only the front 40m now, not the whole 90m. $41k." (the Samoan fale resort): a
/// stretch in metres after "the front" / "the whole" is no money when the message writes
/// its money with a currency.
#[test]
fn a_stretch_in_metres_is_no_money_beside_a_written_amount() {
    let r = read_vanilla(
        "Drying racks: only the front 40m now, not the whole 90m. $41k.",
        "WST",
    );
    assert_eq!(r.amount, whole(41_000, "WST"), "{r:?}");
    // Written with its currency it is money still.
    let r = read_vanilla("Drying racks approved, the whole $9m.", "WST");
    assert_eq!(r.amount, whole(9_000_000, "WST"), "{r:?}");
}

/// "CCTV phase 2 ok, Rs 88,500, Mr Li signed." (the Mauritian workshop): a bare "ok" after
/// a phase's number allows the amount after it, as after the thing's name.
#[test]
fn a_bare_ok_after_a_phase_number_approves_its_amount() {
    let r = read_vanilla(
        "Vacuum sealer phase 2 ok, Rs 88,500, Mr Ravi signed.",
        "MUR",
    );
    assert_eq!(r.verdict, Some(Verdict::Approve), "{r:?}");
    assert_eq!(r.amount, whole(88_500, "MUR"), "{r:?}");
    // A state, not a verdict: no amount after it.
    let r = read_vanilla("Vacuum sealer phase 2 ok now, running fine.", "MUR");
    assert_ne!(r.verdict, Some(Verdict::Approve), "{r:?}");
}

/// "Boss say the extra strobe tuners for the school kits could wait till March." (the
/// Trinidad pan maker): "could wait till <a time>" puts the thing off, as "can wait" does.
#[test]
fn could_wait_till_a_time_is_a_deferral() {
    let r = read_vanilla(
        "Boss say the extra drying racks for the new shed could wait till March.",
        "MUR",
    );
    assert_eq!(r.verdict, Some(Verdict::Defer), "{r:?}");
    assert_eq!(r.review_date, "2027-03-01".parse().ok(), "{r:?}");
}

/// "Dive compressor — wait until Ioane gets his instructor licence, maybe March." (the
/// Samoan resort): after the thing's dash, "wait until <event>" is the thing put off.
#[test]
fn wait_until_after_the_things_dash_is_a_deferral() {
    let r = read_vanilla(
        "Vacuum sealer — wait until Ravi gets his forklift licence, maybe March.",
        "MUR",
    );
    assert_eq!(r.verdict, Some(Verdict::Defer), "{r:?}");
}

/// "Kayaks — Mama said look again in May after the rainy season." (the Samoan resort): "look
/// again in <a time>" puts the thing off to then.
#[test]
fn look_again_in_a_month_is_a_deferral() {
    let r = read_vanilla(
        "Vacuum sealer — Mama said look again in May after the rainy season.",
        "MUR",
    );
    assert_eq!(r.verdict, Some(Verdict::Defer), "{r:?}");
    assert_eq!(r.review_date, "2027-05-01".parse().ok(), "{r:?}");
}

/// "Since the water tank was installed we did not stop varnishing once during the water
/// cuts in November." (the Mauritian workshop): work not stopped is what the thing made
/// possible, no verdict on it.
#[test]
fn not_stopping_an_activity_is_no_verdict() {
    let r = read_vanilla(
        "Since the vacuum sealer was installed we did not stop packing once during the power cuts in November.",
        "MUR",
    );
    assert_eq!(r.verdict, None, "{r:?}");
}

/// "We gone ahead and order 3 more strobe tuners for the school kits, $27k." (the Trinidad
/// pan maker): "gone ahead and order" without its "have" approves, as "went ahead" does.
#[test]
fn gone_ahead_and_order_approves() {
    let r = read_vanilla(
        "We gone ahead and order 3 more drying racks for the new shed, Rs 27,000.",
        "MUR",
    );
    assert_eq!(r.verdict, Some(Verdict::Approve), "{r:?}");
    assert_eq!(r.amount, whole(27_000, "MUR"), "{r:?}");
}

/// "Staff van: non. Pa ena kas." (the Mauritian workshop): the French and Kreol "non" as
/// the label's answer refuses the thing named, as "no" does; inside a sentence it is none.
#[test]
fn a_labels_non_refuses() {
    let r = read_vanilla("Vacuum sealer: non. Pa ena kas.", "MUR");
    assert_eq!(r.verdict, Some(Verdict::Reject), "{r:?}");
    let r = read_vanilla("Vacuum sealer sent to a non-profit in Port Louis.", "MUR");
    assert_ne!(r.verdict, Some(Verdict::Reject), "{r:?}");
}

/// "Boss say keep going with the security cameras install, doh stop because of the rain
/// delay." (the Trinidad pan maker): Trinidadian "doh" is "don't", so "doh stop" goes on.
#[test]
fn trinidadian_doh_negates_as_dont_does() {
    let r = read_vanilla(
        "Boss say keep going with the vacuum sealer install, doh stop because of the rain delay.",
        "TTD",
    );
    assert_eq!(r.verdict, Some(Verdict::Continue), "{r:?}");
    let r = read_vanilla(
        "We stop the vacuum sealer install, the supplier went bust.",
        "TTD",
    );
    assert_eq!(r.verdict, Some(Verdict::Stop), "{r:?}");
}

/// "Kevin pou install CCTV dan Sail Loft avan 15/12 svp" (the Mauritian workshop): Kreol
/// "pou" after a name sets the task as "to" does.
#[test]
fn a_kreol_pou_sets_a_task() {
    let r = read_vanilla(
        "Ravi pou install the vacuum sealer dan Packing Room avan 15/12 svp",
        "MUR",
    );
    assert_eq!(r.intent, Intent::Note, "{r:?}");
    assert_eq!(
        r.follow_ups.first().map(|f| f.owner.as_str()),
        Some("Ravi"),
        "{r:?}"
    );
}
