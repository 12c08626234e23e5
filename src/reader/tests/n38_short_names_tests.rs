//! Round N38: a directory entry called by one of its words, said short ("laptops trimmed to
//! …" for Laptop Refresh, "racking at madison: …" for Warehouse Racking), each worded here for
//! another invented organisation.

use super::test_names::{directory, read_day_first_in};
use super::*;

/// A Yorkshire chain of garden centres: the shops, the nursery, stores, IT.
fn garden_dir() -> StaticDirectory {
    directory(
        &[
            ("Shops", &["Retail"]),
            ("Nursery", &["Growers"]),
            ("Stores", &["Warehouse"]),
            ("IT", &["Systems"]),
        ],
        &[
            ("Laptop Refresh", "IT"),
            ("Greenhouse Racking", "Stores"),
            ("Till Replacement", "Shops"),
            ("Irrigation Pumps", "Nursery"),
        ],
    )
}

fn read_garden(text: &str) -> Reading {
    read_day_first_in(text, "wendy", "GBP", &garden_dir())
}

/// "laptops trimmed to 25 units 31k": the things a name's word says, in the plural, before a
/// rescope's participle ("trimmed", "cut", "reduced", "scaled back" to a count or sum), are
/// what was rescoped, as they are before "approved".
#[test]
fn the_things_before_a_rescope_are_the_work() {
    for text in [
        "laptops trimmed to 12 units, £14k, the office ones can wait",
        "laptops cut to 10, £12k, rest in the new year",
        "pumps reduced to 4, £9k",
        "laptops down to 8 for the tills staff only, £9k",
    ] {
        let r = read_garden(text);
        assert!(
            matches!(
                r.investment.as_deref(),
                Some("Laptop Refresh") | Some("Irrigation Pumps")
            ),
            "{text}: {r:?}"
        );
    }
    // Not the things talked about doing something else.
    let text = "laptops keep crashing at Harrogate, can someone look";
    let r = read_garden(text);
    assert_ne!(
        r.investment.as_deref(),
        Some("Laptop Refresh"),
        "{text}: {r:?}"
    );
}

/// "racking at madison: 3 of 5 bays up, …": a name's head word (its last, the thing it is)
/// opening a message, before the place it is at, is the work the news is about, when one
/// entry of the directory alone has the word.
#[test]
fn a_head_word_at_a_place_is_the_work() {
    let text = "racking at harrogate: 3 of 5 bays up, fitter back 14/12 for the rest";
    let r = read_garden(text);
    assert_eq!(
        r.investment.as_deref(),
        Some("Greenhouse Racking"),
        "{text}: {r:?}"
    );
}

/// "backwashes at jesmond: 4 of 6 plumbed in, …": the plural of a name's word, set as a label
/// with the place it is at, is that name, as "backwashes:" alone is.
#[test]
fn the_things_at_a_place_set_as_a_label_are_the_work() {
    let text = "greenhouses at ripon: 2 of 3 racked out, fitter back 9/12 to finish";
    let r = read_garden(text);
    assert_eq!(
        r.investment.as_deref(),
        Some("Greenhouse Racking"),
        "{text}: {r:?}"
    );
}

/// "madison + la crosse phones are live 🎉": a name's head word (its last), before news of
/// the things' coming, is the work the news is about, whatever places are said before it.
#[test]
fn a_head_word_before_its_arrival_is_the_work() {
    let text = "ripon + thirsk pumps are in 🎉 knaresborough by 22/12 if the fitter turns up";
    let r = read_garden(text);
    assert_eq!(
        r.investment.as_deref(),
        Some("Irrigation Pumps"),
        "{text}: {r:?}"
    );
}
