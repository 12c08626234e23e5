//! Readings of forms from round S56's writers, the updates and terse lines of a Namibian
//! bush-charcoal processor writing Namibian English, a Sri Lankan coir mill writing Sri
//! Lankan English and a Bahamian mailboat line writing Bahamian English and Creole, each
//! worded here for another invented organisation.

use super::test_names::{directory, read_day_first_in, whole};
use super::*;

/// A salt works at Walvis Bay: the pans, the wash plant and the office.
fn salt_works_dir() -> StaticDirectory {
    directory(
        &[
            ("Pans", &["Salt Pans"]),
            ("Wash Plant", &["Washing"]),
            ("Office", &["Admin"]),
        ],
        &[
            ("Salt Harvester", "Pans"),
            ("Brine Pumps", "Pans"),
            ("Packing Line", "Wash Plant"),
            ("Office Laptops", "Office"),
        ],
    )
}

/// `read_day_first_in` for the salt works, counting in `currency`.
fn read_salt(text: &str, currency: &str) -> Reading {
    read_day_first_in(text, "selma", currency, &salt_works_dir())
}

/// "$96,000", "N$ 1.45m", "B$ 340,000": where the tenant counts in Namibian or Bahamian
/// dollars a bare "$" is its own dollar, as an Australian's "$" is A$; "N$" and "B$" are
/// those dollars wherever the tenant counts, and "US$" stays the US dollar.
#[test]
fn namibian_and_bahamian_dollars_are_read_as_written_there() {
    for (text, tenant, units, currency) in [
        (
            "The MD signed off the salt harvester, N$ 1.45m.",
            "NAD",
            1_450_000,
            "NAD",
        ),
        ("Brine pumps approved, N$48k.", "NAD", 48_000, "NAD"),
        (
            "Packing line approved at N$ 120 000.",
            "GBP",
            120_000,
            "NAD",
        ),
        ("Brine pumps approved at $64,500.", "NAD", 64_500, "NAD"),
        (
            "Salt harvester approved, B$ 340,000.",
            "BSD",
            340_000,
            "BSD",
        ),
        (
            "Cap say go ahead wid da brine pumps, $96,000.",
            "BSD",
            96_000,
            "BSD",
        ),
        ("Packing line approved, B$85k.", "GBP", 85_000, "BSD"),
    ] {
        let r = read_salt(text, tenant);
        assert_eq!(r.amount, whole(units, currency), "{text}: {r:?}");
    }
    let r = read_salt("Brine pumps approved, US$29,500.", "NAD");
    assert_eq!(r.amount, whole(29_500, "USD"), "{r:?}");
    let r = read_salt("Brine pumps approved, $29,500.", "GBP");
    assert_eq!(r.amount, whole(29_500, "USD"), "{r:?}");
}

/// "Generator approved. Ms Ferguson signed off $42,000 this morning", "… approve!! Ms
/// Ferguson sign off $42,000 dis morning", "… $22,000 instead of $60,000. Cap ok wid dat.":
/// the one who gave the yes, told after the verdict in a line of their own whose verb is
/// followed only by "off", the money, "with that" or a time, is who decided. A line where
/// the name does something else ("signed the cheque", "will sign off the order") names no
/// one.
#[test]
fn the_one_who_signed_off_told_after_the_verdict_decided() {
    for (text, who) in [
        (
            "Salt harvester approved. Ms Haufiku signed off N$42,000 this morning.",
            "Ms Haufiku",
        ),
        (
            "Brine pumps approve!! Ms Haufiku sign off $42,000 dis morning 🙌🏾",
            "Ms Haufiku",
        ),
        (
            "Packing line: we could do a smaller version, jes da bagger. $22,000 instead of $60,000. Cap ok wid dat.",
            "Cap",
        ),
    ] {
        let r = read_salt(text, "BSD");
        assert_eq!(r.decided_by.as_deref(), Some(who), "{text}: {r:?}");
    }
    for text in [
        "Salt harvester approved, N$42,000. Ms Haufiku signed the cheque for the deposit.",
        "Salt harvester approved, N$42,000. Ms Haufiku will sign off the order next week.",
    ] {
        let r = read_salt(text, "NAD");
        assert_eq!(r.decided_by, None, "{text}: {r:?}");
    }
}

/// "FYI the charcoal price in Rotterdam is sitting at €420 a ton this week", "Fuel gone up
/// again, $5.89 a gallon at da dock now 😤": a market price told by the ton or the gallon,
/// with no verdict, no task and no investment named outright, is chat — neither a proposal
/// costed "at" it nor money realised. The same price beside a verdict on a named thing
/// still leaves the record.
#[test]
fn a_market_price_by_the_ton_or_gallon_alone_is_chat() {
    for text in [
        "FYI the salt price in Durban is sitting at €61 a ton this week",
        "Diesel gone up again, $5.89 a gallon at da jetty now 😤",
    ] {
        let r = read_salt(text, "NAD");
        assert_eq!(r.intent, Intent::None, "{text}: {r:?}");
    }
    let r = read_salt(
        "Brine pumps approved, N$64,500. Diesel is sitting at N$23 a litre so the solar ones pay.",
        "NAD",
    );
    assert_eq!(r.intent, Intent::Decision, "{r:?}");
    assert_eq!(r.amount, whole(64_500, "NAD"), "{r:?}");
}

/// "Mr. Cartwright need da engine parts list from MAN by Wednesday", "Ms Nangolo want the
/// pump quotes by the 18th": a person named after their title wanting a thing by a time, the
/// verb unmarked as Caribbean and many second-language writers leave it, is their task, as
/// "needs" / "wants" is. Said with no time to have it by ("Ms Nangolo want the big pumps"),
/// it hands out nothing; a unit's plural "want" ("Farm Services want a decision … by 15
/// Dec") is no title and name, and is not read so.
#[test]
fn an_unmarked_need_or_want_by_a_time_is_the_named_persons_task() {
    for (text, owner, due) in [
        (
            "Mr. Shikongo need da brine pump parts list from KSB by Wednesday",
            "Mr. Shikongo",
            "2026-12-02",
        ),
        (
            "Ms Nangolo want the brine pump quotes by the 18th",
            "Ms Nangolo",
            "2026-12-18",
        ),
    ] {
        let r = read_salt(text, "NAD");
        assert_eq!(r.intent, Intent::Note, "{text}: {r:?}");
        assert_eq!(
            r.follow_ups.first().map(|f| f.owner.as_str()),
            Some(owner),
            "{text}: {r:?}"
        );
        assert_eq!(
            r.due.map(|d| d.to_string()).as_deref(),
            Some(due),
            "{text}: {r:?}"
        );
    }
    let r = read_salt(
        "Ms Nangolo want the big brine pumps, not the small ones",
        "NAD",
    );
    assert!(r.follow_ups.is_empty(), "{r:?}");
}

/// "Warehouse shed roof — we only doin da back half now, $58,000 not $110,000": a figure said
/// against a bigger old one with "not" between them, as with "instead of", cuts the work
/// back to it, a rescope (convention 57 (b)). A figure put right against a smaller one
/// ("$58,000 not $5,800, I misread it") cuts nothing.
#[test]
fn a_figure_not_a_bigger_one_is_a_rescope() {
    for text in [
        "Salt harvester shed — we only doin da back half now, $58,000 not $110,000. Front half could wait till after da rains.",
        "Salt harvester shed: back half only, $58,000, not $110,000.",
    ] {
        let r = read_salt(text, "BSD");
        assert_eq!(r.verdict, Some(Verdict::Rescope), "{text}: {r:?}");
        assert_eq!(r.amount, whole(58_000, "BSD"), "{text}: {r:?}");
    }
    let r = read_salt(
        "Salt harvester quote is $58,000 not $5,800, I misread it.",
        "BSD",
    );
    assert_ne!(r.verdict, Some(Verdict::Rescope), "{r:?}");
}

/// "Pellet mill: we'll revisit after the rains, end Feb 2027", "Mobile clinic back on the
/// table in March": our own word to look at a named thing again at a time, with nothing
/// else decided, puts it off (as "revisit in Q2" and "back on the agenda in March" do).
/// "Approved the brine pumps, we'll revisit the rest in March" stays the approval.
#[test]
fn we_will_revisit_or_back_on_the_table_at_a_time_defers() {
    for (text, review) in [
        (
            "Packing line: we'll revisit after the rains, end Feb 2027",
            "2027-02-28",
        ),
        ("Packing line: we will revisit in March", "2027-03-01"),
        ("Packing line back on the table in March", "2027-03-01"),
    ] {
        let r = read_salt(text, "NAD");
        assert_eq!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
        assert_eq!(
            r.review_date.map(|d| d.to_string()).as_deref(),
            Some(review),
            "{text}: {r:?}"
        );
    }
    let r = read_salt(
        "Approved the brine pumps, N$64,500, we'll revisit the rest in March",
        "NAD",
    );
    assert_eq!(r.verdict, Some(Verdict::Approve), "{r:?}");
}

/// "Ms. Ferguson jes call — she approve da fuel flowmeters, $27,500": who rang, told before a
/// dash as before a comma ("Ms. Ferguson just called, she approved …"), is who the verdict
/// after it came from; "jes call" is "just called" unmarked. "Ms. Haufiku call me tomorrow —
/// …" tells no call made.
#[test]
fn who_just_called_before_a_dash_passed_the_verdict_on() {
    for text in [
        "Ms. Haufiku just called — she approved the brine pumps, N$27,500.",
        "Ms. Haufiku jes call — she approve da brine pumps, $27,500.",
    ] {
        let r = read_salt(text, "NAD");
        assert_eq!(
            r.decided_by.as_deref(),
            Some("Ms. Haufiku"),
            "{text}: {r:?}"
        );
    }
    let r = read_salt(
        "Ms. Haufiku call me tomorrow — brine pumps approved, N$27,500.",
        "NAD",
    );
    assert_eq!(r.decided_by, None, "{r:?}");
}
