//! Readings of forms from round S65's writers, the Manx English of a kipper smokehouse, the
//! Southern US English of an Alabama catfish farm and the Gambian English of a cashew
//! processor, each worded here for another invented organisation.

use super::test_names::{directory, read_day_first_in, whole};
use super::*;

/// A fish landing site's ice plant at Tanji: the ice plant, the market stalls and the office.
fn landing_dir() -> StaticDirectory {
    directory(
        &[
            ("Ice Plant", &["Ice"]),
            ("Market", &["Stalls"]),
            ("Office", &["Admin"]),
        ],
        &[
            ("Ice Machine", "Ice Plant"),
            ("Cold Room", "Market"),
            ("Accounting Software", "Office"),
        ],
    )
}

/// `text` read for the landing site, day first, counting in `currency`.
fn read_landing(text: &str, currency: &str) -> Reading {
    read_day_first_in(text, "awa", currency, &landing_dir())
}

/// "D1,850,000", "D3.1m", "D5.6 million" (the cashew processor): the dalasi's capital "D"
/// written onto an amount is the tenant's own where it counts in dalasis, and "dalasis"
/// said after a figure is the dalasi anywhere; "D365" (a product) stays a word.
#[test]
fn a_capital_d_on_an_amount_is_the_dalasi() {
    for (text, units) in [
        (
            "The committee approved the ice machine at D1,250,000.",
            1_250_000,
        ),
        ("Boss said yes to the ice machine. D3.1m.", 3_100_000),
        (
            "Cold room approved by the committee, D5.6 million.",
            5_600_000,
        ),
        ("Cold room approved, D450k, the fish are spoiling.", 450_000),
    ] {
        assert_eq!(
            read_landing(text, "GMD").amount,
            whole(units, "GMD"),
            "{text}"
        );
    }
    assert_eq!(
        read_landing("Cold room approved at 450,000 dalasis.", "USD").amount,
        whole(450_000, "GMD")
    );
    // A product's name is no amount.
    assert_eq!(
        read_landing(
            "The office wants D365 licences for the accounting software.",
            "GMD"
        )
        .amount,
        None
    );
}

/// "Last season Ebrima's team was carrying over D3 million cash in the pickup … Set up cost
/// is D275,000" (the cashew processor): money said as cash carried or handled is no price,
/// and the cost said after it is the record's amount; cash that is the thing bought stays.
#[test]
fn cash_carried_is_no_price() {
    let text = "The cold room: last season the boys were carrying over D2 million cash to the \
                stalls every week. Set up cost is D640,000. The chairman wants to wait till \
                March.";
    assert_eq!(
        read_landing(text, "GMD").amount,
        whole(640_000, "GMD"),
        "{text}"
    );
    let text = "The cold room is approved, D2 million cash from the reserve.";
    assert_eq!(
        read_landing(text, "GMD").amount,
        whole(2_000_000, "GMD"),
        "{text}"
    );
}

/// "the Board did not approve it for this year. They said we should first finish paying the
/// steam cooker. It will be looked at again in the 2027 budget in March." (the cashew
/// processor): a no for this year with a look again in a named month, in the next sentence
/// or the one after a reason told between, puts the thing off (convention 60); with no look
/// again it stays a refusal.
#[test]
fn a_no_for_this_year_looked_at_again_later_is_a_deferral() {
    let text = "Regarding the cold room, the committee did not approve it for this year. They \
                want the ice machine paid off first. It will be looked at again in the 2027 \
                budget in March.";
    let r = read_landing(text, "GMD");
    assert_eq!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
    assert_eq!(
        r.review_date,
        Some("2027-03-01".parse().unwrap()),
        "{text}: {r:?}"
    );
    let text = "Regarding the cold room, the committee did not approve it for this year. They \
                want the ice machine paid off first.";
    let r = read_landing(text, "GMD");
    assert_eq!(r.verdict, Some(Verdict::Reject), "{text}: {r:?}");
}
