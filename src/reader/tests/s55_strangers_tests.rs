//! Readings of forms from round S55's writers, the updates and terse lines of a Fijian kava
//! exporter writing Fiji English, a Guyanese rice mill writing Guyanese English and
//! Creolese, and a Papua New Guinea cocoa fermentary writing PNG English with Tok Pisin,
//! each worded here for another invented organisation.

use super::test_names::{directory, read_day_first_in, whole};
use super::*;
use crate::domain::Verdict;

/// A coconut oil mill at Savusavu, Fiji: the copra shed, the press room and the office.
fn oil_mill_dir() -> StaticDirectory {
    directory(
        &[
            ("Copra Shed", &["Copra"]),
            ("Press Room", &["Pressing", "Mill"]),
            ("Office", &["Admin"]),
        ],
        &[
            ("Copra Dryer", "Copra Shed"),
            ("Expeller Press", "Press Room"),
            ("Bottling Line", "Press Room"),
            ("Office Laptops", "Office"),
        ],
    )
}

/// `read_day_first_in` for the oil mill, counting in `currency`.
fn read_oil(text: &str, currency: &str) -> Reading {
    read_day_first_in(text, "mere", currency, &oil_mill_dir())
}

/// "$38k", "$72,000" where the tenant counts in Fiji or Guyana dollars are its own dollar,
/// as an Australian's "$" is A$; "FJ$ 1.2m" and "G$48M" are those dollars wherever the
/// tenant counts, and "US$" stays the US dollar.
#[test]
fn fiji_and_guyana_dollars_are_read_as_written_there() {
    for (text, tenant, units, currency) in [
        (
            "The boss said ok to the copra dryer, $38k.",
            "FJD",
            38_000,
            "FJD",
        ),
        ("Expeller press approved at $72,000.", "FJD", 72_000, "FJD"),
        (
            "Expeller press approved at G$48M.",
            "GYD",
            48_000_000,
            "GYD",
        ),
        ("Bottling line approved, $14.5M.", "GYD", 14_500_000, "GYD"),
        ("Copra dryer approved, FJ$ 1.2m.", "GBP", 1_200_000, "FJD"),
        (
            "Copra dryer approved, G$ 85 million.",
            "GBP",
            85_000_000,
            "GYD",
        ),
    ] {
        let r = read_oil(text, tenant);
        assert_eq!(r.amount, whole(units, currency), "{text}: {r:?}");
    }
    let r = read_oil("Copra dryer approved, US$295,000.", "GYD");
    assert_eq!(r.amount, whole(295_000, "USD"), "{r:?}");
}

/// "K65k", "K420,000", "K 98,000", "PGK 18,000": the kina's "K" before the figure, where
/// the tenant counts in kina; elsewhere a "K" stays a word ("K12 classes").
#[test]
fn the_kina_is_read_with_its_k_where_the_tenant_counts_in_kina() {
    for (text, units) in [
        ("GM okayed the copra dryer, K65k.", 65_000),
        ("Expeller press approved at K420,000.", 420_000),
        ("Bottling line approved, K 98,000.", 98_000),
        ("Office laptops approved, PGK 18,000.", 18_000),
    ] {
        let r = read_oil(text, "PGK");
        assert_eq!(r.amount, whole(units, "PGK"), "{text}: {r:?}");
    }
    let r = read_oil("Office laptops approved for the K12 classes.", "PGK");
    assert_eq!(r.amount, None, "{r:?}");
    let r = read_oil("Office laptops approved for the K12 classes, $8k.", "USD");
    assert_eq!(r.amount, whole(8_000, "USD"), "{r:?}");
}

/// "Proposal for …: $25,000 set-up, saves us around $3,000 a month …, 4 years": a saving
/// told under a proposal's heading is what the thing is expected to bring, not money
/// realised; "… would save us $12k a month …, cost $160k, last 10 years" is foreseen as
/// "could save" is. A saving told of the work alone stays a benefit.
#[test]
fn a_saving_under_a_proposal_or_said_with_would_is_foreseen() {
    let r = read_oil(
        "Proposal for the copra dryer: $25,000 set-up, saves us around $3,000 a month in firewood, 4 years.",
        "FJD",
    );
    assert_eq!(r.intent, Intent::Investment, "{r:?}");
    assert_eq!(r.amount, whole(25_000, "FJD"), "{r:?}");
    assert_eq!(r.annual_benefit, whole(36_000, "FJD"), "{r:?}");
    assert_eq!(r.years, Some(4), "{r:?}");
    let r = read_oil(
        "Jone reckons a second expeller press would save us $12k a month in hire, cost $160k, last 10 years.",
        "FJD",
    );
    assert_eq!(r.intent, Intent::Investment, "{r:?}");
    assert_eq!(r.amount, whole(160_000, "FJD"), "{r:?}");
    assert_eq!(r.annual_benefit, whole(144_000, "FJD"), "{r:?}");
    assert_eq!(r.years, Some(10), "{r:?}");
    let r = read_oil(
        "The copra dryer saves us around $3,000 a month in firewood.",
        "FJD",
    );
    assert_eq!(r.intent, Intent::Benefit, "{r:?}");
}

/// "… brings it down from $60k to $41k", "$310,000 down to $205,000", "K310,000 down to
/// K205,000": the work's cost said going down from one figure to a smaller one is the
/// work cut back, a rescope to the smaller; a bill gone down is a result, and a figure
/// gone up no cut.
#[test]
fn a_cost_said_down_to_a_smaller_figure_is_a_rescope() {
    for (text, currency, units) in [
        (
            "Copra dryer — we're going for the 2-tonne one instead of the 3-tonne, brings it down from $60k to $41k.",
            "FJD",
            41_000,
        ),
        (
            "Expeller press – GM says only two presses not three. $310,000 down to $205,000.",
            "FJD",
            205_000,
        ),
        (
            "Expeller press – GM says only two presses not three. K310,000 down to K205,000.",
            "PGK",
            205_000,
        ),
    ] {
        let r = read_oil(text, currency);
        assert_eq!(r.verdict, Some(Verdict::Rescope), "{text}: {r:?}");
        assert_eq!(r.amount, whole(units, currency), "{text}: {r:?}");
        // The kina's "K" before the old figure is no one's name.
        assert_ne!(r.decided_by.as_deref(), Some("K"), "{text}: {r:?}");
    }
    for text in [
        "Since the copra dryer went in our firewood bill is down from $6,000 to $2,500 a month.",
        "Expeller press – the quote went from $205,000 up to $310,000.",
    ] {
        let r = read_oil(text, "FJD");
        assert_ne!(r.verdict, Some(Verdict::Rescope), "{text}: {r:?}");
    }
}

/// The yes in the writers' own words: Fijian "said io to", Guyanese Creole "seh yes fuh"
/// (said yes for), Tok Pisin "tok yes long" (said yes to).
#[test]
fn a_yes_said_in_fijian_creole_or_tok_pisin_is_the_approval() {
    for (text, verdict, investment) in [
        (
            "The boss said io to the copra dryer, $38k. the hand drying is too slow for the orders",
            Verdict::Approve,
            "Copra Dryer",
        ),
        (
            "Mrs R seh yes fuh de bottling line, 12M. de workers bottling by hand",
            Verdict::Approve,
            "Bottling Line",
        ),
        (
            "GM tok yes long expeller press. Stret.",
            Verdict::Approve,
            "Expeller Press",
        ),
    ] {
        let r = read_oil(text, "FJD");
        assert_eq!(r.verdict, Some(verdict), "{text}: {r:?}");
        assert_eq!(r.investment.as_deref(), Some(investment), "{text}: {r:?}");
    }
    // "io" said of something else is no yes.
    let r = read_oil(
        "Mere said io to me on the phone, the copra dryer is in.",
        "FJD",
    );
    assert_ne!(r.verdict, Some(Verdict::Approve), "{r:?}");
}

/// "moisture lab ok by GM. 30k", "bottling line ok by the board": the thing said "ok by"
/// its decider is approved by them; Fijian "sega for now" (no for now) puts it off, as
/// "no for now" does.
#[test]
fn ok_by_a_decider_approves_and_sega_for_now_defers() {
    for (text, decider) in [
        ("copra dryer ok by GM. 30k", "GM"),
        ("Bottling line ok by the board, $45,000.", "the board"),
    ] {
        let r = read_oil(text, "FJD");
        assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
        assert_eq!(
            r.decided_by.as_deref().map(str::to_lowercase),
            Some(decider.to_lowercase()),
            "{text}: {r:?}"
        );
    }
    let r = read_oil("expeller press ok by boss, 12k", "FJD");
    assert_eq!(r.verdict, Some(Verdict::Approve), "{r:?}");
    let r = read_oil(
        "Copra dryer — sega for now, Mere wants the Q1 numbers first, we'll look again end of February.",
        "FJD",
    );
    assert_eq!(r.verdict, Some(Verdict::Defer), "{r:?}");
    assert_eq!(r.review_date, NaiveDate::from_ymd_opt(2027, 2, 28), "{r:?}");
    // Asking whether it is ok by someone decides nothing.
    let r = read_oil("Is the copra dryer ok by GM?", "FJD");
    assert_ne!(r.verdict, Some(Verdict::Approve), "{r:?}");
}

/// "Nalini – job ad for the new foreman out by Wednesday 9th please", "Tiffany – shipping
/// schedule for the January containers, need it Monday 7th": a name, a dash, then the
/// thing wanted with its time, asked with "please" or "need it", is the named one's task.
/// A unit's heading and a dash ("Press Room – output up 20% by Friday") asks nothing.
#[test]
fn a_name_and_a_dash_then_a_thing_wanted_by_a_time_is_their_task() {
    for (text, owner, due) in [
        (
            "Sera – price list for the new expeller press out by Wednesday 9th please.",
            "Sera",
            "2026-12-09",
        ),
        (
            "Tomasi – shipping schedule for the bottling line orders, need it Monday 7th.",
            "Tomasi",
            "2026-12-07",
        ),
    ] {
        let r = read_oil(text, "FJD");
        let action = r.action.as_ref().unwrap_or_else(|| panic!("{text}: {r:?}"));
        assert_eq!(action.owner, owner, "{text}: {r:?}");
        let due = due.parse().ok();
        assert_eq!(r.due, due, "{text}: {r:?}");
    }
    // (A month said before the time, of the orders — "the January bottling line orders" —
    // is still read as the due: left for a later round.)
    let r = read_oil(
        "Press Room – output up 20% by Friday, well done please everyone.",
        "FJD",
    );
    assert!(r.action.is_none(), "{r:?}");
}

/// "… will not proceed this financial year. Management has asked us to revisit it after
/// the new wage order is gazetted, most likely in March 2027.": a no for this financial
/// year, with a look again in a named month in the next sentence, puts the work off to
/// then, as "this year" does (convention 60); with no look again it stays a refusal.
#[test]
fn a_no_for_this_financial_year_with_a_look_again_is_a_deferral() {
    let r = read_oil(
        "Please be advised that the bottling line ($30,000) will not proceed this financial year. Management has asked us to revisit it after the new wage order is gazetted, most likely in March 2027.",
        "FJD",
    );
    assert_eq!(r.verdict, Some(Verdict::Defer), "{r:?}");
    assert_eq!(r.review_date, NaiveDate::from_ymd_opt(2027, 3, 1), "{r:?}");
    let r = read_oil(
        "Please be advised that the bottling line ($30,000) will not proceed this financial year. The market for bottled oil is too small.",
        "FJD",
    );
    assert_eq!(r.verdict, Some(Verdict::Reject), "{r:?}");
}

/// "… and the dust complaints from Lautoka City Council stopped. Worth every cent.": the
/// things that kept happening, said with where they came from, stopped — a result told of
/// the work, not a stop of it. "We stopped the bottling line" stays a stop.
#[test]
fn happenings_from_somewhere_that_stopped_are_a_result() {
    let r = read_oil(
        "Update on the expeller press we put in in August — output went from 1.2 t to 1.9 t a shift and the dust complaints from the town council stopped. Worth every cent.",
        "FJD",
    );
    assert_ne!(r.verdict, Some(Verdict::Stop), "{r:?}");
    let r = read_oil(
        "We stopped the bottling line, the orders from the town council stopped coming.",
        "FJD",
    );
    assert_eq!(r.verdict, Some(Verdict::Stop), "{r:?}");
}

/// "Bean grader — supplier out of the big model, we take the smaller one at K98,000": the
/// smaller or cheaper one of the thing taken at its price cuts the work back to it, a
/// rescope. The smaller one taken somewhere is no verdict.
#[test]
fn the_smaller_one_taken_at_a_price_is_a_rescope() {
    for text in [
        "Expeller press — supplier out of the big model, we take the smaller one at K98,000, it does 2 t an hour, enough for us.",
        "Expeller press: the big model is out of stock, so we're taking the cheaper one at K98,000.",
    ] {
        let r = read_oil(text, "PGK");
        assert_eq!(r.verdict, Some(Verdict::Rescope), "{text}: {r:?}");
        assert_eq!(r.amount, whole(98_000, "PGK"), "{text}: {r:?}");
    }
    let r = read_oil(
        "We take the smaller one to the market every Friday, the big press stays here.",
        "PGK",
    );
    assert_ne!(r.verdict, Some(Verdict::Rescope), "{r:?}");
}

/// "Uncle Baldeo to show the new foreman the dryer controls before he leave on 31st": to
/// show someone a thing is a task handed out, as to train them is.
#[test]
fn to_show_someone_a_thing_is_a_task() {
    let r = read_oil(
        "Jone to show the new foreman the copra dryer controls by the 31st.",
        "FJD",
    );
    let action = r.action.as_ref().unwrap_or_else(|| panic!("{r:?}"));
    assert_eq!(action.owner, "Jone", "{r:?}");
    assert_eq!(r.due, NaiveDate::from_ymd_opt(2026, 12, 31), "{r:?}");
}
