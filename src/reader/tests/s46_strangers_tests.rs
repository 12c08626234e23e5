//! Readings of forms from round S46's writers, the Slack recaps and terse lines of a South
//! Georgia peanut sheller, a Derbyshire limestone quarry and a Hong Kong dim sum group, each
//! worded here for another invented organisation.

use super::test_names::{directory, read_day_first_in, whole};
use super::*;

/// A Cornish china clay works: the pit, the refinery, the lorries, the office, in pounds.
fn clay_dir() -> StaticDirectory {
    directory(
        &[
            ("Pit", &["Clay Pit"]),
            ("Refinery", &["Dryer"]),
            ("Haulage", &["Lorries"]),
            ("Office", &["Accounts"]),
        ],
        &[
            ("Kiln Burner", "Refinery"),
            ("Pit Pumps", "Pit"),
            ("Lorry Telematics", "Haulage"),
            ("Payroll System", "Office"),
        ],
    )
}

fn read_clay(text: &str) -> Reading {
    read_day_first_in(text, "tamsin", "GBP", &clay_dir())
}

/// "to make more 20mm. Ballpark £380k", "taken 20mm from 180 to 240 tonnes an hour, worth
/// about £60k": a bare figure glued to "mm" in a message that writes its money with a
/// currency is a size in millimetres (a grade of stone, a pipe), not millions.
#[test]
fn a_bare_figure_in_millimetres_beside_written_money_is_no_money() {
    let cases = [
        (
            "Refinery lads are after a new screen deck to make more 10mm grit. Ballpark £45k, and they reckon £15k a year over 8 years.",
            45_000,
        ),
        (
            "the new screen deck has taken 10mm from 40 to 65 tonnes an hour, worth about £30k so far",
            30_000,
        ),
    ];
    for (text, pounds) in cases {
        let r = read_clay(text);
        assert_eq!(r.amount, whole(pounds, "GBP"), "{text}");
    }
}
