//! Names said as an acronym whose letters come from inside a compound word ("SOC" for
//! Cybersecurity Operations Centre, security being the second part of cybersecurity; "WFM"
//! for Workforce Management), and a name's head word inside a follow-up's task ("@ana to
//! chase the telephony renewal quote").

use super::*;

/// A water utility: an industry and wording the reader's corpus does not hold.
fn dir() -> StaticDirectory {
    super::test_names::directory(
        &[
            ("Networks", &[]),
            ("Digital", &["IT"]),
            ("Customer", &[]),
            ("People", &["HR"]),
        ],
        &[
            ("Cybersecurity Operations Centre", "Digital"),
            ("Workforce Scheduling Suite", "People"),
            ("Contact Centre Telephony", "Customer"),
            ("Smart Meter Rollout", "Networks"),
            ("Leak Detection Analytics", "Networks"),
        ],
    )
}

fn read_one(text: &str) -> Reading {
    super::test_names::read_on_test_day(text, "ana", &dir())
}

#[test]
fn an_acronym_may_take_its_letter_from_inside_a_compound_word() {
    let r = read_one("the SOC got the go-ahead at £200k");
    assert_eq!(
        r.investment.as_deref(),
        Some("Cybersecurity Operations Centre")
    );
    assert_eq!(r.unit.as_deref(), Some("Digital"));
    assert!(r.investment_guessed_from.is_some(), "{r:?}");

    let r = read_one("WFS suite approved, £80k");
    assert_eq!(r.investment.as_deref(), Some("Workforce Scheduling Suite"));
    let r = read_one("the WFS go-live is delayed again");
    assert_eq!(r.investment.as_deref(), Some("Workforce Scheduling Suite"));
    // The plain acronym still works, and a possessive is the same name.
    let r = read_one("Board said no to the SOC's managed firewall add-on");
    assert_eq!(
        r.investment.as_deref(),
        Some("Cybersecurity Operations Centre")
    );
    let r = read_one("LDA approved at £30k");
    assert_eq!(r.investment.as_deref(), Some("Leak Detection Analytics"));
    // Letters no name's words hold name nothing.
    let r = read_one("the QRX approved at £30k");
    assert_ne!(
        r.investment.as_deref(),
        Some("Cybersecurity Operations Centre")
    );
}

#[test]
fn a_names_head_word_in_a_follow_up_names_it() {
    let r = read_one("@callum to chase the telephony renewal quote by Weds");
    assert_eq!(r.investment.as_deref(), Some("Contact Centre Telephony"));
    assert_eq!(r.unit.as_deref(), Some("Customer"));
    // So is a word from the middle of a name: the task is work on that investment.
    let r = read_one("@kev to book the meter vendor demo by Weds");
    assert_eq!(
        r.investment.as_deref(),
        Some("Smart Meter Rollout"),
        "{r:?}"
    );
}
