//! Verdicts, intents and numbers missed on strangers' wording (round V54), each worded
//! for an invented Northumberland kipper smokehouse, and set against the same words
//! recording something else.

use super::test_names::{directory, read_day_first_in, rules_alone_and_with_model, whole};
use super::*;
use crate::domain::Verdict;

/// A kipper smokehouse: the smoke house, the packing room, the shop, the office.
fn smokehouse_dir() -> StaticDirectory {
    directory(
        &[
            ("Smokehouse", &["Kilns"]),
            ("Packing", &["Packing Room"]),
            ("Shop", &["Farm Shop"]),
            ("Transport", &["Vans"]),
            ("Office", &["Admin"]),
        ],
        &[
            ("Kiln Rebuild", "Smokehouse"),
            ("Vacuum Packer", "Packing"),
            ("Shop Tills", "Shop"),
            ("Delivery Van", "Transport"),
            ("Payroll System", "Office"),
            ("Laptop Refresh", "Office"),
        ],
    )
}

fn read_smokehouse(text: &str) -> Reading {
    read_day_first_in(text, "ailsa", "GBP", &smokehouse_dir())
}

/// Convention 72: after a setback, the spending word said "anyway" ("pay anyway", "order
/// it anyway", "buy them anyway") is the yes to spend, an approval; work already under way
/// "still going ahead" whatever the setback goes on, a continue.
#[test]
fn paying_anyway_approves_and_going_ahead_anyway_goes_on() {
    for text in [
        "Jock came back on the delivery van — the dealer cannot deliver until February, so Morag says we should pay anyway and hire one for January.",
        "The dealer can't get the delivery van here till March, Morag says pay for it anyway and we'll borrow Dougie's.",
    ] {
        let r = read_smokehouse(text);
        assert_eq!(r.intent, Intent::Decision, "{text}: {r:?}");
        assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
        assert_eq!(r.investment.as_deref(), Some("Delivery Van"), "{text}: {r:?}");
        assert_eq!(r.rationale, None, "{text}: {r:?}");
    }
    // Work under way, going ahead despite the setback: a continue.
    let text = "The kiln rebuild is still going ahead anyway, the bricks are just late.";
    let r = read_smokehouse(text);
    assert_eq!(r.verdict, Some(Verdict::Continue), "{text}: {r:?}");
    // Money we pay whatever happens is no verdict.
    let text =
        "Delivery van: the hire firm say we pay anyway if it sits in the yard, so no saving there.";
    let r = read_smokehouse(text);
    assert_ne!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
}

/// Convention 12: a thing kept "for one more year" goes on, as one kept "for another
/// year" does, registered or not.
#[test]
fn kept_for_one_more_year_goes_on() {
    for text in [
        "keeping the fish van contract with Robsons for one more year, cheaper than running our own vans for now",
        "We're keeping the payroll system for one more year, the new one isn't ready.",
    ] {
        let r = read_smokehouse(text);
        assert_eq!(r.intent, Intent::Decision, "{text}: {r:?}");
        assert_eq!(r.verdict, Some(Verdict::Continue), "{text}: {r:?}");
    }
    // One more year of data wanted is a wait, not a keep.
    let text =
        "Laptop refresh: parked till March, Morag wants one more year of repair costs first.";
    let r = read_smokehouse(text);
    assert_eq!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
}

/// A short status line telling a named thing's work done — "installed", "poured",
/// "landed", "commissioned", "winterised", "back online" after the thing — is news about
/// that work, a note, not chat, read so by the rules alone and with the model. A question,
/// or the same words of nothing registered, stays chat.
#[test]
fn work_done_said_of_a_named_thing_is_news() {
    let settings = ReaderSettings {
        day_first: true,
        default_currency: Currency::from_code("GBP").unwrap(),
    };
    let day = "2026-11-27".parse().unwrap();
    for reader in rules_alone_and_with_model(&smokehouse_dir(), settings) {
        for text in [
            "the vacuum packer for the packing room landed 👍 training starts monday",
            "kiln rebuild foundations poured at the yard 👍 walls by the 20th hopefully",
            "shop tills back online 👍 lewis swapped the cables, all 4 reporting",
            "the delivery van's winterised n back in the shed, jock drained the lines",
            "kiln rebuild burners installed, two more to go",
        ] {
            let r = reader.read(text, "ailsa", day).unwrap();
            assert_eq!(r.intent, Intent::Note, "{text}: {r:?}");
            assert_eq!(r.verdict, None, "{text}: {r:?}");
        }
        for text in [
            "does anyone know if the vacuum packer got installed?",
            "the new coffee machine's landed in the staff room 👍 biscuits are in the tin",
        ] {
            let r = reader.read(text, "ailsa", day).unwrap();
            assert_eq!(r.intent, Intent::None, "{text}: {r:?}");
        }
    }
}

/// Convention 69: "goes ahead as planned" keeps running work going, and so does "we go
/// ahead with X as planned", the thing named between; "go ahead with X" alone approves.
#[test]
fn going_ahead_with_a_thing_as_planned_goes_on() {
    let text = "Morag says we go ahead with the kiln rebuild as planned, no changes. The first payment already went.";
    let r = read_smokehouse(text);
    assert_eq!(r.verdict, Some(Verdict::Continue), "{text}: {r:?}");
    let text = "Morag says we go ahead with the kiln rebuild, £48k, the old flue is cracked.";
    let r = read_smokehouse(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
}

/// A benefit told as a bill gone "from X to Y a month" is the fall, by the year (the first
/// figure taken by the second's period); a saving said outright stays the saving.
#[test]
fn a_bill_gone_down_from_one_figure_to_another_is_the_fall_by_the_year() {
    let text = "Jock reports that since we put in the vacuum packer, the film bill has gone down from £900 to £650 a month.";
    let r = read_smokehouse(text);
    assert_eq!(r.intent, Intent::Benefit, "{text}: {r:?}");
    assert_eq!(r.amount, whole(3_000, "GBP"), "{text}: {r:?}");
    let text = "Since we put in the vacuum packer, the film bill has gone down from £900 a month to £650 a month.";
    let r = read_smokehouse(text);
    assert_eq!(r.amount, whole(3_000, "GBP"), "{text}: {r:?}");
    let text = "Since we put in the vacuum packer the film bill is down to £650 a month, saving us £3,600 a year.";
    let r = read_smokehouse(text);
    assert_eq!(r.amount, whole(3_600, "GBP"), "{text}: {r:?}");
}

/// A thing with an arrow to a later time ("kiln rebuild -> Q2", "laptop refresh → March")
/// is moved there, a deferral; an arrow to a status or a figure is not.
#[test]
fn a_thing_arrowed_to_a_time_is_put_off() {
    for text in [
        "laptop refresh -> Q2",
        "laptop refresh → March",
        "kiln rebuild -> next year",
    ] {
        let r = read_smokehouse(text);
        assert_eq!(r.intent, Intent::Decision, "{text}: {r:?}");
        assert_eq!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
    }
    let text = "laptop refresh: Submitted → Approved, £14k";
    let r = read_smokehouse(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
}

/// "has agreed to the <thing>" approves it, and so does Pidgin's "went give da thumbs up
/// for" (a past "went" before the verb); "hasn't agreed to the …" does not.
#[test]
fn agreed_to_the_thing_and_pidgin_thumbs_up_approve() {
    for text in [
        "Morag has agreed to the vacuum packer for the packing room at £16k — the old one leaks.",
        "Auntie Jean went give da thumbs up for the kiln rebuild, £48k for both kilns — da old ones stay cracking.",
    ] {
        let r = read_smokehouse(text);
        assert_eq!(r.intent, Intent::Decision, "{text}: {r:?}");
        assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    }
    let text = "Kiln rebuild is a no for now, the landlord hasn't agreed to the new flue. Have another look in March.";
    let r = read_smokehouse(text);
    assert_ne!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
}

/// Money lost or paid by the period before the work went in ("Before that we was losing
/// maybe £1,500 a month", after what the work cost and what it stopped) is the benefit, by
/// the year; the work's own cost is not.
#[test]
fn money_lost_before_the_work_is_its_benefit() {
    let text = "We spend £9,400 on the vacuum packer in the summer and since then not one pack of kippers come back. Before that we was losing maybe £1,500 a month.";
    let r = read_smokehouse(text);
    assert_eq!(r.intent, Intent::Benefit, "{text}: {r:?}");
    assert_eq!(r.amount, whole(18_000, "GBP"), "{text}: {r:?}");
    // A cost said before a proposal is no benefit.
    let text =
        "Proposal: a new vacuum packer, £9,400. Before that we need the packing room rewired.";
    let r = read_smokehouse(text);
    assert_ne!(r.intent, Intent::Benefit, "{text}: {r:?}");
}

/// "Let's not do it this year" refuses; with a time to look again after it ("If the old
/// one is still giving trouble in June we'll look again") it puts the thing off
/// (convention 60).
#[test]
fn lets_not_do_it_refuses_or_waits() {
    let text = "Jock — I've thought about the payroll system some more. Let's not do it this year. If Sage is still giving trouble in June we'll look again.";
    let r = read_smokehouse(text);
    assert_eq!(r.intent, Intent::Decision, "{text}: {r:?}");
    assert_eq!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
    let text =
        "Payroll system: let's not do it, Sage does the job and the new one is twice the price.";
    let r = read_smokehouse(text);
    assert_eq!(r.verdict, Some(Verdict::Reject), "{text}: {r:?}");
}

/// A ticket's "Assignee:" / "Assigned:" line, with a "Due:" line, names who owns the
/// ticket's work; a "Reporter:" line names nobody to do it.
#[test]
fn a_tickets_assignee_owns_its_work() {
    for (text, owner) in [
        (
            "PK-12 Vacuum packer – seal bar burning the film\nAssignee: Jock Rae\nDue: 9.12.2026\nDescription: 40 packs lost this week, the fitter says a new element.",
            "Jock Rae",
        ),
        (
            "[SH-0412] Shop tills freezing on card payments\nPriority: High\nAssigned: Morag\nDue: 8/12\nNotes: happened 6 times this week, customers walking out.",
            "Morag",
        ),
    ] {
        let r = read_smokehouse(text);
        assert_eq!(r.intent, Intent::Note, "{text}: {r:?}");
        assert_eq!(r.action.as_ref().map(|a| a.owner.as_str()), Some(owner), "{text}: {r:?}");
    }
    let text = "PK-12 Vacuum packer – seal bar burning the film\nReporter: Jock Rae\nDue: 9.12.2026\nDescription: 40 packs lost this week.";
    let r = read_smokehouse(text);
    assert_ne!(
        r.action.as_ref().map(|a| a.owner.as_str()),
        Some("Jock Rae"),
        "{text}: {r:?}"
    );
}

/// What a trade-in brings ("the van trade-in came back £9k") is no money the record
/// decides; a price said after the trade-in still is.
#[test]
fn a_trade_in_value_is_no_records_money() {
    let text =
        "da old delivery van trade-in came back £9k, still no go on da new delivery van till april";
    let r = read_smokehouse(text);
    assert_eq!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
    assert_eq!(r.amount, None, "{text}: {r:?}");
    let text = "New delivery van approved, £38k after the trade-in on the old one.";
    let r = read_smokehouse(text);
    assert_eq!(r.amount, whole(38_000, "GBP"), "{text}: {r:?}");
}

/// A saving said once on an approval of the cheaper way ("rebuild the old one instead of
/// buying new, saves us like £6k") is what the choice saves, no yearly benefit; a saving by
/// the year stays one.
#[test]
fn a_one_off_saving_of_the_cheaper_way_is_no_yearly_benefit() {
    let text = "Jock going rebuild the kiln rebuild's old burner instead of buying new, saves us like £6k. I ok'd it.";
    let r = read_smokehouse(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    assert_eq!(r.annual_benefit, None, "{text}: {r:?}");
    let text = "Vacuum packer approved, £9,400, instead of the hand sealer, saves us £3,000 a year in film.";
    let r = read_smokehouse(text);
    assert_eq!(r.annual_benefit, whole(3_000, "GBP"), "{text}: {r:?}");
}

/// A proposal's life said ("New kiln can serve 10 years") is its years, with no yearly
/// benefit read; a cost paid over years is not.
#[test]
fn a_proposals_life_is_its_years() {
    let text = "Proposal: kiln rebuild, £52k. The old kiln cracks every two weeks and each crack costs us about £1,500 in lost fish. New kiln can serve 10 years.";
    let r = read_smokehouse(text);
    assert_eq!(r.intent, Intent::Investment, "{text}: {r:?}");
    assert_eq!(r.years, Some(10), "{text}: {r:?}");
    let text = "Proposal: kiln rebuild, £52k, paid over 3 years.";
    let r = read_smokehouse(text);
    assert_eq!(r.years, None, "{text}: {r:?}");
}

/// A bare figure grouped in thousands after "sales already more than" is money, as one
/// after "sales more than" is (a price word four words back, the words between all ones
/// that may stand there).
#[test]
fn sales_already_more_than_a_bare_figure_is_money() {
    let text = "Since the shop tills redesign went live, footfall from 120 to 210 a day, December sales already more than 60,000.";
    let r = read_smokehouse(text);
    assert_eq!(r.intent, Intent::Benefit, "{text}: {r:?}");
    assert_eq!(r.amount, whole(60_000, "GBP"), "{text}: {r:?}");
}
