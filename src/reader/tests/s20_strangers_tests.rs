//! Readings of forms from round S20's writers the reader had not met (a Maryland oyster
//! farm, a Queensland cattle station group, a Jamaican coffee estate), each worded here for
//! another invented organisation.

use super::test_names::{directory, read_day_first_in, whole};
use super::*;

/// A Kingston courier and bike-delivery firm: dispatch, the fleet, the depot, the office.
fn kingston_dir() -> StaticDirectory {
    directory(
        &[
            ("Dispatch", &["Dispatch Desk"]),
            ("Fleet", &["Bikes", "Vans"]),
            ("Depot", &["Warehouse"]),
            ("Office", &["Finance", "Admin"]),
        ],
        &[
            ("Fleet Tracking", "Fleet"),
            ("Depot Racking", "Depot"),
            ("Dispatch App", "Dispatch"),
        ],
    )
}

/// A Jamaican tenant counts in Jamaican dollars: a bare "$" and "J$" are JMD, "US$" stays
/// US dollars.
#[test]
fn a_jamaican_tenants_dollar_is_the_jamaican_dollar() {
    let cases = [
        (
            "Fleet tracking approved, $2.5 million for the vans",
            2_500_000,
            "JMD",
        ),
        ("Depot racking approved at J$480,000", 480_000, "JMD"),
        (
            "Dispatch app approved, US$12,000 for the licences",
            12_000,
            "USD",
        ),
    ];
    for (text, units, code) in cases {
        let r = read_day_first_in(text, "shelly", "JMD", &kingston_dir());
        assert_eq!(r.amount, whole(units, code), "{text}");
    }
}
