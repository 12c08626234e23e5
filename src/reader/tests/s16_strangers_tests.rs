//! Readings of forms from round S16's writers the reader had not met (an Australian aged-care
//! provider, an Arkansas poultry processor, a Dublin insurer), worded here for a Vermont
//! maple syrup co-operative: dropped g's ("we're keepin on with it", "we're droppin it"),
//! "we're done with the …" after money sunk, "stays on through …" and "stays as is for
//! another year", "told <someone> no on …", "not a hope on …", a renewal of a named service
//! signed, "trimmed back to …".

use super::test_names::{assert_reads, directory, read_day_first_in};
use super::*;
use crate::domain::Verdict;

/// A Vermont maple syrup co-operative: the sugarbush, the sugarhouse, packing, sales.
fn dir() -> StaticDirectory {
    directory(
        &[
            ("Sugarbush", &["Woods", "Tubing Crew"]),
            ("Sugarhouse", &["Boiling", "Boil Crew"]),
            ("Packing", &["Bottling", "Warehouse"]),
            ("Sales", &["Wholesale", "Store"]),
            ("Finance", &["Office", "Bookkeeping"]),
            ("IT", &["Tech"]),
        ],
        &[
            ("Vacuum Tubing Upgrade", "Sugarbush"),
            ("Sap Line Monitoring", "Sugarbush"),
            ("Evaporator Controls", "Sugarhouse"),
            ("Reverse Osmosis Unit", "Sugarhouse"),
            ("Bottling Line Labeller", "Packing"),
            ("Grading Lab Software", "Packing"),
            ("Online Store", "Sales"),
            ("Payroll Kiosks", "Finance"),
            ("Farm Wi-Fi", "IT"),
        ],
    )
}

fn rules_and_model(text: &str, intent: Intent, verdict: Option<Verdict>) -> Reading {
    assert_reads(
        text,
        "hank",
        &dir(),
        ReaderSettings::default(),
        intent,
        verdict,
    )
}

fn read(text: &str) -> Reading {
    read_day_first_in(text, "hank", "USD", &dir())
}

/// A verb's "-ing" said with its g dropped ("keepin", "droppin", "shuttin") is the verb.
#[test]
fn dropped_gs_are_the_verbs() {
    let text = "Evaporator controls - we're keepin on with em. First boil was rough but the grades came out even.";
    let r = rules_and_model(text, Intent::Decision, Some(Verdict::Continue));
    assert_eq!(
        r.investment.as_deref(),
        Some("Evaporator Controls"),
        "{text}"
    );
    let text = "Sap line monitoring - we're droppin it. Half the sensors froze in February and the crew still walks the lines.";
    let r = rules_and_model(text, Intent::Decision, Some(Verdict::Stop));
    assert_eq!(
        r.investment.as_deref(),
        Some("Sap Line Monitoring"),
        "{text}"
    );
    let text = "payroll kiosks are done, we're shuttin em off end of the month. nobody clocks in on em and we've sunk $30k";
    let r = rules_and_model(text, Intent::Decision, Some(Verdict::Stop));
    assert_eq!(r.investment.as_deref(), Some("Payroll Kiosks"), "{text}");
}

/// "we're done with the online store. $48k in and the buyers still phone": done with a
/// thing the money sunk in has not made work, a stop.
#[test]
fn done_with_after_money_sunk_stops() {
    let text =
        "we're done with the online store. $48k in and the buyers still phone their orders through";
    let r = rules_and_model(text, Intent::Decision, Some(Verdict::Stop));
    assert_eq!(r.investment.as_deref(), Some("Online Store"), "{text}");
    // Work finished, with no money sunk, is no stop.
    let text = "we're done with the vacuum tubing upgrade, all 40 miles are on the new lines";
    let r = read(text);
    assert_ne!(r.verdict, Some(Verdict::Stop), "{text}");
}

/// "stays on through the 2027 season", "stays as is for another year": kept going.
#[test]
fn stays_on_through_and_as_is_go_on() {
    let text = "The farm wifi stays on through the 2027 season, it's the only way the tubing crew gets the vacuum alerts";
    let r = rules_and_model(text, Intent::Decision, Some(Verdict::Continue));
    assert_eq!(r.investment.as_deref(), Some("Farm Wi-Fi"), "{text}");
    let text = "Grading lab software stays as is for another year, the state inspector was happy with the readings.";
    let r = rules_and_model(text, Intent::Decision, Some(Verdict::Continue));
    assert_eq!(
        r.investment.as_deref(),
        Some("Grading Lab Software"),
        "{text}"
    );
}

/// "Told the Tubing Crew no on a second tubing truck", "Not a hope on the label printer":
/// refusals.
#[test]
fn told_no_on_and_not_a_hope_refuse() {
    let text =
        "Told the Woods no on a second tubing truck. They've got two and neither is ever full.";
    let r = rules_and_model(text, Intent::Decision, Some(Verdict::Reject));
    assert_eq!(r.unit.as_deref(), Some("Sugarbush"), "{text}");
    let text = "Not a hope on the label printer for Packing. The bottling line labeller already prints lot codes.";
    rules_and_model(text, Intent::Decision, Some(Verdict::Reject));
}

/// "Signed the payroll kiosk support renewal, $4,800": a renewal of a service named in
/// several words, signed, approves it (convention 12).
#[test]
fn a_named_renewal_signed_approves() {
    let text = "Signed the payroll kiosk support renewal, $4,800";
    let r = rules_and_model(text, Intent::Decision, Some(Verdict::Approve));
    assert_eq!(r.investment.as_deref(), Some("Payroll Kiosks"), "{text}");
}

/// "trimmed back to $40k - wholesale ordering only, …": a rescope.
#[test]
fn trimmed_back_to_rescopes() {
    let text = "Online store phase 2 trimmed back to $40k - wholesale ordering only, the subscriptions go to next year.";
    let r = rules_and_model(text, Intent::Decision, Some(Verdict::Rescope));
    assert_eq!(r.investment.as_deref(), Some("Online Store"), "{text}");
}

/// "a couple of those pallet inverters", "want to do a server refresh", "their own tasting
/// room tablet": how many, the verb "do" and "own" are no part of a new thing's name.
#[test]
fn quantities_do_and_own_are_not_the_name() {
    let text =
        "Packing want a couple of those pallet inverters for the warehouse, about $22k for two.";
    let r = read(text);
    assert_eq!(r.investment.as_deref(), Some("pallet inverters"), "{text}");
    let text = "IT want to do a server refresh for the sugarhouse, about $18k, because the old ones are out of warranty.";
    let r = read(text);
    assert_eq!(r.investment.as_deref(), Some("server refresh"), "{text}");
    let text =
        "Sales asked for their own sample printer, $3k. No, they can use the one in the office.";
    let r = read(text);
    assert_eq!(r.investment.as_deref(), Some("sample printer"), "{text}");
}

/// "The Boil Crew wants a steam hood on the evaporator, $9k": a known name after the place
/// word is where the new thing goes, and the thing asked for is the new investment.
#[test]
fn a_new_thing_asked_for_on_a_known_one_is_new() {
    let text = "The Boil Crew wants a steam hood on the evaporator, $9k, cause the sugarhouse fogs up every boil";
    let r = read(text);
    assert_eq!(r.intent, Intent::Investment, "{text}");
    assert_eq!(r.investment.as_deref(), Some("steam hood"), "{text}");
    let text =
        "Wholesale are looking for a price list generator off the online store, no figures yet";
    let r = read(text);
    assert_eq!(
        r.investment.as_deref(),
        Some("price list generator"),
        "{text}"
    );
    // More of the known one is that one.
    let text = "Wholesale want more seats on the online store, $2k";
    let r = read(text);
    assert_eq!(r.investment.as_deref(), Some("Online Store"), "{text}");
}

/// "by Friday week": the Friday a week after the coming one (British and Irish English).
#[test]
fn friday_week_is_a_week_after_the_coming_friday() {
    // The test day is Friday 2026-11-27.
    let text = "@maeve can you get the grading lab software readings to the Office by Monday week?";
    let r = read(text);
    assert_eq!(r.due, Some("2026-12-07".parse().unwrap()), "{text}");
}

/// "…, and we've dropped about $4k a month of seasonal labour": money dropped is a saving
/// told, a benefit, not a stop.
#[test]
fn money_dropped_is_a_saving() {
    let text = "Reverse osmosis unit: boils are 3 hours shorter, and we've dropped about $4k a month of firewood.";
    let r = read(text);
    assert_eq!(r.intent, Intent::Benefit, "{text}");
    assert_eq!(r.verdict, None, "{text}");
}

/// "fixin to approve …, but nobody's signed yet": a verdict about to be given is none yet;
/// "who parked in the bottling spot" is a car, no deferral.
#[test]
fn about_to_and_parked_cars_are_no_verdicts() {
    let text = "The co-op board's fixin to approve the reverse osmosis unit, ~$60k, but nobody's signed nothin yet";
    let r = read(text);
    assert_eq!(r.verdict, None, "{text}");
    assert_ne!(r.intent, Intent::Decision, "{text}");
    // Said of our own hold, it is the hold.
    let text = "Fixin to hold off on the farm wifi till Q2. IT's tied up with the payroll kiosks.";
    let r = read(text);
    assert_eq!(r.verdict, Some(Verdict::Defer), "{text}");
    let text = "who parked in the bottling spot again?? 😤";
    let r = read(text);
    assert_eq!(r.verdict, None, "{text}");
    assert_eq!(r.intent, Intent::None, "{text}");
}

/// "<what happened>. So the X is approved, $N.": the sentence before a verdict's sentence
/// opening on "So" is its reason.
#[test]
fn a_sentence_before_so_is_the_reason() {
    let text = "Two of the evaporator pans warped in the last boil and the insurer flagged the old burners. So the evaporator controls are approved, $35k.";
    let r = rules_and_model(text, Intent::Decision, Some(Verdict::Approve));
    assert_eq!(
        r.rationale.as_deref(),
        Some("Two of the evaporator pans warped in the last boil and the insurer flagged the old burners"),
        "{text}"
    );
    // A short sentence bearing the one before out leaves the reason to that one.
    let text = "The RO membranes are original to the 2009 build and nobody makes them now. The dealer confirmed it. So we're going ahead with the reverse osmosis unit at $60k.";
    let r = rules_and_model(text, Intent::Decision, Some(Verdict::Approve));
    assert_eq!(
        r.rationale.as_deref(),
        Some("The RO membranes are original to the 2009 build and nobody makes them now"),
        "{text}"
    );
}

/// "We'll park the online store so. <reason>." (Irish English "then"): one hold, with the
/// sentence after as its reason.
#[test]
fn a_closing_so_is_then() {
    let text = "We'll park the online store so. Wholesale can't get the price lists signed off before the March show.";
    let r = rules_and_model(text, Intent::Decision, Some(Verdict::Defer));
    assert_eq!(
        r.rationale.as_deref(),
        Some("Wholesale can't get the price lists signed off before the March show"),
        "{text}"
    );
    assert!(r.also.is_empty(), "{text}: {:?}", r.also);
}

/// "Packing have asked for pallet inverters for the warehouse. No pricing yet.": an ask for
/// a new thing with no price yet is a proposal asking its cost (conventions 17 and 18).
#[test]
fn an_ask_for_a_thing_with_no_price_yet_is_a_proposal() {
    let text = "Packing have asked for pallet inverters for the warehouse. No pricing yet.";
    let r = read(text);
    assert_eq!(r.intent, Intent::Investment, "{text}");
    assert_eq!(r.investment.as_deref(), Some("pallet inverters"), "{text}");
    assert_eq!(r.missing, vec![Missing::Amount], "{text}");
    // Asked for something of a known one, no thing of its own.
    let text = "Packing have asked for the labeller numbers. No pricing yet on the new rolls.";
    assert_ne!(read(text).intent, Intent::Investment, "{text}");
}

/// "Board said no to the label printer - $9k and …": a refusal's price opening the clause
/// after a dash, joined by "and", stays in the reason (convention 26), as after a comma.
#[test]
fn a_refusals_price_after_a_dash_stays_in_the_reason() {
    let text = "Board said no to the label printer - $9k and the bottling line labeller already prints lot codes.";
    let r = read(text);
    assert_eq!(r.verdict, Some(Verdict::Reject), "{text}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("$9k and the bottling line labeller already prints lot codes"),
        "{text}"
    );
}

/// "…, fair dinkum." closing a reason is the writer's feeling, no part of it.
#[test]
fn a_closing_aside_is_no_part_of_the_reason() {
    let text = "Pulling the pin on the sap line monitoring. We've sunk $30k into it and the crew still walks every line, fair dinkum.";
    let r = rules_and_model(text, Intent::Decision, Some(Verdict::Stop));
    assert_eq!(
        r.rationale.as_deref(),
        Some("We've sunk $30k into it and the crew still walks every line"),
        "{text}"
    );
}

/// "the new rates need loading before 1/1, @bec is across it", "… till 11/12 to get the
/// badge photos done. @gloria on it": a task told first, its owner named after it, is a
/// follow-up with the date it is due by.
#[test]
fn an_owner_named_after_the_task_owns_it() {
    let text = "Payroll kiosks: the new rates need loading before 1/1, @bec is across it";
    let r = read(text);
    assert_eq!(r.due, Some("2027-01-01".parse().unwrap()), "{text}");
    assert_eq!(
        r.follow_ups.first().map(|f| f.owner.as_str()),
        Some("bec"),
        "{text}"
    );
    let text = "Payroll kiosks: the Office is giving the crew till 11/12 to get badge photos done. @gloria on it";
    let r = read(text);
    assert_eq!(r.due, Some("2026-12-11".parse().unwrap()), "{text}");
    // Said of nothing to do, no follow-up.
    let text = "thanks @gloria, you're a legend";
    assert!(read(text).follow_ups.is_empty(), "{text}");
}
