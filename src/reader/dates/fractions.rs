//! "We're drying 4/4 red oak in 21 days", "3/4 inch pipe", "2/3 of the lockers": a number
//! over a number before a size, a timber or "of" is a thickness or a share, no day and month
//! (round D46).

use super::*;

/// Words after "a/b" that make it a size or a share: units of length, "thick", timbers
/// sold by the quarter inch, and "of" ("in" is left out: "met 3/4 in Leeds" is a day).
const AFTER_A_FRACTION: &[&str] = &[
    "of", "inch", "inches", "\"", "ft", "foot", "feet", "mm", "cm", "thick", "ply", "plywood",
    "oak", "walnut", "maple", "cherry", "ash", "poplar", "pine", "hickory", "lumber", "stock",
    "boards", "hardwood", "softwood",
];

/// Is the "a/b" at `i` (its `a` there, "/" at `i + 1`, `b` at `i + 2`) a size or a share:
/// followed by a word of [`AFTER_A_FRACTION`], or by a colour and a timber ("4/4 red oak")?
pub(super) fn fraction_at(toks: &[Token], i: usize) -> bool {
    let next = lower(toks, i + 3);
    AFTER_A_FRACTION.contains(&next)
        || matches!(next, "red" | "white" | "black" | "hard" | "soft")
            && AFTER_A_FRACTION.contains(&lower(toks, i + 4))
}
