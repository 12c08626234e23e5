//! Verdicts and intents the reader missed, each read in another writer's words (a UK
//! wildlife park, in pounds): someone outside named by what they are ("the city", "our
//! biggest wholesaler") or acting on "3 of our" things, a ride or a till stopped for
//! minutes, a numbered batch rejected, money we did not have to spend told with a verdict
//! word, "paused" mistyped, "X = dead", "bumping X to £…", someone asked with "the … team"
//! to look at a new thing, praise with a count, a team's meeting held somewhere, and
//! two approvals sharing a verdict before a refusal.
//!
//! Each intent is checked twice: as the reader reads it (the shipped intent model included)
//! and by the rules alone, so a retrained model cannot hide a rule that went missing.

use super::*;

/// A UK wildlife park: keepers, visitor services, the shops, the café, the vets.
fn dir() -> StaticDirectory {
    test_names::directory(
        &[
            ("Animal Care", &["Keepers"]),
            ("Visitor Services", &["Visitors"]),
            ("Retail", &["Shops"]),
            ("Technology", &["IT"]),
            ("Finance", &[]),
            ("Veterinary", &["Vets"]),
        ],
        &[
            ("Keeper Rota App", "Animal Care"),
            ("Enclosure Camera Network", "Animal Care"),
            ("Ticketing Kiosks", "Visitor Services"),
            ("Membership CRM", "Visitor Services"),
            ("EPOS Refresh", "Retail"),
            ("Water Recycling Plant", "Finance"),
            ("Vet Records System", "Veterinary"),
        ],
    )
}

fn gbp(units: i64) -> Option<Money> {
    test_names::whole(units, "GBP")
}

/// Read on the tests' today, Friday 2026-11-27.
fn read_park(text: &str) -> Reading {
    test_names::read_on_test_day(text, "harriet", &dir())
}

/// `text` reads as `intent` with `verdict`, by the rules alone and as shipped.
fn assert_reads(text: &str, intent: Intent, verdict: Option<Verdict>) -> Reading {
    test_names::assert_reads(
        text,
        "harriet",
        &dir(),
        ReaderSettings::default(),
        intent,
        verdict,
    )
}

#[test]
fn an_outsider_named_by_what_they_are_gives_no_verdict_of_ours() {
    for text in [
        "The city turned down our water recycling plant permit, they want a year of flow data first",
        "Our biggest wholesaler said no to using the membership CRM portal, they want a spreadsheet emailed monthly",
    ] {
        let r = assert_reads(text, Intent::Note, None);
        assert!(r.investment.is_some(), "{text}: {r:?}");
    }
}

#[test]
fn an_outsider_acting_on_some_of_our_things_is_news() {
    let text = "Harrods approved 3 of our plush toys for the spring range!! 🎉";
    assert_reads(text, Intent::None, None);
}

#[test]
fn a_ride_or_till_stopped_for_minutes_is_no_stop() {
    for text in [
        "The land train stopped for 25 min this afternoon, power blip. Running again now.",
        "Tills in the gift shop stopped for an hour at lunch, card reader fault, all good now",
    ] {
        assert_reads(text, Intent::None, None);
    }
    // Put off for weeks is still put off.
    let r = read_park("Keeper rota app paused for 3 weeks while the union reviews it");
    assert_eq!(r.verdict, Some(Verdict::Defer), "{r:?}");
}

#[test]
fn a_numbered_batch_rejected_is_no_verdict() {
    let text = "Vets rejected batch 88 of the frozen sprats, it's gone back on the lorry";
    let rules =
        test_names::read_by_rules_on_test_day(text, "harriet", &dir(), ReaderSettings::default());
    assert_eq!(
        (rules.intent, rules.verdict),
        (Intent::None, None),
        "{rules:?}"
    );
    // As shipped, the unit it names may make it a note; no decision either way.
    assert_eq!(read_park(text).verdict, None);
}

#[test]
fn paused_mistyped_still_puts_off() {
    let text = "Keeper rota app pasued til Feb 1, keepers are flat out with the lambing";
    let r = assert_reads(text, Intent::Decision, Some(Verdict::Defer));
    assert_eq!(r.investment.as_deref(), Some("Keeper Rota App"));
    assert_eq!(r.review_date, Some("2027-02-01".parse().unwrap()));
}

#[test]
fn a_name_equal_to_dead_is_stopped() {
    let text = "membership crm = dead. trustees said so. moving on";
    let r = assert_reads(text, Intent::Decision, Some(Verdict::Stop));
    assert_eq!(r.investment.as_deref(), Some("Membership CRM"));
}

#[test]
fn bumping_a_name_to_new_money_rescopes_it() {
    let text = "Bumping the EPOS refresh to £85k, the café tills need new printers too";
    let r = assert_reads(text, Intent::Decision, Some(Verdict::Rescope));
    assert_eq!(r.amount, gbp(85_000));
}

#[test]
fn a_team_asked_to_look_at_a_new_thing_is_a_proposal() {
    let text = "Sue asked the visitor services team to look at a queue-time display board for the main gate";
    let r = assert_reads(text, Intent::Investment, None);
    assert_eq!(r.unit.as_deref(), Some("Visitor Services"), "{r:?}");
    // The thing to look at is the new investment, not who was asked.
    assert_eq!(r.investment.as_deref(), Some("queue-time display board"));
    let r = read_park("Supervisor Dev asked staff to look at a drone survey kit for the paddock fences, no price yet");
    assert_eq!(r.investment.as_deref(), Some("drone survey kit"), "{r:?}");
}

#[test]
fn praise_with_a_count_is_chat() {
    for text in [
        "Congrats to the keepers — 2,300 visitors through the gate on Saturday, a new record 🏆",
        "Well done the shop team!! record of 1,800 transactions in one day 🎉",
    ] {
        assert_reads(text, Intent::None, None);
    }
}

#[test]
fn a_teams_meeting_held_somewhere_is_chat() {
    let text = "Holding the keepers' meeting in the education barn Thursday, bring your own mug";
    assert_reads(text, Intent::None, None);
}

#[test]
fn what_we_did_not_have_to_do_is_no_verdict() {
    let text = "The enclosure cameras spotted the fence fault early, we didn't have to cancel the night safari";
    let rules =
        test_names::read_by_rules_on_test_day(text, "harriet", &dir(), ReaderSettings::default());
    assert_eq!(rules.verdict, None, "{rules:?}");
    assert_eq!(read_park(text).verdict, None);
}

#[test]
fn a_verdict_word_telling_a_time_or_an_outcome_is_no_verdict() {
    let text = "The vet records system flagged 3 sedation doses before they were cancelled, ~£2k of drugs we kept 🙌";
    let r = assert_reads(text, Intent::Benefit, None);
    assert_eq!(r.amount, gbp(2_000));
    // An outsider's yes, so our work can go on: news about it, no verdict of ours.
    let text = "Idox approved our test environment extension through January, so the membership CRM testing can keep going";
    let r = assert_reads(text, Intent::Note, None);
    assert_eq!(r.investment.as_deref(), Some("Membership CRM"));
}
#[test]
fn two_approvals_sharing_a_verdict_then_a_refusal() {
    let text = "Two yeses and a no from the trustees: EPOS refresh (£60k) and keeper rota app (£25k) approved, vet records system rejected — the current one is fine till 2028";
    let r = assert_reads(text, Intent::Decision, Some(Verdict::Approve));
    assert_eq!(r.investment.as_deref(), Some("EPOS Refresh"));
    assert_eq!(r.amount, gbp(60_000));
    let kinds: Vec<_> = r
        .also
        .iter()
        .map(|m| (m.investment.as_deref(), m.verdict))
        .collect();
    assert_eq!(
        kinds,
        [
            (Some("Keeper Rota App"), Some(Verdict::Approve)),
            (Some("Vet Records System"), Some(Verdict::Reject)),
        ]
    );
}

#[test]
fn a_new_thing_someone_wants_looked_at_after_a_decision_is_a_record_of_its_own() {
    let text = "Quick recap from the trustees' call: the EPOS refresh is approved, £60k. They also want us to look at a solar canopy for the car park but no numbers yet.";
    let r = assert_reads(text, Intent::Decision, Some(Verdict::Approve));
    assert_eq!(r.investment.as_deref(), Some("EPOS Refresh"));
    assert_eq!(r.rationale, None, "{r:?}");
    let [more] = &r.also[..] else {
        panic!("two records: {r:?}");
    };
    assert_eq!(more.intent, Intent::Investment, "{more:?}");
    assert_eq!(more.investment.as_deref(), Some("solar canopy"), "{more:?}");
}
