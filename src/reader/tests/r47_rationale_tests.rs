//! Round R47: the rationale's misses on the training corpus sorted by cause (twelfth pass),
//! the causes seen in several organisations, above all the newest first-seen ones, each
//! worded here for another invented organisation: a cider maker in the Wye valley (its
//! orchards, press house and office).

use super::test_names::{directory, read_day_first_in, records};
use super::*;

/// The cider maker's units and investments.
fn cider_dir() -> StaticDirectory {
    directory(
        &[
            ("Orchards", &["Orchard"]),
            ("Press House", &["Pressing"]),
            ("Office", &["Admin"]),
        ],
        &[
            ("Juice Press", "Press House"),
            ("Cold Store", "Press House"),
            ("Bottling Line", "Press House"),
            ("Orchard Sprayer", "Orchards"),
            ("Radio Adverts", "Office"),
            ("Shop Website", "Office"),
        ],
    )
}

fn read_cider(text: &str) -> Reading {
    read_day_first_in(text, "megan", "GBP", &cider_dir())
}

/// "batching plant controls - quote's in at £62k, bit more than we'd reckoned on. leaving it
/// till the new year", "Case management upgrade - Tyler wants $210K now, was $140K in the
/// spring quote. We're pausing it til …": a price told and judged over what was expected,
/// in the sentence before a hold, is why it waits; the hold's "till …" is only how long.
#[test]
fn a_price_over_what_was_expected_before_a_hold_is_its_reason() {
    for (text, why) in [
        (
            "cold store - the quote landed at £48k, a fair bit more than we'd budgeted. leaving it till the spring",
            "the quote landed at £48k, a fair bit more than we'd budgeted",
        ),
        (
            "Juice press upgrade - the supplier wants £74k now, was £52k in the summer quote. We're pausing it til the board sees the new numbers in March.",
            "the supplier wants £74k now, was £52k in the summer quote",
        ),
        (
            "bottling line phase 2 - quotation came in at £31k, more than budget. wait until next financial year (April)",
            "quotation came in at £31k, more than budget",
        ),
    ] {
        let r = read_cider(text);
        assert_eq!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
        assert_eq!(r.rationale.as_deref(), Some(why), "{text}: {r:?}");
    }
}

/// "stop the foodpanda ads already, spent 30k and orders no change", "done with the radio
/// ads on WALB, $11k this year and not one grower said they heard em": after a stop, the
/// money spent and nothing to show for it, joined by "and" or "but", is the case
/// (convention 30).
#[test]
fn money_spent_for_nothing_after_a_stop_is_its_reason() {
    for (text, why) in [
        (
            "stop the radio adverts now, spent £9k and the shop's no busier",
            "spent £9k and the shop's no busier",
        ),
        (
            "done with the radio adverts on Sunshine FM, £6k this year and not one customer said they heard them",
            "£6k this year and not one customer said they heard them",
        ),
    ] {
        let r = read_cider(text);
        assert_eq!(r.verdict, Some(Verdict::Stop), "{text}: {r:?}");
        assert_eq!(r.rationale.as_deref(), Some(why), "{text}: {r:?}");
    }
}

/// "The grading room upgrade is gonna wait till after the crop is shelled out, probably March
/// — Renita wants to see what the sheller runs …", "The straw shed extension … is on hold
/// till March, the ground works quote came in at €210k and …", "He wants the website
/// rebuild held until after sugaring though, money's tight until …": after a hold's time
/// (and a hedged month), a clause of its own in the hold's sentence says why; not the
/// remark in the sentence after ("And whoever keeps parking …", "Tasha's thrilled").
#[test]
fn a_clause_after_a_holds_time_is_why_not_the_remark_after_it() {
    for (text, why) in [
        (
            "Quick one from Thursday's meeting. Dai signed off the juice press at £40k, since the old one split a plate in October. The cold store is gonna wait till after the harvest is in, probably November — Ffion wants to see this year's tonnage before we put £60k into it. And whoever keeps leaving the forklift on the ramp, please stop.",
            "Ffion wants to see this year's tonnage before we put £60k into it",
        ),
        (
            "Quick update from the press house. The orchard sprayer stays on for another year — the drift complaints have stopped. The bottling line upgrade is on hold till March, the installer's quote came in at £85k and that's well over what we'd set aside. Oh and the van keys are back on the hook.",
            "the installer's quote came in at £85k and that's well over what we'd set aside",
        ),
        (
            "Megan went through the accounts with Dai on Tuesday. He's fine with the shop website, £3,200, because the old one can't take card payments. He wants the cold store held until after the harvest though, cash is tight until the first cider money comes in. Ffion's relieved, obviously.",
            "cash is tight until the first cider money comes in",
        ),
    ] {
        let r = read_cider(text);
        let held = records(&r)
            .into_iter()
            .find(|x| x.verdict == Some(Verdict::Defer));
        let held = held.unwrap_or_else(|| panic!("{text}: no hold read: {r:?}"));
        assert_eq!(held.rationale.as_deref(), Some(why), "{text}: {held:?}");
    }
}

/// "[6:50 AM] Hollis Tanner: just replace the whole set. up to $38k is fine, we can't be down
/// in shelling season", "Ok go na for the genset …, up to ₱1.4M for both. Cannot keep closing
/// branches during brownouts": in a chat log, the deciding line's own "can't" clause after
/// its cap says why, before the report in the line above it.
#[test]
fn a_deciders_cant_clause_after_the_cap_is_why_in_a_chat_log() {
    for (text, why) in [
        (
            "[7:10 AM] Rhys Powell: bottling line capper jammed again overnight, third time this week\n[7:25 AM] Megan Price: just replace the capper. up to £6k is fine, we can't be down in the Christmas rush\n[7:26 AM] Rhys Powell: will do",
            "we can't be down in the Christmas rush",
        ),
        (
            "[9:41 AM] Rhys Powell: the cold store compressor tripped again in the heat\n[9:55 AM] Megan Price: Ok go ahead with a new compressor for the cold store, up to £14k. Cannot keep losing juice every time it's warm\n[9:56 AM] Rhys Powell: thanks!",
            "Cannot keep losing juice every time it's warm",
        ),
    ] {
        let r = read_cider(text);
        assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
        assert_eq!(r.rationale.as_deref(), Some(why), "{text}: {r:?}");
    }
}

/// "Declan Boyle [08:31]: replace the lot so, I don't want this every week. up to €28k is
/// fine\nMarek Nowak [08:32]: grand, thanks Declan", "Jason Lau: Octopus terminal … down
/// again …\nMr. Leung: change all the terminals la. Up to 150k ok\nJason Lau: ok boss will
/// arrange": a chat log's report before the deciding line is why, though the decider ends a
/// clause on "so" or the log's lines carry no times; the thanks after it is not.
#[test]
fn a_chat_logs_report_is_why_not_the_thanks_after_the_decision() {
    for (text, why) in [
        (
            "Rhys Powell [08:14]: the press house pump is gone again, Owain says the seals are cooked\nMegan Price [08:31]: replace it so, I don't want this every week. up to £4k is fine\nRhys Powell [08:32]: grand, thanks Megan",
            "the press house pump is gone again, Owain says the seals are cooked",
        ),
        (
            "Rhys Powell: cold store door seal torn again, 3rd time this month, juice all warming\nMegan Price: change the whole door la. Up to 9k ok\nRhys Powell: ok boss will arrange",
            "cold store door seal torn again, 3rd time this month, juice all warming",
        ),
    ] {
        let r = read_cider(text);
        assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
        assert_eq!(r.rationale.as_deref(), Some(why), "{text}: {r:?}");
    }
}

/// "the new screens have taken 20mm from 180 to 240 tonnes an hour, worth about £60k so far",
/// "New tills at Romsey … took 40 seconds off the average transaction, so we ran one less
/// till on Saturdays — roughly £900 a month in staff hours": a benefit's counted result
/// before the money it is worth ("worth about", "roughly", "call it", "works out about") is
/// its evidence.
#[test]
fn a_counted_result_before_what_it_is_worth_is_a_benefits_reason() {
    let text = "the new bottling line has taken us from 900 to 1,400 bottles an hour, worth about £30k so far on the supermarket orders";
    let r = read_cider(text);
    assert_eq!(r.intent, Intent::Benefit, "{text}: {r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("taken us from 900 to 1,400 bottles an hour"),
        "{text}: {r:?}"
    );
}
