//! Round B58: names, units and the records split, fourteenth pass, each worded here for an
//! invented organisation: a Tongan vanilla grower with its curing house, plots, truck and
//! office. Each is checked with the rules alone (an empty model) and with the shipped model.

use super::*;

/// A Tongan vanilla grower.
fn dir() -> StaticDirectory {
    test_names::directory(
        &[
            ("Curing", &["Curing House"]),
            ("Plots", &["Growers"]),
            ("Transport", &["Haulage"]),
            ("Office", &["Admin"]),
        ],
        &[
            ("Curing Oven", "Curing"),
            ("Plot Irrigation", "Plots"),
            ("Farm Truck", "Transport"),
            ("Accounting Software", "Office"),
            ("Sorting Table", "Curing"),
        ],
    )
}

fn today() -> NaiveDate {
    "2026-12-04".parse().unwrap()
}

/// Pa'anga are the tenant's own money.
fn readers() -> [Reader; 2] {
    let settings = ReaderSettings {
        day_first: true,
        default_currency: crate::money::Currency::USD,
    };
    super::test_names::rules_alone_and_with_model(&dir(), settings)
}

/// Minutes whose lines open on "Item 2:" and the thing's name as a sentence of its own,
/// the verdict in the next sentence of the same line ("Item 2: Accounting software.
/// Deferred, …"): each such line is an item of the list, its own record, as "2) Accounting
/// software — deferred" is. The meeting's own business on such a line ("Item 3: AOB —
/// staff lunch, date TBC") is no record.
#[test]
fn an_item_line_naming_its_thing_before_its_verdict_is_a_record_of_its_own() {
    for reader in readers() {
        let text = "Minutes – Board Meeting, Thursday 3rd December 2026\nPresent: Sione, Mele, Tevita\n\nItem 1: Curing oven. Approved at $42,000. Tevita to book the install before 18/12.\nItem 2: Accounting software. Deferred, to be revisited at the January meeting.\nItem 3: AOB — staff lunch at Nuku'alofa, date TBC.\n\nMeeting closed 4:10pm.";
        let r = reader.read(text, "ana", today()).unwrap();
        assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
        assert_eq!(
            r.investment.as_deref(),
            Some("Curing Oven"),
            "{text}: {r:?}"
        );
        assert_eq!(r.also.len(), 1, "{text}: two records: {r:?}");
        assert_eq!(r.also[0].verdict, Some(Verdict::Defer), "{text}: {r:?}");
        assert_eq!(
            r.also[0].investment.as_deref(),
            Some("Accounting Software"),
            "{text}: {r:?}"
        );
        // The verdict said on the item's line with the name: one record each, as before.
        let text = "Minutes – Board Meeting\n\nItem 1: Curing oven – approved at $42,000.\nItem 2: Accounting software – deferred to January.";
        let r = reader.read(text, "ana", today()).unwrap();
        assert_eq!(r.also.len(), 1, "{text}: two records: {r:?}");
    }
}

/// "Action items from today:\nShiva — get 3 quotes for the rectifier by 16/12\nDexter —
/// generator service contract by end of next week": lines of a list of follow-ups written
/// with no bullet, each its owner's name, a dash and the work with its due date, are items
/// as "- Shiva — …" would be: each a note of its own. One such line alone is one task.
#[test]
fn unbulleted_lines_of_owners_and_their_work_are_each_a_note() {
    for reader in readers() {
        let text = "Action items from today:\nSione — get 3 quotes for the solar pump by 16/12\nMele — book the farm truck service by end of next week";
        let r = reader.read(text, "ana", today()).unwrap();
        assert_eq!(r.intent, Intent::Note, "{text}: {r:?}");
        assert_eq!(r.investment, None, "{text}: {r:?}");
        assert_eq!(r.also.len(), 1, "{text}: two records: {r:?}");
        assert_eq!(r.also[0].intent, Intent::Note, "{text}: {r:?}");
        assert_eq!(
            r.also[0].investment.as_deref(),
            Some("Farm Truck"),
            "{text}: {r:?}"
        );
        // One such line alone is one task, the named one's.
        let text = "Sione — get 3 quotes for the solar pump by 16/12";
        let r = reader.read(text, "ana", today()).unwrap();
        assert!(r.also.is_empty(), "{text}: one record: {r:?}");
        let owner = r.action.as_ref().map(|a| a.owner.as_str());
        assert_eq!(owner, Some("Sione"), "{text}: {r:?}");
        // Praise with a dash hands nobody a task.
        let text = "Sione — great work by the crew on the curing oven";
        let r = reader.read(text, "ana", today()).unwrap();
        assert_eq!(r.action, None, "{text}: {r:?}");
    }
}

/// "Putting this out there before budget time. The irrigation pond … would cost us …": a
/// verb's "-ing" form and a pronoun opening the message are the writer's turn, no name
/// (the registered thing said after them is the record's). A first word in "-ing" that is
/// a thing's own word ("Drying racks …") still names it. (Shipped model: the rules alone
/// read the long ask as no record.)
#[test]
fn an_ing_verb_and_a_pronoun_opening_the_message_name_nothing() {
    let [_, model] = readers();
    {
        let reader = model;
        let text = "Putting this out there before budget time. The sorting table at the curing house would cost us about $16,500 with the lights. In a wet year we lost a third of the pods on that plot, so Mele figures it'd be worth $4K a year on average. Table should be good for 10 years.";
        let r = reader.read(text, "ana", today()).unwrap();
        assert_eq!(
            r.investment.as_deref(),
            Some("Sorting Table"),
            "{text}: {r:?}"
        );
        let text = "Drying racks for the curing house would cost us about $16,500. Saves us $4k a year in rejects.";
        let r = reader.read(text, "ana", today()).unwrap();
        assert_eq!(
            r.investment.as_deref(),
            Some("Drying racks"),
            "{text}: {r:?}"
        );
    }
}

/// "proposing we put solar on the workshop roof. ±N$ 320k, …": after a proposal's cue,
/// "we" and a verb of getting ("put", "get", "buy", "install") come before the thing
/// proposed, not in its name.
#[test]
fn we_and_a_verb_of_getting_after_a_proposals_cue_come_before_the_thing() {
    for reader in readers() {
        let text = "proposing we put solar on the office roof. $32k, saves us maybe 7k a year on diesel. 10 yr panels";
        let r = reader.read(text, "ana", today()).unwrap();
        assert_eq!(r.intent, Intent::Investment, "{text}: {r:?}");
        assert_eq!(r.investment.as_deref(), Some("solar"), "{text}: {r:?}");
        // The thing said straight after the cue, as before.
        let text = "proposing a solar dryer for the curing house. $32k";
        let r = reader.read(text, "ana", today()).unwrap();
        assert_eq!(
            r.investment.as_deref(),
            Some("solar dryer"),
            "{text}: {r:?}"
        );
    }
}
