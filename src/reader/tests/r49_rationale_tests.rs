//! Round R49: the rationale's misses on the training corpus sorted by cause (fourteenth
//! pass), each cause worded here for another invented organisation: a knitwear mill in
//! Lerwick, Shetland (its spinning floor, knitting room and office).

use super::test_names::{directory, read_day_first_in};
use super::*;

/// The knitwear mill's units and investments.
fn mill_dir() -> StaticDirectory {
    directory(
        &[
            ("Spinning", &["Carding"]),
            ("Knitting", &["Dye House"]),
            ("Office", &["Admin"]),
        ],
        &[
            ("Carding Machine", "Spinning"),
            ("Dye House Boiler", "Knitting"),
            ("Web Shop", "Office"),
            ("Delivery Van", "Office"),
            ("Solar Array", "Knitting"),
        ],
    )
}

fn read_mill(text: &str) -> Reading {
    read_day_first_in(text, "morag", "GBP", &mill_dir())
}

/// Convention 55: "He's happy for us to go ahead at £86k as long as the roof survey comes
/// back clean, which Gaz thinks it will", "she'll wear the £28k as long as it covers both
/// faces", "approved … in principle, subject to a final quote, and deferred …": a condition
/// closing an approval, its only explanation, is its reason — the condition whole, without
/// a remark hung on it after ", which".
#[test]
fn a_condition_closing_an_approval_is_its_reason() {
    for (text, why) in [
        (
            "Heard back from Ian on the solar. He's happy for us to go ahead at £42k as long as \
             the structural survey comes back clean, which Magnus thinks it will.",
            "as long as the structural survey comes back clean",
        ),
        (
            "Ian rang about the carding machine — he's fine with the £9k as long as it handles \
             the fleece and the alpaca.",
            "as long as it handles the fleece and the alpaca",
        ),
    ] {
        let r = read_mill(text);
        assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
        assert_eq!(r.rationale.as_deref(), Some(why), "{text}: {r:?}");
    }
    let text = "From the board minutes (19/11): \"The Board approved the dye house boiler in \
                principle, subject to a final quote, and deferred the web shop until the new \
                designer starts.\"";
    let r = read_mill(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("subject to a final quote"),
        "{text}: {r:?}"
    );
}

/// Convention 55's second half: a budget named only by its time ("until the April budget",
/// "til the Q1 budget") is the hold's time, no reason; a budget with a happening ("until the
/// April budget is set", "until the Q1 budget review") is what the hold waits for, the reason
/// (convention 51).
#[test]
fn a_budget_named_by_its_time_is_no_reason_but_its_happening_is() {
    for (text, why) in [
        ("Delivery van – parked until the April budget", None),
        ("the web shop is tbd til the Q1 budget", None),
        (
            "Delivery van parked until the April budget is set",
            Some("until the April budget is set"),
        ),
    ] {
        let r = read_mill(text);
        assert_eq!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
        assert_eq!(r.rationale.as_deref(), why, "{text}: {r:?}");
    }
}

/// "boss said no to the branded t-shirts for the pickers, 12k for shirts that will be worn to
/// church": a refusal's price "for" what a relative clause then judges is the case against
/// the work (conventions 8 and 26), though the thing priced is said again and no small count
/// follows.
#[test]
fn a_refusals_price_for_a_thing_then_judged_is_its_reason() {
    for (text, why) in [
        (
            "Magnus said no to the embroidered fleeces for the shop staff, 4k for fleeces that \
             will be worn to the pub",
            "4k for fleeces that will be worn to the pub",
        ),
        (
            "the board turned down the second delivery van, £38k for a van which would sit in \
             the yard all winter",
            "£38k for a van which would sit in the yard all winter",
        ),
    ] {
        let r = read_mill(text);
        assert_eq!(r.verdict, Some(Verdict::Reject), "{text}: {r:?}");
        assert_eq!(r.rationale.as_deref(), Some(why), "{text}: {r:?}");
    }
}

/// A stop's case told in a sentence of its own that opens on the money sunk (conventions 26
/// and 30): "$65k spent already but most customers still WhatsApp the manager directly, so
/// …" (what came of it after "but" as after "and"), "$26,000 into that website since last
/// spring and we sold forty-one boxes …, most of them to Aunt Bride's crowd 😂 Let the
/// Facebook page do the work." (an emoji before a capital ends the sentence), "$5,200 since
/// Labor Day and not one caller said they saw it" (the "since" inside the case keeps it whole).
#[test]
fn a_stops_sunk_money_sentence_is_its_case_whole() {
    for (text, why) in [
        (
            "We're shutting the web shop. £6k spent already but most folk still phone the mill, \
             so the orders go back on the paper pad.",
            "£6k spent already but most folk still phone the mill, so the orders go back on the \
             paper pad",
        ),
        (
            "We're packing in the web shop. £9,000 into that website since last spring and we \
             sold twelve jumpers, most of them to Ian's cousins 😂 Let the Facebook page do the \
             work.",
            "£9,000 into that website since last spring and we sold twelve jumpers, most of them \
             to Ian's cousins",
        ),
        (
            "We're done paying for the radio ads on the web shop. £5,200 since Easter and not \
             one customer said they heard it.",
            "£5,200 since Easter and not one customer said they heard it",
        ),
    ] {
        let r = read_mill(text);
        assert_eq!(r.rationale.as_deref(), Some(why), "{text}: {r:?}");
    }
}

/// "Renita came back to me on the truck probe. She's ok with $46k for the new one, the old
/// probe busted twice during harvest and we had trucks backed up to the highway.": "backed
/// up" is a queue, no verdict, so the reason after the verdict is read, not the opening
/// report before it.
#[test]
fn a_queue_backed_up_in_the_reason_is_no_verdict() {
    let text = "Ian came back to me on the carding machine. He's ok with £46k for the new one, \
                the old carder jammed twice during the clip and we had fleeces backed up to the \
                door.";
    let r = read_mill(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some(
            "the old carder jammed twice during the clip and we had fleeces backed up to the \
             door"
        ),
        "{text}: {r:?}"
    );
}

/// "heli moves carry on for the flowering, no question — we'd never get 1,200 hives up the
/// Motu blocks by ute": "no question", "no doubt", "no-brainer" before the reason is the
/// writer's certainty, as a groan is their mood; the reason is what follows.
#[test]
fn a_certainty_before_the_reason_is_no_part_of_it() {
    for text in [
        "dye house boiler keeps going through the winter, no question — we'd never get the \
         yarn dyed in time without it",
        "dye house boiler keeps going through the winter, no doubt, we'd never get the yarn \
         dyed in time without it",
    ] {
        let r = read_mill(text);
        assert_eq!(r.verdict, Some(Verdict::Continue), "{text}: {r:?}");
        assert_eq!(
            r.rationale.as_deref(),
            Some("we'd never get the yarn dyed in time without it"),
            "{text}: {r:?}"
        );
    }
}

/// "The new office furniture got shot down, which, fair.": a single word after the verdict
/// ("fair", "finally", "obviously") is the writer's reaction; no label in the corpus gives a
/// one-word reason.
#[test]
fn a_one_word_reaction_is_no_reason() {
    for text in [
        "Good news from Ian: the carding machine is approved at £26k. The web shop got shot \
         down, which, fair.",
        "The web shop got shot down, which, fair.",
    ] {
        let r = read_mill(text);
        let last = r.also.last().unwrap_or(&r);
        assert_eq!(last.verdict, Some(Verdict::Reject), "{text}: {r:?}");
        assert_eq!(last.rationale, None, "{text}: {r:?}");
    }
}

/// "we approved £250k for the CRM replacement because churn": one word the writer gave as the
/// cause, after "because" (or "due to", "cos"), is the reason — only a word hung on the
/// verdict with nothing saying why is a reaction (found at the lead's merge: the Slack form
/// test's draft lost its "churn").
#[test]
fn one_word_given_as_the_cause_is_still_the_reason() {
    for (text, why) in [
        (
            "we approved £26k for the carding machine because churn",
            "churn",
        ),
        ("Parked the web shop due to budget.", "budget"),
        ("delivery van binned cos insurance", "insurance"),
    ] {
        let r = read_mill(text);
        assert_eq!(r.rationale.as_deref(), Some(why), "{text}: {r:?}");
    }
}

/// "laptops for the office £11,400 signed off, twelve of em": how many of the thing, told
/// after the verdict, is its count, no reason.
#[test]
fn a_count_of_the_thing_after_the_verdict_is_no_reason() {
    for text in [
        "laptops for the office £4,400 signed off, four of em",
        "carding machine combs £2,100 signed off, 30 of them",
    ] {
        let r = read_mill(text);
        assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
        assert_eq!(r.rationale, None, "{text}: {r:?}");
    }
}

/// "Kilns are holding 160 degrees through the night now where they used to sag to 130 by
/// 3am, and we ain't bought a gallon of propane since it come back on line, near $9,000 a
/// month.": "since it came back on" is when the result began (as "since it went in" inside
/// the results labelled), no cause; the result before the money is the evidence.
#[test]
fn since_it_came_back_is_no_cause() {
    let text = "Dye house boiler done the trick. Vats are holding 90 degrees through the night \
                now where they used to drop to 60 by 3am, and we ain't bought a drop of oil \
                since it come back on, near £9,000 a month.";
    let r = read_mill(text);
    assert_eq!(r.intent, Intent::Benefit, "{text}: {r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("Vats are holding 90 degrees through the night now where they used to drop to 60 by 3am"),
        "{text}: {r:?}"
    );
}

/// "Mere's asked us to sit on the website rebuild, the China distributor does most of our
/// online sales now anyway.": one person by name asking us to hold is the decision, said as
/// a request; the reason is the clause after it ("the councils have asked us to park it
/// until after the May elections" stays a third party's ask, the reason).
#[test]
fn a_persons_ask_to_hold_is_the_decision_not_its_reason() {
    let text = "Ian's asked us to sit on the web shop rebuild, the Shetland distributor does \
                most of our online sales now anyway.";
    let r = read_mill(text);
    assert_eq!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("the Shetland distributor does most of our online sales now anyway"),
        "{text}: {r:?}"
    );
    let text = "The islands council have asked us to park the web shop until after the May \
                elections, so it waits.";
    let r = read_mill(text);
    assert_eq!(
        r.rationale.as_deref(),
        Some(
            "The islands council have asked us to park the web shop until after the May elections"
        ),
        "{text}: {r:?}"
    );
}
