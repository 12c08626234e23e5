//! Round R60: the rationale's misses on the training corpus sorted by cause (twenty-fifth
//! pass), each cause worded here for another invented organisation: a Cornish cider farm
//! with a press house, a farm shop and a bottling shed near Truro.

use super::test_names::{directory, read_day_first_in};
use super::*;

/// The cider farm's units and investments.
fn cider_dir() -> StaticDirectory {
    directory(
        &[
            ("Press House", &["Cider Press"]),
            ("Shop", &["Farm Shop"]),
            ("Bottling", &["Bottling Shed"]),
        ],
        &[
            ("Bottling Line", "Bottling"),
            ("Belt Press", "Press House"),
            ("Till System", "Shop"),
            ("Delivery Van", "Shop"),
        ],
    )
}

fn read_cider(text: &str) -> Reading {
    read_day_first_in(text, "tamsin", "GBP", &cider_dir())
}

/// Convention 88: a reason told in the sentence after the verdict as "<someone> says …"
/// keeps its frame, the decider's as much as anyone's — also when it refuses the money
/// ("…, not paying £48k for …").
#[test]
fn a_saying_after_the_verdict_keeps_its_frame_with_money_refused() {
    let text = "Bottling line is a no. Dewi says we're hiring the mobile bottler again, not paying £48k for a machine that sits idle ten months of the year.";
    let r = read_cider(text);
    assert_eq!(r.verdict, Some(Verdict::Reject), "{r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("Dewi says we're hiring the mobile bottler again, not paying £48k for a machine that sits idle ten months of the year"),
        "{r:?}"
    );
    // Near: the same reason with no one saying it stays as it was read.
    let text = "Bottling line is a no. We're hiring the mobile bottler again, not paying £48k for a machine that sits idle ten months of the year.";
    let r = read_cider(text);
    assert_eq!(
        r.rationale.as_deref(),
        Some("We're hiring the mobile bottler again, not paying £48k for a machine that sits idle ten months of the year"),
        "{r:?}"
    );
}

/// A filler of spoken Spanish (as Gibraltar's Llanito has it) at a reason's edges — "es
/// que" opening it, "no ve," before it, ", vale" closing it — asks the listener along and is
/// no part of the case, as ", eh" and ", innit" are not.
#[test]
fn spoken_fillers_at_a_reasons_edges_are_left_out() {
    for (text, why) in [
        (
            "Tamsin said yes to the belt press, £64k all in. Es que the old rack and cloth loses us a tonne of juice a week.",
            "the old rack and cloth loses us a tonne of juice a week",
        ),
        (
            "Belt press: we're going with the smaller one, £38k instead of £64k. Dewi says the press house only needs the two-tonne model, vale.",
            "Dewi says the press house only needs the two-tonne model",
        ),
        (
            "The delivery van is dead, no ve, nobody in Truro wants cider delivered on a Tuesday.",
            "nobody in Truro wants cider delivered on a Tuesday",
        ),
    ] {
        let r = read_cider(text);
        assert_eq!(r.rationale.as_deref(), Some(why), "{text}: {r:?}");
    }
    // Near: the same words inside the reason, not at its edges, stay.
    let text = "Tamsin said yes to the belt press, £64k all in. The old rack is worth nothing, vale or no vale, and it loses us a tonne of juice a week.";
    let r = read_cider(text);
    assert_eq!(
        r.rationale.as_deref(),
        Some("The old rack is worth nothing, vale or no vale, and it loses us a tonne of juice a week"),
        "{r:?}"
    );
}

/// A remark closing the case — that it is settled ("…, nae arguments", "…, end of story") or
/// that the decider sees no point in the work ("…, she doh see it") — is no part of the
/// reason; nor is a hedge before the condition a hold waits for ("Maybe when …").
#[test]
fn a_closing_remark_and_a_hedge_are_left_out() {
    for (text, why) in [
        (
            "Till system approved by Tamsin, £6,200. After the float went missing twice in November, nae arguments.",
            "After the float went missing twice in November",
        ),
        (
            "Dewi say no to the delivery van. £31k for something the post office could still do for us, she doh see it.",
            "£31k for something the post office could still do for us",
        ),
        (
            "Delivery van — not now. Maybe when the shop has more orders.",
            "when the shop has more orders",
        ),
    ] {
        let r = read_cider(text);
        assert_eq!(r.rationale.as_deref(), Some(why), "{text}: {r:?}");
    }
    // Near: a hedge before no condition, and "see it" in the reason's own clause, stay.
    let text = "Delivery van — not now. Maybe the post office can do it for us.";
    let r = read_cider(text);
    assert_eq!(
        r.rationale.as_deref(),
        Some("Maybe the post office can do it for us"),
        "{r:?}"
    );
}

/// A hold's "till after <a happening>" opening a reason told after its comma is when the
/// thing comes back, not why (conventions 82 and 85): the reason is the clause after it. A
/// look-again after the comma leaves the happening the reason (85). (A guard: the reader
/// already read this wording so; the corpus's `rolling-fork-cooperage` 14, read in a minutes'
/// list, was the miss, and the cut itself is tested in `rationale_choice/after_opening.rs`.)
#[test]
fn a_happening_waited_out_opening_another_reason_is_cut() {
    let text =
        "Delivery van: not till after the stocktake, the old van does the Truro run fine for now.";
    let r = read_cider(text);
    assert_eq!(
        r.rationale.as_deref(),
        Some("the old van does the Truro run fine for now"),
        "{r:?}"
    );
    // Near: what follows only says when to look again.
    let text = "Delivery van on hold till after the stocktake, back on the agenda in February.";
    let r = read_cider(text);
    assert_eq!(
        r.rationale.as_deref(),
        Some("till after the stocktake"),
        "{r:?}"
    );
}

/// A benefit's result counted in no money, told with what brought it about after "because",
/// is the reason whole; when the result before "because" is the money, the "because" clause
/// alone stays the reason.
#[test]
fn a_result_with_its_because_is_the_reason_whole() {
    let text = "The belt press has paid off already. The co-op took our whole November pressing without a second tasting because every batch comes out clear now — that was worth about £6,000 to us.";
    let r = read_cider(text);
    assert_eq!(r.intent, Intent::Benefit, "{r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("The co-op took our whole November pressing without a second tasting because every batch comes out clear now"),
        "{r:?}"
    );
    // Near: the result before "because" is the money.
    let text = "Belt press delivered its first benefit: £1,200 less overtime in November, because the cloths don't clog any more";
    let r = read_cider(text);
    assert_eq!(
        r.rationale.as_deref(),
        Some("the cloths don't clog any more"),
        "{r:?}"
    );
}

/// A benefit's result opening on "got" or "gave" right after the work's name: before a count
/// the light verb says nothing and is left out ("gave us 40% more juice"); before anything
/// else it says what was done and stays ("got the juice yield within 2% of the forecast").
#[test]
fn a_light_verb_stays_before_no_count() {
    let text = "Belt press got the juice yield within 2% of the forecast this yr vs 10% off the year before, about £2,000 less fruit bought in";
    let r = read_cider(text);
    assert_eq!(
        r.rationale.as_deref(),
        Some("got the juice yield within 2% of the forecast this yr vs 10% off the year before"),
        "{r:?}"
    );
    // Near: before a count the verb is left out.
    let text =
        "Belt press gave us 40% more juice per tonne this year, about £2,000 more cider sold";
    let r = read_cider(text);
    assert_eq!(
        r.rationale.as_deref(),
        Some("40% more juice per tonne this year"),
        "{r:?}"
    );
}

/// A ticket's fields set apart by "|" on one line: its "Reason:" field is the reason, up to
/// the next "|"; a ticket with no verdict (a request still pending) is a proposal and keeps
/// none (convention 7).
#[test]
fn a_tickets_reason_field_between_bars_is_the_reason() {
    let text = "SHOP-118 | Request: till system for the farm shop | Cost: £6,200 | Reason: the old till can't take contactless, we lose sales every weekend | Status: Approved by Tamsin 03/12";
    let r = read_cider(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("the old till can't take contactless, we lose sales every weekend"),
        "{r:?}"
    );
    // Near: the same ticket still pending is a proposal, with no reason.
    let text = "SHOP-118 | Request: till system for the farm shop | Cost: £6,200 | Reason: the old till can't take contactless, we lose sales every weekend | Status: Pending";
    let r = read_cider(text);
    assert_eq!(r.verdict, None, "{r:?}");
    assert_eq!(r.rationale, None, "{r:?}");
}

/// "Approved – <the thing and what it is for>, <money>.": the words between the verdict's
/// dash and the money name the thing decided, as after a colon, and are no reason.
#[test]
fn the_thing_after_a_verdicts_dash_is_no_reason() {
    let text = "Approved – belt press for the cider house, £64,000.";
    let r = read_cider(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{r:?}");
    assert_eq!(r.rationale, None, "{r:?}");
    // Near: a clause of its own after the dash stays the reason.
    let text = "Approved – the old press leaks juice all over the floor, £64,000.";
    let r = read_cider(text);
    assert_eq!(
        r.rationale.as_deref(),
        Some("the old press leaks juice all over the floor"),
        "{r:?}"
    );
}

/// An instruction to make sure of the work's timing or state, after an approval, is what the
/// decider asks for next, no reason; a reason told after it is still read.
#[test]
fn an_instruction_to_make_sure_is_no_reason() {
    for text in [
        "Happy for you to go ahead with the belt press at £64,000 — make sure it is installed before the apples come in.",
        "Team, I approve Dewi's request for the belt press (£64,000). Please make sure it is ready before the first pressing.",
    ] {
        let r = read_cider(text);
        assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
        assert_eq!(r.rationale, None, "{text}: {r:?}");
    }
    // Near: a reason of its own after the approval stays.
    let text = "Team, I approve Dewi's request for the belt press (£64,000). The old rack press loses us a tonne of juice a week.";
    let r = read_cider(text);
    assert_eq!(
        r.rationale.as_deref(),
        Some("The old rack press loses us a tonne of juice a week"),
        "{r:?}"
    );
}

/// Minutes of a motion: who moved and seconded it is how the board decided, no reason; a
/// reason minuted with the motion is still read.
#[test]
fn who_moved_and_seconded_a_motion_is_no_reason() {
    let text = "Board of Directors – Minutes – November 26, 2026\nMotion to continue funding the delivery van lease at £9,000 for the 2027 season. Moved by D. Pascoe, seconded by T. Hocking. Carried.";
    let r = read_cider(text);
    assert_eq!(r.verdict, Some(Verdict::Continue), "{r:?}");
    assert_eq!(r.rationale, None, "{r:?}");
    // Near: a reason minuted in the motion's own sentence stays.
    let text = "Board of Directors – Minutes – November 26, 2026\nMotion to continue funding the delivery van lease at £9,000 for the 2027 season, the van does the Truro run every day. Moved by D. Pascoe, seconded by T. Hocking. Carried.";
    let r = read_cider(text);
    assert_eq!(
        r.rationale.as_deref(),
        Some("the van does the Truro run every day"),
        "{r:?}"
    );
}

/// "…, we go talk bout it in January": that the matter comes up again is the hold's time,
/// no reason; talking to someone about something says more, and stays.
#[test]
fn talking_about_it_again_is_no_reason() {
    let text =
        "Tamsin say wait on the delivery van till after new year, we go talk bout it in January.";
    let r = read_cider(text);
    assert_eq!(r.verdict, Some(Verdict::Defer), "{r:?}");
    assert_eq!(r.rationale, None, "{r:?}");
    // Near: talking to someone about something.
    let text =
        "Delivery van on hold, we talk to the bank in January about the lease rates going up.";
    let r = read_cider(text);
    assert_eq!(
        r.rationale.as_deref(),
        Some("we talk to the bank in January about the lease rates going up"),
        "{r:?}"
    );
}
