//! Names said the way native-English managers say them, in a US bowling and arcade chain's
//! words: a name's word misspelt in the plural in terse chat ("pinsettrs r in"); a name's
//! word with the papers of buying it after it ("the scoring contract", "the scoring tablet
//! quotations"); "tills" for an EPOS the name
//! spells as its acronym; "SOC" for a security monitoring service; a new thing's name ends
//! before a verb or "before" ("… vendor came in at", "… sensors before the season"), and
//! "try" before it is no part of it.

use super::*;

/// A US bowling and arcade chain: lanes, the arcade, the snack bars, IT.
fn bowl() -> StaticDirectory {
    test_names::directory(
        &[
            ("Lanes", &["Lane Ops"]),
            ("Arcade", &["Games"]),
            ("Food & Drink", &["F&D", "Snack Bar"]),
            ("Finance", &[]),
            ("Marketing", &[]),
            ("IT", &["Tech"]),
        ],
        &[
            ("Pinsetter Replacement", "Lanes"),
            ("Lane Scoring System", "Lanes"),
            ("Redemption Counter Upgrade", "Arcade"),
            ("Card Reader Upgrade", "Arcade"),
            ("Snack Bar EPOS Refresh", "Food & Drink"),
            ("Payroll Migration", "Finance"),
            ("Managed Security Monitoring", "IT"),
            ("Party Booking Website", "Marketing"),
        ],
    )
}

fn read_bowl(text: &str) -> Reading {
    test_names::read_us(text, "dana", "2026-11-27", &bowl())
}

#[test]
fn a_names_word_misspelt_in_terse_chat_names_it() {
    for text in [
        "pinsettrs r in at lanes 1-8, 9-16 next wk",
        "pinsettrs r in at Aurora 🎳 Lakewood next wk",
    ] {
        let r = read_bowl(text);
        test_names::assert_known_name(&r, text, "Pinsetter Replacement", "Lanes");
    }
}

#[test]
fn a_names_word_with_the_papers_of_buying_after_it_names_it() {
    for text in [
        "decision on the scoring contract slipped to Jan 12th, legal still redlining",
        "@kim please send the scoring tablet quotations to purchasing by Friday",
    ] {
        let r = read_bowl(text);
        test_names::assert_known_name(&r, text, "Lane Scoring System", "Lanes");
    }
}

#[test]
fn tills_name_an_epos_the_name_spells_as_its_acronym() {
    for text in [
        "Approved new tills for the snack bars at Aurora and Lakewood, $12,400",
        "the tills refresh is approved, $12k",
    ] {
        let r = read_bowl(text);
        test_names::assert_known_name(&r, text, "Snack Bar EPOS Refresh", "Food & Drink");
    }
}

#[test]
fn soc_names_a_security_monitoring_service() {
    for text in [
        "SOC vendor came in at $52k a year, way over the $30k we pencilled in",
        "we turned down the SOC, too pricey for alerts we already get",
    ] {
        let r = read_bowl(text);
        test_names::assert_known_name(&r, text, "Managed Security Monitoring", "IT");
    }
}

#[test]
fn a_new_name_ends_before_a_verb_or_before() {
    let dir = test_names::directory(
        &[("IT", &[]), ("Lanes", &[])],
        &[("Payroll Migration", "IT")],
    );
    for (text, name) in [
        (
            "Lanes are asking for $250K for lane oil sensors before the league season starts in April",
            "lane oil sensors",
        ),
        (
            "Lanes asked for a ball return upgrade at $30k. The vendor came in lower than we thought",
            "ball return upgrade",
        ),
    ] {
        let r = test_names::read_us(text, "dana", "2026-11-27", &dir);
        test_names::assert_name_as_written(&r, text, name);
    }
}

#[test]
fn a_new_name_after_a_verb_does_not_run_into_the_next_one() {
    let text = "SOC vendor came in at $9,500 a month, way over budget";
    let dir = test_names::directory(&[("IT", &[])], &[("Payroll Migration", "IT")]);
    let r = test_names::read_us(text, "dana", "2026-11-27", &dir);
    assert!(
        r.investment
            .as_deref()
            .is_none_or(|n| !n.split(' ').any(|w| w == "came")),
        "{text}: {r:?}"
    );
}

#[test]
fn try_before_a_thing_wanted_is_no_part_of_its_name() {
    for (text, name) in [
        (
            "Marketing want to try a new loyalty scheme with the pro shops at $15k",
            "loyalty scheme",
        ),
        (
            "Marketing would like to try a bowling league app, about $8k",
            "bowling league app",
        ),
    ] {
        let r = read_bowl(text);
        test_names::assert_name_as_written(&r, text, name);
    }
}

#[test]
fn what_someone_put_in_or_asked_for_before_the_verdict_is_the_new_name() {
    for (text, name) in [
        (
            "Aurora snack bar manager put in for a new slushie machine contract at $4k a year, approved",
            "slushie machine contract",
        ),
        (
            "Lakewood's GM asked for a laser tag arena refit, $60k. Rejected, not this year",
            "laser tag arena refit",
        ),
    ] {
        let r = read_bowl(text);
        test_names::assert_name_as_written(&r, text, name);
    }
}

#[test]
fn a_names_first_word_with_another_words_system_is_another_thing() {
    for (text, name) in [
        (
            "The owners rejected the new party AV system, $45k for something used at 6 parties a year",
            "party AV system",
        ),
        (
            "Approved the party karaoke system for Aurora, $8k",
            "party karaoke system",
        ),
    ] {
        let r = read_bowl(text);
        test_names::assert_name_as_written(&r, text, name);
    }
}

#[test]
fn a_first_word_misspelt_by_a_dropped_double_letter_with_a_later_word_names_it() {
    let dir = test_names::directory(
        &[("Lanes", &[]), ("Arcade", &[])],
        &[
            ("Approach Lighting Upgrade", "Lanes"),
            ("Card Reader Upgrade", "Arcade"),
        ],
    );
    for text in [
        "aproach upgrade signed off by the owners last Thursday, $40k. Half the bulbs are out",
        "Approved the aproach lighting, $40k",
    ] {
        let r = test_names::read_us(text, "dana", "2026-11-27", &dir);
        test_names::assert_known_name(&r, text, "Approach Lighting Upgrade", "Lanes");
    }
}

#[test]
fn and_after_a_unit_is_no_word_of_its_investments_name() {
    let dir = test_names::directory(
        &[("Finance", &[]), ("IT", &["Tech"])],
        &[
            ("Tips and Payroll Portal", "Finance"),
            ("Managed Security Monitoring", "IT"),
        ],
    );
    for text in [
        "Finance and IT agreed to push the managed monitoring to Q2",
        "Finance and Tech pushed the SOC to Q2, cash is tight",
    ] {
        let r = test_names::read_us(text, "dana", "2026-11-27", &dir);
        test_names::assert_known_name(&r, text, "Managed Security Monitoring", "IT");
    }
}

#[test]
fn a_note_naming_several_units_is_about_the_one_whose_investment_it_names() {
    for (text, investment, unit) in [
        (
            "Marketing and Lanes met about the scoring contract, Kim to send notes by Friday",
            "Lane Scoring System",
            "Lanes",
        ),
        (
            "Finance and Tech went through the SOC quotes with the vendor, nothing decided yet",
            "Managed Security Monitoring",
            "IT",
        ),
    ] {
        let r = read_bowl(text);
        assert_eq!(r.intent, Intent::Note, "{text}: {r:?}");
        test_names::assert_known_name(&r, text, investment, unit);
    }
}

#[test]
fn robo_joined_to_a_robotic_names_next_word_names_it() {
    let dir = test_names::directory(
        &[("Lanes", &[]), ("Arcade", &[])],
        &[
            ("Robotic Lane Cleaner", "Lanes"),
            ("Card Reader Upgrade", "Arcade"),
        ],
    );
    for text in [
        "robocleaners r in at Aurora, Lakewood next wk",
        "Robo-cleaner approved for Lakewood, $22k",
    ] {
        let r = test_names::read_us(text, "dana", "2026-11-27", &dir);
        test_names::assert_known_name(&r, text, "Robotic Lane Cleaner", "Lanes");
    }
}
