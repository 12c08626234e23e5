//! Readings of forms from round S61's writers, the Liberian English of a crumb rubber
//! factory, the Bislama-flavoured English of a ni-Vanuatu beef abattoir and the Bajan of a
//! Barbados soft-drinks bottler, each worded here for another invented organisation.

use super::test_names::{directory, read_day_first_in, read_us, whole};
use super::*;

/// A river ferry and boatyard: the ferries, the slipway and the office.
fn ferry_dir() -> StaticDirectory {
    directory(
        &[
            ("Ferries", &["Boats"]),
            ("Slipway", &["Yard"]),
            ("Office", &["Admin"]),
        ],
        &[
            ("Ferry Engines", "Ferries"),
            ("Slipway Winch", "Slipway"),
            ("Office Laptops", "Office"),
        ],
    )
}

/// `text` read for the ferry firm on 2026-11-27, day first, counting in `currency`.
fn read_ferry(text: &str, currency: &str) -> Reading {
    read_day_first_in(text, "ama", currency, &ferry_dir())
}

/// "$142,000", "Bds$385,000", "$36K" (the Bajan bottler): a bare "$" is the tenant's own
/// Barbados dollar, and "Bds$" written onto a figure is it anywhere; "US$" stays the US
/// dollar.
#[test]
fn a_barbados_tenants_dollar_and_bds_are_its_dollar() {
    for (text, units, code) in [
        ("Slipway winch approved, $142,000", 142_000, "BBD"),
        ("Ferry engines approved at Bds$385,000", 385_000, "BBD"),
        ("Office laptops: yes. $36K", 36_000, "BBD"),
        ("Office laptops approved, US$12,000", 12_000, "USD"),
    ] {
        assert_eq!(read_ferry(text, "BBD").amount, whole(units, code), "{text}");
    }
    // Elsewhere "Bds$" is still the Barbados dollar, and a bare "$" the tenant's own.
    assert_eq!(
        read_ferry("Ferry engines approved at Bds$385,000", "GBP").amount,
        whole(385_000, "BBD")
    );
    assert_eq!(
        read_ferry("Slipway winch approved, $142,000", "NZD").amount,
        whole(142_000, "NZD")
    );
}

/// "LD 3,500", "LD 4.2 million", "L$ 850,000" (the Liberian rubber factory, which keeps its
/// books in US dollars): a capital "LD" before a figure and "L$" written onto one are the
/// Liberian dollar; its bare "$" stays the US dollar.
#[test]
fn a_liberian_tenants_ld_is_the_liberian_dollar() {
    let ferry = ferry_dir();
    for (text, units, code) in [
        ("Ferry engines approved, LD 4.2 million", 4_200_000, "LRD"),
        ("Slipway winch approved at LD 180,000", 180_000, "LRD"),
        ("Office laptops approved at L$850,000", 850_000, "LRD"),
        ("Slipway winch approved at $185,000", 185_000, "USD"),
    ] {
        assert_eq!(
            read_us(text, "ama", "2026-11-27", &ferry).amount,
            whole(units, code),
            "{text}"
        );
    }
    // "ld" in small letters is no currency's mark: the pound tenant's amount stays.
    assert_eq!(
        read_ferry("Slipway winch approved at £45k, ld 40 of the ropes", "GBP").amount,
        whole(45_000, "GBP")
    );
}

/// "VT 14,800,000", "VT 9.6 million", "VT 1.1m", "480,000 vatu" (the ni-Vanuatu abattoir):
/// "VT" before a figure and "vatu" after it are the tenant's vatu, which has no minor unit.
#[test]
fn a_vanuatu_tenants_vt_and_vatu_are_its_vatu() {
    let vatu = |units: i64| Some(Money::new(units, Currency::from_code("VUV").unwrap()));
    for (text, units) in [
        ("Ferry engines approved, VT 14,800,000", 14_800_000),
        ("Slipway winch approved, VT 9.6 million total", 9_600_000),
        ("Office laptops — yes, VT 1.1m", 1_100_000),
        ("Office laptops approved, 480,000 vatu", 480_000),
    ] {
        assert_eq!(read_ferry(text, "VUV").amount, vatu(units), "{text}");
    }
    // Elsewhere "VT" is a state: a US tenant's "VT 05401" is no amount.
    let ferry = ferry_dir();
    assert_eq!(
        read_us(
            "Slipway winch approved at $12k, shipped to Burlington VT 05401",
            "ama",
            "2026-11-27",
            &ferry
        )
        .amount,
        whole(12_000, "USD")
    );
}

/// The words `text` is read as.
fn words(text: &str) -> Vec<String> {
    super::tokens::tokenize(text)
        .into_iter()
        .map(|t| t.lower)
        .collect()
}

/// "approve de new labeller", "fuh de north route", "before de 19th", "De board approve …",
/// "De MD say no" (the Bajan bottler; the Guyanese rice mill writes the same): "de" is the
/// article after what takes one and opening a sentence, and "fuh" is "for"; a Romance "de"
/// keeps its word.
#[test]
fn a_caribbean_de_is_the_and_fuh_is_for() {
    let dir = ferry_dir();
    let text = "De board approve de slipway winch fuh de yard, $14,200";
    let r = read_day_first_in(text, "ama", "BBD", &dir);
    assert_eq!(r.verdict, Some(crate::domain::Verdict::Approve), "{text}");
    assert_eq!(r.investment.as_deref(), Some("Slipway Winch"), "{text}");
    assert_eq!(r.amount, whole(14_200, "BBD"), "{text}");
    let text = "Kofi, please get de office laptops set up before de 10th.";
    let r = read_day_first_in(text, "ama", "BBD", &dir);
    assert_eq!(r.due, Some("2026-12-10".parse().unwrap()), "{text}");
    assert_eq!(r.investment.as_deref(), Some("Office Laptops"), "{text}");
    assert_eq!(
        words("De MD say no fuh now"),
        ["the", "md", "say", "no", "for", "now"]
    );
    // A Romance "de", and a name's "De", stay.
    assert_eq!(
        words("caderno de campo approved, ni de broma"),
        ["caderno", "de", "campo", "approved", ",", "ni", "de", "broma"]
    );
    assert_eq!(words("De Beers approved it")[0], "de");
}

/// "Willie, plis call the farmers … before Wednesday", "Pierre, plis send the new price list
/// … before the 10th" (the ni-Vanuatu abattoir): Bislama's "plis" asks as "please" does, so
/// the named colleague's task with its day is a note.
#[test]
fn a_bislama_plis_asks_as_please_does() {
    let dir = ferry_dir();
    let text = "Kalo, plis get three quotes for the slipway winch before 4/12.";
    let r = read_day_first_in(text, "ama", "VUV", &dir);
    super::test_names::assert_follow_up_note(&r, text, "Kalo", "2026-12-04");
    // Said with "please", the same.
    let text = "Kalo, please get three quotes for the slipway winch before 4/12.";
    let r = read_day_first_in(text, "ama", "VUV", &dir);
    super::test_names::assert_follow_up_note(&r, text, "Kalo", "2026-12-04");
}

/// "forklift ✅ | racking ✅ | ERP ⏸️ April", "vacuum packer #2 ❌ — Chief Tari" (the Bajan
/// bottler's and the ni-Vanuatu abattoir's terse lines): a pipe between a line's items ends
/// each, a pause sign after an item holds it (the time after it its look-again), and a cross
/// after an item with its number refuses it.
#[test]
fn terse_signs_between_pipes_give_an_item_each() {
    let dir = ferry_dir();
    let text = "slipway winch ✅ | office laptops ✅ | ferry engines ⏸️ April";
    let r = read_day_first_in(text, "ama", "BBD", &dir);
    let got: Vec<_> = super::test_names::records(&r)
        .iter()
        .map(|r| (r.verdict, r.investment.clone(), r.review_date))
        .collect();
    use crate::domain::Verdict::{Approve, Defer, Reject};
    assert_eq!(
        got,
        [
            (Some(Approve), Some("Slipway Winch".to_string()), None),
            (Some(Approve), Some("Office Laptops".to_string()), None),
            (
                Some(Defer),
                Some("Ferry Engines".to_string()),
                Some("2027-04-01".parse().unwrap())
            ),
        ],
        "{text}"
    );
    let text = "ferry engines #2 ❌ — Kwame";
    let r = read_day_first_in(text, "ama", "BBD", &dir);
    assert_eq!(
        (r.verdict, r.investment.as_deref()),
        (Some(Reject), Some("Ferry Engines")),
        "{text}"
    );
    // A ticket's fields between pipes stay one record, its verdict and its due.
    let text = "IT-0912 | Office laptops | Approved | $8,100 | assigned: Kofi | due 18/12/2026";
    let r = read_day_first_in(text, "ama", "BBD", &dir);
    assert!(r.also.is_empty(), "{text}");
    assert_eq!(
        (r.verdict, r.due),
        (Some(Approve), Some("2026-12-18".parse().unwrap())),
        "{text}"
    );
}

/// "vacuum packer #2 ❌ — Chief Tari", "blow moulder ❌ … — Miss Forde": a name
/// signing the line after a dash at the message's end is who decided, no reason; a reason
/// after the dash stays.
#[test]
fn a_name_signing_a_terse_line_is_no_reason() {
    let dir = ferry_dir();
    for text in [
        "ferry engines #2 ❌ — Chief Mensah",
        "slipway winch ❌ — Miss Owusu",
    ] {
        let r = read_day_first_in(text, "ama", "BBD", &dir);
        assert_eq!(r.verdict, Some(crate::domain::Verdict::Reject), "{text}");
        assert_eq!(r.rationale, None, "{text}");
    }
    let text = "slipway winch ❌ — too dear for a winch";
    let r = read_day_first_in(text, "ama", "BBD", &dir);
    assert_eq!(
        r.rationale.as_deref(),
        Some("too dear for a winch"),
        "{text}"
    );
}

/// "GM say we should wait small until the road open after the rainy season, so maybe May"
/// (the Liberian rubber factory): the decider saying we should wait puts the thing off,
/// whatever the wait is for; the writer's own "I think we should wait" decides nothing.
#[test]
fn a_decider_saying_we_should_wait_puts_it_off() {
    let dir = ferry_dir();
    for text in [
        "Slipway winch: the chairman says we should wait until the river drops, so maybe March.",
        "Slipway winch: Kofi said we should wait till the river drops, so maybe March.",
    ] {
        let r = read_day_first_in(text, "ama", "GHS", &dir);
        assert_eq!(r.verdict, Some(crate::domain::Verdict::Defer), "{text}");
        assert_eq!(r.investment.as_deref(), Some("Slipway Winch"), "{text}");
        assert_eq!(r.review_date, Some("2027-03-01".parse().unwrap()), "{text}");
    }
    let text = "I think we should wait until the river drops before we buy the slipway winch.";
    let r = read_day_first_in(text, "ama", "GHS", &dir);
    assert_eq!(r.verdict, None, "{text}");
}
