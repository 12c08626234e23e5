//! Round R40: the rationale's misses on the training corpus sorted by cause (fifth pass),
//! and the recurring causes fixed, each worded here for another invented organisation: a
//! group of bicycle repair workshops around Bristol and Bath.

use super::test_names::{directory, read_day_first_in};
use super::*;

/// Bicycle workshops in Bristol, Bath and Stroud: the workshops, the shop floor, the office.
fn workshops_dir() -> StaticDirectory {
    directory(
        &[
            ("Workshops", &["Mechanics"]),
            ("Retail", &["Shop"]),
            ("IT", &["Office"]),
        ],
        &[
            ("Diagnostic Stands", "Workshops"),
            ("Booking System", "IT"),
            ("Wheel Truing Jig", "Workshops"),
            ("Cargo Bike Hire", "Retail"),
        ],
    )
}

fn read_workshops(text: &str) -> Reading {
    read_day_first_in(text, "ruth", "GBP", &workshops_dir())
}

/// "Since the techs started writing quotes on them in September, the average ticket is up
/// $85 and we're closing about 30 more water heater replacements a month — call it $20k a
/// month in extra revenue": a second result after "and" is evidence with the first; the
/// money restated after the dash ("call it …", "that's roughly …") is the benefit's amount
/// and does not make the clause before it a consequence told with money.
#[test]
fn a_result_after_and_before_a_dash_and_its_money_stays_with_the_first() {
    for (text, why) in [
        (
            "The diagnostic stands are earning their keep. Since the mechanics started logging repairs on them in August, the average job is up £14 and we're booking about 20 more full services a week — call it £3k a month in extra work.",
            "Since the mechanics started logging repairs on them in August, the average job is up £14 and we're booking about 20 more full services a week",
        ),
        (
            "The truing jig is pulling its weight. Since Stroud started building wheels on it in June, the rework shelf is empty most days and we've picked up about 30 new wheel-build customers — that's roughly £2k a month extra.",
            "Since Stroud started building wheels on it in June, the rework shelf is empty most days and we've picked up about 30 new wheel-build customers",
        ),
    ] {
        let r = read_workshops(text);
        assert_eq!(r.rationale.as_deref(), Some(why), "{text}: {r:?}");
    }
}

/// "no to the I-10 billboard, $4,000 a month and no way to know who saw it", "sack off the
/// cargo trike idea, 12k each and they're a nightmare on the canal paths": after a refusal,
/// the price said as a rate or a price apiece, then "and" and the case against it, is the
/// reason from the price on (convention 26), as "…, £650k and the basement needs …" is.
#[test]
fn a_refusals_price_per_month_or_apiece_and_more_is_its_reason() {
    for (text, why) in [
        (
            "no to the cargo bike hire, £400 a month and no way to know who'd use it",
            "£400 a month and no way to know who'd use it",
        ),
        (
            "said no to the extra truing jigs, £3k each and the mechanics true by hand faster anyway",
            "£3k each and the mechanics true by hand faster anyway",
        ),
    ] {
        let r = read_workshops(text);
        assert_eq!(r.verdict, Some(crate::domain::Verdict::Reject), "{text}: {r:?}");
        assert_eq!(r.rationale.as_deref(), Some(why), "{text}: {r:?}");
    }
}

/// "We've approved the move from Nookal to Cliniko, $34k for the migration and the first
/// year — reception at Joondalup is double-booking …": after an approval, the price and
/// what it covers, up to a spaced dash, is the amount told; the clause after the dash is
/// why.
#[test]
fn an_approvals_price_and_what_it_covers_before_a_dash_is_not_its_reason() {
    let text = "Morning all, notes from yesterday's partners' meeting. We've approved the move to the new booking system, £18k for the set-up and the first year — the Bath shop is double-booking a couple of times a week and nobody can see the Stroud diary from Bristol.";
    let r = read_workshops(text);
    assert_eq!(r.verdict, Some(crate::domain::Verdict::Approve), "{r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("the Bath shop is double-booking a couple of times a week and nobody can see the Stroud diary from Bristol"),
        "{r:?}"
    );
}

/// "The clubhouse refit at Hayle is on hold till the budget is set in February; we'd be
/// guessing at the numbers otherwise": the time a hold lasts, then after a semicolon a
/// clause of its own, is why, as after a comma.
#[test]
fn a_holds_time_then_a_clause_after_a_semicolon_gives_the_clause() {
    let text = "The cargo bike hire is on hold till the budget is set in February; we'd be guessing at the numbers otherwise.";
    let r = read_workshops(text);
    assert_eq!(r.verdict, Some(crate::domain::Verdict::Defer), "{r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("we'd be guessing at the numbers otherwise"),
        "{r:?}"
    );
}

/// "caught the bearing 3 weeks out and avoided an unplanned 36-hr outage that would've cost
/// us ~$600K": what a result avoided is evidence; what it would have cost is the benefit's
/// amount, so the evidence ends before "that would've cost", not at the "and".
#[test]
fn what_it_would_have_cost_ends_the_result_not_the_and_before_it() {
    let text = "The wheel truing jig paid off big at Bath - caught a cracked rim before a race weekend and avoided a warranty claim that would've cost us ~£2k.";
    let r = read_workshops(text);
    assert_eq!(
        r.rationale.as_deref(),
        Some("caught a cracked rim before a race weekend and avoided a warranty claim"),
        "{r:?}"
    );
}

/// "They agreed the CRM replacement at £86,000, which is a bit over what we asked for, but
/// they were persuaded by the fact that we're still keying Gift Aid declarations in by
/// hand …": "persuaded / convinced by the fact that" leads the reason; the clause after
/// "that" is why.
#[test]
fn persuaded_by_the_fact_that_leads_the_reason() {
    let text = "Quick update from last night's board. They agreed the booking system at £9,000, which is a bit over what we asked for, but they were persuaded by the fact that we're still taking bookings by phone at all three shops.";
    let r = read_workshops(text);
    assert_eq!(r.verdict, Some(crate::domain::Verdict::Approve), "{r:?}");
    assert_eq!(
        r.rationale.as_deref(),
        Some("we're still taking bookings by phone at all three shops"),
        "{r:?}"
    );
}

/// "Tank farm expansion's been trimmed to $210k for four tanks, not six — the slab won't
/// take more without new piles": the count not kept, said against the one kept, is part of
/// the new scope; the reason is the clause after the dash.
#[test]
fn a_rescopes_count_not_kept_before_a_dash_is_not_its_reason() {
    let text = "The cargo bike hire's been trimmed to £6k for three bikes, not five — the yard won't take more without a new shed";
    let r = read_workshops(text);
    assert_eq!(
        r.rationale.as_deref(),
        Some("the yard won't take more without a new shed"),
        "{r:?}"
    );
}
