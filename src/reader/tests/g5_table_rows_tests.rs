//! Rows of a pasted table, or plain lines, each a thing, its verdict and its money: a record
//! each (fixed on the lead's branch late on 2026-12-03, worded for a knitwear mill).

use super::test_names::{directory, read_day_first_in, whole};
use super::*;

fn mill_dir() -> StaticDirectory {
    directory(
        &[("Mill Floor", &["Floor"]), ("Dye House", &["Dyeing"])],
        &[("Loom Replacement", "Mill Floor")],
    )
}

/// The records read, the first and those after it, in order.
fn read_all(text: &str) -> Vec<Reading> {
    let r = read_day_first_in(text, "ingrid", "GBP", &mill_dir());
    std::iter::once(r.clone()).chain(r.also).collect()
}

/// "Item,Status,Cost\nLoom replacement phase 2,Approved,£145000\n…": each row is a record
/// with its own verdict and amount, not one record with the last row's money.
#[test]
fn each_row_of_a_pasted_table_is_a_record() {
    for text in [
        "Pasted from the capex sheet (Mill Floor):\nItem,Status,Cost\nLoom replacement phase \
         2,Approved,£145000\nYarn store racking,Approved,£22000\nDye house extractor fans,On \
         hold till March,£8000",
        "Loom replacement phase 2 approved, £145000\nYarn store racking approved, £22000\nDye \
         house extractor fans on hold till March, £8000",
    ] {
        let r = read_all(text);
        assert_eq!(r.len(), 3, "{text}: {r:?}");
        assert_eq!(r[0].verdict, Some(Verdict::Approve), "{text}");
        assert_eq!(r[0].amount, whole(145_000, "GBP"), "{text}");
        assert_eq!(r[1].amount, whole(22_000, "GBP"), "{text}");
        assert_eq!(r[2].verdict, Some(Verdict::Defer), "{text}");
        assert_eq!(r[2].amount, whole(8_000, "GBP"), "{text}");
    }
    // One line with its verdict and money, then a line of reason, is one record.
    let r =
        read_all("Loom replacement phase 2 approved, £145000\nthe old looms drop stitches daily");
    assert_eq!(r.len(), 1, "{r:?}");
}
