//! Names said short that the reader missed in the training folders, each read in another
//! writer's words (a UK lettings agency, in pounds): "VoIP" for a telephone system, "bot"
//! for an automation, and the initials of a name's first words before its last ("RTR
//! automation" for Right to Rent Checks Automation).

use super::*;

/// A UK lettings agency: lettings, property management, compliance, finance, IT.
fn dir() -> StaticDirectory {
    test_names::directory(
        &[
            ("Lettings", &[]),
            ("Property Management", &["PM"]),
            ("Compliance", &[]),
            ("Finance", &[]),
            ("IT", &[]),
        ],
        &[
            ("Right to Rent Checks Automation", "Compliance"),
            ("Telephone System Replacement", "IT"),
            ("Tenancy Deposit Automation", "Finance"),
            ("Tenant Referencing Portal", "Lettings"),
            ("Maintenance Job Tracker", "Property Management"),
        ],
    )
}

fn read(text: &str) -> Reading {
    test_names::read_on_test_day(text, "tomasz", &dir())
}

#[test]
fn voip_names_the_telephone_system() {
    for text in [
        "@kasia pls get 3 quotes for the VoIP switch by Fri",
        "VoIP rescoped to £20k, dropping the call recording module",
    ] {
        let r = read(text);
        test_names::assert_known_name(&r, text, "Telephone System Replacement", "IT");
    }
}

#[test]
fn a_bot_is_an_automation() {
    let text = "deposit bot - pls have the scheme login updated by EOW @jess";
    let r = read(text);
    test_names::assert_known_name(&r, text, "Tenancy Deposit Automation", "Finance");
}

#[test]
fn initials_of_a_names_first_words_name_it() {
    for text in [
        "Quick one – the directors have approved the RTR automation for the Welsh branches too, another £9k.",
        "RTR checks – please can all branch managers make sure the share codes are on file for every tenant by Friday.",
    ] {
        let r = read(text);
        test_names::assert_known_name(&r, text, "Right to Rent Checks Automation", "Compliance");
    }
}

#[test]
fn the_bot_goes_with_the_names_word() {
    let text = "Deposit bot is saving the accounts team ~10 hrs a week, call it £12k a yr";
    let r = read(text);
    test_names::assert_known_name(&r, text, "Tenancy Deposit Automation", "Finance");
    // The name's span takes the bot: no evidence opens on it.
    let evidence = r.rationale.as_deref().unwrap_or("");
    assert!(!evidence.starts_with("bot"), "{r:?}");
}

#[test]
fn a_thing_mentioned_in_passing_is_named_by_the_ask_after() {
    let text =
        "Ola mentioned in passing that Property Management wants a damp sensor kit, probably ~£4k";
    let r = read(text);
    assert_eq!(r.intent, Intent::Investment, "{r:?}");
    test_names::assert_name_as_written(&r, text, "damp sensor kit");
}
