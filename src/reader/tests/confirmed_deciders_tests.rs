//! "Hi Litia, just confirming the Board approved the new dryer …": the words that confirm
//! open the clause; who decided is the Board, not "confirming the board" nor no one.
//! Worded for an invented Lautoka bakery.

use super::test_names::{directory, read_day_first_in};
use super::*;

fn lautoka_dir() -> StaticDirectory {
    directory(
        &[("Ovens", &["Baking"]), ("Shop", &["Sales"])],
        &[("Bread Oven Upgrade", "Ovens"), ("Shop Tills", "Shop")],
    )
}

#[test]
fn the_one_confirmed_as_deciding_is_the_decider() {
    for (text, by) in [
        (
            "Hi Litia, just confirming the Board approved the bread oven upgrade at $72,000 last night. Please raise the PO.",
            "the Board",
        ),
        ("confirming the board approved the bread oven upgrade, $72,000.", "the board"),
        ("Just to confirm Finance approved the shop tills at $9,000.", "Finance"),
    ] {
        let r = read_day_first_in(text, "salote", "FJD", &lautoka_dir());
        assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
        assert_eq!(r.decided_by.as_deref(), Some(by), "{text}: {r:?}");
    }
    // Said without the confirming words, as before.
    let text = "The Board approved the bread oven upgrade at $72,000.";
    let r = read_day_first_in(text, "salote", "FJD", &lautoka_dir());
    assert_eq!(r.decided_by.as_deref(), Some("The Board"), "{text}: {r:?}");
}
