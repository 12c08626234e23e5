//! Round B57: names, units and the records split, thirteenth pass, each worded here for an
//! invented organisation: a Chilean olive mill with its groves, press hall, trucks and
//! shop. Each is checked with the rules alone (an empty model) and with the shipped model.

use super::*;

/// A Chilean olive mill.
fn dir() -> StaticDirectory {
    test_names::directory(
        &[
            ("Mill", &["Press Hall"]),
            ("Groves", &["Orchards"]),
            ("Logistics", &["Haulage"]),
            ("Shop", &["Retail"]),
        ],
        &[
            ("Delivery Truck", "Logistics"),
            ("Olive Press Upgrade", "Mill"),
            ("Grove Irrigation", "Groves"),
            ("Shop Till", "Shop"),
            ("Labelling Machine", "Mill"),
        ],
    )
}

fn today() -> NaiveDate {
    "2026-12-04".parse().unwrap()
}

/// Dollars are the tenant's own money, as in the Americas.
fn readers() -> [Reader; 2] {
    let settings = ReaderSettings {
        day_first: true,
        default_currency: crate::money::Currency::USD,
    };
    super::test_names::rules_alone_and_with_model(&dir(), settings)
}

/// A sentence opening on what the thing would do, with no subject of its own ("Cuts the
/// fruit loss …", "Would save us …"), goes on about the thing proposed before it: a word
/// of another registered thing inside it ("the wait for the truck") opens no record. A
/// sentence with a subject of its own, news of that other thing, still does.
#[test]
fn a_sentence_of_what_the_thing_would_do_with_no_subject_stays_with_it() {
    for reader in readers() {
        for text in [
            "Proposal for the Mill: a cold store at the Talca yard, $48,000. Cuts the fruit loss from the 2-day wait for the truck, Pablo estimates $15k a year saved. 8 years.",
            "Proposal for the Mill: a cold store at the Talca yard, $48,000. Would save us the fruit lost waiting for the truck, Pablo estimates $15k a year. 8 years.",
        ] {
            let r = reader.read(text, "ana", today()).unwrap();
            assert_eq!(r.intent, Intent::Investment, "{text}: {r:?}");
            assert_eq!(r.investment.as_deref(), Some("cold store"), "{text}: {r:?}");
            assert!(r.also.is_empty(), "{text}: one record: {r:?}");
        }
        // News of the other thing, said with its own subject, is a record of its own.
        let text = "Proposal for the Mill: a cold store at the Talca yard, $48,000. Also the delivery truck saved us $15k this year on hired haulage.";
        let r = reader.read(text, "ana", today()).unwrap();
        assert_eq!(r.investment.as_deref(), Some("cold store"), "{text}: {r:?}");
        assert_eq!(r.also.len(), 1, "{text}: two records: {r:?}");
        assert_eq!(
            r.also[0].investment.as_deref(),
            Some("Delivery Truck"),
            "{text}: {r:?}"
        );
    }
}

/// Convention 47: a task asked straight after the only decision is its follow-up; the
/// decision's amount told in a sentence of its own between them ("forklift - approved.
/// 380k. @Kaveri pls sort the quotes by Friday") is still the decision's, so the task
/// stays its follow-up. A sentence with more than the amount between them still parts
/// them.
#[test]
fn a_task_after_a_decision_and_its_bare_amount_is_its_follow_up() {
    for reader in readers() {
        for text in [
            "press upgrade - approved. 38k. @Rosa pls sort the quotes by Friday 11 Dec",
            "Olive press upgrade approved. $38,000. @Rosa please get the quotes in by 11/12.",
        ] {
            let r = reader.read(text, "ana", today()).unwrap();
            assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
            assert_eq!(
                r.investment.as_deref(),
                Some("Olive Press Upgrade"),
                "{text}: {r:?}"
            );
            assert!(r.also.is_empty(), "{text}: one record: {r:?}");
            let owner = r.action.as_ref().map(|a| a.owner.as_str());
            assert_eq!(owner, Some("Rosa"), "{text}: {r:?}");
        }
        // Another thing's news between them: the task is not the decision's.
        let text = "press upgrade - approved. 38k. Also the shop till is on hold till March.";
        let r = reader.read(text, "ana", today()).unwrap();
        assert_eq!(r.also.len(), 1, "{text}: two records: {r:?}");
    }
}

/// "Action items from this morning:\n- Petrus: get the kiln seal kit ordered by Wed 9 Dec":
/// an item of a list opening on its owner's name and a colon, then the work's verb, hands
/// that one a task, as "- Petrus to get …" does: each such item about another thing is a
/// note of its own. An item whose words after the colon are no work ("- Rosa: on leave till
/// Monday") hands out nothing.
#[test]
fn a_list_item_opening_on_its_owners_name_and_a_colon_hands_out_a_task() {
    for reader in readers() {
        let text = "Action items from this morning:\n- Rosa: get the shop till serviced by Wed 9 Dec\n- Tomás: send the grove irrigation quotes to the bank by 10/12/2026";
        let r = reader.read(text, "ana", today()).unwrap();
        assert_eq!(r.intent, Intent::Note, "{text}: {r:?}");
        assert_eq!(r.investment.as_deref(), Some("Shop Till"), "{text}: {r:?}");
        assert_eq!(r.also.len(), 1, "{text}: two records: {r:?}");
        assert_eq!(r.also[0].intent, Intent::Note, "{text}: {r:?}");
        assert_eq!(
            r.also[0].investment.as_deref(),
            Some("Grove Irrigation"),
            "{text}: {r:?}"
        );
    }
}

/// "dave said no way on a hayride wagon for the bog tours, 28k …": "no way" is the
/// verdict's idiom, its "way" no name; the thing refused is what it is "on", as after a
/// bare "no".
#[test]
fn the_way_of_no_way_is_no_name() {
    for reader in readers() {
        for text in [
            "Marco said no way on a bottling robot for the shop, 28k for something we'd use twice a year",
            "Marco said no on a bottling robot for the shop, 28k for something we'd use twice a year",
        ] {
            let r = reader.read(text, "ana", today()).unwrap();
            assert_eq!(r.verdict, Some(Verdict::Reject), "{text}: {r:?}");
            assert_eq!(
                r.investment.as_deref(),
                Some("bottling robot"),
                "{text}: {r:?}"
            );
        }
    }
}

/// "… one machine only for now, ₹32 lakh instead of ₹70 lakh …. @anil will send the revised
/// layout to the machine supplier by 10/12": a registered thing's one word said before
/// another noun, as who sells or fits something ("the machine supplier", "the machine
/// dealer"), names no other investment: the task stays the decision's follow-up. The
/// thing said by its name ("the labelling machine") still makes the task a note of its
/// own.
#[test]
fn a_word_of_another_thing_before_its_supplier_names_no_other_thing() {
    for reader in readers() {
        let text = "The grove irrigation is being done in a smaller way — one block only for now, $32,000 instead of $70,000, as the bank has capped our loan. @luis will send the revised layout to the machine supplier by 10/12.";
        let r = reader.read(text, "ana", today()).unwrap();
        assert_eq!(
            r.investment.as_deref(),
            Some("Grove Irrigation"),
            "{text}: {r:?}"
        );
        assert!(r.also.is_empty(), "{text}: one record: {r:?}");
        let text = "The grove irrigation is being done in a smaller way — one block only for now, $32,000 instead of $70,000, as the bank has capped our loan. @luis will send the labelling machine quotes to Marta by 10/12.";
        let r = reader.read(text, "ana", today()).unwrap();
        assert_eq!(r.also.len(), 1, "{text}: two records: {r:?}");
    }
}

/// "Kevin suggest we make an English website for the European buyers, he will ask price
/// next week": "suggest" said for "suggests" (second-language English) is a proposal's cue
/// as "suggests" is; the thing is what is suggested, not the price to be asked.
#[test]
fn suggest_said_for_suggests_names_the_thing_suggested() {
    for reader in readers() {
        for text in [
            "Marta suggest we make a Spanish website for the Mexican buyers, she will ask price next week.",
            "Marta suggests we make a Spanish website for the Mexican buyers, she will ask price next week.",
        ] {
            let r = reader.read(text, "ana", today()).unwrap();
            assert_eq!(
                r.investment.as_deref(),
                Some("Spanish website"),
                "{text}: {r:?}"
            );
        }
    }
}

/// "the insurer will knock $18k a year off our premium", "takes about £17,500 a year off
/// the electric": "off" after money by the year is what the money comes off, a bill, no
/// thing kicked off; the bill's word is never the new thing's name.
#[test]
fn what_money_a_year_comes_off_is_no_name() {
    for reader in readers() {
        for (text, bill) in [
            ("Putting up shade netting for the groves: $130k, the insurer will knock $18k a year off our premium, and it is good for 20 years.", "premium"),
            ("Something for the next board: Rosa has had a price for solar on the big roof over the press hall. $96,000 for 220 panels, and the installer reckons it takes about $17,500 a year off the electric over a 25 year life.", "electric"),
        ] {
            let r = reader.read(text, "ana", today()).unwrap();
            assert_ne!(r.investment.as_deref(), Some(bill), "{text}: {r:?}");
        }
    }
}
