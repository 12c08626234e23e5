//! "Wesley and Peter to visit the Pomio farmers about mobile money by 18 Dec": a visit handed
//! out with a day is a task, as sending or calling is. Worded for an invented Kokopo vanilla
//! grower.

use super::test_names::{directory, read_day_first_in};
use super::*;

fn kokopo_dir() -> StaticDirectory {
    directory(
        &[("Buying", &["Farmers"]), ("Office", &["Admin"])],
        &[
            ("Mobile Money Payouts", "Buying"),
            ("Office Laptops", "Office"),
        ],
    )
}

#[test]
fn a_visit_handed_out_with_a_day_is_a_task() {
    for (text, owner) in [
        (
            "Wesley and Peter to visit the Duke of York farmers about the payouts by 18 Dec.",
            "Wesley and Peter",
        ),
        ("Kila to visit the Rabaul buyers by Friday 11th.", "Kila"),
    ] {
        let r = read_day_first_in(text, "mary", "PGK", &kokopo_dir());
        assert_eq!(r.intent, Intent::Note, "{text}: {r:?}");
        assert_eq!(
            r.follow_ups.first().map(|f| f.owner.as_str()),
            Some(owner),
            "{text}: {r:?}"
        );
    }
}
