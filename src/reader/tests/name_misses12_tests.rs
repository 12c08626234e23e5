//! Names said the way people say them, in a Portuguese cork producer's words: the time a
//! verdict holds for ("rejected for this year") is no name; a known name's work word
//! ("renewal") after another thing ("Switch renewal") is that other thing's renewal, not the
//! known one; a count before a new thing ("40 new laptops") is no part of its name.

use super::*;

/// A Portuguese cork producer with a stopper plant, an export desk and a call centre.
fn cork() -> StaticDirectory {
    test_names::directory(
        &[
            ("Information Technology", &["IT"]),
            ("Stoppers", &["Stopper Plant"]),
            ("Sales & Export", &["Export", "Sales"]),
            ("Contact Centre", &["CC"]),
            ("Finance", &["Accounting"]),
        ],
        &[
            ("Server Room Cooling Renewal", "Information Technology"),
            ("Stopper Vision Inspection", "Stoppers"),
            ("Export Pricing Portal", "Sales & Export"),
            ("Coruche Site Network Refresh", "Information Technology"),
            ("Showroom Point of Sale Refresh", "Sales & Export"),
        ],
    )
}

fn read_cork(text: &str) -> Reading {
    test_names::read_day_first_in(text, "ines", "EUR", &cork())
}

#[test]
fn the_time_a_verdict_holds_for_is_no_name() {
    let text = "Decision of the board: the request of Export for a quoting tool is rejected for this year, the budget is not enough.";
    let r = read_cork(text);
    test_names::assert_name_as_written(&r, text, "quoting tool");
}

#[test]
fn a_known_names_work_word_after_another_thing_is_that_things() {
    let text = "Switch renewal is approved with the condition that the old switches go to the Porto plant. €260k.";
    let r = read_cork(text);
    test_names::assert_name_as_written(&r, text, "Switch renewal");
}

#[test]
fn a_count_before_a_new_thing_is_no_part_of_its_name() {
    let text =
        "CC is requesting budget for 40 new headsets, approx €50k, the current ones are 5 yrs old";
    let r = read_cork(text);
    test_names::assert_name_as_written(&r, text, "headsets");
}

#[test]
fn a_sites_place_after_of_says_where_not_the_name() {
    let text = "IT requests to renew the switch stack of Coruche plant, €310k, the current switches are end of support in June.";
    let r = read_cork(text);
    test_names::assert_name_as_written(&r, text, "switch stack");
}

#[test]
fn a_names_place_said_after_the_rest_of_it_names_it() {
    let text = "Network refresh in Coruche done for the two halls, dropped scans down 60%, saved ~€4k/month";
    let r = read_cork(text);
    test_names::assert_known_name(
        &r,
        text,
        "Coruche Site Network Refresh",
        "Information Technology",
    );
    // Common words alone, at no place of the name's, are not it.
    let text = "Network refresh in Porto done for the two halls, dropped scans down 60%";
    let r = read_cork(text);
    assert_ne!(
        r.investment.as_deref(),
        Some("Coruche Site Network Refresh"),
        "{r:?}"
    );
}

#[test]
fn an_everyday_word_for_a_kind_of_thing_pointed_at_names_it() {
    let text =
        "Porto store: the tills refresh is approved, €38k, the old card readers keep failing";
    let r = read_cork(text);
    test_names::assert_known_name(&r, text, "Showroom Point of Sale Refresh", "Sales & Export");
    // Not pointed at, "till" is a word of time.
    let text = "Switch renewal on hold till March, the Porto quotes are too high";
    let r = read_cork(text);
    assert_ne!(
        r.investment.as_deref(),
        Some("Showroom Point of Sale Refresh"),
        "{r:?}"
    );
}
