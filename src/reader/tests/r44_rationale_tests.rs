//! Round R44: the rationale's misses on the training corpus sorted by cause (ninth pass),
//! the causes seen in several organisations fixed, each worded here for another invented
//! organisation: a cider co-operative in the Tamar Valley (a press house, orchards and a
//! shop).

use super::test_names::{directory, read_day_first_in};
use super::*;

/// The co-op's press house, orchards and farm shop.
fn cider_dir() -> StaticDirectory {
    directory(
        &[
            ("Press House", &["Pressing"]),
            ("Orchards", &["Orchard"]),
            ("Shop", &["Farm Shop"]),
        ],
        &[
            ("Bottling Line", "Press House"),
            ("Stock App", "Shop"),
            ("Online Shop", "Shop"),
            ("Frost Fans", "Orchards"),
        ],
    )
}

fn read_cider(text: &str) -> Reading {
    read_day_first_in(text, "tamsin", "GBP", &cider_dir())
}

/// "[07:40] Gaz Pearce: ice edger's packed up again, that's the third time since October\n
/// [07:52] Rhian Morgan: don't bodge it again, buy a new one. up to £3k is fine\n[07:53] Gaz
/// Pearce: cheers 👍": in a pasted chat log, when the line that decides gives no reason, the
/// line before it, from someone else, reporting what went wrong, is why (its first
/// sentence, without a term of address opening it); the thanks after it is not.
#[test]
fn a_chat_logs_report_before_the_verdicts_line_is_the_reason() {
    for (text, why) in [
        (
            "[07:10] Jory Pascoe: the apple mill's jammed again, second time this week\n[07:25] Tamsin Hext: right, buy a new one, don't fix it. up to £4k is fine\n[07:26] Jory Pascoe: ta 👍",
            "the apple mill's jammed again, second time this week",
        ),
        (
            "[6:02 AM] Kerensa Trew: Boss, the label printer on the bottling line burnt out overnight, we hand-labelled 400 bottles. Shop's short for Saturday.\n[6:20 AM] Tamsin Hext: Ok, replace it, don't repair. Up to £900 is fine.\n[6:21 AM] Kerensa Trew: on it 🙏",
            "the label printer on the bottling line burnt out overnight, we hand-labelled 400 bottles",
        ),
    ] {
        let r = read_cider(text);
        assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
        assert_eq!(r.rationale.as_deref(), Some(why), "{text}: {r:?}");
    }
}

/// "We've said yes to a telehandler for the yard, second-hand, £38k, since hiring one is
/// costing us £1,200 a week", "the video board is approved at $1.1M, financed over seven
/// years, because the current board has two dead panel sections": a clause describing the
/// thing or its terms, told before the "because" or "since" clause of the same sentence, is
/// no reason; the clause the writer marks as why is.
#[test]
fn a_marked_reason_after_a_describing_clause_is_the_reason() {
    for (text, why) in [
        (
            "We've said yes to a cider press for the press house, reconditioned, £16k, since renting one is costing us £900 a week.",
            "renting one is costing us £900 a week",
        ),
        (
            "The bottling line is approved at £120k, leased over five years, because the old filler drops one bottle in twenty and nobody makes parts for it now.",
            "the old filler drops one bottle in twenty and nobody makes parts for it now",
        ),
    ] {
        let r = read_cider(text);
        assert_eq!(r.rationale.as_deref(), Some(why), "{text}: {r:?}");
    }
}

/// "The website rebuild is dead: we've put $27k into an agency that missed every date, and
/// the Shopify store does most of what fans use the site for", "We have decided to abandon
/// the ERP migration. The vendor has missed three go-live dates, we have paid KSh 6.5M so
/// far, and …": a stop's case told after its colon, or in the sentence after it, holding the
/// money already paid and what came of it, is the reason whole (convention 30).
#[test]
fn a_stops_case_holding_the_money_already_paid_is_the_reason() {
    for (text, why) in [
        (
            "The stock app is dead: we've put £9k into a developer who missed every deadline, and the till system does most of what the shop needs anyway.",
            "we've put £9k into a developer who missed every deadline, and the till system does most of what the shop needs anyway",
        ),
        (
            "We have decided to abandon the online shop. The platform has lost two weekends of orders, we have paid £7,500 so far, and the shop team still take most orders by phone. Tamsin is relieved, honestly.",
            "The platform has lost two weekends of orders, we have paid £7,500 so far, and the shop team still take most orders by phone",
        ),
    ] {
        let r = read_cider(text);
        assert_eq!(r.verdict, Some(Verdict::Stop), "{text}: {r:?}");
        assert_eq!(r.rationale.as_deref(), Some(why), "{text}: {r:?}");
    }
}

/// "We are scaling down solar phase two to the packhouse roof only — KSh 7M instead of KSh
/// 19M — because the ground-mount site floods every long rains. He understands, though.":
/// the clause after "because" is why, even when its verb could be read as a noun ("floods");
/// a remark in the sentence after it does not take its place.
#[test]
fn a_because_clause_is_no_list_of_things_bought() {
    let text = "We are scaling down the frost fans to the top orchard only — £7k instead of £19k — because the bottom field floods most winters. Jory understands, though.";
    let r = read_cider(text);
    assert_eq!(r.verdict, Some(Verdict::Rescope), "{text}: {r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("the bottom field floods most winters"),
        "{text}: {r:?}"
    );
}

/// "It's back on at £120k now the biomass plant at Padiham has signed a three-year offtake",
/// "Small biz platform back to full scope now the grant's in, $56,500 approved": "now" and
/// a clause of its own after the verdict says what changed to allow it, the reason, read
/// without its "now" as a "since" cause is without its "since" (convention 31).
#[test]
fn a_now_cause_after_the_verdict_is_the_reason() {
    for (text, why) in [
        (
            "Heads up, Tamsin's had a change of heart on the frost fans. They're back on at £30k now the orchard insurer has agreed to cover a third.",
            "the orchard insurer has agreed to cover a third",
        ),
        (
            "Stock app back to full scope now the grant's in, £5,500 approved by the trustees last night.",
            "the grant's in",
        ),
    ] {
        let r = read_cider(text);
        assert_eq!(r.rationale.as_deref(), Some(why), "{text}: {r:?}");
    }
}

/// "The trustees approved the AMI upgrade at $2.3M — we're still sending two readers out to
/// 9,000 meters a month, and half the high-bill calls come down to an estimated read": a
/// second reason joined by ", and" whose subject is a part of something counted ("half
/// the …", "most of …") is a clause of its own and runs on with the first.
#[test]
fn a_second_reason_about_half_of_something_runs_on() {
    let text = "The trustees approved the stock app at £6k — we're still counting bottles by hand every quarter, and half the shop's calls come down to a wrong count.";
    let r = read_cider(text);
    assert_eq!(
        r.rationale.as_deref(),
        Some("we're still counting bottles by hand every quarter, and half the shop's calls come down to a wrong count"),
        "{text}: {r:?}"
    );
}

/// "wms cut down to barcode receiving only, 4.5L, full version next FY": the whole of the
/// work put off to later ("full version", "the whole scheme") is the
/// part left for later, as "rest next FY" is (convention 40).
#[test]
fn the_full_version_next_year_is_the_part_left_for_later() {
    for (text, why) in [
        (
            "stock app cut down to stock counts only, £2k, full version next FY",
            "full version next FY",
        ),
        (
            "frost fans cut down to the top orchard only, £9k, the whole scheme next winter",
            "the whole scheme next winter",
        ),
    ] {
        let r = read_cider(text);
        assert_eq!(r.verdict, Some(Verdict::Rescope), "{text}: {r:?}");
        assert_eq!(r.rationale.as_deref(), Some(why), "{text}: {r:?}");
    }
}

/// "lab information system parked until July the vendor can't do the CCS calculations the
/// way the Sugar Research guys want them", "the rail radio network stays as is for another
/// season the new repeaters fixed the black spot at Aloomba and the crews are happy": said
/// with no punctuation, the reason starts where a clause of its own starts after the verdict
/// (a subject not taken as an object, a verb a few words on) and runs to the end.
#[test]
fn a_dictated_reason_after_the_verdict_is_read_without_punctuation() {
    for (text, why) in [
        (
            "frost fan replacement we are going ahead with the next three fans at eighteen thousand pounds the old ones are twenty years old and two of them seized in April",
            "the old ones are twenty years old and two of them seized in April",
        ),
        (
            "stock app parked until July the developer can't do the duty returns the way the accountant wants them",
            "the developer can't do the duty returns the way the accountant wants them",
        ),
    ] {
        let r = read_cider(text);
        assert_eq!(r.rationale.as_deref(), Some(why), "{text}: {r:?}");
    }
}

/// "the bagasse dryer has been worth it we burned about four thousand tonnes less bagasse
/// this crush and sold the surplus to the nursery for twenty six thousand dollars", "GPS
/// guidance … has paid for itself already we're down about nine percent on fuel per tonne
/// and the overlap is basically gone that's roughly sixty thousand a year on diesel": a
/// benefit said with no punctuation has its result in the clause of its own after the
/// praise, up to what it is worth.
#[test]
fn a_dictated_benefits_result_stops_before_its_worth() {
    for (text, why) in [
        (
            "the frost fans have been worth it we lost about four tonnes less fruit this spring and sold the extra juice to the brewery for twelve thousand pounds",
            "we lost about four tonnes less fruit this spring",
        ),
        (
            "the stock app has paid for itself already we're down about nine percent on breakages and the stock counts are basically right that's roughly six thousand pounds a year",
            "we're down about nine percent on breakages and the stock counts are basically right",
        ),
    ] {
        let r = read_cider(text);
        assert_eq!(r.intent, Intent::Benefit, "{text}: {r:?}");
        assert_eq!(r.rationale.as_deref(), Some(why), "{text}: {r:?}");
    }
}

/// "shredder upgrade is a no from the board one point two million is too much with the
/// sugar price where it is we'll just re hammer the old one full stop", "… were turning it
/// off at the end of the month the harvesting contractors just kept sending paper sheets
/// anyway and it costs us fourteen grand a year": said with no punctuation, a refusal's or
/// a stop's case keeps its money, and may open on it (conventions 26 and 30).
#[test]
fn a_dictated_refusals_case_keeps_its_money() {
    for (text, why) in [
        (
            "bottling line upgrade is a no from the trustees ninety thousand pounds is too much with the apple price where it is we'll just patch the old filler full stop",
            "ninety thousand pounds is too much with the apple price where it is we'll just patch the old filler",
        ),
        (
            "we are scrapping the stock app at the end of the month the shop staff just kept counting on paper anyway and it costs us two thousand pounds a year",
            "the shop staff just kept counting on paper anyway and it costs us two thousand pounds a year",
        ),
    ] {
        let r = read_cider(text);
        assert_eq!(r.rationale.as_deref(), Some(why), "{text}: {r:?}");
    }
}
