//! Reasons read where none is, and reasons cut wrong (round R15), each read in another
//! writer's words (a Yorkshire leisure trust: pools, gyms, the café, the box office).

use super::*;

/// A Yorkshire leisure trust: sport, facilities, customer services, finance.
fn dir() -> StaticDirectory {
    test_names::directory(
        &[
            ("Sport", &[]),
            ("Facilities", &[]),
            ("Customer Services", &[]),
            ("Finance", &[]),
        ],
        &[
            ("Pool Lighting", "Facilities"),
            ("Gym Booking App", "Sport"),
            ("Café Tills", "Customer Services"),
            ("Access Gates", "Facilities"),
            ("Purchase Ledger", "Finance"),
        ],
    )
}

fn reason(text: &str) -> Option<String> {
    test_names::read_on_test_day(text, "imran", &dir()).rationale
}

/// "thanks to everyone who …", "lmk if …": a thank-you to people or a request for
/// replies said after the verdict is chat, not why it was decided.
#[test]
fn a_thank_you_or_a_request_for_replies_is_no_reason() {
    assert_eq!(
        reason(
            "Trustees approved the pool lighting upgrade, £84k 🙌 thanks to all who lobbied for it"
        ),
        None
    );
    assert_eq!(
        reason("Access gates - go with the Gunnebo ones, £52k for 6 lanes. lmk if anyone objects"),
        None
    );
    assert_eq!(
        reason("Café tills approved, £12k. let me know if there are any questions"),
        None
    );
    // Thanks to a cause is still the reason (a benefit's "thanks to fewer no-shows").
    assert_eq!(
        reason("The gym booking app saved £6k in October thanks to fewer no-shows").as_deref(),
        Some("fewer no-shows")
    );
}

/// "Following on from the trustees' meeting, …": where the news comes from, not why.
#[test]
fn following_on_from_a_meeting_is_no_reason() {
    assert_eq!(
        reason("Following on from the finance committee, the café tills are approved for both sites (£12,400 in total)."),
        None
    );
}

/// "approved 3 of the 5, …. The other two wait for next year": what an approval leaves
/// out is not why (a rescope's kept scope is, by the corpus's convention).
#[test]
fn what_an_approval_leaves_for_later_is_no_reason() {
    assert_eq!(
        reason("Access gates: approved for the two pools only, £36k. The other sites will follow in 2028."),
        None
    );
    assert_eq!(
        reason("Pool lighting — approved at £41,200 for the main pool, the rest waits till the 2028 budget."),
        None
    );
    assert_eq!(
        reason("Access gates: approved 3 of the 5, £30k. The car park ones are dropped."),
        None
    );
}
