//! Readings of forms from round S52's writers, the Slack updates and terse lines of a
//! Florida citrus grower and packinghouse, a Hawick knitwear mill writing Borders Scots and a
//! Tamale shea butter processor writing Ghanaian English, each worded here for another
//! invented organisation.

use super::test_names::{directory, read_day_first_in, read_us, whole};
use super::*;
use crate::domain::Verdict;

/// A cashew processor in Techiman, Ghana: the steaming and shelling lines, the peeling room
/// and the office, in Ghana cedis, dates day first.
fn cashew_dir() -> StaticDirectory {
    directory(
        &[
            ("Shelling", &["Shelling Line"]),
            ("Peeling", &["Peeling Room"]),
            ("Office", &["Admin"]),
        ],
        &[
            ("Steam Cooker", "Shelling"),
            ("Shelling Line Upgrade", "Shelling"),
            ("Peeling Machine", "Peeling"),
            ("Office Laptops", "Office"),
        ],
    )
}

fn read_cashew(text: &str) -> Reading {
    read_day_first_in(text, "esi", "GHS", &cashew_dir())
}

/// "GH₵ 450,000", "GH¢ 30,000", "GHS 1.2 million", "GHC 12,500", "85k cedis": the Ghana
/// cedi as Ghanaian writers put it, its sign (or the cent sign standing in for it) after
/// "GH", its code (and the old one), and its name after the figure; a bare figure is the
/// tenant's own cedis.
#[test]
fn the_ghana_cedi_is_read_in_its_ghanaian_forms() {
    for (text, units) in [
        (
            "The MD approved the new steam cooker at GH₵ 450,000.",
            450_000,
        ),
        (
            "Steam cooker approved, GH₵450,000, the old one has spoilt.",
            450_000,
        ),
        ("Office laptops approved, GH¢ 30,000.", 30_000),
        (
            "Shelling line upgrade approved, GHS 1.2 million.",
            1_200_000,
        ),
        ("Peeling machine approved at GHC 12,500.", 12_500),
        ("Approved the new peeling machine, 85k cedis.", 85_000),
        ("Peeling machine approved at 60,000.", 60_000),
    ] {
        let r = read_cashew(text);
        assert_eq!(r.amount, whole(units, "GHS"), "{text}: {r:?}");
    }
}

/// A Vidalia onion grower and packer in Georgia: the packing shed, cold storage, the fields
/// and the office, in dollars, dates month first.
fn onion_dir() -> StaticDirectory {
    directory(
        &[
            ("Packing Shed", &["Packing", "Shed"]),
            ("Cold Storage", &["Coolers"]),
            ("Fields", &["Farm"]),
            ("Office", &["Admin"]),
        ],
        &[
            ("Onion Grader", "Packing Shed"),
            ("Cooler Upgrade", "Cold Storage"),
            ("Irrigation Pivots", "Fields"),
            ("Payroll System", "Office"),
            ("Scanner Upgrade", "Office"),
        ],
    )
}

fn read_onion(text: &str) -> Reading {
    read_us(text, "lacey", "2026-11-27", &onion_dir())
}

/// "Takes it from $120k down to about $60k", "so it goes from $90,000 to $35,000", "That
/// knocks it from $58,000 to $23,500": the work's cost taken from one figure down to a
/// smaller one is the work cut back, a rescope to the smaller figure. A cost that rises, or
/// a bill that went down (a result), is not.
#[test]
fn a_cost_taken_from_one_figure_down_to_another_is_a_rescope() {
    for (text, units) in [
        (
            "Cooler upgrade: Dana and Luis agreed we only redo the two east rooms this year, not all four. Takes it from $120k down to about $60k.",
            60_000,
        ),
        (
            "The board reduced the onion grader. One lane instead of three, which brings it from $90,000 to $35,000.",
            35_000,
        ),
        (
            "Ray said fine on the irrigation pivots, but just the north field. That knocks it from $58,000 to $23,500.",
            23_500,
        ),
    ] {
        let r = read_onion(text);
        assert_eq!(r.verdict, Some(Verdict::Rescope), "{text}: {r:?}");
        assert_eq!(r.amount, whole(units, "USD"), "{text}: {r:?}");
    }
    let text = "Since the cooler upgrade our power bill went from $9,000 to $6,500 a month.";
    let r = read_onion(text);
    assert_ne!(r.verdict, Some(Verdict::Rescope), "{text}: {r:?}");
}

/// "The scanner upgrade is back on after all", "the laptops are back on": work dropped or
/// held, said to be on again, goes ahead.
#[test]
fn work_back_on_is_approved() {
    for text in [
        "The scanner upgrade is back on after all: Priya found the money in the office budget, $18,000.",
        "Good news, the onion graders are back on again. $64k, Luis is ordering them next week.",
    ] {
        let r = read_onion(text);
        assert_eq!(r.intent, Intent::Decision, "{text}: {r:?}");
        assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    }
    // Back on the agenda, back on track: no yes.
    let text = "The onion grader is back on the agenda for the January meeting.";
    let r = read_onion(text);
    assert_ne!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
}

/// "The irrigation pivots are staying on.", "the cooler upgrade is staying on": a thing said
/// to be staying on, closing its clause, goes on, as "stays on" closing it already does. Not
/// a person staying on.
#[test]
fn a_thing_staying_on_goes_on() {
    for text in [
        "The irrigation pivots are staying on. Luis wants to add the south field in March, Dana's good with it.",
        "The cooler upgrade is staying on.",
    ] {
        let r = read_onion(text);
        assert_eq!(r.verdict, Some(Verdict::Continue), "{text}: {r:?}");
    }
    let text = "Dana is staying on till the onion grader is in.";
    let r = read_onion(text);
    assert_ne!(r.verdict, Some(Verdict::Continue), "{text}: {r:?}");
}

/// "Dana's given the payroll system her blessing at $22,000", "luis said ok for the onion
/// grader": a yes given to the thing, by the one named, approves it.
#[test]
fn a_blessing_given_or_an_ok_said_for_a_thing_approves_it() {
    for text in [
        "Dana's given the payroll system her blessing at $22,000 — the old one can't do overtime.",
        "Luis gave the cooler upgrade his go-ahead, $120k.",
        "luis said ok for the onion grader. 64k. the old one jams every day",
    ] {
        let r = read_onion(text);
        assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    }
    // A blessing given to a person is no verdict on any work.
    let text = "Dana gave Luis her blessing to take Friday off.";
    let r = read_onion(text);
    assert_eq!(r.verdict, None, "{text}: {r:?}");
}

/// "Eilidh's done a grand job", "we're a mill no a tearoom": "grand" and "mill" after "a",
/// with a word going on after them, are no thousand and no million; "a grand a month" and
/// "a grand each" are money.
#[test]
fn a_grand_job_and_a_mill_are_no_money() {
    let text = "nae chance on the shed cafe. luis says we're a mill no a tearoom — $60k for a coffee machine and six tables is daft";
    let r = read_onion(text);
    assert_eq!(r.amount, whole(60_000, "USD"), "{text}: {r:?}");
    let text = "Scanner upgrade approved at $18,000. Dana's done a grand job on the quotes.";
    let r = read_onion(text);
    assert_eq!(r.amount, whole(18_000, "USD"), "{text}: {r:?}");
    let text = "The onion grader's saved us a grand a month on labour.";
    let r = read_onion(text);
    assert_eq!(r.amount, whole(12_000, "USD"), "{text}: {r:?}");
}

/// "• Cooler upgrade: agreed at $14,200.": a thing agreed at its price is approved at it.
#[test]
fn a_thing_agreed_at_a_price_is_approved() {
    for text in [
        "Cooler upgrade: agreed at $14,200.",
        "Ops meeting, Tue 24/11 — actions\n• Cooler upgrade: agreed at $14,200. Luis ordering from the Tifton firm.\n• Payroll: not this year.",
    ] {
        let r = read_onion(text);
        assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
        assert_eq!(r.amount, whole(14_200, "USD"), "{text}: {r:?}");
    }
}

/// "there will be no onion grader, this year or next", "No onion grader, this year or next
/// — Dana and Luis are agreed": the thing said not to be at all is refused. A notice
/// ("No parking at the shed Friday") is no verdict.
#[test]
fn a_thing_said_not_to_be_at_all_is_refused() {
    for text in [
        "Dana and Luis talked and there will be no onion grader, this year or next. The old one will do.",
        "No onion grader, this year or next — Dana and Luis are agreed. The shed stays as it is.",
    ] {
        let r = read_onion(text);
        assert_eq!(r.verdict, Some(Verdict::Reject), "{text}: {r:?}");
    }
    let text = "No parking at the shed Friday, the grader is being delivered.";
    let r = read_onion(text);
    assert_ne!(r.verdict, Some(Verdict::Reject), "{text}: {r:?}");
}

/// "we're good to go at $120,000": work good to go, priced in its clause, is approved;
/// ready with no price ("the new scales are good to go") is no verdict.
#[test]
fn good_to_go_at_a_price_approves() {
    for text in [
        "Dana came back to me on the cooler upgrade — we're good to go at $120,000, the bank is fine with it.",
        "We're good to go on the cooler upgrade at $120,000.",
    ] {
        let r = read_onion(text);
        assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
        assert_eq!(r.amount, whole(120_000, "USD"), "{text}: {r:?}");
    }
    let text = "The new scales in the packing shed are good to go for Monday.";
    let r = read_onion(text);
    assert_eq!(r.verdict, None, "{text}: {r:?}");
}

/// "Dana: let's do it after tax season. April.": the thing done, but after a time to come,
/// is put off till then, at the price the thread gave it.
#[test]
fn doing_it_after_a_time_to_come_defers() {
    let text = "From the office thread:\nDana: Luis what's happening with the payroll system\nLuis: $26k to switch, saves $7k a year\nDana: let's do it after tax season. April.\nLuis: 10-4";
    let r = read_onion(text);
    assert_eq!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
    assert_eq!(
        r.review_date,
        Some("2027-04-01".parse().unwrap()),
        "{text}: {r:?}"
    );
    let text = "Payroll system: we'll do it after the harvest, in June.";
    let r = read_onion(text);
    assert_eq!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
}

/// "Abby is buying a new scale for the shed, about $650. … I said ok, it is within my
/// limit.": the writer's own yes to the thing asked for before it approves that thing.
#[test]
fn the_writers_own_yes_approves_what_was_asked() {
    for (text, thing) in [
        (
            "Abby is buying a new scale for the shed, about $650. It saves her an hour a day. I said ok, it is within my limit.",
            "scale",
        ),
        (
            "Lacey's getting a new label printer for the packing shed, ~$2,400, it saves her five hours a week. I've said aye, it's within my limit.",
            "label printer",
        ),
        (
            "Quick one: Abby wants a new label printer for the packing shed, ~$3,800. Saves her about 6 hours a week. I said go ahead, it's under my limit.",
            "label printer",
        ),
    ] {
        let r = read_onion(text);
        assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
        assert_eq!(r.investment.as_deref(), Some(thing), "{text}: {r:?}");
    }
    // A yes with no price may be to anything.
    let text = "the grader folk can do a demo the week of the 14th, I've said aye";
    let r = read_onion(text);
    assert_eq!(r.verdict, None, "{text}: {r:?}");
}

/// "the hand sorting is killing the crew": a chore or a cost hard on people is no stop; a
/// thing being killed is ("we're killing the grader project").
#[test]
fn killing_people_is_no_stop() {
    let text = "dana has signed off the onion grader after all, $41k. the hand sorting is killing the crew and they come late";
    let r = read_onion(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    let text = "dana has signed for the onion grader after all, $41k. the hand sorting is killing the crew and they come late";
    let r = read_onion(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    assert_eq!(
        r.investment.as_deref(),
        Some("Onion Grader"),
        "{text}: {r:?}"
    );
    let text = "We're not killing the staff payroll system, the overtime module just needs work.";
    let r = read_onion(text);
    assert_ne!(r.verdict, None, "{text}: {r:?}");
    let text = "We're killing the scanner upgrade, $9k sunk and it never worked.";
    let r = read_onion(text);
    assert_eq!(r.verdict, Some(Verdict::Stop), "{text}: {r:?}");
}

/// "the dealer can't deliver till February, so Dana says order it anyway": going ahead
/// whatever the delay is an approval.
#[test]
fn ordering_it_anyway_approves() {
    for text in [
        "Luis came back on the onion grader — the dealer can't deliver till February, so Dana says order it anyway and we'll hire one for January.",
        "Luis came back on the cooler upgrade — the fitter cannot come until February, so Dana says buy it anyway and hire a cold trailer for January.",
    ] {
        let r = read_onion(text);
        assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    }
}

/// "The board went round the houses and landed on one lane now instead of two — $215k
/// instead of $410k": the choice settled on, at a figure against its bigger one, is the
/// registered thing cut back to it.
#[test]
fn a_choice_landed_on_below_the_old_figure_is_a_rescope() {
    for text in [
        "Onion grader again. The board went round the houses and landed on one lane now instead of two — $215k instead of $410k — and we see how the orders go before buying the second.",
        "Cooler upgrade: Dana and Luis settled on the two east rooms, $60k instead of $120k.",
    ] {
        let r = read_onion(text);
        assert_eq!(r.verdict, Some(Verdict::Rescope), "{text}: {r:?}");
    }
}

/// "• Cooler upgrade: agreed at $14,200. Luis ordering from the Tifton firm.", "Payroll
/// system approved at $22k. Dana to process the papers with the vendor.": a task told of
/// someone in minutes is no reason.
#[test]
fn a_task_told_of_someone_in_minutes_is_no_reason() {
    for text in [
        "Ops meeting, Tue 24/11 — actions\n• Cooler upgrade: agreed at $14,200. Luis ordering from the Tifton firm.\n• Payroll: not this year.",
        "1. Payroll system: approved at $22k. Dana to process the papers with the vendor.",
    ] {
        let r = read_onion(text);
        assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
        assert_eq!(r.rationale, None, "{text}: {r:?}");
    }
}

/// "Ray: do it. $72k is cheaper than a load of soft onions" in a pasted chat: the named
/// writer's "do it" gives the go-ahead to what the thread is about.
#[test]
fn a_named_do_it_in_a_pasted_chat_approves() {
    let text = "pasting from the shed chat:\nDana: cooler's running warm again\nLuis: the upgrade we talked about would fix that\nRay: do it. $72k is cheaper than a load of soft onions\nDana: 👍 I'll call the refrigeration guys monday";
    let r = read_onion(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    assert_eq!(
        r.investment.as_deref(),
        Some("Cooler Upgrade"),
        "{text}: {r:?}"
    );
    // No price: how to do a chore.
    let text = "Dana: should we hose the shed down tonight?\nLuis: do it.";
    let r = read_onion(text);
    assert_eq!(r.verdict, None, "{text}: {r:?}");
}

/// "The board reduced the onion grader. One lane instead of three, so it goes from $90,000
/// to $35,000.": the work taken down to a smaller figure is cut back to it; a result that
/// went down ("our power bill went from …") is not.
#[test]
fn the_work_going_down_to_a_smaller_figure_is_a_rescope() {
    let text = "The board reduced the onion grader. One lane instead of three, so it goes from $90,000 to $35,000.";
    let r = read_onion(text);
    assert_eq!(r.verdict, Some(Verdict::Rescope), "{text}: {r:?}");
    assert_eq!(r.amount, whole(35_000, "USD"), "{text}: {r:?}");
    let text = "Since the cooler upgrade our power bill went from $9,000 to $6,500 a month.";
    let r = read_onion(text);
    assert_ne!(r.verdict, Some(Verdict::Rescope), "{text}: {r:?}");
}
