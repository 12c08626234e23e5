//! Readings of forms from round S66's writers, the Rhode Island English of a jewellery
//! findings and plating shop, the Cameroonian English of a Limbe soap factory and the
//! Tasmanian English of a hop farm, each worded here for another invented organisation.

use super::test_names::{directory, read_day_first_in};
use super::*;

/// A tea packing house at Buea: the packing hall, the vans and the office.
fn tea_dir() -> StaticDirectory {
    directory(
        &[
            ("Packing", &["Packing Hall"]),
            ("Transport", &["Vans"]),
            ("Office", &["Admin"]),
        ],
        &[
            ("Tea Dryer", "Packing"),
            ("Delivery Van", "Transport"),
            ("Office Printers", "Office"),
        ],
    )
}

/// `text` read for the packing house, day first, counting in `currency`.
fn read_tea(text: &str, currency: &str) -> Reading {
    read_day_first_in(text, "ngozi", currency, &tea_dir())
}

/// `units` CFA francs (no minor unit).
fn cfa(units: i64) -> Option<Money> {
    Some(Money::new(units, Currency::from_code("XAF").unwrap()))
}

/// "45 000 000 FCFA", "FCFA 31 000 000", "1 800 000 frs", "approved … at 21 000 000" (the
/// soap factory): the thousands set apart by spaces as French writes them, with "FCFA"
/// before or after the figure (the CFA franc anywhere) or "frs" after it (where the tenant
/// counts in CFA francs); two groups of three are one figure with no currency written, read
/// as "21,000,000" is.
#[test]
fn cfa_francs_with_spaced_thousands() {
    for (text, units) in [
        (
            "The DG approved the tea dryer at 12 500 000 FCFA.",
            12_500_000,
        ),
        (
            "Delivery van approved, FCFA 18 000 000. The old one has spoilt.",
            18_000_000,
        ),
        ("Office printers are approved (850 000 frs).", 850_000),
        ("Delivery van approved at 21 000 000.", 21_000_000),
        (
            "Tea dryer approved, 9 500 000 FCFA, it will dry 2 500 kg more a day.",
            9_500_000,
        ),
    ] {
        assert_eq!(read_tea(text, "XAF").amount, cfa(units), "{text}");
    }
    // "FCFA" is the CFA franc whoever counts in something else.
    assert_eq!(
        read_tea("Tea dryer approved at 4 500 000 FCFA.", "USD").amount,
        cfa(4_500_000)
    );
    // A count of one group with no currency is no amount joined to the figure before it.
    assert_eq!(
        read_tea(
            "Tea dryer approved at 2 500 000 FCFA for the 450 000 kg we pack.",
            "XAF"
        )
        .amount,
        cfa(2_500_000)
    );
}

/// "Rob wants to sit on it until after harvest, so April" (the hop farm): a wish to sit on
/// a thing till a time, said by the one who decides, holds it as "wants to hold off" does;
/// a thing that used to sit on a veranda is no verdict.
#[test]
fn wanting_to_sit_on_it_holds_it() {
    for text in [
        "The tea dryer quote came back at 14 500 000 FCFA. Mrs Fon wants to sit on it until \
         after the rainy season, so March.",
        "Mrs Fon wants to sit on the delivery van till the new year.",
    ] {
        let r = read_tea(text, "XAF");
        assert_eq!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
    }
    let text = "The old tea dryer used to sit on the veranda behind the packing hall.";
    assert_eq!(read_tea(text, "XAF").verdict, None, "{text}");
}

/// "Fwd from Sal: > Deb — ok on the spin casting machine, $54,000." (the plating shop): a yes
/// said "on" the thing, as "no on the …" refuses it.
#[test]
fn ok_on_the_thing_approves_it() {
    let r = read_tea(
        "Fwd from Mrs Fon:\n> Ngozi — ok on the tea dryer, 6 400 000 FCFA. Make sure the boys \
         are trained first.",
        "XAF",
    );
    assert_eq!(r.verdict, Some(Verdict::Approve), "{r:?}");
    assert_eq!(r.investment.as_deref(), Some("Tea Dryer"));
    let r = read_tea("ok on the delivery van, 18 000 000 FCFA", "XAF");
    assert_eq!(r.verdict, Some(Verdict::Approve), "{r:?}");
}

/// "Madam rejected the request for new office chairs for Admin, 1 450 000 FCFA. She says
/// next year." (the soap factory): a refusal with the next sentence saying only a time to
/// come in someone's words is a deferral to then (convention 60); a refusal followed by a
/// reason is not.
#[test]
fn a_no_then_someone_saying_a_time_is_a_deferral() {
    for text in [
        "Mrs Fon rejected the delivery van, 18 000 000 FCFA. She says next year.",
        "The DG turned down the office printers. He said in March.",
    ] {
        let r = read_tea(text, "XAF");
        assert_eq!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
    }
    let text = "Mrs Fon rejected the delivery van. She says the old one runs fine.";
    assert_eq!(
        read_tea(text, "XAF").verdict,
        Some(Verdict::Reject),
        "{text}"
    );
}

/// "Rob and Jen both happy with the drip irrigation for the east gardens — $96,500" (the hop
/// farm): two named, "both" after the second name and the copula left out, happy with a
/// priced thing, approve it, as one named is (round S38's `fine_with`); happy with a thing
/// with no price is no verdict.
#[test]
fn two_named_both_happy_with_a_priced_thing_approve_it() {
    let text = "Mrs Fon and Tabe both happy with the delivery van for the Kumba run — 18 000 000 \
                FCFA. The old one has spoilt.";
    let r = read_tea(text, "XAF");
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    assert_eq!(r.amount, cfa(18_000_000), "{text}");
    let text = "Mrs Fon and Tabe both happy with the new tea dryer, the leaves come out even.";
    assert_eq!(read_tea(text, "XAF").verdict, None, "{text}");
}
