//! "Boss ok with the kopi machines", "boss agree 150k", "boss seh no to de weighbridge": the
//! boss, said as the subject right before the verdict's word, decided it. Worded for an
//! invented Penang noodle factory.

use super::test_names::{directory, read_day_first_in};
use super::*;

fn penang_dir() -> StaticDirectory {
    directory(
        &[("Factory", &["Noodles"]), ("Office", &["Admin"])],
        &[("Noodle Dryer", "Factory"), ("Office Laptops", "Office")],
    )
}

#[test]
fn the_boss_before_the_verdicts_word_decided_it() {
    for (text, by) in [
        (
            "Morning all. Boss ok with the noodle dryer, $96k total, the old one keeps tripping.",
            "Boss",
        ),
        ("noodle dryer ok now! boss agree 150k", "boss"),
        ("boss ok the noodle dryer 👌 budget 50k", "boss"),
    ] {
        let r = read_day_first_in(text, "mei", "MYR", &penang_dir());
        assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
        assert_eq!(r.decided_by.as_deref(), Some(by), "{text}: {r:?}");
    }
}

#[test]
fn the_boss_spoken_to_decides_nothing() {
    let text = "Boss, the noodle dryer is approved, $96k.";
    let r = read_day_first_in(text, "mei", "MYR", &penang_dir());
    assert_eq!(r.verdict, Some(Verdict::Approve), "{r:?}");
    assert_eq!(r.decided_by, None, "{r:?}");
}
