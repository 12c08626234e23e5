//! Round R51: the rationale's misses on the training corpus sorted by cause (sixteenth
//! pass), each cause worded here for another invented organisation: a ferry company on a
//! Norwegian fjord (its fleet, ticket office and back office).

use super::test_names::{directory, read_day_first_in};
use super::*;

/// The ferry company's units and investments.
fn ferry_dir() -> StaticDirectory {
    directory(
        &[
            ("Fleet", &["Boats"]),
            ("Tickets", &["Ticket Office"]),
            ("Office", &["Admin"]),
        ],
        &[
            ("Ticketing System", "Tickets"),
            ("Payroll Move", "Office"),
            ("Engine Overhaul", "Fleet"),
            ("Harbour Cameras", "Fleet"),
            ("Crew App", "Office"),
        ],
    )
}

fn read_ferry(text: &str) -> Reading {
    read_day_first_in(text, "ingrid", "NOK", &ferry_dir())
}

/// Convention 61: a continue's slip weighed with "but" against what goes right is its
/// reason, the whole clause, setback and all.
#[test]
fn a_continues_slip_weighed_with_but_is_the_reason_whole() {
    for (text, why) in [
        (
            "payroll move keeps going, the Visma go-live slipped to march but the test payslips \
             balance",
            "the Visma go-live slipped to march but the test payslips balance",
        ),
        (
            "ticketing system carries on, the Bergen gate install slipped two weeks but the \
             card readers finally passed certification",
            "the Bergen gate install slipped two weeks but the card readers finally passed \
             certification",
        ),
        (
            "Engine overhaul keeps going, the yard reckons we're a month behind but no extra \
             cost.",
            "the yard reckons we're a month behind but no extra cost",
        ),
    ] {
        let r = read_ferry(text);
        assert_eq!(r.verdict, Some(Verdict::Continue), "{text}: {r:?}");
        assert_eq!(r.rationale.as_deref(), Some(why), "{text}: {r:?}");
    }
}

/// Convention 61: a slip whose "but" only says the work goes on is the work's status, no
/// reason.
#[test]
fn a_slip_whose_but_says_the_verdict_again_is_no_reason() {
    for text in [
        "Crew app - still on. supplier slipped testing to mid Feb but we're not changing course",
        "harbour cameras keep going, install slipped a month but we're sticking with it",
    ] {
        let r = read_ferry(text);
        assert_eq!(r.verdict, Some(Verdict::Continue), "{text}: {r:?}");
        assert_eq!(r.rationale, None, "{text}: {r:?}");
    }
}

/// A benefit told with the work as its result's subject, with its place or a describing
/// phrase ("the engine sensors on ferries 2-3 cut fuel burn …"), has the result from its
/// verb as its reason: the subject is the work, which the record already names.
#[test]
fn the_work_as_the_results_subject_is_no_part_of_the_reason() {
    for (text, why) in [
        (
            "harbour cameras at Flåm sorted the Saturday fare dodgers, not one unpaid crossing \
             since they went in. was costing us ~9k a month",
            "sorted the Saturday fare dodgers, not one unpaid crossing since they went in",
        ),
        (
            "New gates at Bergen (the ticketing system pilot) took 40 seconds off each boarding, \
             so we ran one less crew on Sundays — roughly 9k a month in overtime",
            "took 40 seconds off each boarding, so we ran one less crew on Sundays",
        ),
        (
            "Ticketing system at the Bergen gates took the queue from 20 minutes to 5 at peak, \
             about 40k in overtime over the summer",
            "took the queue from 20 minutes to 5 at peak",
        ),
        (
            "Fleet report: the engine sensors of the overhaul reduced the fuel burn in 12%, NOK \
             300k less in diesel this year.",
            "reduced the fuel burn in 12%",
        ),
        (
            "The crew app's saving me two days a month on the rosters, and the agency invoice \
             has dropped 6k a month.",
            "saving me two days a month on the rosters",
        ),
    ] {
        let r = read_ferry(text);
        assert_eq!(r.intent, Intent::Benefit, "{text}: {r:?}");
        assert_eq!(r.rationale.as_deref(), Some(why), "{text}: {r:?}");
    }
}

/// A task handed to someone by name after the decision ("ah huat arrange", "marcus handle
/// it", "dean crack on", "Marcus, get it on them before Christmas") says who does it, not
/// why: no reason.
#[test]
fn a_task_handed_to_someone_after_the_decision_is_no_reason() {
    for text in [
        "ok boss approve the harbour cameras for all quays, 12 units 260k, sigurd arrange",
        "ok ingrid yes on the crew app tablets, 4 x 2,500, lars handle it",
        "tove said yes to the engine overhaul spares, 18k, dag crack on",
        "Harbour cameras are approved — NOK 41,000 for the year for all 4. Lars, get them up \
         before Christmas.",
    ] {
        let r = read_ferry(text);
        assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
        assert_eq!(r.rationale, None, "{text}: {r:?}");
    }
}

/// A clause whose subject does the work ("the crews handle the returns now") is not a
/// task handed over.
#[test]
fn a_group_doing_the_work_is_still_a_reason() {
    let text = "ok ingrid yes on the crew app, 25k, the deckhands handle all the paperwork by hand";
    let r = read_ferry(text);
    assert_eq!(
        r.rationale.as_deref(),
        Some("the deckhands handle all the paperwork by hand"),
        "{text}: {r:?}"
    );
}

/// A rescope followed by a sentence saying the part held back can wait or will follow ("Quay
/// C will follow after we see the summer numbers.") has that sentence as its reason, when
/// nothing else was read: why the scope is what it is (convention 40).
#[test]
fn a_rescopes_part_that_can_wait_is_the_reason() {
    for (text, why) in [
        (
            "The harbour cameras will now cover only Quays A and B, NOK 210,000 instead of NOK \
             480,000. Quay C will follow after we see the summer numbers.",
            "Quay C will follow after we see the summer numbers",
        ),
        (
            "The engine overhaul will now cover only ferries 1 and 2, NOK 2.1M instead of NOK \
             4.8M. Ferry 3 will follow after we see the summer fuel numbers.",
            "Ferry 3 will follow after we see the summer fuel numbers",
        ),
    ] {
        let r = read_ferry(text);
        assert_eq!(r.verdict, Some(Verdict::Rescope), "{text}: {r:?}");
        assert_eq!(r.rationale.as_deref(), Some(why), "{text}: {r:?}");
    }
}
