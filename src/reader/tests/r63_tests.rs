//! Round R63: the rationale's misses on the training corpus sorted by cause (twenty-eighth
//! pass), each cause worded here for another invented organisation: a quinoa growers'
//! cooperative at Challapata, Bolivia, with its mill, its grain store and its office.

use super::test_names::{directory, read_day_first_in};
use super::*;

/// The cooperative's units and investments.
fn coop_dir() -> StaticDirectory {
    directory(
        &[
            ("Mill", &["Milling"]),
            ("Grain Store", &["Store"]),
            ("Office", &["Admin"]),
        ],
        &[
            ("Quinoa Scarifier", "Mill"),
            ("Grain Silo", "Grain Store"),
            ("Accounting Software", "Office"),
            ("Delivery Truck", "Grain Store"),
        ],
    )
}

fn read_coop(text: &str) -> Reading {
    read_day_first_in(text, "wilma", "USD", &coop_dir())
}

/// "Work will start from 15th December": when the work starts, told with its ordinal day
/// after "from", "by" or "on", is the plan, no reason (as "… in January" is, round R59).
#[test]
fn work_starting_on_an_ordinal_day_is_no_reason() {
    let r = read_coop(
        "Dear All,\nPlease be informed that management has decided to bring forward the grain silo for the store. Approved budget $62,500/-. Work will start from 15th December. Engr. Mamani will supervise.\nRegards\nAdmin",
    );
    assert_eq!(r.verdict, Some(Verdict::Approve), "{r:?}");
    assert_eq!(r.rationale, None, "{r:?}");
    // Near: a reason sentence after the approval stays.
    let r = read_coop(
        "Management has decided to go ahead with the grain silo, $62,500. The rats got into the sacks twice this winter.",
    );
    assert_eq!(
        r.rationale.as_deref(),
        Some("The rats got into the sacks twice this winter"),
        "{r:?}"
    );
}

/// "HR helpdesk overtime was S$5k a month last year", "Current losses from spoilt fish were
/// estimated at ZMW 25,000 per week": what the trouble costs us now, told in the sentence
/// after an approval, is its reason, though it holds money by the month.
#[test]
fn what_the_trouble_costs_told_after_an_approval_is_the_reason() {
    for (text, why) in [
        (
            "Accounting software – approved at $9,500 by the treasurer this morning. Office overtime was $600 a month last year.",
            "Office overtime was $600 a month last year",
        ),
        (
            "Item 2: Grain silo — Approved at $48,000. Current losses from damp grain in the wet season were estimated at $900 per week.",
            "Current losses from damp grain in the wet season were estimated at $900 per week",
        ),
    ] {
        let r = read_coop(text);
        assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
        assert_eq!(r.rationale.as_deref(), Some(why), "{text}: {r:?}");
    }
    // Near: what the thing itself costs to run, told after it, describes the record.
    let r = read_coop("Accounting software – approved at $9,500. Running cost is $600 a year.");
    assert_eq!(r.verdict, Some(Verdict::Approve), "{r:?}");
    assert_eq!(r.rationale, None, "{r:?}");
}

/// "Agenda 3: Miscellaneous — nil.": a minutes' closing item of other business, told as
/// "miscellaneous", is no reason of the item before it (as "AOB — …", round R61).
#[test]
fn a_minutes_miscellaneous_item_is_no_reason() {
    let r = read_coop(
        "Minutes of the Board Meeting held on 02.12.2026\nAgenda 1: Quinoa scarifier for the mill — approved, $42,000. Justification: the old one cracks the grain, the buyer in Lima has complained twice.\nAgenda 2: Grain silo — deferred to next board meeting (March 2027).\nAgenda 3: Miscellaneous — nil.",
    );
    let rec = std::iter::once(&r)
        .chain(r.also.iter())
        .find(|x| x.verdict == Some(Verdict::Defer))
        .unwrap_or(&r);
    assert_eq!(rec.verdict, Some(Verdict::Defer), "{r:?}");
    assert_eq!(rec.rationale, None, "{r:?}");
    // Near: the approval's justification stays its reason.
    assert_eq!(
        r.rationale.as_deref(),
        Some("the old one cracks the grain, the buyer in Lima has complained twice"),
        "{r:?}"
    );
}

/// "[4/12/26, 10:13 am] Rafiq: Alhamdulillah": the next turn of a pasted WhatsApp chat,
/// opened by its stamp's time, is no reason of the approval in the turn before it.
#[test]
fn a_pasted_chat_turns_stamp_opens_no_reason() {
    let r = read_coop(
        "[4/12/26, 10:12 am] Efrain (Mill Manager): Quinoa scarifier overhaul approved by the president, $3,800\n[4/12/26, 10:13 am] Rosa: Gracias 🙏 when will the parts come\n[4/12/26, 10:15 am] Efrain (Mill Manager): After customs, January",
    );
    assert_eq!(r.verdict, Some(Verdict::Approve), "{r:?}");
    assert_eq!(r.rationale, None, "{r:?}");
}

/// "Auntie Bea and I went through the numbers.": who went over the figures before the
/// verdict says how it was decided, not why.
#[test]
fn going_through_the_numbers_is_no_reason() {
    let r = read_coop(
        "Subject: Delivery truck\n\nWilma,\n\nDon Teodoro and I went through the numbers. We're approving the delivery truck at $64,000. Rosa will handle the paperwork with the dealer by January 15.\n\nRegards,\nEfrain",
    );
    assert_eq!(r.verdict, Some(Verdict::Approve), "{r:?}");
    assert_eq!(r.rationale, None, "{r:?}");
    // Near: a reason told in the sentence before stays.
    let r = read_coop(
        "The old truck broke down twice on the Oruro road. We're approving the delivery truck at $64,000.",
    );
    assert_eq!(
        r.rationale.as_deref(),
        Some("The old truck broke down twice on the Oruro road"),
        "{r:?}"
    );
}

/// "The old one i no save keep -18 for more than six hours, and last month we lost 40
/// cartons": what we lost, joined to the sentence after an approval, makes it the reason,
/// though its first words are no English clause; "Tankyu tumas to Jimmy" is thanks.
#[test]
fn what_we_lost_joined_to_the_next_sentence_is_the_reason() {
    let r = read_coop(
        "Gud morning. Short update from the board: the board i approve the new grain silo for the store, $48,000. The old bins i no save keep the damp out, and last month we lost 30 sacks to mould. Tankyu tumas to Rosa for the report.",
    );
    assert_eq!(r.verdict, Some(Verdict::Approve), "{r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("The old bins i no save keep the damp out, and last month we lost 30 sacks to mould"),
        "{r:?}"
    );
    // Near: thanks alone after the approval is no reason.
    let r = read_coop(
        "The board i approve the new grain silo for the store, $48,000. Tankyu tumas to Rosa for the report.",
    );
    assert_eq!(r.verdict, Some(Verdict::Approve), "{r:?}");
    assert_eq!(r.rationale, None, "{r:?}");
}

/// "Compression tester got turned down by Auntie Bea. We'll keep sending our breaks to the
/// lab in Tamuning": the way we keep on instead, told after a refusal, is its reason (as
/// "we'll rent one", convention 28).
#[test]
fn what_we_keep_doing_after_a_refusal_is_the_reason() {
    let r = read_coop(
        "Accounting software got turned down by Don Teodoro. We'll keep sending our books to the accountant in Oruro",
    );
    assert_eq!(r.verdict, Some(Verdict::Reject), "{r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("We'll keep sending our books to the accountant in Oruro"),
        "{r:?}"
    );
    // Near: "we'll keep you posted" is no way of keeping on.
    let r = read_coop("Accounting software got turned down by Don Teodoro. We'll keep you posted");
    assert_eq!(r.verdict, Some(Verdict::Reject), "{r:?}");
    assert_eq!(r.rationale, None, "{r:?}");
}

/// "revisit after the buildup contracts are signed", "Lease scoring app — on hold. DG says
/// we review it in March after we see the default rate of Q4": the event a look-again waits
/// for after "after" is the hold's reason, with its "after" (conventions 22 and 51), as
/// after "once" or "till".
#[test]
fn the_event_a_look_again_waits_after_is_the_reason() {
    for (text, why) in [
        (
            "Don Teodoro: no to the grain silo for now, revisit after the bank loan papers are signed",
            "after the bank loan papers are signed",
        ),
        (
            "Accounting software — on hold. The treasurer says we review it in March after we see the harvest prices of Q1",
            "after we see the harvest prices of Q1",
        ),
    ] {
        let r = read_coop(text);
        assert_eq!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
        assert_eq!(r.rationale.as_deref(), Some(why), "{text}: {r:?}");
    }
    // Near: a season after "after" stays no reason (convention 82).
    let r = read_coop("Grain silo on hold, revisit after the rainy season in March");
    assert_eq!(r.verdict, Some(Verdict::Defer), "{r:?}");
    assert_eq!(r.rationale, None, "{r:?}");
}

/// "Forklift for the finishing godown approved by MD Sir on 30.11.2026 — Tk 24.5 lakh, 3 ton
/// electric.": the thing's size after its price says what is bought, no reason.
#[test]
fn a_things_size_after_its_price_is_no_reason() {
    let r = read_coop(
        "Delivery truck for the grain store approved by the president on 30.11.2026 — $24,500, 3 ton diesel.",
    );
    assert_eq!(r.verdict, Some(Verdict::Approve), "{r:?}");
    assert_eq!(r.rationale, None, "{r:?}");
    // Near: a size judged too small is the reason.
    let r = read_coop(
        "Delivery truck for the grain store approved — $24,500, the 1 ton one can't carry a full harvest load.",
    );
    assert_eq!(
        r.rationale.as_deref(),
        Some("the 1 ton one can't carry a full harvest load"),
        "{r:?}"
    );
}
