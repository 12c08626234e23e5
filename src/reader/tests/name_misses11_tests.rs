//! Names said the way people say them, in a Chilean wine estate's words: a well-known acronym
//! ("POS") names the investment its expansion is in, before letters picked from inside
//! another name's words; "a new CMS" is a new thing wanted, not the known one with that
//! acronym; the whole of a name but the work done on it ("bottling" for Bottling Upgrade)
//! before more words is a part of that investment; a word clipped in the plural ("docs"
//! for documentation); one name's first word before another's last ("harvest telemetry
//! feed") is neither; a name's word said as the thing its doing is about ("the meters
//! project" for Energy Metering Programme); a heading naming a place's unit ("Santiago
//! shop:") is no name; a unit's first word inside another proper name ("the Fancy Food
//! Show") is no unit; the verb said before a new thing ("proposing we replace the …",
//! "wants to make a …") is no part of its name, nor a benefit's verb after it ("brought in");
//! the unit a follow-up's task is sent to ("to the Accounts team") is not the note's; an
//! acronym one name writes as its word ("EDI") names it before another name's initials;
//! well-known products for the investment of their kind ("the ADP cutover") and well-known
//! acronyms ("CLM" for contract management).

use super::*;

/// A Chilean wine estate with a cellar door, a bottling hall and an export desk.
fn wine() -> StaticDirectory {
    test_names::directory(
        &[
            ("Winemaking", &["Cellar"]),
            ("Vineyards", &["Viticulture"]),
            ("Cellar Door", &["Tasting Room", "Shops"]),
            ("Export", &["Sales"]),
            ("Finance", &["Accounts"]),
            ("Marketing", &["Brand"]),
            ("People", &["HR"]),
            ("Food Pairing Kitchen", &["Kitchen"]),
        ],
        &[
            ("Cellar Door Point of Sale Refresh", "Cellar Door"),
            ("Pension Outsourcing", "People"),
            ("Contract Management System", "Finance"),
            ("Barrel Tracking", "Winemaking"),
            ("Drip Irrigation Sensors", "Vineyards"),
            ("Bottling Upgrade", "Winemaking"),
            ("Export Documentation Hub", "Export"),
            ("Harvest Bin Automation", "Vineyards"),
            ("Tank Telemetry", "Winemaking"),
            ("Payroll Migration", "People"),
            ("Energy Metering Programme", "Winemaking"),
            ("Distributor EDI", "Export"),
            ("Estate Data Integration", "Finance"),
        ],
    )
}

fn read_wine(text: &str) -> Reading {
    test_names::read_on_test_day(text, "rosa", &wine())
}

#[test]
fn a_well_known_acronym_beats_letters_from_inside_another_names_words() {
    // P(ension) O(ut)s(ourcing) holds the letters of POS, but POS is point of sale.
    for text in [
        "POS refresh for the two tasting rooms signed off, $40m",
        "Approved the POS for the Santa Cruz cellar door",
    ] {
        let r = read_wine(text);
        test_names::assert_known_name(&r, text, "Cellar Door Point of Sale Refresh", "Cellar Door");
    }
}

#[test]
fn a_new_thing_said_by_a_known_acronym_is_not_the_known_one() {
    let text = "Brand would like a new CMS for the winery website, around $30k";
    let r = read_wine(text);
    assert_eq!(r.intent, Intent::Investment, "{r:?}");
    assert_eq!(r.unit.as_deref(), Some("Marketing"), "{r:?}");
    assert_ne!(
        r.investment.as_deref(),
        Some("Contract Management System"),
        "{r:?}"
    );
    // The known one, pointed at, is still that one.
    let text = "Finance stopped the CMS pilot, the lawyers kept using email";
    let r = read_wine(text);
    test_names::assert_known_name(&r, text, "Contract Management System", "Finance");
}

#[test]
fn a_names_thing_before_more_words_is_a_part_of_it() {
    // Bottling Upgrade is the upgrade of the bottling: its labeller heads are a part of it.
    let text = "Approved $95k for bottling labeller heads at the Maipo winery";
    let r = read_wine(text);
    test_names::assert_known_name(&r, text, "Bottling Upgrade", "Winemaking");
    // One word of a name that says more is no part of it: irrigation pumps are another thing.
    let text = "Approved $30k for irrigation pumps at the Maipo winery";
    let r = read_wine(text);
    test_names::assert_name_as_written(&r, text, "irrigation pumps");
    // Other work done on the thing ("bottling training") is no part of its upgrade.
    let text = "Approved $20k for bottling training at the Maipo winery";
    let r = read_wine(text);
    assert_ne!(r.investment.as_deref(), Some("Bottling Upgrade"), "{text}");
}

#[test]
fn a_word_clipped_in_the_plural_stands_for_the_names_word() {
    let text = "Export docs hub: on hold until the port's new system is live";
    let r = read_wine(text);
    test_names::assert_known_name(&r, text, "Export Documentation Hub", "Export");
}

#[test]
fn one_names_first_word_before_anothers_last_is_neither() {
    let text = "Cellar stand-up Mon: harvest telemetry feed drops every shift change. @mere to log it with the vendor by Friday";
    let r = read_wine(text);
    assert_eq!(r.intent, Intent::Note, "{r:?}");
    assert_eq!(r.investment, None, "{r:?}");
    // Each said alone is still its own.
    let r = read_wine(
        "Cellar stand-up Mon: harvest bins jammed again. @mere to log it with the vendor by Friday",
    );
    assert_eq!(
        r.investment.as_deref(),
        Some("Harvest Bin Automation"),
        "{r:?}"
    );
}

#[test]
fn a_names_doing_said_as_its_thing_names_it() {
    for text in [
        "The meters project: keep going, gas use down 7% in the cellar",
        "Keep going with the meters, gas use down 7% in the cellar",
    ] {
        let r = read_wine(text);
        assert_eq!(r.verdict, Some(Verdict::Continue), "{text}: {r:?}");
        test_names::assert_known_name(&r, text, "Energy Metering Programme", "Winemaking");
    }
}

#[test]
fn a_heading_naming_a_places_unit_is_no_name() {
    let text =
        "Santiago shop: the tills refresh is approved, $45k — half the card readers have died";
    let r = read_wine(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{r:?}");
    // The tills are the point of sale: the known refresh, in the shop's unit.
    test_names::assert_known_name(&r, text, "Cellar Door Point of Sale Refresh", "Cellar Door");
}

#[test]
fn a_units_first_word_inside_another_proper_name_is_no_unit() {
    let text = "Miami office: approved $40k for a tasting stand for the Great Food Fair";
    let r = read_wine(text);
    assert_eq!(r.unit, None, "{r:?}");
    assert_eq!(r.missing, vec![Missing::Unit], "{r:?}");
    // Leading its clause, or before its own name's words, it is the unit.
    let r = read_wine("Food approved $25k for a sous-vide kit");
    assert_eq!(r.unit.as_deref(), Some("Food Pairing Kitchen"), "{r:?}");
}

#[test]
fn the_verb_before_a_new_thing_is_no_part_of_its_name() {
    for (text, name) in [
        (
            "Cellar proposing we replace the chiller units at the Maipo winery, $48k",
            "chiller units",
        ),
        (
            "Viticulture wants to make a compost plant at the Colchagua estate, about $120k",
            "compost plant",
        ),
    ] {
        let r = read_wine(text);
        assert_eq!(r.intent, Intent::Investment, "{text}: {r:?}");
        test_names::assert_name_as_written(&r, text, name);
    }
}

#[test]
fn a_benefits_verb_ends_the_name_before_it() {
    for verb in ["brought in", "earned", "recovered"] {
        let text = format!("The wine club portal {verb} $21k of orders in November");
        let r = read_wine(&text);
        assert_eq!(r.intent, Intent::Benefit, "{text}: {r:?}");
        assert_eq!(
            r.investment.as_deref(),
            Some("wine club portal"),
            "{text}: {r:?}"
        );
    }
}

#[test]
fn the_unit_a_task_is_sent_to_is_not_the_notes() {
    let text = "@lucia can you send the planning of the barrel tracking rollout to the Accounts team before 11/12 please";
    let r = read_wine(text);
    assert_eq!(r.intent, Intent::Note, "{r:?}");
    test_names::assert_known_name(&r, text, "Barrel Tracking", "Winemaking");
}

#[test]
fn an_acronym_a_name_writes_beats_another_names_initials() {
    // E(state) D(ata) I(ntegration) has the initials, but Distributor EDI writes the word.
    let text = "EDI is live for the two US importers, that unlocked $340k in new orders";
    let r = read_wine(text);
    test_names::assert_known_name(&r, text, "Distributor EDI", "Export");
}

#[test]
fn a_well_known_product_names_the_investment_of_its_kind() {
    for (text, investment, unit) in [
        (
            "the ADP cutover is on hold until March, pay rules still being mapped",
            "Payroll Migration",
            "People",
        ),
        (
            "Ironclad rollout approved, $30k, the lawyers were drowning in email",
            "Contract Management System",
            "Finance",
        ),
    ] {
        let r = read_wine(text);
        test_names::assert_known_name(&r, text, investment, unit);
    }
}

#[test]
fn a_well_known_acronym_names_the_investment_its_expansion_is_in() {
    let text = "CLM pilot stopped by Finance, the lawyers kept using email";
    let r = read_wine(text);
    test_names::assert_known_name(&r, text, "Contract Management System", "Finance");
}
