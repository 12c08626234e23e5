//! Verdicts, intents and numbers missed on strangers' wording (round V49), each worded
//! for an invented village cricket club in the Yorkshire Dales, and set against the same
//! words recording something else.

use super::test_names::{directory, read_day_first_in, whole};
use super::*;
use crate::domain::Verdict;

/// A village cricket club: the ground, the bar, the juniors, the committee.
fn club_dir() -> StaticDirectory {
    directory(
        &[
            ("Ground", &["Groundstaff"]),
            ("Bar", &["Clubhouse"]),
            ("Juniors", &["Colts"]),
            ("Committee", &["Treasurer"]),
        ],
        &[
            ("Scoreboard Replacement", "Ground"),
            ("Nets Upgrade", "Juniors"),
            ("Pavilion Roof", "Ground"),
            ("Bar Tills", "Bar"),
            ("Membership App", "Committee"),
        ],
    )
}

fn read_club(text: &str) -> Reading {
    read_day_first_in(text, "hattie", "GBP", &club_dir())
}

/// Convention 57 (b): a registered thing approved at a new figure "rather than" or
/// "instead of" its old, bigger one is cut back, a rescope at the new figure, as 62 labels
/// read it; a new thing approved below its ask is approved at the figure (nothing
/// registered to cut).
#[test]
fn a_registered_things_new_figure_instead_of_its_old_one_is_a_rescope() {
    for (text, pounds) in [
        (
            "Scoreboard replacement approved — going with the LED panel option at £18k up front + £90/mo rather than the £45k full screen.",
            18_000,
        ),
        (
            "Committee tonight: nets upgrade small version approved, only £9k instead of £21k, just the two bays.",
            9_000,
        ),
    ] {
        let r = read_club(text);
        assert_eq!(r.intent, Intent::Decision, "{text}: {r:?}");
        assert_eq!(r.verdict, Some(Verdict::Rescope), "{text}: {r:?}");
        assert_eq!(r.amount, whole(pounds, "GBP"), "{text}: {r:?}");
    }
    let text = "Committee approved a bowling machine for the colts but only £6k instead of £9k, the juniors share it with the seconds.";
    let r = read_club(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    assert_eq!(r.amount, whole(6_000, "GBP"), "{text}: {r:?}");
}
