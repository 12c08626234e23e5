//! Readings of forms from round S52's writers, the Slack updates and terse lines of a
//! Florida citrus grower and packinghouse, a Hawick knitwear mill writing Borders Scots and a
//! Tamale shea butter processor writing Ghanaian English, each worded here for another
//! invented organisation.

use super::test_names::{directory, read_day_first_in, whole};
use super::*;

/// A cashew processor in Techiman, Ghana: the steaming and shelling lines, the peeling room
/// and the office, in Ghana cedis, dates day first.
fn cashew_dir() -> StaticDirectory {
    directory(
        &[
            ("Shelling", &["Shelling Line"]),
            ("Peeling", &["Peeling Room"]),
            ("Office", &["Admin"]),
        ],
        &[
            ("Steam Cooker", "Shelling"),
            ("Shelling Line Upgrade", "Shelling"),
            ("Peeling Machine", "Peeling"),
            ("Office Laptops", "Office"),
        ],
    )
}

fn read_cashew(text: &str) -> Reading {
    read_day_first_in(text, "esi", "GHS", &cashew_dir())
}

/// "GH₵ 450,000", "GH¢ 30,000", "GHS 1.2 million", "GHC 12,500", "85k cedis": the Ghana
/// cedi as Ghanaian writers put it, its sign (or the cent sign standing in for it) after
/// "GH", its code (and the old one), and its name after the figure; a bare figure is the
/// tenant's own cedis.
#[test]
fn the_ghana_cedi_is_read_in_its_ghanaian_forms() {
    for (text, units) in [
        ("The MD approved the new steam cooker at GH₵ 450,000.", 450_000),
        ("Steam cooker approved, GH₵450,000, the old one has spoilt.", 450_000),
        ("Office laptops approved, GH¢ 30,000.", 30_000),
        ("Shelling line upgrade approved, GHS 1.2 million.", 1_200_000),
        ("Peeling machine approved at GHC 12,500.", 12_500),
        ("Approved the new peeling machine, 85k cedis.", 85_000),
        ("Peeling machine approved at 60,000.", 60_000),
    ] {
        let r = read_cashew(text);
        assert_eq!(r.amount, whole(units, "GHS"), "{text}: {r:?}");
    }
}
