//! Words that tell whose stop it is and what kind: a vendor's stop is not ours, and a
//! thing only dropped ("binned", "off the table"), if it was asked for, is refused.

use super::*;

/// Who sells us a thing: a stop they make ("vendor sunset the product") is not ours.
pub(in crate::reader::verdicts) const VENDORS: &[&str] = &[
    "vendor",
    "vendors",
    "supplier",
    "suppliers",
    "provider",
    "manufacturer",
    "oem",
];

/// The first words of a stop that says only that a thing is dropped, which of a thing
/// asked for is a refusal ("off the table", "binned", "ditched").
pub(in crate::reader::verdicts) const DROPPED: &[&str] = &[
    "off",
    "binned",
    "binning",
    "sack",
    "sacked",
    "sacking",
    "dropped",
    "dropping",
    "ditched",
    "canned",
    "scrapped",
    "scrapping",
    "axed",
];

/// "off the table for this FY", "binned for this year": a thing dropped for a year is
/// refused for it, as "a no for 2027" is. `end` is where the verdict's words end.
pub(in crate::reader::verdicts) fn for_this_year(toks: &[Token], end: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.lower.as_str());
    word(end) == "for"
        && matches!(word(end + 1), "this" | "next")
        && matches!(word(end + 2), "year" | "fy" | "financial" | "season")
}
