//! Who decided, told the ways a busy team tells it: a lowercase name that ok'd it after
//! the verdict ("cargo bikes aprvd 9k, wren ok'd it"), a name run on to "has" ("Wren's
//! signed off …"), a name after an opener ("FYI Wren gave the nod …"), a name that wants or
//! says the verdict ("Wren wants the rota app held till May"), and verdicts passed on from
//! the one the opening sentence names ("Good news from Wren: …", "Two things from Wren's
//! budget review. …", "Wren's back from the members' meeting with two answers. …"); and a
//! note addressed to someone ("@ash can u check … by tues?") is theirs to do.

use super::*;

/// A bicycle courier co-op: dispatch, workshop, finance.
fn couriers() -> StaticDirectory {
    test_names::directory(
        &[("Dispatch", &[]), ("Workshop", &[]), ("Finance", &[])],
        &[
            ("Cargo Bikes", "Workshop"),
            ("Rota App", "Dispatch"),
            ("Depot Lockers", "Workshop"),
        ],
    )
}

fn read(text: &str) -> Reading {
    test_names::read_on_test_day(text, "Lou", &couriers())
}

fn deciders(text: &str) -> Vec<Option<String>> {
    let r = read(text);
    std::iter::once(&r)
        .chain(&r.also)
        .map(|x| x.decided_by.clone())
        .collect()
}

#[test]
fn a_lowercase_name_that_okd_it_decided() {
    assert_eq!(
        read("cargo bikes aprvd 9k, wren ok'd it this am 👍")
            .decided_by
            .as_deref(),
        Some("wren")
    );
    // Or opening the message before the verdict and what it took.
    assert_eq!(
        read("wren aprvd the cargo bikes 9k 👍 two first")
            .decided_by
            .as_deref(),
        Some("wren")
    );
    // A thing before a verdict with nothing after it is what was decided, no one.
    assert_eq!(read("lockers aprvd 4k 👍").decided_by, None);
    // The speaker's side ok'ing it is no one named.
    assert_eq!(
        read("cargo bikes aprvd 9k, we ok'd it this am").decided_by,
        None
    );
}

#[test]
fn a_name_run_on_to_has_is_the_name() {
    for text in [
        "Wren's signed off the cargo bikes, £9k, as the old ones keep losing chains.",
        "Wren's turned down the depot lockers, £4k — the shelves will do",
    ] {
        assert_eq!(read(text).decided_by.as_deref(), Some("Wren"), "{text}");
    }
}

#[test]
fn a_name_after_an_opener_decided() {
    for text in [
        "FYI Wren gave the nod to the cargo bikes after all, £9k, since the hills are killing the riders.",
        "Heads up, Wren gave the green light to the depot lockers, £4k, since the bikes keep walking.",
    ] {
        assert_eq!(read(text).decided_by.as_deref(), Some("Wren"), "{text}");
    }
}

#[test]
fn a_name_that_wants_or_says_the_verdict_decided() {
    for text in [
        "Wren wants the rota app held till May, dispatch can't learn it in the Christmas rush",
        "Wren says hold the rota app till May, the riders are flat out",
    ] {
        assert_eq!(read(text).decided_by.as_deref(), Some("Wren"), "{text}");
    }
    // A named reason after the verdict is no decider.
    assert_eq!(
        read("Rota app pushed to May — Wren reckons dispatch has enough on").decided_by,
        None
    );
}

#[test]
fn verdicts_passed_on_from_the_one_the_opening_names() {
    let wren = || Some("Wren".to_string());
    assert_eq!(
        deciders(
            "Good news from Wren: the cargo bikes are approved, £9k. The riders are thrilled."
        ),
        [wren()]
    );
    assert_eq!(
        deciders("Two things from Wren's budget review. We're done with the depot lockers: £4k spent and the bikes still walk. On the other hand she's fine with the rota app now, another £2k, since dispatch asked for it."),
        [wren(), wren()]
    );
    assert_eq!(
        deciders("Wren's back from the members' meeting with two answers. The cargo bikes are a yes, £9k for four, since the old ones keep breaking. The depot lockers are a no — she won't spend on lockers before the move."),
        [wren(), wren()]
    );
    assert_eq!(
        deciders(
            "Good news from the partners: the cargo bikes are approved, £9k, after the trial."
        ),
        [Some("the partners".to_string())]
    );
    // A time, a quote or the meeting the speaker was at is no one who decided.
    assert_eq!(
        deciders(
            "Notes from Monday's members' meeting with Wren. We approved the cargo bikes at £9k."
        ),
        [None]
    );
    assert_eq!(
        deciders("Quote from Raleigh came in at £9k. Approved the cargo bikes."),
        [None]
    );
}

#[test]
fn a_note_addressed_to_someone_is_theirs_to_do() {
    for (text, who) in [
        (
            "@ash can u check if the locker contract covers the keys by tues?",
            "ash",
        ),
        (
            "@ash rota app import - where r we? need it done by 18/12",
            "ash",
        ),
    ] {
        let r = read(text);
        let owner = r.action.as_ref().map(|a| a.owner.as_str());
        assert_eq!(owner, Some(who), "{text}: {r:?}");
    }
    // Told something, with nothing asked or due, they have no task.
    assert_eq!(read("@ash the depot lockers are in").action, None);
}
