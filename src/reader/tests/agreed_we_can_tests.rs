//! "Ndapewa agreed we can go ahead with a small hammer mill": who agreed that the speaker's
//! side may go ahead decided it, as "Ndapewa says we can go ahead" does. Worded for an
//! invented Lüderitz oyster farm.

use super::test_names::{directory, read_day_first_in};
use super::*;

fn luderitz_dir() -> StaticDirectory {
    directory(
        &[("Farm", &["Oysters"]), ("Office", &["Admin"])],
        &[("Oyster Tumbler", "Farm"), ("Office Laptops", "Office")],
    )
}

#[test]
fn who_agreed_we_can_go_ahead_decided_it() {
    for text in [
        "Ndapewa agreed we can go ahead with the oyster tumbler, N$ 145 000.",
        "Good news, Ndapewa agreed we can go ahead with the oyster tumbler.",
    ] {
        let r = read_day_first_in(text, "petrus", "NAD", &luderitz_dir());
        assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
        assert_eq!(r.decided_by.as_deref(), Some("Ndapewa"), "{text}: {r:?}");
    }
}

#[test]
fn the_speakers_side_agreeing_names_no_one_else() {
    let text = "We agreed we can go ahead with the oyster tumbler.";
    let r = read_day_first_in(text, "petrus", "NAD", &luderitz_dir());
    assert_eq!(r.verdict, Some(Verdict::Approve), "{r:?}");
    assert_eq!(r.decided_by, None, "{r:?}");
}
