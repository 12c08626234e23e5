//! Readings of forms from round S67's writers, the Downeast Maine English of a lobstermen's
//! co-op, the Vincentian English of a statutory arrowroot board and the Top End Australian
//! English of an Aboriginal community-controlled health service, each worded here for
//! another invented organisation.

use super::test_names::{directory, read_us};
use super::*;

/// A grain elevator co-op in North Dakota: the elevator, the scale house and the office.
fn elevator_dir() -> StaticDirectory {
    directory(
        &[
            ("Elevator", &["Bins"]),
            ("Scale House", &["Scale"]),
            ("Office", &["Bookkeeping"]),
        ],
        &[
            ("Grain Dryer", "Elevator"),
            ("Truck Scale", "Scale House"),
            ("Office Laptops", "Office"),
        ],
    )
}

/// `text` read for the elevator co-op, dates month first, on Wednesday 2026-12-09.
fn read_co_op(text: &str) -> Reading {
    read_us(text, "arlo", "2026-12-09", &elevator_dir())
}

/// "Board voted to replace the 6,000 gal tank, not to exceed $41,000" (the lobster co-op):
/// a body that voted or decided to replace, buy, purchase or fund a thing approved it, as
/// one that "agreed to" does; voting or deciding on something else is no verdict.
#[test]
fn voted_or_decided_to_buy_approves() {
    for text in [
        "Board voted to replace the grain dryer, $212,000.",
        "The board decided to buy a new truck scale for $96,500.",
        "Members voted to purchase the office laptops at $8,400.",
        "Directors voted to fund the grain dryer ($212k).",
    ] {
        let r = read_co_op(text);
        assert_eq!(r.intent, Intent::Decision, "{text}: {r:?}");
        assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    }
    // Not yet decided, or only wondered about: no verdict.
    for text in [
        "We haven't decided to buy the grain dryer yet.",
        "If the board voted to fund the grain dryer we'd start in March.",
    ] {
        assert_eq!(read_co_op(text).verdict, None, "{text}");
    }
}

/// "Motion to replace the ice machine ($64,500 from Portland Ice Systems) passed 6-1 …
/// Sherm to get the order in before 12/18." (the lobster co-op's board): a motion that
/// passed or carried approves its thing, one that failed refuses it, one to table it puts it
/// off; "Motion" is nobody's task. A thing that passed an inspection is no vote.
#[test]
fn a_motion_voted_is_the_boards_verdict() {
    for (text, verdict) in [
        (
            "Board met last night. Motion to replace the grain dryer ($212,000 from Farm King) \
             passed 6-1, Vern voted no. Hal to place the order by 12/18.",
            Verdict::Approve,
        ),
        (
            "Motion to buy the truck scale carried unanimously, $96,500.",
            Verdict::Approve,
        ),
        (
            "The motion to purchase office laptops ($8,400) failed 3-4.",
            Verdict::Reject,
        ),
        ("Motion to table the grain dryer passed.", Verdict::Defer),
    ] {
        let r = read_co_op(text);
        assert_eq!(r.intent, Intent::Decision, "{text}: {r:?}");
        assert_eq!(r.verdict, Some(verdict), "{text}: {r:?}");
    }
    let text = "Board met last night. Motion to replace the grain dryer ($212,000 from Farm King) \
                passed 6-1, Vern voted no. Hal to place the order by 12/18.";
    let r = read_co_op(text);
    assert_eq!(r.investment.as_deref(), Some("Grain Dryer"));
    assert_eq!(
        r.amount,
        Some(Money::parse("$212,000", Currency::USD).unwrap())
    );
    assert_eq!(
        r.action.as_ref().map(|a| a.owner.as_str()),
        Some("Hal"),
        "{r:?}"
    );
    let text = "The new truck scale passed the state inspection 6-1 on the first try.";
    assert_ne!(read_co_op(text).verdict, Some(Verdict::Approve), "{text}");
}

/// "Board said no to buying the Greenlaw wharf lot ($210,000). too much with the pier still
/// needing work. maybe revisit next fall" (the lobster co-op): a season said with "next" as
/// when to look again is its coming first day, as "revisit in the fall" is, and the no with
/// a time to look again is a deferral (convention 60); put off "till next spring" it stays no
/// date.
#[test]
fn revisit_next_fall_is_the_look_again() {
    let text = "Board said no to the grain dryer ($212,000). too much with the bins still \
                needing work. maybe revisit next fall";
    let r = read_co_op(text);
    assert_eq!(r.verdict, Some(Verdict::Defer), "{text}: {r:?}");
    assert_eq!(r.review_date, "2027-09-01".parse().ok(), "{text}");
    let r = read_co_op("Truck scale is on hold, we'll look at it again next spring.");
    assert_eq!(r.review_date, "2027-03-01".parse().ok(), "{r:?}");
    let r = read_co_op("Truck scale is on hold till next spring.");
    assert_eq!(r.review_date, None, "{r:?}");
}

/// "Ok so here's where we landed on the IT stuff at the mtg. The new settlement software
/// (Dockside Pro) is approved at $12,600 …" (the lobster co-op): "where we landed on" opens
/// a summary, the decisions told after it; it is no approval of its own, and the approval
/// after it is the message's first record. "landed on" said as the choice stays one.
#[test]
fn where_we_landed_opens_a_summary() {
    let text = "Ok so here's where we landed on the bins stuff at the mtg. The grain dryer is \
                approved at $212,000, the old one caught fire twice.";
    let r = read_co_op(text);
    assert_eq!(r.investment.as_deref(), Some("Grain Dryer"), "{r:?}");
    assert_eq!(r.verdict, Some(Verdict::Approve));
    assert!(r.also.is_empty(), "{r:?}");
    let text = "The board landed on one grain dryer now instead of two, $212,000.";
    assert!(read_co_op(text).verdict.is_some(), "{text}");
}

/// "Deadly news team, the point-of-care machines are all in." (the health service): news
/// that the kit is all in is a note on it, as "arrived" is; an approval whose price is "all
/// in" stays the approval.
#[test]
fn the_kit_all_in_is_news() {
    for text in [
        "Good news team, the office laptops are all in.",
        "Great news, the grain dryer is all in.",
    ] {
        let r = read_co_op(text);
        assert_eq!(r.intent, Intent::Note, "{text}: {r:?}");
    }
    let text = "Grain dryer approved, $212,000 and the freight is all in.";
    let r = read_co_op(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
}
