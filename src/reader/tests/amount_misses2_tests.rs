//! Which money belongs to the record, second round (issue #16), worded here for a US car
//! wash chain with sites around Leeds: a currency said once for several bare figures, and
//! a running cost added on top of a price.

use super::test_names::directory;
use super::*;

/// A US car wash chain with a few UK sites.
fn dir() -> StaticDirectory {
    directory(
        &[
            ("Operations", &["Ops"]),
            ("Marketing", &[]),
            ("UK Sites", &["Leeds"]),
            ("IT", &[]),
        ],
        &[
            ("Wash Bay Sensors", "Operations"),
            ("Loyalty App", "Marketing"),
            ("Plate Recognition Gates", "UK Sites"),
            ("Payment Kiosks", "IT"),
        ],
    )
}

/// `text` as a US writer puts it (dollars, month-first dates).
fn read_us(text: &str) -> Reading {
    test_names::read_us(text, "shawna", "2026-12-02", &dir())
}

fn gbp(units: i64) -> Option<Money> {
    test_names::whole(units, "GBP")
}

fn usd(units: i64) -> Option<Money> {
    test_names::whole(units, "USD")
}

#[test]
fn a_currency_said_once_after_bare_figures_is_theirs() {
    // The currency named once, after the figures it covers, in a tenant that counts in
    // dollars: every bare figure is in it, never read as the tenant's own.
    let text = "Leeds budget signed off by the ops director: plate recognition gates 40k, \
                payment kiosks 12k, both GBP.";
    let r = read_us(text);
    assert_eq!(r.amount, gbp(40_000), "{text}");
    let text = "Approved the plate recognition gates for Leeds at 25k, all in sterling.";
    assert_eq!(read_us(text).amount, gbp(25_000), "{text}");
    let text = "Plate recognition gates approved, 18k (figures in GBP).";
    assert_eq!(read_us(text).amount, gbp(18_000), "{text}");
    // "all in" with no currency after it is the total, in the tenant's own.
    let text = "Approved the plate recognition gates at 25k all in.";
    assert_eq!(read_us(text).amount, usd(25_000), "{text}");
}

#[test]
fn a_running_cost_added_with_plus_is_no_benefit() {
    // "plus £150 a month for the support contract": what the thing costs to run on top
    // of its price, however far from the price it is said.
    for text in [
        "Ops want new wash bay sensors. Quote's in at $28k for 14 bays, plus $150 a month \
         for the support contract. Go for it.",
        "Payment kiosks approved at $60k for the six sites, plus $900/mo to the processor.",
    ] {
        let r = read_us(text);
        assert_eq!(r.annual_benefit, None, "{text}");
    }
}

#[test]
fn money_taken_in_orders_or_sales_is_no_decisions_amount() {
    // What a thing has taken ("$4.1k of orders last week", "$3k in sales") is how it is
    // doing, not money a decision spends.
    for text in [
        "Loyalty app: keep going, $4.1k of orders through it last week",
        "Payment kiosks - keep going, $3k in sales on the first weekend.",
        "Branch meeting 11/27\n• Kiosks: keep going, $2.2k of orders last week",
    ] {
        let r = read_us(text);
        assert_eq!(r.intent, Intent::Decision, "{text}");
        assert_eq!(r.amount, None, "{text}");
    }
    // Money for a thing named after sales is what it costs.
    let text = "Approved $25k of sales training for the loyalty app launch.";
    assert_eq!(read_us(text).amount, usd(25_000), "{text}");
}

#[test]
fn stock_money_freed_or_tied_up_is_no_price() {
    // Money freed from stock or tied up in it is working capital moved, not what the
    // thing costs: the set-up price is the amount.
    for text in [
        "Ops would like a consignment deal for the wash chemicals: the supplier holds the \
         stock so we'd free up about $90k of inventory. Setup is $12k.",
        "Approved the consignment deal for the wash chemicals, it releases $60k tied up in \
         stock and costs $12k to set up.",
    ] {
        let r = read_us(text);
        assert_eq!(
            r.amount,
            usd(12_000),
            "{text} {:?} {:?}",
            r.intent,
            r.annual_benefit
        );
    }
}

/// "9k logins in the first hour", "3k washes": a bare figure followed by a plural noun that
/// is not a word for money counts things, whatever the noun ("homes", "subscribers" were
/// listed; a writer's own things are not).
#[test]
fn a_bare_figure_before_things_counted_is_no_money() {
    for text in [
        "Loyalty app: keep going, 9k logins in the first hour",
        "Wash bay sensors: continue, 3k washes logged at Leeds in Nov",
        "Payment kiosks: keep going, 12k taps a week now",
    ] {
        let r = read_us(text);
        assert_eq!(r.verdict, Some(Verdict::Continue), "{text}");
        assert_eq!((r.amount, r.annual_benefit), (None, None), "{text}: {r:?}");
    }
    // Money said as money stays money.
    for (text, want) in [
        ("Loyalty app: keep going, 40k savings so far", usd(40_000)),
        ("Payment kiosks approved, 25k plus install", usd(25_000)),
        ("Wash bay sensors approved at $9k", usd(9_000)),
    ] {
        let r = read_us(text);
        assert_eq!(r.amount.or(r.annual_benefit), want, "{text}: {r:?}");
    }
}
