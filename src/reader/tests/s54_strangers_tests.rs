//! Readings of forms from round S54's writers, the updates and terse lines of a Zanzibar
//! seaweed cooperative writing Tanzanian English with Swahili, a Nova Scotia wild blueberry
//! freezer writing Maritime English, and an Icelandic geothermal glasshouse writing
//! second-language English, each worded here for another invented organisation.

use super::test_names::{directory, read_day_first_in, whole};
use super::*;
use crate::domain::Verdict;

/// A coffee curing mill in Moshi, Tanzania: the curing floor, the warehouse and the office,
/// in Tanzanian shillings, dates day first.
fn curing_mill_dir() -> StaticDirectory {
    directory(
        &[
            ("Curing", &["Curing Floor"]),
            ("Warehouse", &["Store"]),
            ("Office", &["Admin"]),
        ],
        &[
            ("Hulling Machine", "Curing"),
            ("Bean Sorter", "Curing"),
            ("Warehouse Racking", "Warehouse"),
            ("Office Laptops", "Office"),
        ],
    )
}

fn read_mill(text: &str) -> Reading {
    read_day_first_in(text, "neema", "TZS", &curing_mill_dir())
}

/// A sheep farm and wool shop near Egilsstaðir, Iceland: the sheds, the wool shop and the
/// office, in Icelandic krónur, dates day first.
fn sheep_farm_dir() -> StaticDirectory {
    directory(
        &[
            ("Sheds", &["Sheep Sheds"]),
            ("Wool Shop", &["Shop"]),
            ("Office", &["Admin"]),
        ],
        &[
            ("Shearing Trailer", "Sheds"),
            ("Hay Baler", "Sheds"),
            ("Spinning Machine", "Wool Shop"),
            ("Office Laptops", "Office"),
        ],
    )
}

fn read_farm(text: &str) -> Reading {
    read_day_first_in(text, "helga", "ISK", &sheep_farm_dir())
}

/// `units` krónur (the króna has no minor unit).
fn isk(units: i64) -> Option<Money> {
    Some(Money::new(units, Currency::from_code("ISK").unwrap()))
}

/// "TSh 38,500,000", "Tsh 7.4m", "TShs 900,000": the Tanzanian shilling's own
/// abbreviation before the figure, wherever the tenant counts; and a bare "Shs" or
/// "shillings" where the tenant counts in Tanzanian shillings.
#[test]
fn the_tanzanian_shilling_is_read_in_its_tanzanian_forms() {
    for (text, units) in [
        (
            "The board approved the hulling machine, TSh 38,500,000.",
            38_500_000,
        ),
        ("Bean sorter approved, Tsh 7.4m.", 7_400_000),
        ("Office laptops approved at TShs 900,000.", 900_000),
        ("Warehouse racking approved, Shs 12m.", 12_000_000),
        (
            "Hulling machine approved, 45 million shillings.",
            45_000_000,
        ),
        ("Bean sorter approved, TZS 30 million.", 30_000_000),
    ] {
        let r = read_mill(text);
        assert_eq!(r.amount, whole(units, "TZS"), "{text}: {r:?}");
    }
    // Written where the tenant counts in pounds, "TSh" is still the Tanzanian shilling;
    // a bare "shillings" there stays the Kenyan one, as before.
    let dir = curing_mill_dir();
    let r = read_day_first_in("Bean sorter approved, TSh 7.4m.", "neema", "GBP", &dir);
    assert_eq!(r.amount, whole(7_400_000, "TZS"), "{r:?}");
    let r = read_day_first_in(
        "Bean sorter approved, 450,000 shillings.",
        "neema",
        "GBP",
        &dir,
    );
    assert_eq!(r.amount, whole(450_000, "KES"), "{r:?}");
}

/// "kr. 6.800.000", "7,2 m.kr.", "3,1 milljón", "12,4 millj. kr.", "ISK 2.400.000": the
/// króna as Icelandic writers put it — dots for thousands, a comma for the decimal, "m.kr."
/// and "millj." for millions, "milljón(ir)" written out.
#[test]
fn the_icelandic_krona_is_read_in_its_icelandic_forms() {
    for (text, units) in [
        ("Shearing trailer approved, kr. 6.800.000.", 6_800_000),
        ("Hay baler approved, 7,2 m.kr.", 7_200_000),
        ("Spinning machine approved, 3,1 milljón.", 3_100_000),
        (
            "Hay baler approved by the board, 12,4 millj. kr.",
            12_400_000,
        ),
        ("Shearing trailer approved at 96 m.kr.", 96_000_000),
        ("Office laptops approved, ISK 2.400.000.", 2_400_000),
        ("Hay baler approved, 4 milljónir króna.", 4_000_000),
        ("Spinning machine approved, 1.800.000 kr.", 1_800_000),
    ] {
        let r = read_farm(text);
        assert_eq!(r.amount, isk(units), "{text}: {r:?}");
    }
    // A Norwegian tenant's "kr" stays its krone.
    let dir = sheep_farm_dir();
    let r = read_day_first_in("Hay baler approved, kr 85.000.", "helga", "NOK", &dir);
    assert_eq!(
        r.amount,
        Some(Money::new(8_500_000, Currency::from_code("NOK").unwrap()))
    );
}

/// "around TSh 12m profit per year", "about 4 million kr. each year": a proposal's yearly
/// money with what kind of money it is said between the figure and its year, or after the
/// currency's abbreviation dot, is its yearly benefit.
#[test]
fn a_years_money_said_with_its_kind_or_after_kr_is_the_yearly_benefit() {
    let r = read_mill(
        "Proposal: a bean sorter, the Brazilian one at TSh 27,000,000. It gives us around TSh 12m profit per year.",
    );
    assert_eq!(r.intent, Intent::Investment, "{r:?}");
    assert_eq!(r.amount, whole(27_000_000, "TZS"), "{r:?}");
    assert_eq!(r.annual_benefit, whole(12_000_000, "TZS"), "{r:?}");
    let r = read_farm(
        "Proposal from the shop: a new spinning machine. Cost around 9,5 million ISK. Helga thinks sales go up 15%, that is about 4 million kr. each year.",
    );
    assert_eq!(r.amount, isk(9_500_000), "{r:?}");
    assert_eq!(r.annual_benefit, isk(4_000_000), "{r:?}");
    // Money by the thing, not by the year, is no yearly benefit.
    let r = read_mill(
        "Proposal: a bean sorter, the Brazilian one at TSh 27,000,000. It gives us around TSh 12m profit per tonne.",
    );
    assert_eq!(r.annual_benefit, None, "{r:?}");
}

/// "Cost: …\nSaving: … per year\nLife: 3 yrs": a request laid out in labelled lines, its
/// cost and its yearly saving each on a line of its own, is a proposal with its benefit and
/// its years, not a benefit realised.
#[test]
fn a_request_in_labelled_lines_with_cost_and_yearly_saving_is_a_proposal() {
    let r = read_mill(
        "[REQ-88] Bean sorter\nRequested by: Juma (Curing)\nCost: TSh 5,600,000 with the spares\nSaving: about TSh 2.4m per year in re-sorting\nLife: 3 yrs",
    );
    assert_eq!(r.intent, Intent::Investment, "{r:?}");
    assert_eq!(r.amount, whole(5_600_000, "TZS"), "{r:?}");
    assert_eq!(r.annual_benefit, whole(2_400_000, "TZS"), "{r:?}");
    assert_eq!(r.years, Some(3), "{r:?}");
    // A saving counted for a month, on its line, is no proposal's yearly saving.
    let r = read_mill(
        "Bean sorter update\nSavings: TSh 2.4m in November in re-sorting\nCost: TSh 5,600,000 last year",
    );
    assert_ne!(r.intent, Intent::Investment, "{r:?}");
}

/// "We look at the hulling machine again in the end of January", "decision moved to the
/// meeting in February", "we'll decide that in the new year": the thing named between "at"
/// and "again", the meeting dated by its month, and the call put to a time by us, each
/// put off to that time.
#[test]
fn a_look_again_at_a_named_thing_a_meeting_in_a_month_and_a_call_put_later_defer() {
    for (text, review) in [
        (
            "We look at the hulling machine again in the end of January.",
            "2027-01-31",
        ),
        (
            "Minutes from the board 20.11.2026:\n- Bean sorter: decision moved to the meeting in February.\nNext meeting 26.2.2027.",
            "2027-02-01",
        ),
        ("Warehouse racking - we'll decide that in the new year.", "2027-01-01"),
    ] {
        let r = read_mill(text);
        assert_eq!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
        assert_eq!(r.review_date, review.parse().ok(), "{text}: {r:?}");
    }
    // Looked at with no "again" and no time, nothing is put off.
    let r = read_mill("We look at the hulling machine every morning before the shift.");
    assert_ne!(r.verdict, Some(Verdict::Defer), "{r:?}");
    // A meeting moved with no month is no time.
    let r = read_mill("Bean sorter: the meeting moved to the big room.");
    assert_ne!(r.verdict, Some(Verdict::Defer), "{r:?}");
}

/// "Cost is 96m instead of 140", "TSh 11m instead of the 23m in the first quote", "New
/// price is around TSh 110m, was TSh 190m": a registered thing's new figure said against a
/// bigger old one, with no other verdict, is cut back to it (convention 57 (b)).
#[test]
fn a_new_figure_against_a_bigger_old_one_is_a_rescope() {
    for (text, units) in [
        (
            "Warehouse racking: we build 4 bays not 6. Cost is 96m instead of 140. Juma agreed.",
            96_000_000,
        ),
        (
            "Warehouse racking: Director said we do only the half over the dry bags for now, TSh 11m instead of the 23m in the first quote. The other half next year.",
            11_000_000,
        ),
        (
            "Warehouse racking: Juma wants it smaller. New price is around TSh 110m, was TSh 190m. Still waiting on the bank.",
            110_000_000,
        ),
    ] {
        let r = read_mill(text);
        assert_eq!(r.verdict, Some(Verdict::Rescope), "{text}: {r:?}");
        assert_eq!(r.amount, whole(units, "TZS"), "{text}: {r:?}");
        assert_ne!(r.decided_by.as_deref(), Some("TSh"), "{text}: {r:?}");
        assert_ne!(r.decided_by.as_deref(), Some("Cost"), "{text}: {r:?}");
    }
    // A cost that came in under is news; a rescope said in its own words is one record.
    let r = read_mill("Bean sorter came in under, TSh 21m instead of TSh 27m 👍");
    assert_ne!(r.verdict, Some(Verdict::Rescope), "{r:?}");
    let r = read_mill(
        "Warehouse racking rescoped to the dry store only, TSh 120m instead of TSh 300m. The rest got new racks in 2024.",
    );
    assert_eq!(r.verdict, Some(Verdict::Rescope), "{r:?}");
    assert!(r.also.is_empty(), "{r:?}");
    // Money now paid against what was paid before is a result, not a cut.
    let r =
        read_mill("Since the bean sorter we pay TSh 2m a month for re-sorting instead of TSh 5m.");
    assert_ne!(r.verdict, Some(Verdict::Rescope), "{r:?}");
}

/// "We keep the hulling machine as it is this winter": the thing named between "keep the"
/// and "as it is" is kept going, as "keeping it as is" is.
#[test]
fn the_thing_kept_as_it_is_by_name_goes_on() {
    let r = read_mill(
        "We keep the hulling machine as it is this winter, Juma says it has maybe 2 years more.",
    );
    assert_eq!(r.verdict, Some(Verdict::Continue), "{r:?}");
    assert_eq!(r.investment.as_deref(), Some("Hulling Machine"), "{r:?}");
    // Kept somewhere, not as it is, is no verdict.
    let r = read_mill("We keep the hulling machine spares in the warehouse.");
    assert_ne!(r.verdict, Some(Verdict::Continue), "{r:?}");
}

/// "before 10. desember", "8. janúar", "approved 20. nóvember": the Icelandic month names
/// an Icelandic writer keeps in English are months, in dues and dates alike.
#[test]
fn icelandic_month_names_are_months() {
    let r = read_farm(
        "Jón, can you check the hay baler before 10. desember? The belt was loose on Wednesday.",
    );
    assert_eq!(r.intent, Intent::Note, "{r:?}");
    assert_eq!(r.due, "2026-12-10".parse().ok(), "{r:?}");
    let r = read_farm("Helga will send the numbers for the shearing trailer to the bank 8. janúar");
    assert_eq!(r.due, "2027-01-08".parse().ok(), "{r:?}");
    let r = read_farm("The hay baler was approved 20. nóvember by the board, 12,4 millj. kr.");
    assert_eq!(r.date, "2026-11-20".parse().ok(), "{r:?}");
    // An English month is read as before.
    let r = read_farm("The hay baler was approved 20. November by the board.");
    assert_eq!(r.date, "2026-11-20".parse().ok(), "{r:?}");
}

/// "Juma told me on the phone: ok for the bean sorter", "the Director signed for the
/// warehouse racking, TSh 6.7m", "ok take it" closing a pasted chat, "hulling machine yes
/// again next year": a yes said in second-language English or a chat's shorthand.
#[test]
fn second_language_yeses_approve_and_go_on() {
    for (text, verdict) in [
        (
            "Juma told me on the phone: ok for the bean sorter, but we must start in February, not before.",
            Verdict::Approve,
        ),
        (
            "Tarehe 1 December the Director signed for the warehouse racking, TSh 6.7m, because the old racks are bending.",
            Verdict::Approve,
        ),
        (
            "Copy from Messenger:\nJuma: Did we get the offer for the bean sorter?\nNeema: yes 12,4m with installation\nJuma: ok take it",
            Verdict::Approve,
        ),
        (
            "From Juma: hulling machine yes again next year, the hulling by hand is too slow.",
            Verdict::Continue,
        ),
    ] {
        let r = read_mill(text);
        assert_eq!(r.verdict, Some(verdict), "{text}: {r:?}");
    }
    // Asked whether it is ok, nothing is decided.
    let r = read_mill("Is it ok for the bean sorter to stand in the warehouse?");
    assert_eq!(r.verdict, None, "{r:?}");
}
