//! Round R48: the rationale's misses on the training corpus sorted by cause (thirteenth
//! pass), each cause worded here for another invented organisation: a cheesemaker in the
//! Huon valley, Tasmania (its dairy, maturing rooms and office).

use super::test_names::{directory, read_day_first_in};
use super::*;

/// The cheesemaker's units and investments.
fn cheese_dir() -> StaticDirectory {
    directory(
        &[
            ("Dairy", &["Make Room"]),
            ("Maturing Rooms", &["Caves"]),
            ("Office", &["Admin"]),
        ],
        &[
            ("Cheese Vat", "Dairy"),
            ("Cave Sensors", "Maturing Rooms"),
            ("Forklift Fleet", "Dairy"),
            ("Farm Shop Website", "Office"),
        ],
    )
}

fn read_cheese(text: &str) -> Reading {
    read_day_first_in(text, "ruth", "AUD", &cheese_dir())
}

/// Convention 51: "Renita says hold off on the forklift fleet till the leases come up in
/// June", "Anjali would rather we left the CCTV until the insurance renewal in March": a
/// deferral whose only explanation is what it waits for takes that "till/until/pending
/// <event>" clause whole as its reason; a time alone ("till March") is no reason.
#[test]
fn a_holds_till_event_alone_is_its_reason_but_a_time_alone_is_not() {
    for (text, why) in [
        (
            "Priya says hold off on the forklift fleet till the leases come up in August.",
            Some("till the leases come up in August"),
        ),
        (
            "Tom would rather we left the cave sensors until the council inspection in May.",
            Some("until the council inspection in May"),
        ),
        (
            "Cheese vat upgrade paused pending the dairy authority's audit",
            Some("pending the dairy authority's audit"),
        ),
        ("Cave sensors parked till March", None),
    ] {
        let r = read_cheese(text);
        assert_eq!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
        assert_eq!(r.rationale.as_deref(), why, "{text}: {r:?}");
    }
}

/// "The hot room expansion didn't make the cut this time: Mere wants one more season's
/// throughput figures before we put $120k into walls and heaters, so that's parked till after
/// the harvest", "Heat recovery didn't get through: Priti wants a full year of meter readings
/// … before we spend £210k on pipework, so it's back in front of them next December": a cause,
/// then ", so" and the hold it leads to, says why, its money and all; the hold's "till …"
/// says only how long.
#[test]
fn a_cause_then_so_and_the_hold_is_its_reason() {
    for (text, why) in [
        (
            "The cheese vat didn't make the cut this time: Priya wants another season's yield figures before we put $90k into a new vat, so that's parked till after the spring flush.",
            "Priya wants another season's yield figures before we put $90k into a new vat",
        ),
        (
            "Cave sensors didn't get through: Tom wants a full year of humidity logs before we spend $40k on wiring, so it's back in front of the board next winter.",
            "Tom wants a full year of humidity logs before we spend $40k on wiring",
        ),
        (
            "Priya wants the new milk contract signed first, so the cheese vat is parked till after the spring flush.",
            "Priya wants the new milk contract signed first",
        ),
        // A point granted before ", but" is no part of it (convention 48).
        (
            "We still want the cave sensors before winter, but the bank has capped our overdraft, so they're on hold till we review in March.",
            "the bank has capped our overdraft",
        ),
    ] {
        let r = read_cheese(text);
        assert_eq!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
        assert_eq!(r.rationale.as_deref(), Some(why), "{text}: {r:?}");
    }
}

/// "Payroll system's back on — Anjali's agreed the £18k now Sage have put their fees up by a
/// third": what changed, told after "now" and opened by a name (a firm, a person), is why,
/// without its "now", as with "now the grant's in" (round R44).
#[test]
fn a_named_change_after_now_is_the_reason() {
    for (text, why) in [
        (
            "Farm shop website's back on — Priya's agreed the $18k now Shopify have put their fees up by a third.",
            "Shopify have put their fees up by a third",
        ),
        (
            "Tom's approved the cave sensors at $40k now that Fonterra has signed the three-year aged cheddar contract.",
            "Fonterra has signed the three-year aged cheddar contract",
        ),
    ] {
        let r = read_cheese(text);
        assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
        assert_eq!(r.rationale.as_deref(), Some(why), "{text}: {r:?}");
    }
}

/// "Gary pulled the plug on the worker housing upgrade — we'd already put $18k into the septic
/// design and the county wants a whole new drain field": after a stop's dash or comma, money
/// already put in and what now stands in the way are the case, whole (convention 30).
#[test]
fn money_already_put_in_then_the_obstacle_after_a_stop_is_its_reason() {
    for text in [
        "Tom pulled the plug on the farm shop website — we'd already put $6k into the design and the council wants a whole new planning application.",
        "Tom pulled the plug on the farm shop website, we'd already put $6k into the design and the council wants a whole new planning application.",
    ] {
        let r = read_cheese(text);
        assert_eq!(r.verdict, Some(Verdict::Stop), "{text}: {r:?}");
        assert_eq!(
            r.rationale.as_deref(),
            Some("we'd already put $6k into the design and the council wants a whole new planning application"),
            "{text}: {r:?}"
        );
    }
}

/// "Sione: creaming tank 2's gearbox is cooked, …\nGrant: replace the whole tank, we can't have
/// honey sitting half creamed before the UK order. Up to $58k\nSione: chur": in a chat log, the
/// decider's own "we can't …" is why, before or after the line's cap, not the report above.
#[test]
fn the_deciders_cant_before_the_cap_in_a_chat_log_is_the_reason() {
    let text = "Sam: the cheese vat's paddle motor is cooked, we've got 800 litres sitting there half set\nRuth: replace the whole vat, we can't have milk sitting half set before the Christmas orders. Up to $9k\nSam: on it, ringing the supplier now";
    let r = read_cheese(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("we can't have milk sitting half set before the Christmas orders"),
        "{r:?}"
    );
}

/// "go ahead and replace the flatbed. up to $62k, can't have trees sittin on the side of 131
/// in December": a spending cap opening the reason's clause is the record's money, not part
/// of why.
#[test]
fn a_cap_opening_the_reason_is_left_to_the_money() {
    let r = read_cheese(
        "go ahead and replace the cheese vat. up to $9k, can't have milk sitting half set before Christmas",
    );
    assert_eq!(r.verdict, Some(Verdict::Approve), "{r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("can't have milk sitting half set before Christmas"),
        "{r:?}"
    );
}

/// "GL recon tool is saving accounting about 3 days at month end, roughly $18K a year",
/// "… at €92k – two parents tailgated into Rathmines last month and Tusla will ask about it at
/// the next inspection": a reason is never cut off on "at" or "and" where a follow-up was
/// misread inside it; it runs on to its clause's end.
#[test]
fn a_reason_is_not_cut_off_on_a_dangling_word() {
    for (text, why) in [
        (
            "Cave sensors are saving the affinage team about 2 days at month end, roughly $9K a year in wages",
            "saving the affinage team about 2 days at month end",
        ),
        (
            "We signed off the cave sensors at $40k – two wheels went mouldy in cave 2 last month and Biosecurity will ask about it at the next audit.",
            "two wheels went mouldy in cave 2 last month and Biosecurity will ask about it at the next audit",
        ),
    ] {
        let r = read_cheese(text);
        assert_eq!(r.rationale.as_deref(), Some(why), "{text}: {r:?}");
    }
}

/// "Hive replacement's been trimmed: 600 new boxes … so $96k. We'll do the rest once we know
/// what the varroa's done over autumn", "traceability system scaled back to the packing
/// house only for now, $21k. the cider side waits til the canning line is sorted": the part
/// of a rescope left for later, with what it waits for, is its reason whole (convention 40).
#[test]
fn a_rescopes_part_left_for_later_with_its_condition_is_its_reason() {
    for (text, why) in [
        (
            "Cave sensors have been trimmed: 200 new sensors this year rather than the full 1,200, so $14k. We'll do the rest once we know what the mould's done over winter.",
            "We'll do the rest once we know what the mould's done over winter",
        ),
        (
            "cave sensors scaled back to cave 1 only for now, $14k. the blue cave waits til the new racking is sorted",
            "the blue cave waits til the new racking is sorted",
        ),
    ] {
        let r = read_cheese(text);
        assert_eq!(r.verdict, Some(Verdict::Rescope), "{text}: {r:?}");
        assert_eq!(r.rationale.as_deref(), Some(why), "{text}: {r:?}");
    }
}

/// "The extraction line is a goer — $285k for the Cowen uncapper and spinner, going in over
/// the Christmas shutdown, which means we stop losing whole days of the flow every time the
/// old spinner throws a bearing": what the approved work means for us, after "which means",
/// is why, without its "which means".
#[test]
fn what_an_approval_means_for_us_is_its_reason() {
    let r = read_cheese(
        "The cheese vat is a goer — $90k for the Tetra vat and its paddles, going in over the Christmas shutdown, which means we stop losing whole batches every time the old paddle motor trips.",
    );
    assert_eq!(r.verdict, Some(Verdict::Approve), "{r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("we stop losing whole batches every time the old paddle motor trips"),
        "{r:?}"
    );
}

/// "[6:42 AM] Travis Pickett: sheller 2 sizing screens tore again last night, …\n[6:50 AM]
/// Hollis Tanner: just replace the whole set. up to $38k is fine, we can't be down in shelling
/// season": in a chat log, the day of what someone reports went wrong, in their line before
/// the deciding one, dates the breakage, not the decision (once the decider's own "we can't
/// …" is the reason, the report's "last night" is no longer inside it).
#[test]
fn a_breakage_reported_in_the_log_line_before_the_decision_does_not_date_it() {
    let r = read_cheese(
        "[6:42 AM] Sam Otto: vat 2 paddle sheared again last night, thats the third time since winter\n[6:50 AM] Ruth Hale: just replace the whole paddle set. up to $9k is fine, we can't be down in the spring flush\n[6:51 AM] Sam Otto: yes boss",
    );
    assert_eq!(r.verdict, Some(Verdict::Approve), "{r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("we can't be down in the spring flush"),
        "{r:?}"
    );
    assert_eq!(r.date, None, "{r:?}");
}

/// "Lorraine signed the Phorest order on Tuesday, once their team showed us the deposit rules
/// working on a test salon. … The stylists are mostly keen, bar the usual suspects.", "Carys
/// signed the order with Ashtead on Wednesday after the Environment Agency gave us until June
/// to sort the discharge at Sennen. … Nobody's thrilled about the digger noise": what had
/// happened when the order was signed ("once" or "after" and a past verb) is why, not the
/// remark sentences after it.
#[test]
fn a_past_event_after_once_or_after_in_the_verdicts_sentence_is_its_reason() {
    for (text, why) in [
        (
            "Update on the cave sensors. Tom signed the Sensaphone order on Tuesday, once their rep showed us the humidity alarms working in a test cave. Cave 1 goes live first on 12/1 and Sam's clearing the shelves now. The cheesemakers are mostly keen, bar the usual grumblers.",
            "once their rep showed us the humidity alarms working in a test cave",
        ),
        (
            "Cheese vat update. Priya signed the order with Tetra on Wednesday after the dairy inspector gave us until May to fix the old vat's seals. Install starts 11/1 and Sam's moving the moulds for it. Nobody's thrilled about the drilling noise in the shop, mind.",
            "after the dairy inspector gave us until May to fix the old vat's seals",
        ),
    ] {
        let r = read_cheese(text);
        assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
        assert_eq!(r.rationale.as_deref(), Some(why), "{text}: {r:?}");
    }
}

/// "DMS replacement approved at $1.2mm, down from the $1.45mm the vendor first quoted once we
/// dropped the on-site training days": after money in the verdict's sentence, a past event
/// after "once" explains the figure, and is no reason.
#[test]
fn a_past_event_after_the_verdicts_money_explains_the_figure() {
    let text = "Cave sensors approved at $40k, down from the $52k the vendor first quoted once we dropped the on-site training days.";
    let r = read_cheese(text);
    assert_eq!(r.rationale, None, "{text}: {r:?}");
}

/// "Endpoint security blocked 212 phishing payloads since go-live, and the cyber insurer
/// knocked €18k off our premium on the back of it": "on the back of it" points back at the
/// result told before it, which is the reason; the pointer alone is none.
#[test]
fn on_the_back_of_it_points_back_at_the_result() {
    let r = read_cheese(
        "Cave sensors flagged 14 humidity spikes since go-live, and the insurer knocked $3k off our premium on the back of it.",
    );
    assert_eq!(
        r.rationale.as_deref(),
        Some("flagged 14 humidity spikes since go-live"),
        "{r:?}"
    );
}

/// "The LED lights have more than paid their way. Electric for the pad is down about 38% on
/// last winter, call it £2,100 a month. The TV crew for the Kestrels' cup game were happy
/// too.": a remark added on ("… too") after the counted result is no evidence; the result is.
#[test]
fn a_remark_added_on_after_a_counted_result_gives_way_to_it() {
    let r = read_cheese(
        "The cave sensors have more than paid their way. Wheels lost to mould are down about 40% on last winter, call it $1,800 a month. The cheesemongers at the Hobart market were happy too.",
    );
    assert_eq!(
        r.rationale.as_deref(),
        Some("Wheels lost to mould are down about 40% on last winter"),
        "{r:?}"
    );
}

/// "The new greenhouse block is on hold. We cannot start building before Valentine's — every
/// hand is on harvest — so we shall revisit on 15 March.", "DFO haven't said what the crab
/// quota is for next year and there's talk it's down again, so no sense putting $290,000
/// into a second cooking line till we knows. Crab cooking line is on hold, …": the cause
/// before ", so" in the sentence after a hold (whose "so" looks again) or before it (whose
/// "so" says there's no sense in it) is the hold's reason, whole.
#[test]
fn a_cause_then_so_beside_the_holds_sentence_is_its_reason() {
    for (text, why) in [
        (
            "The new maturing cave is on hold. We cannot start digging before the spring flush — every hand is on the vats — so we shall revisit on 15 March.",
            "We cannot start digging before the spring flush — every hand is on the vats",
        ),
        (
            "The dairy authority haven't said what the raw milk rules are for next year and there's talk they're tightening again, so no sense putting $90,000 into a new cheese vat till we know. Cheese vat is on hold, we'll look at it again when the rules come out, likely March.",
            "The dairy authority haven't said what the raw milk rules are for next year and there's talk they're tightening again",
        ),
    ] {
        let r = read_cheese(text);
        assert_eq!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
        assert_eq!(r.rationale.as_deref(), Some(why), "{text}: {r:?}");
    }
}

/// "Steve says hold the MFA rollout till July, after the end of financial year, Accounts can't
/// take anything else on before then": a time told again after the hold's ("after the end of
/// financial year,") only says when; the clause of its own after it is why.
#[test]
fn a_time_told_again_before_the_reason_is_left_out() {
    let r = read_cheese(
        "Priya says hold the cave sensors till July, after the end of financial year, the office can't take anything else on before then",
    );
    assert_eq!(r.verdict, Some(Verdict::Defer), "{r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("the office can't take anything else on before then"),
        "{r:?}"
    );
}

/// A message cut short after ", which means", and a one-word reason, read without a panic.
#[test]
fn cut_short_after_which_means_and_one_word_reasons_read() {
    let r = read_cheese(
        "The cheese vat is a goer — $90k for the vat, going in over the shutdown, which means",
    );
    assert_eq!(r.verdict, Some(Verdict::Approve), "{r:?}");
    let _ = read_cheese("too");
    let _ = read_cheese("saved $3k. too");
}
