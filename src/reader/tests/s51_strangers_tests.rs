//! Readings of forms from round S51's writers, the Slack recaps and terse lines of an Oahu
//! snorkel and dive charter firm writing Hawaii Pidgin, a Broome pearl farm and a Jingdezhen
//! porcelain works writing Chinese-English, each worded here for another invented
//! organisation.

use super::test_names::{directory, read_day_first_in, read_us, whole};
use super::*;
use crate::domain::Verdict;

/// A Dehua (Fujian) tea-set maker writing Chinese-English: its kilns, its glaze line and
/// its online shop, in yuan, dates month first.
fn teaset_dir() -> StaticDirectory {
    directory(
        &[
            ("Kilns", &["Firing"]),
            ("Glaze Line", &["Glazing"]),
            ("Online Shop", &["E-commerce", "JD"]),
            ("Office", &["Admin"]),
        ],
        &[
            ("Roller Kiln Upgrade", "Kilns"),
            ("Glaze Spraying Booth", "Glaze Line"),
            ("JD Store Redesign", "Online Shop"),
            ("Office Laptops", "Office"),
        ],
    )
}

fn read_teaset(text: &str) -> Reading {
    let settings = ReaderSettings {
        day_first: false,
        default_currency: crate::money::Currency::from_code("CNY").unwrap(),
    };
    read(
        text,
        "amy",
        "2026-11-27".parse().unwrap(),
        &teaset_dir(),
        &settings,
    )
    .unwrap()
}

/// A Tasmanian mussel farm: the leases, the boats and the processing shed, in Australian
/// dollars, dates day first.
fn mussel_dir() -> StaticDirectory {
    directory(
        &[
            ("Leases", &["Farm"]),
            ("Boats", &["Vessels", "Fleet"]),
            ("Processing", &["Shed"]),
        ],
        &[
            ("Longline Upgrade", "Leases"),
            ("Harvest Vessel Refit", "Boats"),
            ("Declumping Machine", "Processing"),
        ],
    )
}

fn read_mussel(text: &str) -> Reading {
    read_day_first_in(text, "jono", "AUD", &mussel_dir())
}

/// "RMB 650,000", "180,000 RMB": the renminbi's name written as a code, before or after
/// the figure, is the yuan, as "yuan" said after it is.
#[test]
fn rmb_and_yuan_are_the_chinese_yuan() {
    for (text, units) in [
        (
            "Roller kiln upgrade approved, RMB 650,000, because the old burners waste gas.",
            650_000,
        ),
        (
            "Roller kiln upgrade approved, 420,000 RMB, the old burners waste gas.",
            420_000,
        ),
        ("Glaze spraying booth approved, rmb 95,000.", 95_000),
        (
            "Roller kiln upgrade approved, budget 380,000 yuan.",
            380_000,
        ),
    ] {
        let r = read_teaset(text);
        assert_eq!(r.amount, whole(units, "CNY"), "{text}: {r:?}");
    }
}

/// "35w", "120w": the wan (ten thousand) as Chinese writers abbreviate it after a figure,
/// where the tenant counts in yuan; elsewhere "35w" is a wattage.
#[test]
fn a_figure_in_wan_is_ten_thousands_of_yuan() {
    let text = "Glaze spraying booth approved, 35w";
    let r = read_teaset(text);
    assert_eq!(r.amount, whole(350_000, "CNY"), "{text}: {r:?}");
    let text = "Roller kiln upgrade approved, budget 12.5w";
    let r = read_teaset(text);
    assert_eq!(r.amount, whole(125_000, "CNY"), "{text}: {r:?}");
    let text = "Approved the declumping machine, $42k, with two 35w work lights.";
    let r = read_mussel(text);
    assert_eq!(r.amount, whole(42_000, "AUD"), "{text}: {r:?}");
}

/// "a new punt for the lease, 6.2m plate ally, $48k": a few metres said of what a boat or a
/// build is made of is its length, no money.
#[test]
fn metres_before_what_a_thing_is_made_of_are_its_length() {
    let text = "Approved today: new skiff for the farm, 6.2m plate ally, $48k. The old one leaks.";
    let r = read_mussel(text);
    assert_eq!(r.amount, whole(48_000, "AUD"), "{text}: {r:?}");
    let text = "Harvest vessel refit approved: a 14m aluminium hull, $310k all up.";
    let r = read_mussel(text);
    assert_eq!(r.amount, whole(310_000, "AUD"), "{text}: {r:?}");
    // Millions with no material after them stay millions.
    let text = "Harvest vessel refit approved at 1.2m.";
    let r = read_mussel(text);
    assert_eq!(r.amount, whole(1_200_000, "AUD"), "{text}: {r:?}");
}

/// A Kauai shave ice and poke shop group writing Hawaii Pidgin: the shops, the commissary
/// and the office, in dollars, dates month first.
fn shave_ice_dir() -> StaticDirectory {
    directory(
        &[
            ("Shops", &["Stores"]),
            ("Commissary", &["Kitchen"]),
            ("Office", &["Books"]),
        ],
        &[
            ("Walk-in Freezer", "Commissary"),
            ("POS Upgrade", "Shops"),
            ("Payroll System", "Office"),
        ],
    )
}

fn read_shave_ice(text: &str) -> Reading {
    read_us(text, "kawika", "2026-11-27", &shave_ice_dir())
}

/// "no on da food truck", "Auntie said no to da second freezer": Pidgin's "da" is "the",
/// so the shapes and the names read through it as through "the" ("Vasco da Gama" and
/// "Maria da Fonte", between two capitals, stay names).
#[test]
fn pidgin_da_is_the() {
    let text = "no on da food truck. too much humbug wit da county";
    let r = read_shave_ice(text);
    assert_eq!(r.verdict, Some(Verdict::Reject), "{text}: {r:?}");
    assert_eq!(r.investment.as_deref(), Some("food truck"), "{text}: {r:?}");
    let text = "Auntie said no to da shave ice trailer idea. Too much liability at da beach park.";
    let r = read_shave_ice(text);
    assert_eq!(r.verdict, Some(Verdict::Reject), "{text}: {r:?}");
    assert_eq!(
        r.investment.as_deref(),
        Some("shave ice trailer"),
        "{text}: {r:?}"
    );
    let text = "Da walk-in freezer approved, $18k, da old one stay leaking.";
    let r = read_shave_ice(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    assert_eq!(
        r.investment.as_deref(),
        Some("Walk-in Freezer"),
        "{text}: {r:?}"
    );
    assert_eq!(r.amount, whole(18_000, "USD"), "{text}: {r:?}");
    let toks = crate::reader::tokens::tokenize("we met Maria da Fonte at da shop");
    let words: Vec<&str> = toks.iter().map(|t| t.lower.as_str()).collect();
    assert_eq!(
        words,
        ["we", "met", "maria", "da", "fonte", "at", "the", "shop"]
    );
}

/// Verdicts as Chinese-English writers give them, the verb without its ending and the
/// word order of Chinese: "Boss say ok for …", "boss ok the …", "boss agree 90k", "Mr. Lin
/// don't agree", "… first wait" (先等), "suggest wait until …".
#[test]
fn chinese_english_verdicts() {
    for (text, verdict) in [
        ("Boss say ok for glaze spraying booth, 35w", Verdict::Approve),
        ("boss ok the office laptops 👌 budget 30k", Verdict::Approve),
        ("glaze spraying booth ok now! boss agree 90k, cheaper supplier found", Verdict::Approve),
        ("The robot arm for glaze line, Mr. Lin don't agree, the line is too small.", Verdict::Reject),
        ("JD store redesign first wait, Amy focus on Singles Day sales.", Verdict::Defer),
        (
            "Roller kiln upgrade — Director Wu suggest wait until the new gas contract signed, maybe June we check again.",
            Verdict::Defer,
        ),
    ] {
        let r = read_teaset(text);
        assert_eq!(r.verdict, Some(verdict), "{text}: {r:?}");
    }
    let text = "Boss say ok for glaze spraying booth, 35w";
    let r = read_teaset(text);
    assert_eq!(
        r.investment.as_deref(),
        Some("Glaze Spraying Booth"),
        "{text}: {r:?}"
    );
    assert_eq!(r.amount, whole(350_000, "CNY"), "{text}: {r:?}");
}

/// "Still going wit da walk-in freezer", "going wit da 8 footer instead of da 10": Pidgin's
/// "wit" before an article or a pronoun is "with" (the wit of a joke has none after it).
#[test]
fn pidgin_wit_is_with() {
    let text = "Still going wit da walk-in freezer even tho da installer bumped us to january.";
    let r = read_shave_ice(text);
    assert_eq!(r.verdict, Some(Verdict::Continue), "{text}: {r:?}");
    assert_eq!(
        r.investment.as_deref(),
        Some("Walk-in Freezer"),
        "{text}: {r:?}"
    );
    let toks = crate::reader::tokens::tokenize("she ok wit um, and he has a dry wit. wit da shop");
    let words: Vec<&str> = toks.iter().map(|t| t.lower.as_str()).collect();
    assert_eq!(
        words,
        [
            "she", "ok", "with", "um", ",", "and", "he", "has", "a", "dry", "wit", ".", "with",
            "the", "shop"
        ]
    );
}

/// "3 x $2.4k", "2x $45k": a count times a price is the whole sum, as the register would
/// add it up; a size written with "x" ("a 2 x 4m shed") is no count of the price after it.
#[test]
fn a_count_times_a_price_is_the_sum() {
    for (text, units) in [
        ("jono's ok'd the laptops for the shed, 3 x $2.4k", 7_200),
        (
            "Declumping machine approved, 2x $45k, one for each line.",
            90_000,
        ),
        (
            "Declumping machine approved, 4 × $1,250 for the spare rollers.",
            5_000,
        ),
        ("Approved a 2 x 4m shed for the shed crew, $8k.", 8_000),
    ] {
        let r = read_mussel(text);
        assert_eq!(r.amount, whole(units, "AUD"), "{text}: {r:?}");
    }
}

/// "Margaret's asked that we hold the refit till the grant result's in": a hold asked for
/// by the one who decides, said with "that we", is a deferral, as "asked us to hold" is.
#[test]
fn a_hold_asked_that_we_make_is_a_deferral() {
    let text = "Bridget's asked that we hold the harvest vessel refit till the grant result's in, so early Feb.";
    let r = read_mussel(text);
    assert_eq!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
    assert_eq!(
        r.investment.as_deref(),
        Some("Harvest Vessel Refit"),
        "{text}: {r:?}"
    );
    assert_eq!(r.decided_by.as_deref(), Some("Bridget"), "{text}: {r:?}");
}

/// "Good news from Col – he's ok with us buying the declumper outright …, so that's a go.
/// $155k": a decider's yes passed on and closed with "so that's a go" approves.
#[test]
fn thats_a_go_after_someone_is_ok_approves() {
    let text = "Good news from Col – he's ok with us buying the declumping machine outright rather than leasing it, so that's a go. $155k.";
    let r = read_mussel(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    assert_eq!(r.amount, whole(155_000, "AUD"), "{text}: {r:?}");
}

/// "Lily please send the kiln contract to Ms. Chen before Monday", "Darlene pls send da
/// invoice to Glenn by next wed": a name opening the sentence, then "please" and a verb,
/// asks that person, as "Herr Rossi please check …" does.
#[test]
fn a_name_then_please_asks_that_person() {
    let text = "Kekoa please send da walk-in freezer invoice to Glenn by 12/9";
    let r = read_shave_ice(text);
    let a = r.action.as_ref().expect(text);
    assert_eq!(a.owner, "Kekoa", "{text}: {r:?}");
    assert_eq!(a.due, Some("2026-12-09".parse().unwrap()), "{text}: {r:?}");
    let text = "Amy pls send the roller kiln contract to Ms. Chen before 12/7";
    let r = read_teaset(text);
    assert_eq!(
        r.action.as_ref().map(|a| a.owner.as_str()),
        Some("Amy"),
        "{text}: {r:?}"
    );
}

/// A pasted thread ("Name: line" turns) closed by the one who decides with "ok go buy" or
/// "ok buy": the go-ahead for what the thread asked.
#[test]
fn a_threads_closing_go_buy_approves() {
    let text = "Kekoa: da POS upgrade at Hanalei keeps freezing, we lost sales\nKawika: how much?\nKekoa: about $9k all in\nAuntie: ok go buy";
    let r = read_shave_ice(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    assert_eq!(
        r.investment.as_deref(),
        Some("POS Upgrade"),
        "{text}: {r:?}"
    );
    let text = "Amy: office laptops too slow, 5 min to open excel\nLily: how much?\nAmy: 4 for 28,000\nMr. Lin: ok buy";
    let r = read_teaset(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    assert_eq!(
        r.investment.as_deref(),
        Some("Office Laptops"),
        "{text}: {r:?}"
    );
}
