//! Round L40: the records after a message's first — items not split off, a look-again said
//! by an event named for its month, the reason after a deferral — each worded here for an
//! invented organisation (a small chain of garden-furniture shops), and each set against
//! words where the same shape says something else.

use super::test_names::{directory, read_day_first_in, records};
use super::*;
use crate::domain::Verdict;

/// A chain of garden-furniture shops: the shops, the workshop, the warehouse, the office.
fn garden_dir() -> StaticDirectory {
    directory(
        &[
            ("Shops", &["Retail"]),
            ("Workshop", &["Joinery"]),
            ("Warehouse", &["Stores"]),
            ("Office", &["Finance", "IT"]),
        ],
        &[
            ("Till System", "Office"),
            ("Staff Room Refit", "Shops"),
            ("Spray Booth", "Workshop"),
            ("Pallet Racking", "Warehouse"),
            ("Delivery Van", "Warehouse"),
        ],
    )
}

fn read_garden(text: &str) -> Reading {
    read_day_first_in(text, "nell", "GBP", &garden_dir())
}

fn d(s: &str) -> Option<NaiveDate> {
    Some(s.parse().unwrap())
}

/// The verdicts of every record read, in order.
fn verdicts_of(r: &Reading) -> Vec<Option<Verdict>> {
    records(r).iter().map(|r| r.verdict).collect()
}

/// "we'll look at it after the January sales": a month's sales waited for, ending the
/// clause, are a time (when the sales are on), not the month's sales figures.
#[test]
fn a_look_again_after_the_months_sales_is_a_review_date() {
    let text = "yes to the spray booth, £18k, and the staff room refit is on hold, we'll look at it after the March sales";
    let r = read_garden(text);
    assert_eq!(
        verdicts_of(&r),
        [Some(Verdict::Approve), Some(Verdict::Defer)],
        "{r:?}"
    );
    assert_eq!(r.also[0].review_date, d("2027-03-01"), "{text}: {r:?}");
    let r = read_garden("The staff room refit is parked until after the March sales");
    assert_eq!(r.review_date, d("2027-03-01"), "{r:?}");
    // The month's sales figures are a thing, not when to look again.
    let r = read_garden("The staff room refit is parked until the March sales figures are in");
    assert_ne!(r.review_date, d("2027-03-01"), "{r:?}");
}

/// "• Teams phones: on hold till the new year, BT contract runs to Feb": a contract or lease
/// that still runs, said after a deferral, is why it waits, though its subject opens on a
/// short acronym with no "the".
#[test]
fn a_contract_that_still_runs_is_a_deferrals_reason() {
    let text = "Ops review 1/12\n• Spray booth: approved, £18k, the old one fails its LEV test in March\n• Delivery van: on hold till the new year, DX lease runs to Feb\n• Pallet racking: no decision";
    let r = read_garden(text);
    let rs = records(&r);
    assert_eq!(rs.len(), 2, "{r:?}");
    assert_eq!(rs[1].verdict, Some(Verdict::Defer), "{r:?}");
    assert_eq!(
        rs[1].rationale.as_deref(),
        Some("DX lease runs to Feb"),
        "{r:?}"
    );
    let r = read_garden("Delivery van: on hold till the new year, Hertz lease expires in Feb");
    assert_eq!(
        r.rationale.as_deref(),
        Some("Hertz lease expires in Feb"),
        "{r:?}"
    );
    // A milestone said so is when, not why.
    let r = read_garden("Delivery van: on hold till the new year, DX install runs to Feb");
    assert_eq!(r.rationale, None, "{r:?}");
}

/// "… passed its load test full stop also Mick wants the parts washer priced by the 18th":
/// after news or a decision, a task someone named asks for, announced by "Also", is a note
/// of its own, whatever it names; said of the same thing ("wants it …") it stays.
#[test]
fn a_task_someone_wants_announced_by_also_is_a_note_of_its_own() {
    let text = "The spray booth got installed Tuesday and passed its extraction test. Also Priya wants the sanding bench priced by the 18th";
    let r = read_garden(text);
    let rs = records(&r);
    assert_eq!(rs.len(), 2, "{text}: {r:?}");
    assert_eq!(rs[1].intent, Intent::Note, "{r:?}");
    assert_eq!(rs[1].due, d("2026-12-18"), "{r:?}");
    let text = "spray booth got installed Tuesday and passed its extraction test full stop also Priya wants the sanding bench priced by the 18th";
    let r = read_garden(text);
    assert_eq!(records(&r).len(), 2, "{text}: {r:?}");
    let text = "The spray booth got installed Tuesday. Also Priya wants it signed off by the 18th";
    let r = read_garden(text);
    assert_eq!(records(&r).len(), 1, "{text}: {r:?}");
}

/// "… held over till May; …. Stuart's asked @gemma to pull the no-shows by 11/12 so we can
/// set the deposit rules.": a task someone has asked of a handle, closing a summary after
/// work put off, is a note of its own, as "@gemma to pull …" is.
#[test]
fn a_task_someone_asked_of_a_handle_after_work_put_off_is_a_note_of_its_own() {
    let text = "Right, summary from Wednesday's board. They signed off the spray booth at £18k – the old one failed its extraction test. The staff room refit is on hold till April; the money isn't there this winter. Jo's asked @gareth to pull last winter's footfall by 11/12 so we can plan the rota.";
    let r = read_garden(text);
    let all = records(&r);
    assert_eq!(all.len(), 3, "{text}: {r:?}");
    assert_eq!(all[1].due, None, "{r:?}");
    assert_eq!(all[2].intent, Intent::Note, "{r:?}");
    assert_eq!(all[2].due, d("2026-12-11"), "{r:?}");
    // After work that goes ahead, the task is that work's.
    let text = "Right, summary from Wednesday's board. They signed off the spray booth at £18k – the old one failed its extraction test. The staff room refit is approved too, £40k. Jo's asked @gareth to book the fitters by 11/12.";
    let r = read_garden(text);
    assert_eq!(records(&r).len(), 2, "{text}: {r:?}");
}

/// "Handling system extended to the Nant-y-moch pens, £23k, approved … – the Cwm Hir ones
/// have halved the sorting time.": other things of the kind ("the … ones") that have halved
/// a count is the result the reason tells, not a rescope of its own; "we have halved the
/// budget" still cuts it.
#[test]
fn the_ones_that_have_halved_a_time_are_a_result_not_a_rescope() {
    let text = "Pallet racking extended to the Leeds store, £23k, approved by the board by email yesterday – the York ones have halved the picking time.";
    let r = read_garden(text);
    assert_eq!(verdicts_of(&r), [Some(Verdict::Approve)], "{text}: {r:?}");
    let r = read_garden("Pallet racking: we have halved the budget to £12k");
    assert_eq!(r.verdict, Some(Verdict::Rescope), "{r:?}");
}

/// "Broker portal, approved, £60,000\nPlan-holder app, rejected, £70,000\nBoth per Tuesday's
/// Plans committee.": a closing line saying where every row was decided gives each its
/// date, as a heading would, and is no row's reason.
#[test]
fn a_closing_line_saying_where_all_were_decided_dates_each() {
    let text = "From the ops sheet:\nSpray booth, approved, £18,000\nStaff room refit, rejected, £7,000\nBoth per Tuesday's ops committee.";
    let r = read_garden(text);
    let all = records(&r);
    assert_eq!(all.len(), 2, "{text}: {r:?}");
    assert_eq!(all[0].date, d("2026-11-24"), "{r:?}");
    assert_eq!(all[1].date, d("2026-11-24"), "{r:?}");
    assert_eq!(all[1].rationale, None, "{r:?}");
    // Said of one thing, the closing line is that thing's.
    let text = "From the ops sheet:\nSpray booth, approved, £18,000\nStaff room refit, rejected, £7,000, the landlord pays for it per Tuesday's call.";
    let r = read_garden(text);
    assert!(records(&r)[1].rationale.is_some(), "{text}: {r:?}");
}

/// "2) click and collect lockers at Salisbury — no, we've only just stopped them at
/// Romsey": after a bare "no", a stop "just" made of the same kind of thing at another
/// place is why it is refused, not a stop of the work asked about.
#[test]
fn a_stop_just_made_elsewhere_after_a_no_is_the_refusals_reason() {
    let text = "Helen's calls from today:\n1) spray booth — approved, £18k\n2) pallet racking at Leeds — no, we've only just stopped them at York";
    let r = read_garden(text);
    assert_eq!(
        verdicts_of(&r),
        [Some(Verdict::Approve), Some(Verdict::Reject)],
        "{text}: {r:?}"
    );
    assert_eq!(
        records(&r)[1].rationale.as_deref(),
        Some("we've only just stopped them at York"),
        "{r:?}"
    );
    // Said of the work itself, the stop stands.
    let r = read_garden(
        "Pallet racking at Leeds — we've just stopped it, the floor can't take the load",
    );
    assert_eq!(r.verdict, Some(Verdict::Stop), "{r:?}");
}

/// "• Data warehouse: shelved for this year.": work put off for the rest of the year is
/// looked at again when the next one starts; "approved for this year" dates nothing.
#[test]
fn work_put_off_for_this_year_is_looked_at_again_next_year() {
    let text = "Minutes – ops, 26/11\n• Spray booth: approved, £18k.\n• Staff room refit: shelved for this year.";
    let r = read_garden(text);
    let all = records(&r);
    assert_eq!(all.len(), 2, "{text}: {r:?}");
    assert_eq!(all[1].verdict, Some(Verdict::Defer), "{r:?}");
    assert_eq!(all[1].review_date, d("2027-01-01"), "{r:?}");
    let r = read_garden("The staff room refit is on hold for this year");
    assert_eq!(r.review_date, d("2027-01-01"), "{r:?}");
    let r = read_garden("The spray booth is approved for this year, £18k");
    assert_eq!((r.date, r.review_date), (None, None), "{r:?}");
}

/// "CON-48 Concessions POS refresh → Approved, $265,000": before a status arrow, a ticket's
/// key and title are the thing the status is of, no reason for it.
#[test]
fn a_tickets_key_and_title_before_an_arrow_are_no_reason() {
    let text = "Bulk change by Jo (Dec 2, 2026):\nWS-48 Spray booth → Approved, £18,000\nWH-55 Pallet racking → Approved, £7,400";
    let r = read_garden(text);
    let all = records(&r);
    assert_eq!(all.len(), 2, "{text}: {r:?}");
    assert_eq!(
        (all[0].rationale.as_deref(), all[1].rationale.as_deref()),
        (None, None),
        "{r:?}"
    );
    let r = read_garden("the floor can't take the load → pallet racking rejected");
    assert!(r.rationale.is_some(), "{r:?}");
}
