//! More readings of forms from round S41's writers (see `s41_strangers_tests.rs`), worded
//! for a Cairns dive-boat operator.

use super::test_names::read_day_first_in;
use super::*;
use crate::domain::Verdict;

fn read_dive(text: &str) -> Reading {
    let dir = super::test_names::directory(
        &[("Boats", &["Fleet"]), ("Dive Shop", &["Retail", "Hire"])],
        &[
            ("Hull Resurfacing", "Boats"),
            ("Compressor Upgrade", "Dive Shop"),
            ("Booking Software", "Dive Shop"),
            ("Booking Kiosk", "Dive Shop"),
        ],
    );
    read_day_first_in(text, "bec", "AUD", &dir)
}

/// "A six-hour outage in August nearly cost us the octopus, so Glenn has signed off on the
/// backup generator …": the name after a joining word ("so", "and", "but") decided it.
#[test]
fn a_name_after_so_decided() {
    let text = "A compressor fire in August nearly cost us the shop, so Sam has signed off on \
                the compressor upgrade at $45k.";
    let r = read_dive(text);
    assert_eq!(r.verdict, Some(Verdict::Approve), "{text}: {r:?}");
    assert_eq!(r.decided_by.as_deref(), Some("Sam"), "{text}: {r:?}");
    let text = "The old one keeps tripping, so we have signed off on the compressor upgrade.";
    let r = read_dive(text);
    assert_eq!(r.decided_by, None, "{text}: {r:?}");
}

/// "estimating sw live for all new tenders 🎉 old jobs moved over by 18/12": "sw" is
/// software, as "sys" is system (here telling the booking software from the booking kiosk).
#[test]
fn sw_is_software() {
    let text = "booking sw live for all new divers 🎉 old bookings moved over by 18/12";
    let r = read_dive(text);
    assert_eq!(
        r.investment.as_deref(),
        Some("Booking Software"),
        "{text}: {r:?}"
    );
}
