//! Readings of forms from round S24's writers the reader had not met (a sugar mill's field
//! crews dictating by phone, a research computing group's markdown Slack posts, a tea
//! factory's board minutes), each worded here for another invented organisation.

use super::test_names::{directory, read_day_first_in, whole};
use super::*;

/// A Queensland banana packhouse's manager, dictating messages by phone between the farms.
fn packhouse_dir() -> StaticDirectory {
    directory(
        &[
            ("Packing Shed", &["Packhouse", "Shed"]),
            ("Ripening", &["Ripening Rooms"]),
            ("Farm Operations", &["Farms", "Field Crew"]),
        ],
        &[
            ("Packline Upgrade", "Packing Shed"),
            ("Ripening Room Controls", "Ripening"),
            ("Cableway Extension", "Farm Operations"),
        ],
    )
}

fn read_packhouse(text: &str) -> Reading {
    read_day_first_in(text, "troy", "AUD", &packhouse_dir())
}

/// Money said aloud and written down by speech-to-text: "<n> hundred and <m> thousand" is
/// one number (not n hundred), "one point two million" has its decimal said as a word, a
/// thousand can be followed by its hundreds ("thirty one thousand five hundred"), and "three
/// and a half thousand" is 3,500.
#[test]
fn money_said_aloud_is_read_whole() {
    for (text, want) in [
        (
            "packline upgrade approved six hundred and twenty thousand dollars the old sizer is shot",
            620_000,
        ),
        (
            "ripening room controls approved at two hundred and ten thousand",
            210_000,
        ),
        (
            "cableway extension is a no one point two million is too much right now",
            1_200_000,
        ),
        (
            "packline upgrade approved thirty one thousand five hundred for the label printers",
            31_500,
        ),
        (
            "ripening room controls approved three and a half thousand for the sensors",
            3_500,
        ),
        (
            "cableway extension approved nine hundred and fifty thousand",
            950_000,
        ),
    ] {
        let r = read_packhouse(text);
        assert_eq!(r.amount, whole(want, "AUD"), "{text}: {r:?}");
    }
}

/// A number of things said aloud with "hundred and" and no multiplier stays no money, and a
/// spoken "hundred" before a thousand said on its own is read as before.
#[test]
fn hundreds_said_aloud_without_money_stay_as_they_were() {
    let r = read_packhouse("packline upgrade approved two hundred thousand dollars");
    assert_eq!(r.amount, whole(200_000, "AUD"), "{r:?}");
    let r = read_packhouse(
        "packline upgrade approved forty thousand we packed two hundred and fifty cartons an hour last week",
    );
    assert_eq!(r.amount, whole(40_000, "AUD"), "{r:?}");
}
