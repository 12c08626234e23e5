//! Verdicts, intents, people and numbers missed on strangers' wording (round V56), each
//! worded for an invented jerk sauce bottler at Port Antonio, Jamaica (its kitchen,
//! bottling hall, vans and office), and set against the same words recording something
//! else.

use super::test_names::{directory, read_day_first_in, whole};
use super::*;

/// A jerk sauce bottler at Port Antonio: the kitchen, the bottling hall, the vans, the office.
fn bottler_dir() -> StaticDirectory {
    directory(
        &[
            ("Kitchen", &["Cooking"]),
            ("Bottling", &["Bottling Hall"]),
            ("Transport", &["Vans"]),
            ("Finance", &["Office"]),
        ],
        &[
            ("Pepper Grinder", "Kitchen"),
            ("Bottling Line", "Bottling"),
            ("Delivery Van", "Transport"),
            ("Accounting System", "Finance"),
            ("Solar Panels", "Bottling"),
        ],
    )
}

fn read_bottler(text: &str) -> Reading {
    read_day_first_in(text, "shanique", "JMD", &bottler_dir())
}

/// Convention 78: a verdict passed on by someone ("Kila says …", "X rang – …") whose words
/// name who gave it, as the subject of the verdict, is that one's; the one passing it on
/// is who decided only when no one is named as the verdict's subject.
#[test]
fn a_verdict_passed_on_is_its_subjects() {
    for (text, who) in [
        (
            "Delroy says finance approves the accounting system — J$1.2M, QuickBooks plus setup. Our spreadsheets are a mess.",
            "finance",
        ),
        (
            "Marcia says the board approved the bottling line, J$9M. The old capper jams every day.",
            "the board",
        ),
    ] {
        let r = read_bottler(text);
        assert_eq!(r.intent, Intent::Decision, "{text}: {r:?}");
        assert_eq!(r.decided_by.as_deref(), Some(who), "{text}: {r:?}");
    }
    // The subject alone, as before.
    let text = "Finance approves the accounting system — J$1.2M, QuickBooks plus setup.";
    let r = read_bottler(text);
    assert_eq!(r.decided_by.as_deref(), Some("Finance"), "{text}: {r:?}");
}

/// A list of verdicts passed on "From <Name>, after the bank:" or "From <Name> after the
/// bank meeting:", or headed "<Name> decisions after …:", is that one's, item by item.
#[test]
fn verdict_lists_passed_on_after_a_meeting() {
    for (text, who) in [
        (
            "From Errol, after the bank:\n• bottling line – goes ahead, J$9M, the loan came through\n• delivery van – still on hold\n• pepper grinder – no, the old one grinds fine",
            "Errol",
        ),
        (
            "From Miss Pauline after the bank meeting:\n• bottling line – go ahead, J$9M\n• delivery van – still waiting on the insurer\n• pepper grinder – no, the old one grinds fine",
            "Miss Pauline",
        ),
        (
            "Mr. Chin decisions after the bank meeting:\n- bottling line → go ahead, J$9M\n- delivery van → still waiting\n- pepper grinder → no",
            "Mr. Chin",
        ),
    ] {
        let r = read_bottler(text);
        assert_eq!(r.intent, Intent::Decision, "{text}: {r:?}");
        assert_eq!(r.decided_by.as_deref(), Some(who), "{text}: {r:?}");
        for a in &r.also {
            if a.verdict.is_some() {
                assert_eq!(a.decided_by.as_deref(), Some(who), "{text}: {a:?}");
            }
        }
    }
    // A time, not someone: no one passes it on.
    let text = "From Monday, after the bank:\n• bottling line – goes ahead, J$9M\n• delivery van – still on hold";
    let r = read_bottler(text);
    assert_eq!(r.decided_by, None, "{text}: {r:?}");
}

/// Who came back to the writer on a thing, a dash, then the verdict told of them ("she's
/// fine with it", "she want to hold"): the one who came back decided it.
#[test]
fn came_back_on_the_thing_then_a_dash() {
    for (text, who) in [
        (
            "Delroy came back to me on the delivery van — he's fine with it at J$4.5M as long as it has a fridge unit.",
            "Delroy",
        ),
        (
            "Marcia came back on the accounting system — she want to hold until after the year-end audit, so around March.",
            "Marcia",
        ),
        (
            "Errol came back to me on the solar panels — not approved, J$3M for something the JPS grid does fine.",
            "Errol",
        ),
    ] {
        let r = read_bottler(text);
        assert_eq!(r.intent, Intent::Decision, "{text}: {r:?}");
        assert_eq!(r.decided_by.as_deref(), Some(who), "{text}: {r:?}");
    }
    // No verdict after the dash, or back somewhere else: no one decided.
    for text in [
        "Delroy came back to me on the delivery van — the quote is J$4.5M with a fridge unit.",
        "Came back to the office on Monday — we approved the delivery van at J$4.5M.",
    ] {
        let r = read_bottler(text);
        assert_eq!(r.decided_by, None, "{text}: {r:?}");
    }
}

/// A short verdict said by someone in the sentence after the verdict ("… on hold. kristen
/// says not now", "… parked. fiona says no the now"): theirs; what they say of the reasons
/// is not.
#[test]
fn short_verdict_said_after_it() {
    for (text, who) in [
        ("delivery van is on hold. marcia says not now", "marcia"),
        (
            "accounting system's parked. delroy says no the now",
            "delroy",
        ),
        (
            "Solar panels put on hold, Errol say revisit in Q2.",
            "Errol",
        ),
    ] {
        let r = read_bottler(text);
        assert_eq!(r.intent, Intent::Decision, "{text}: {r:?}");
        assert_eq!(r.decided_by.as_deref(), Some(who), "{text}: {r:?}");
    }
    let text = "Stop work on the solar panels. The roofer already moved J$700,000 of sheeting and it leaks. Errol says we're not throwing more money at it this year.";
    let r = read_bottler(text);
    assert_eq!(r.decided_by, None, "{text}: {r:?}");
}

/// Whose call it was, said after the verdict: "Kristen's call, and I agree with her", "It
/// was Madam Akosua's decision", "Director's decision yesterday", "Fiona made the call".
#[test]
fn whose_call_it_was() {
    for (text, who) in [
        ("Stopping the accounting system trial. We paid J$400,000 for the setup and it still can't do the payroll. Marcia's call, and I agree with her.", "Marcia"),
        ("We have stopped the solar panels. We paid J$900,000 to the installer and the inverter still trips. It was Miss Pauline's decision and I agree with her.", "Miss Pauline"),
        ("We've binned the delivery van lease. J$300,000 paid for the deposit and it still sits broken. Errol made the call and I'm with him.", "Errol"),
    ] {
        let r = read_bottler(text);
        assert_eq!(r.intent, Intent::Decision, "{text}: {r:?}");
        assert_eq!(r.decided_by.as_deref(), Some(who), "{text}: {r:?}");
    }
    let text = "Stopping the accounting system trial. We paid J$400,000 for the setup. My call.";
    let r = read_bottler(text);
    assert_eq!(r.decided_by, None, "{text}: {r:?}");
}

/// Someone else's word after the dash is not the one who came back's.
#[test]
fn came_back_then_another_says() {
    let text = "Delroy came back on the delivery van — the dealer can't deliver till February, so Marcia says we should pay anyway and hire one for January.";
    let r = read_bottler(text);
    assert_ne!(r.decided_by.as_deref(), Some("Delroy"), "{text}: {r:?}");
}

/// A smaller choice "instead of" the first, then the price said to drop to a figure:
/// a rescope to that figure, though a yearly saving follows.
#[test]
fn price_dropped_to_after_instead_of() {
    let text = "The bottling line — engineers say go 2 heads instead of 4, price drop to J$6M. Saving a year still around J$1.5M.";
    let r = read_bottler(text);
    assert_eq!(r.intent, Intent::Decision, "{text}: {r:?}");
    assert_eq!(r.verdict, Some(Verdict::Rescope), "{text}: {r:?}");
    assert_eq!(r.amount, whole(6_000_000, "JMD"), "{text}: {r:?}");
    // A market price dropping is no rescope.
    let text = "Scotch bonnet price drop to J$300 a pound at Coronation market this week.";
    let r = read_bottler(text);
    assert_eq!(r.verdict, None, "{text}: {r:?}");
}

/// The Fijian "sega" (no) as a label's bare answer refuses; "Sega" elsewhere is the brand.
#[test]
fn sega_as_a_labels_answer() {
    let text = "Delivery van for the Buff Bay run — sega. The landlord is pulling the depot down next year anyway, no point spending J$4M on it.";
    let r = read_bottler(text);
    assert_eq!(r.intent, Intent::Decision, "{text}: {r:?}");
    assert_eq!(r.verdict, Some(Verdict::Reject), "{text}: {r:?}");
    let text = "The kids in the canteen are playing Sega on the old TV again.";
    let r = read_bottler(text);
    assert_eq!(r.verdict, None, "{text}: {r:?}");
}

fn owner_of(r: &Reading) -> Option<String> {
    r.action.as_ref().map(|a| a.owner.clone())
}

/// After a verdict, the one told to get on with it: "Marcus, get it on them before
/// Christmas", "trey go ahead and order it", "kumar can proceed", "ah huat arrange",
/// "dean crack on" — a name opening the closing clause and an imperative of the work.
#[test]
fn told_to_get_on_with_it_after_the_verdict() {
    for (text, who) in [
        ("Delivery van is approved — J$4.5M for the year's lease. Marcia, get it registered before Christmas.", "Marcia"),
        ("Errol ok'd the solar panels this morning, J$3M. Delroy, book the installer by Dec 18.", "Delroy"),
        ("marcia ok'd the new pepper grinder, J$280k, delroy go ahead and order it", "delroy"),
        ("errol say ok to the bottling line, J$9M, delroy can proceed", "delroy"),
        ("ok boss approve the delivery van, J$4.5M, tanisha arrange", "tanisha"),
        ("errol said yes to the solar panels, J$3M, delroy crack on", "delroy"),
        ("ok marcia yes on the pepper grinder, 2 x J$140k, delroy handle it", "delroy"),
    ] {
        let r = read_bottler(text);
        assert_eq!(r.intent, Intent::Decision, "{text}: {r:?}");
        assert_eq!(owner_of(&r).as_deref(), Some(who), "{text}: {r:?}");
    }
    for text in [
        "Delivery van is approved — J$4.5M for the year's lease. Marcia, thanks for the quotes.",
        "errol ok'd the pepper grinder, J$280k, prices go up in January",
    ] {
        let r = read_bottler(text);
        assert_eq!(owner_of(&r), None, "{text}: {r:?}");
    }
}

/// A word opening the message before a comma is no one told to work: "Right, update from
/// Tuesday's board. …" sets no task to "Right".
#[test]
fn right_comma_is_no_one() {
    for text in [
        "Right, update from Tuesday's board. Errol signed off the bottling line at J$9M — the old capper jams every day.",
        "Alright, check this out: Errol signed off the bottling line at J$9M.",
    ] {
        let r = read_bottler(text);
        assert!(
            owner_of(&r).is_none_or(|o| !o.eq_ignore_ascii_case("right") && !o.eq_ignore_ascii_case("alright")),
            "{text}: {r:?}"
        );
    }
}

/// Convention 78 with news passed on: "Good news from Errol: the bank's fine with …" is the
/// bank's; "Good news from Errol: the solar panels are a go" (no subject) stays Errol's.
#[test]
fn news_from_someone_naming_the_bank() {
    let text = "Good news from Errol: the bank's fine with the solar panels on the bottling hall at J$3M, since the grant covers a quarter of it.";
    let r = read_bottler(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    assert_eq!(r.decided_by.as_deref(), Some("the bank"), "{text}: {r:?}");
    let text = "Good news from Errol: the solar panels are a go at J$3M, since the grant covers a quarter of it.";
    let r = read_bottler(text);
    assert_eq!(r.decided_by.as_deref(), Some("Errol"), "{text}: {r:?}");
}

/// Minutes' "<Name> to lead (the rollout)" hands the approved item's work to that one.
#[test]
fn name_to_lead_in_minutes() {
    for text in [
        "Minutes of Ops Meeting 3/12\n1. Bottling line – approved, J$9M, Delroy to lead rollout\n2. Delivery van – deferred till after Christmas",
        "Minutes – ops meeting 2/12\n1. Pepper grinder: approved, J$280k, Delroy to lead\n2. Solar panels: deferred until the JPS quote is in",
    ] {
        let r = read_bottler(text);
        assert_eq!(owner_of(&r).as_deref(), Some("Delroy"), "{text}: {r:?}");
    }
    let text = "Lead times on the bottling line parts are now 12 weeks, J$9M order still waiting.";
    let r = read_bottler(text);
    assert_eq!(owner_of(&r), None, "{text}: {r:?}");
}

/// A ticket's or minutes' own field for who decided ("Approver: Marcia (Finance)",
/// "Approved by: D. Campbell") names them; a "Status:" label names no one.
#[test]
fn approver_fields_name_who_decided() {
    for (text, who) in [
        (
            "TICKET #212 | Kitchen | Pepper Grinder\nStatus: Approved\nAmount: J$280,000\nApprover: Marcia (Finance)\nNotes: the old one jams every batch.",
            "Marcia",
        ),
        (
            "[JIRA] BOT-12: Bottling line — rescope\nOriginal: 4 heads, J$12,000,000\nNew: 2 heads now, the rest next year. J$6M\nApproved by: D. Campbell",
            "D. Campbell",
        ),
    ] {
        let r = read_bottler(text);
        assert_eq!(r.intent, Intent::Decision, "{text}: {r:?}");
        assert_eq!(r.decided_by.as_deref(), Some(who), "{text}: {r:?}");
    }
    let text = "TICKET #212 | Kitchen | Pepper Grinder\nStatus: Approved\nAmount: J$280,000\nNotes: the old one jams every batch.";
    let r = read_bottler(text);
    assert_eq!(r.decided_by, None, "{text}: {r:?}");
}
