//! Round D44: who decided and whose task it is, on writers not met before. Each shape is
//! worded for an invented harbour ferry company, not copied from the corpus.

use super::*;

/// A harbour ferry company: operations, marine, finance.
fn ferries() -> StaticDirectory {
    test_names::directory(
        &[("Operations", &[]), ("Marine", &[]), ("Finance", &[])],
        &[
            ("Ticketing System", "Operations"),
            ("Pontoon Lighting", "Marine"),
            ("Crew Rostering", "Operations"),
        ],
    )
}

fn read(text: &str) -> Reading {
    test_names::read_on_test_day(text, "Morven", &ferries())
}

fn deciders(r: &Reading) -> Vec<Option<String>> {
    test_names::records(r)
        .iter()
        .map(|r| r.decided_by.clone())
        .collect()
}

/// "The harbour board approved X. They parked Y till spring": a verdict whose subject is
/// "they", "he" or "she" is the one named deciding the record before it.
#[test]
fn a_pronoun_deciding_again_is_the_decider_before() {
    let r = read(
        "Notes from Monday's meeting. The harbour board approved the pontoon lighting at \
         £48k, the old lamps fail every winter. They parked the ticketing system until the \
         spring timetable; the fare review comes first.",
    );
    assert_eq!(
        deciders(&r),
        vec![
            Some("The harbour board".into()),
            Some("The harbour board".into())
        ],
        "{r:?}"
    );
    let r = read(
        "Fergus approved the pontoon lighting at £48k, the old lamps fail every winter. He \
         turned down the crew rostering add-on though, £9k for a report nobody reads.",
    );
    assert_eq!(
        deciders(&r),
        vec![Some("Fergus".into()), Some("Fergus".into())],
        "{r:?}"
    );
    // With no one named before, "they" names no one.
    let r = read("They parked the ticketing system until the spring timetable.");
    assert_eq!(r.decided_by, None, "{r:?}");
}

/// "Kindly note that the Harbour Board has approved …", "Please be advised that Council
/// approved …": the one named after "that" is the verdict's subject, who decided.
#[test]
fn a_body_after_note_that_decided() {
    let r = read(
        "Dear all, kindly note that the Harbour Board has approved the pontoon lighting at \
         £48k in its meeting on Tuesday.",
    );
    assert_eq!(r.decided_by.as_deref(), Some("the Harbour Board"), "{r:?}");
    let r = read(
        "Good morning all, Please be advised that Council approved the ticketing system \
         replacement at its meeting of 24 November.",
    );
    assert_eq!(r.decided_by.as_deref(), Some("Council"), "{r:?}");
    let r = read("Kindly note that we have approved the pontoon lighting at £48k.");
    assert_eq!(r.decided_by, None, "{r:?}");
}

/// "Fergus signed off two things this morning: A; and B gets cut back …": every thing the
/// count announces is decided by the one who signed them off.
#[test]
fn a_decider_of_two_things_decided_each() {
    let r = read(
        "Fergus signed off on two things this morning: the pontoon lighting at £48k, since \
         the old lamps keep failing; and the crew rostering gets cut back to the one depot, \
         £6k.",
    );
    assert_eq!(
        deciders(&r),
        vec![Some("Fergus".into()), Some("Fergus".into())],
        "{r:?}"
    );
}

/// "approved by Fergus and me": the speaker decided with someone, as "Fergus and I agreed".
#[test]
fn approved_by_someone_and_me_is_the_speakers() {
    let r = read("Pontoon lighting — approved by Fergus and me on Friday, £48k.");
    assert!(r.verdict.is_some(), "{r:?}");
    assert_eq!(r.decided_by, None, "{r:?}");
    let r = read("Pontoon lighting — approved by Fergus on Friday, £48k.");
    assert_eq!(r.decided_by.as_deref(), Some("Fergus"), "{r:?}");
}

/// "Fergus came back to me on the ticketing system. He's happy for us to go ahead …": the
/// one who came back to the speaker passes on the verdict after it.
#[test]
fn who_came_back_to_me_decided_the_verdict_after() {
    let r = read(
        "Fergus came back to me on the ticketing system. He's happy for us to go ahead at \
         £48k, since the harbour trust will cover half.",
    );
    assert!(r.verdict.is_some(), "{r:?}");
    assert_eq!(r.decided_by.as_deref(), Some("Fergus"), "{r:?}");
}

/// "Fergus rang after the board: he's fine with A. On my side, B waits …": a verdict the
/// speaker says is their own side's is not passed on from the one who rang.
#[test]
fn a_verdict_on_my_side_is_not_passed_on() {
    let r = read(
        "Fergus rang after the harbour board: he's fine with the pontoon lighting at £48k, \
         the old lamps keep failing. On my side, the ticketing system waits until after the \
         summer timetable; nobody wants to switch in peak season.",
    );
    assert_eq!(deciders(&r), vec![Some("Fergus".into()), None], "{r:?}");
}

/// "… @rhona can you redo the passes page by 18/12?": a handle asked a question of work
/// after the verdict's sentence owns the record's follow-up.
#[test]
fn a_handle_asked_can_you_redo_owns_the_follow_up() {
    let r = read(
        "On the ticketing system, we're adding the season pass module after all — £4k on \
         top, because Isla's spending half of Saturday on the phone taking pass payments. \
         @rhona can you redo the passes page for the new flow by 18/12?",
    );
    assert_eq!(
        r.action.as_ref().map(|a| a.owner.as_str()),
        Some("rhona"),
        "{r:?}"
    );
}

/// "… I'll set up the kickoff with the lighting contractor next week": after a decision, the
/// writer setting up a meeting is talk about what comes next, no task of the decision's.
#[test]
fn setting_up_the_kickoff_after_a_decision_is_no_task() {
    let r = read(
        "Fergus rang after the harbour board: he's fine with the pontoon lighting at £48k, \
         the old lamps keep failing. I'll set up the kickoff with the lighting contractor \
         next week.",
    );
    assert!(r.verdict.is_some(), "{r:?}");
    assert_eq!(r.action, None, "{r:?}");
    // A task with its deadline stays the speaker's.
    let r = read(
        "Fergus rang after the harbour board: he's fine with the pontoon lighting at £48k, \
         the old lamps keep failing. I'll send the lighting contractor the drawings by \
         Friday.",
    );
    assert_eq!(
        r.action.as_ref().map(|a| a.owner.as_str()),
        Some("Morven"),
        "{r:?}"
    );
}

fn owner(text: &str) -> Option<String> {
    let r = read(text);
    test_names::records(&r)
        .iter()
        .find_map(|r| r.action.as_ref().map(|a| a.owner.clone()))
}

/// A capitalised word opening a sentence before "to", "will" or "wants" is nobody's name
/// when it is a verb whose "I" was dropped ("Wanted to share …", "Spoke to Ops …"), a
/// pronoun ("She wants …") or a meeting's minutes.
#[test]
fn words_that_name_nobody_own_no_task() {
    for text in [
        "Wanted to share some good news: since switching to the new ticketing system, \
         refunds at the kiosk have dropped by half.",
        "Spoke to Operations about the timetable; they'd like the ticketing system live \
         before the summer",
        "From the marine committee yesterday: • Pontoon lighting – continue • Crew \
         rostering – rejected Minutes to follow.",
    ] {
        assert_eq!(owner(text), None, "{text}");
    }
    let text = "Had the harbour master over this morning about the berths. She wants all our \
                berths on the ticketing system by the end of January, I'll sort it";
    assert_ne!(owner(text).as_deref(), Some("She"), "{text}");
}

/// "Board said no to …", "Board signed off on …": a body opening the message decided,
/// though the directory has a thing named with the body's word ("Departure Board").
#[test]
fn a_bare_board_opening_the_message_decided() {
    let dir = test_names::directory(
        &[("Operations", &[]), ("Marine", &[])],
        &[
            ("Departure Board", "Operations"),
            ("Pontoon Lighting", "Marine"),
            ("Crew Rostering", "Operations"),
        ],
    );
    for text in [
        "Board said no to the crew rostering add-on. £9k for something the skippers won't \
         use, and the office would still have to do it by hand anyway.",
        "Board signed off on the pontoon lighting — £48K, new lamps and a timer that \
         actually works. Install target mid-May.",
    ] {
        let r = test_names::read_on_test_day(text, "Morven", &dir);
        assert!(r.verdict.is_some(), "{text}: {r:?}");
        assert_eq!(r.decided_by.as_deref(), Some("Board"), "{text}: {r:?}");
    }
    // The thing itself decided nothing.
    let r = test_names::read_on_test_day("Departure Board approved, £5k", "Morven", &dir);
    assert_eq!(r.decided_by, None, "{r:?}");
}

/// "Marine and Finance agreed to park …": two bodies deciding together decided, as written;
/// "Fergus and I agreed …" stays the speaker's with someone.
#[test]
fn two_bodies_agreeing_decided_together() {
    let r = read("Marine and Finance agreed to park the pontoon lighting until the spring.");
    assert_eq!(r.decided_by.as_deref(), Some("Marine and Finance"), "{r:?}");
    let r = read("Marine and Finance approved the pontoon lighting at £48k.");
    assert_eq!(r.decided_by.as_deref(), Some("Marine and Finance"), "{r:?}");
    let r = read("Fergus and I agreed to park the pontoon lighting until the spring.");
    assert_eq!(r.decided_by, None, "{r:?}");
}

/// "The harbour board agreed this morning to hold …", "Exec decided on Tuesday to
/// approve …": a time said between "agreed" and "to" still leaves who agreed as decider.
#[test]
fn a_time_between_agreed_and_to_keeps_the_decider() {
    let r = read("The harbour board agreed this morning to hold the ticketing system until May.");
    assert_eq!(r.decided_by.as_deref(), Some("The harbour board"), "{r:?}");
    let r = read("Exec decided on Tuesday to approve the pontoon lighting at £48k.");
    assert_eq!(r.decided_by.as_deref(), Some("Exec"), "{r:?}");
    let r = read("We agreed this morning to hold the ticketing system until May.");
    assert_eq!(r.decided_by, None, "{r:?}");
}

/// "… is now £56k, not £48k. Board agreed it by email.", "… Trustees ok'd the increase.":
/// who agreed the new figure after it decided the change.
#[test]
fn who_agreed_the_increase_after_it_decided() {
    for (text, who) in [
        (
            "That's the pontoon lighting now at £56k, not £48k. The pontoons need new \
             cabling as well. Board agreed it by email.",
            "Board",
        ),
        (
            "£48k pontoon lighting is now £56k - the pontoons need new cabling as well. \
             Trustees ok'd the increase.",
            "Trustees",
        ),
    ] {
        let r = read(text);
        assert!(r.verdict.is_some(), "{text}: {r:?}");
        assert_eq!(r.decided_by.as_deref(), Some(who), "{text}: {r:?}");
    }
}
