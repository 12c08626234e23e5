//! Readings of forms from round S60's writers, the Patois Slack of a Jamaican hardware and
//! lumber merchant, the Zambian English of a kapenta fishing company on Lake Kariba and the
//! Sesotho-flavoured emails of a Lesotho wool and mohair co-operative, each worded here for
//! another invented organisation.

use super::test_names::{directory, read_day_first_in, whole};
use super::*;

/// A pony-trekking lodge in the mountains: the stables, the lodge and the office.
fn lodge_dir() -> StaticDirectory {
    directory(
        &[
            ("Stables", &["Ponies"]),
            ("Lodge", &["Rooms"]),
            ("Office", &["Admin"]),
        ],
        &[
            ("Pony Shelter", "Stables"),
            ("Solar Geysers", "Lodge"),
            ("Office Laptops", "Office"),
        ],
    )
}

/// `read_day_first_in` for the lodge, counting in `currency`.
fn read_lodge(text: &str, currency: &str) -> Reading {
    read_day_first_in(text, "lerato", currency, &lodge_dir())
}

/// "K186,000", "K 640,000", "35 pin each" (the Zambian kapenta company): a capital "K"
/// before a number, the word "kwacha" and the thousand said "pin", where the tenant counts
/// in Zambian kwacha.
#[test]
fn a_zambian_tenants_k_kwacha_and_pin_are_its_kwacha() {
    for (text, units) in [
        ("Pony shelter approved, K186,000", 186_000),
        ("Solar geysers approved at K 64,000", 64_000),
        ("Office laptops approved, K1.2m", 1_200_000),
        ("Pony shelter approved, 58,000 kwacha", 58_000),
        ("Solar geysers approved at 35 pin", 35_000),
    ] {
        assert_eq!(
            read_lodge(text, "ZMW").amount,
            whole(units, "ZMW"),
            "{text}"
        );
    }
    // Elsewhere "pin" is a word and "K12" a letter's code: a pound tenant's amount stays.
    assert_eq!(
        read_lodge("Pony shelter approved at £45k, the PIN pad and 35 pin badges", "GBP").amount,
        whole(45_000, "GBP")
    );
}

/// "M385,000", "M1.1 million", "M1.1m", "M450k" (the Lesotho co-operative): a capital "M"
/// written onto an amount, or set before a number, and the words "maloti" and "loti", where
/// the tenant counts in maloti.
#[test]
fn a_lesotho_tenants_m_and_maloti_are_its_loti() {
    for (text, units) in [
        ("Pony shelter approved at a cost of M385,000", 385_000),
        ("Solar geysers approved, M1.1 million", 1_100_000),
        ("Office laptops approved, M1.1m", 1_100_000),
        ("Pony shelter approved at M450k", 450_000),
        ("Solar geysers approved, M 96,000", 96_000),
        ("Office laptops approved, 48,000 maloti", 48_000),
        ("Solar geysers: R180k approved", 180_000),
    ] {
        let code = if text.contains("R180k") { "ZAR" } else { "LSL" };
        assert_eq!(read_lodge(text, "LSL").amount, whole(units, code), "{text}");
    }
    // Elsewhere "M4" is a road and "M1.1m" no currency of its own: a rand tenant's "M"
    // before a number is no amount's mark.
    assert_eq!(
        read_lodge("Pony shelter approved at R45k, near the M4", "ZAR").amount,
        whole(45_000, "ZAR")
    );
}
