//! Round R55: the rationale's misses on the training corpus sorted by cause (twentieth
//! pass), each cause worded here for another invented organisation: a cider mill in
//! Herefordshire (its press house, its cellar and bottling, its office).

use super::test_names::{directory, read_day_first_in};
use super::*;

/// The cider mill's units and investments.
fn cider_dir() -> StaticDirectory {
    directory(
        &[
            ("Pressing", &["Press House"]),
            ("Cellar", &["Bottling"]),
            ("Office", &["Back Office"]),
        ],
        &[
            ("Belt Press", "Pressing"),
            ("Bottling Line", "Cellar"),
            ("Tank Sensors", "Cellar"),
            ("Accounting Software", "Office"),
        ],
    )
}

fn read_cider(text: &str) -> Reading {
    read_day_first_in(text, "rhiannon", "GBP", &cider_dir())
}

/// Convention 73: a benefit's result told as what the work did opens on the verb; the
/// helping word between the work and its verb ("has done") goes with the work.
#[test]
fn the_works_helping_word_is_no_part_of_its_result() {
    let r = read_cider(
        "bottling line at ledbury has done 900 cases since june, thats about £3k we'd have paid \
         the contract bottler",
    );
    assert_eq!(r.intent, Intent::Benefit, "{r:?}");
    assert_eq!(r.rationale.as_deref(), Some("done 900 cases"), "{r:?}");
    // Near: "has" as the verb itself stays.
    let r = read_cider(
        "belt press has the lads doin 6 tonnes an hour now up from 4, works out about £2k a \
         month less in wages",
    );
    assert_eq!(
        r.rationale.as_deref(),
        Some("has the lads doin 6 tonnes an hour now up from 4"),
        "{r:?}"
    );
}

/// Convention 30: a stop told in a sentence of its own, then the money already put in and
/// what came of it in the next — "we have used £X on …", the money said a few words on
/// ("We paid the agency already £14k but …"), or "so that's gone" — is the case for
/// stopping; a closing "so it is no use to continue" says the stop again.
#[test]
fn money_put_in_told_after_a_stop() {
    for (text, why) in [
        (
            "We stop the orchard app project. We paid the agency already £14k but it doesn't \
             work offline in the orchards, so it is no use to continue. Decided by Huw on \
             Monday.",
            "We paid the agency already £14k but it doesn't work offline in the orchards",
        ),
        (
            "The board decided yesterday to stop the accounting software project. We have used \
             £22,000 on the consultant and we are still not live. We keep Sage for now.",
            "We have used £22,000 on the consultant and we are still not live",
        ),
        (
            "Heard from Huw after the meeting — the visitor barn is dead, he's not doing it at \
             all. We already paid the surveyor £2,400 so that's gone.",
            "We already paid the surveyor £2,400 so that's gone",
        ),
    ] {
        let r = read_cider(text);
        assert_eq!(r.verdict, Some(Verdict::Stop), "{text}: {r:?}");
        assert_eq!(r.rationale.as_deref(), Some(why), "{text}: {r:?}");
    }
    // Near: money used on something else with nothing lost is no case for stopping.
    let r = read_cider(
        "We stop the orchard app project. We have used £22,000 of the budget on the new \
         labels. We keep Sage for now.",
    );
    assert_ne!(
        r.rationale.as_deref(),
        Some("We have used £22,000 of the budget on the new labels"),
        "{r:?}"
    );
}

/// Conventions 15 and 29: a benefit whose money's clause is joined to the result before it
/// ("… and online sales are up £11k", "… n the fertiliser bill dropped abt 90k a month",
/// "…, that's about £2,300 a month"), after an opening that only praises the work or says
/// it is live, has that result for its reason.
#[test]
fn the_result_before_the_moneys_clause() {
    for (text, why) in [
        (
            "Bottling line's been live a fortnight – no more jammed caps on the 500ml and cellar \
             door sales are up £4k on this time last year",
            "no more jammed caps on the 500ml",
        ),
        (
            "tank sensors paying off, we're losing 30% less juice to the drains n the cleaning \
             bill dropped abt £900 a month",
            "we're losing 30% less juice to the drains",
        ),
        (
            "The belt press has been a blessing. Pressing used to take the whole weekend, now \
             it's done by Saturday lunch and we send the lads home, that's about £1,300 a \
             month less in overtime.",
            "Pressing used to take the whole weekend, now it's done by Saturday lunch and we \
             send the lads home",
        ),
    ] {
        let r = read_cider(text);
        assert_eq!(r.intent, Intent::Benefit, "{text}: {r:?}");
        assert_eq!(r.rationale.as_deref(), Some(why), "{text}: {r:?}");
    }
    // Near: money saved told alone after the praise is no reason (convention 23).
    let r = read_cider("tank sensors paying off, saved us abt £900 a month on the cleaning bill");
    assert_eq!(r.rationale, None, "{r:?}");
}

/// Who signed or agreed, told alone after the verdict ("gunni signed", "Ásdís agreed.",
/// "fiona says no the now"), is who decided, not why: no reason (as "partners said so").
#[test]
fn who_signed_is_no_reason() {
    for text in [
        "backup pump ok, £12k, huw signed",
        "Press house roof approved at £40k. Bethan agreed.",
        "accounting software's parked. bethan says no the now",
    ] {
        let r = read_cider(text);
        assert!(r.verdict.is_some(), "{text}: {r:?}");
        assert_eq!(r.rationale, None, "{text}: {r:?}");
    }
    // Near: what someone agreed to, or says the old one does, is a reason.
    let r =
        read_cider("accounting software's parked. bethan says the old one still does what we need");
    assert_eq!(
        r.rationale.as_deref(),
        Some("bethan says the old one still does what we need"),
        "{r:?}"
    );
}

/// "same 1200 hives", "Same price.": the terms kept as they were say nothing of why; the
/// sentence after them, when it explains, is the reason.
#[test]
fn the_same_terms_are_no_reason() {
    let r = read_cider(
        "orchard hire keeps going next year, same 40 hives. bethan says the pollination was \
         up some this year",
    );
    assert_eq!(r.verdict, Some(Verdict::Continue), "{r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("bethan says the pollination was up some this year"),
        "{r:?}"
    );
    let r = read_cider(
        "Still going with the press house roof even though the builder bumped us to January. \
         Same price.",
    );
    assert_eq!(r.rationale, None, "{r:?}");
    // Near: "the same" as part of a ground stays.
    let r = read_cider(
        "orchard hire keeps going next year, the same hives gave us 20% more fruit this year",
    );
    assert_eq!(
        r.rationale.as_deref(),
        Some("the same hives gave us 20% more fruit this year"),
        "{r:?}"
    );
}

/// "shona's well chuffed": someone pleased with the verdict, told alone, is no reason; the
/// sentence after it is, when it explains.
#[test]
fn someone_pleased_alone_is_no_reason() {
    let r = read_cider(
        "belt press approved 👍 £36k for the pair, bethan's well chuffed. the old one is older \
         than her",
    );
    assert_eq!(r.verdict, Some(Verdict::Approve), "{r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("the old one is older than her"),
        "{r:?}"
    );
    // Near: pleased with a result told after it keeps both.
    let r = read_cider(
        "orchard hire keeps going next year, Bethan is happy, almost no scab on the fruit with \
         them",
    );
    assert_eq!(
        r.rationale.as_deref(),
        Some("Bethan is happy, almost no scab on the fruit with them"),
        "{r:?}"
    );
}

/// "ally: dinnae touch it, we need the young ones more than ever": "don't touch it" after a
/// continue says the verdict again (leave it be); the clause after it is why.
#[test]
fn dont_touch_it_says_the_verdict_again() {
    let r = read_cider(
        "press house roof's still going ahead as planned. huw: dinnae touch it, we need the \
         dry floor more than ever",
    );
    assert_eq!(r.verdict, Some(Verdict::Continue), "{r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("we need the dry floor more than ever"),
        "{r:?}"
    );
}

/// "price down to $54k from $62k, still fit 30 guests": the price moved opens the reason
/// read, and is the amount's news; the clause after it is why (convention 16's scope).
/// "no replacement" after a continue says the verdict again: the reason before it stands.
#[test]
fn the_price_moved_and_no_replacement_are_no_reason() {
    let r = read_cider(
        "bottling line: going with the 4-head filler instead of the 6. price down to £54k from \
         £62k, still does 900 bottles an hour.",
    );
    assert_eq!(
        r.rationale.as_deref(),
        Some("still does 900 bottles an hour"),
        "{r:?}"
    );
    let r = read_cider(
        "Belt press still working fine, we continue with it another year, no replacement.",
    );
    assert_eq!(r.verdict, Some(Verdict::Continue), "{r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("Belt press still working fine"),
        "{r:?}"
    );
}

/// "… and since then not one bag of ice walk off": "since then" says from when, as "since
/// go-live" does (convention 1), and stays with the result; it is no cause to leave out.
#[test]
fn since_then_stays_with_the_result() {
    let r = read_cider(
        "We spent £9,400 on the tank sensors in the summer and since then not one tank of \
         juice has turned. Before that we was losing maybe £1,500 a month.",
    );
    assert_eq!(
        r.rationale.as_deref(),
        Some("since then not one tank of juice has turned"),
        "{r:?}"
    );
}

/// "… for leaves and stems and that's the end of that he says": a closing "that's the end
/// of that" says the matter is settled, the verdict again; the ground before it is why.
#[test]
fn thats_the_end_of_that_closes_no_reason() {
    let r = read_cider(
        "Mornin all. Huw signed off on the belt press yesterday, £38K all in. We had a whole \
         load of juice sent back from the Bristol buyer in August for pips and that's the end \
         of that he says.",
    );
    assert_eq!(
        r.rationale.as_deref(),
        Some("We had a whole load of juice sent back from the Bristol buyer in August for pips"),
        "{r:?}"
    );
}
