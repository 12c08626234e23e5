//! Readings of forms from round S59's writers, the emails and WhatsApp lines of a Malawian
//! soya mill, the Llanito Slack of a Gibraltar bunker supplier and the Kreol updates of a
//! Seychelles sea cucumber processor, each worded here for another invented organisation.

use super::test_names::{directory, read_day_first_in, whole};
use super::*;

/// A coffee cooperative in the Viphya hills: the washing station, the drying beds and the
/// office.
fn coffee_dir() -> StaticDirectory {
    directory(
        &[
            ("Washing Station", &["Pulping"]),
            ("Drying", &["Beds"]),
            ("Office", &["Admin"]),
        ],
        &[
            ("Coffee Pulper", "Washing Station"),
            ("Drying Beds", "Drying"),
            ("Office Laptops", "Office"),
        ],
    )
}

/// `read_day_first_in` for the coffee cooperative, counting in `currency`.
fn read_coffee(text: &str, currency: &str) -> Reading {
    read_day_first_in(text, "chisomo", currency, &coffee_dir())
}

/// "MK 186,000,000", "K8.4m", "58m kwacha" (the Malawian mill): the kwacha's "MK" and a
/// capital "K" before a number, and the word "kwacha", where the tenant counts in kwacha.
#[test]
fn a_malawi_tenants_mk_and_k_are_the_kwacha() {
    for (text, units) in [
        ("Coffee pulper approved at MK 45,000,000", 45_000_000),
        ("Drying beds approved, MK12.5m", 12_500_000),
        ("Office laptops approved, K 9,600,000", 9_600_000),
        ("Drying beds approved, K8.4m", 8_400_000),
        ("Coffee pulper approved, 58 million kwacha", 58_000_000),
    ] {
        assert_eq!(
            read_coffee(text, "MWK").amount,
            whole(units, "MWK"),
            "{text}"
        );
    }
    // Elsewhere "MK" is no currency: a British tenant's amount is its pounds.
    assert_eq!(
        read_coffee("Coffee pulper approved at £45k, the MK 2 model", "GBP").amount,
        whole(45_000, "GBP")
    );
}

/// "SR 1,450,000", "SR 380k", "310k rupees" (the Seychelles processor): the rupee's "SR"
/// before a number, and "rupees", where the tenant counts in Seychelles rupees.
#[test]
fn a_seychelles_tenants_sr_and_rupees_are_its_rupee() {
    for (text, units) in [
        ("Coffee pulper approved, SR 1,450,000", 1_450_000),
        ("Drying beds approved at SR 380k", 380_000),
        ("Office laptops approved, 310k rupees", 310_000),
        ("Drying beds approved, SCR 620,000", 620_000),
    ] {
        assert_eq!(
            read_coffee(text, "SCR").amount,
            whole(units, "SCR"),
            "{text}"
        );
    }
    // An Indian tenant's rupees stay India's.
    assert_eq!(
        read_coffee("Office laptops approved, 310k rupees", "INR").amount,
        whole(310_000, "INR")
    );
}

/// "replace the 400m of inshore boom at a cost of £76,400", "Capt wants a new 12m one,
/// ~£390k", "so divers can stay longer at 20m. Costs SCR 210,000" (the Gibraltar and
/// Seychelles writers): a length laid by the metre, a thing of a length said with "a …
/// one", and a depth said after a comparative are metres, not millions.
#[test]
fn metres_laid_long_or_deep_are_no_millions() {
    for (text, units, code) in [
        (
            "The committee agreed to replace the 400m of old piping on the beds at a cost of £76,400.",
            76_400,
            "GBP",
        ),
        (
            "Office laptops — Chisomo wants a new 15m one for the van, ~£3,900.",
            3_900,
            "GBP",
        ),
    ] {
        assert_eq!(read_coffee(text, code).amount, whole(units, code), "{text}");
    }
    let text = "Drying beds approved so the cherries can stay longer at 20m, SCR 210,000.";
    assert_eq!(
        read_coffee(text, "SCR").amount,
        whole(210_000, "SCR"),
        "{text}"
    );
    // Money said so stays money: a quote picked as "the … one", millions "of" the budget,
    // and an approval "at" millions.
    for (text, units) in [
        (
            "Coffee pulper: go with the 61m one, we don't need the bigger one",
            61_000_000,
        ),
        ("Drying beds approved, 2m of the budget", 2_000_000),
        ("Drying beds approved at 20m", 20_000_000),
    ] {
        assert_eq!(
            read_coffee(text, "MWK").amount,
            whole(units, "MWK"),
            "{text}"
        );
    }
}

/// "Mr Hoareau approved the blast freezer for the cold store, SR 1,450,000. The old chest
/// freezers cannot hold -30 and the Hong Kong buyer rejected two boxes last month." (the
/// Seychelles processor): goods a buyer turned back, told in the sentence straight after an
/// approval, are its reason, no refusal.
#[test]
fn goods_turned_back_in_the_sentence_after_an_approval_are_its_reason() {
    let r = read_coffee(
        "Mr Banda approved the coffee pulper, MK 45,000,000. The old one jams daily and the buyer in Lilongwe rejected three bags last month.",
        "MWK",
    );
    assert_eq!(r.verdict, Some(Verdict::Approve), "{r:?}");
    // A refusal of another thing in the next sentence is still a refusal.
    let r = read_coffee(
        "Mr Banda approved the coffee pulper, MK 45,000,000. The board rejected the drying beds.",
        "MWK",
    );
    let verdicts: Vec<_> = std::iter::once(&r)
        .chain(&r.also)
        .map(|x| x.verdict)
        .collect();
    assert!(verdicts.contains(&Some(Verdict::Reject)), "{r:?}");
}

/// "Since the moisture analysers came, rejected loads at the weighbridge dropped from 30 a
/// week to 6" (the Malawian mill): "rejected" before the goods it counts is no refusal.
#[test]
fn rejected_goods_counted_down_are_no_refusal() {
    let r = read_coffee(
        "Since the new pulper came, rejected bags at the station dropped from 40 a week to 5.",
        "MWK",
    );
    assert_ne!(r.verdict, Some(Verdict::Reject), "{r:?}");
    // A refusal said of the work is still one.
    let r = read_coffee(
        "Board rejected the coffee pulper, bags dropped anyway.",
        "MWK",
    );
    assert_eq!(r.verdict, Some(Verdict::Reject), "{r:?}");
}

/// "The MD approved the fumigation bay for the warehouse, MK 15.2m" (the Malawian mill,
/// whose register holds a Mzuzu Depot): the managing director is who decided, never the
/// initials of a registered name.
#[test]
fn the_md_is_no_names_initials() {
    let dir = directory(
        &[("Washing Station", &["Pulping"]), ("Sales", &["Depots"])],
        &[
            ("Coffee Pulper", "Washing Station"),
            ("Mzimba Depot", "Sales"),
        ],
    );
    let r = read_day_first_in(
        "The MD approved the coffee pulper, MK 45,000,000, the old one jams daily.",
        "chisomo",
        "MWK",
        &dir,
    );
    assert_eq!(r.investment.as_deref(), Some("Coffee Pulper"), "{r:?}");
    assert_eq!(r.decided_by.as_deref(), Some("The MD"), "{r:?}");
    // Another name's initials opening a clause still name it.
    let r = read_day_first_in(
        "The CP has jammed again, two days lost.",
        "chisomo",
        "MWK",
        &dir,
    );
    assert_eq!(r.investment.as_deref(), Some("Coffee Pulper"), "{r:?}");
}

/// "Costs SCR 210,000, … about SCR 150k more sea cucumber per year" (the Seychelles
/// processor, whose register holds a Second Cold Room): a currency's code is the money's,
/// never the initials of a registered name.
#[test]
fn a_currency_code_is_no_names_initials() {
    let dir = directory(
        &[("Washing Station", &["Pulping"]), ("Drying", &["Beds"])],
        &[
            ("Coffee Pulper", "Washing Station"),
            ("Solar Cooling Rack", "Drying"),
            ("Solar Drying Tunnel", "Drying"),
        ],
    );
    let r = read_day_first_in(
        "Chisomo's idea: a second washer with a bigger drum. Costs SCR 210,000, saves about SCR 50k a year.",
        "chisomo",
        "SCR",
        &dir,
    );
    assert_ne!(r.investment.as_deref(), Some("Solar Cooling Rack"), "{r:?}");
    // Initials that are no currency still name their investment.
    let r = read_day_first_in("The SDT is approved, SCR 80,000.", "chisomo", "SCR", &dir);
    assert_eq!(
        r.investment.as_deref(),
        Some("Solar Drying Tunnel"),
        "{r:?}"
    );
}

/// "OPS-4471 | Bunker Management System | … Needs fixing before Mon 7th. Assigned: Dylan",
/// "HSQE-118 | Vapour recovery system | order the hoses & ESD couplings | owner: Kenny | due
/// 18/12/2026" (the Gibraltar tickets): an "Assigned:" or "owner:" field closing a ticket,
/// or its piped cell, names who owns the work.
#[test]
fn a_tickets_assigned_or_owner_field_names_the_owner() {
    for (text, owner) in [
        (
            "PUL-12 | Coffee pulper | the belt slips on wet cherries. Needs fixing before Mon 30th. Assigned: Chisomo",
            "Chisomo",
        ),
        (
            "DRY-7 | Drying beds | order the shade nets | owner: Kondwani | due 18/12/2026",
            "Kondwani",
        ),
    ] {
        let r = read_coffee(text, "MWK");
        assert_eq!(r.intent, Intent::Note, "{text}: {r:?}");
        assert_eq!(
            r.follow_ups.first().map(|f| f.owner.as_str()),
            Some(owner),
            "{text}: {r:?}"
        );
    }
    // A field naming nobody in particular names no owner.
    let r = read_coffee(
        "DRY-7 | Drying beds | order the shade nets | owner: tbc | due 18/12/2026",
        "MWK",
    );
    assert!(r.follow_ups.iter().all(|f| f.owner != "tbc"), "{r:?}");
}

/// "Grain silos — management deferred to after harvest, we look at it again in May 2027"
/// (the Malawian mill): management is a body that decides, as the board is.
#[test]
fn management_decides() {
    let r = read_coffee(
        "Drying beds — management deferred to after the harvest, we look at it again in May.",
        "MWK",
    );
    assert_eq!(r.verdict, Some(Verdict::Defer), "{r:?}");
    assert_eq!(r.decided_by.as_deref(), Some("management"), "{r:?}");
    // The management meeting a hold is put off to decides nothing.
    let r = read_coffee(
        "Drying beds deferred to the management meeting in May.",
        "MWK",
    );
    assert_eq!(r.decided_by, None, "{r:?}");
}

/// "Lincoln lost again 😂 what's going on with them" (the Gibraltar chat): asking what is
/// going on keeps nothing going.
#[test]
fn whats_going_on_is_asked() {
    let r = read_coffee("Flames lost again 😂 what's going on with them", "MWK");
    assert_eq!(r.verdict, None, "{r:?}");
    assert_eq!(r.intent, Intent::None, "{r:?}");
    // Work said to be going on is still kept going.
    let r = read_coffee("Coffee pulper is going on as planned.", "MWK");
    assert_eq!(r.verdict, Some(Verdict::Continue), "{r:?}");
}

/// "Aside — please stop parking in front of the fire assembly point." (the Malawian mill):
/// asking people to stop a habit stops no work.
#[test]
fn please_stop_doing_is_asked_of_people() {
    let r = read_coffee(
        "Aside — please stop parking in front of the pulping shed. The inspector came yesterday.",
        "MWK",
    );
    assert_eq!(r.verdict, None, "{r:?}");
    // Stopping a thing's use is still a stop.
    let r = read_coffee(
        "Please stop using the coffee pulper, it is finished.",
        "MWK",
    );
    assert_eq!(r.verdict, Some(Verdict::Stop), "{r:?}");
}

/// "Congratulations to Limbani and team 👏 November sales were the highest ever, MK 1.2
/// billion!" (the Malawian mill): praise of takings is chat, its money no record's.
#[test]
fn praise_of_takings_is_chat() {
    let r = read_coffee(
        "Congratulations to Chisomo and team 👏 November sales were the best ever, MK 850 million!",
        "MWK",
    );
    assert_eq!(r.intent, Intent::None, "{r:?}");
    // Praise of money saved is still a record.
    let r = read_coffee(
        "Congratulations to the drying team, the new beds saved MK 4 million in November.",
        "MWK",
    );
    assert_ne!(r.intent, Intent::None, "{r:?}");
}

/// Management decides (above), but "update from the management meeting" names a meeting of
/// managers: a hold told after it with no one named is no one's.
#[test]
fn the_management_meeting_is_no_decider() {
    let r = read_coffee(
        "Update from the management meeting yesterday. The drying beds are parked until January.",
        "MWK",
    );
    assert_eq!(r.verdict, Some(Verdict::Defer), "{r:?}");
    assert_eq!(r.decided_by, None, "{r:?}");
}

/// "Hatchery trial is finished, Board decision. We spent SR 380k on tanks and the
/// consultant from Réunion, but none of the juveniles survived past 3 months." (the
/// Seychelles processor): a thing finished short, money sunk and nothing of it come good, is
/// stopped (convention 66), whose call said after a comma.
#[test]
fn finished_with_money_sunk_and_none_come_good_is_stopped() {
    let r = read_coffee(
        "Drying beds are finished, Board decision. We spent MK 38m on frames and the consultant, but none of the seedlings survived past 3 months.",
        "MWK",
    );
    assert_eq!(r.verdict, Some(Verdict::Stop), "{r:?}");
    // Work finished and working is news.
    let r = read_coffee(
        "Drying beds are finished, Board decision. We spent MK 38m on frames and all 40 beds are working.",
        "MWK",
    );
    assert_ne!(r.verdict, Some(Verdict::Stop), "{r:?}");
}
